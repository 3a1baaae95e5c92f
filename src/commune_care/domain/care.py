"""Alternative care (chăm sóc thay thế): Luật Trẻ em 2016 Điều 60–69, Nghị định 56/2017/NĐ-CP
Điều 38–48, Thông tư 14/2020/TT-BLĐTBXH (issue #4, items 1–4).

The closed lists (stored values are stable ASCII codes; labels are the words of the law), and the
pure rules: the follow-up schedule of a placement, the handover deadline, and the checks a
placement decision must pass (blocks) or that the officer must confirm (warnings). No Qt, no
SQLAlchemy: the service gathers the facts and asks these functions.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate, add_years, age_on, format_date
from commune_care.domain.rules import CHILD_AGE_LIMIT
from commune_care.domain.working_days import add_working_days, is_working_day

# --------------------------------------------------------------------------- closed lists


class CareForm(StrEnum):
    """The four forms of alternative care (Luật Trẻ em Điều 61), in the law's order."""

    RELATIVE = "nguoi_than_thich"
    NON_RELATIVE = "khong_phai_nguoi_than_thich"
    ADOPTION = "nhan_con_nuoi"
    FACILITY = "co_so_tro_giup_xa_hoi"

    @property
    def label(self) -> str:
        """As Điều 61 writes it."""
        return _FORM_LABELS[self]

    @property
    def short_label(self) -> str:
        """For a table column."""
        return _FORM_SHORT[self]

    @property
    def is_family(self) -> bool:
        """Care by a person or family (the forms a carer of the registry takes on)."""
        return self in (CareForm.RELATIVE, CareForm.NON_RELATIVE)


_FORM_LABELS = {
    CareForm.RELATIVE: "Chăm sóc thay thế bởi người thân thích",
    CareForm.NON_RELATIVE: "Chăm sóc thay thế bởi cá nhân, gia đình không phải là người thân thích",
    CareForm.ADOPTION: "Chăm sóc thay thế bằng hình thức nhận con nuôi",
    CareForm.FACILITY: "Chăm sóc thay thế tại cơ sở trợ giúp xã hội",
}
_FORM_SHORT = {
    CareForm.RELATIVE: "Người thân thích",
    CareForm.NON_RELATIVE: "Cá nhân, gia đình không phải là người thân thích",
    CareForm.ADOPTION: "Nhận con nuôi",
    CareForm.FACILITY: "Cơ sở trợ giúp xã hội",
}


class CareTerm(StrEnum):
    """Temporary or long-term care (Thông tư 14/2020 Điều 13.3.a "chăm sóc thay thế tạm thời",
    Điều 13.4 "chăm sóc thay thế dài hạn")."""

    TEMPORARY = "tam_thoi"
    LONG_TERM = "dai_han"

    @property
    def label(self) -> str:
        return "Tạm thời" if self is CareTerm.TEMPORARY else "Dài hạn"


class CarerKind(StrEnum):
    """Who takes the child: a person, or a family through its representative (Điều 63.2.a)."""

    PERSON = "ca_nhan"
    FAMILY = "gia_dinh"

    @property
    def label(self) -> str:
        return "Cá nhân" if self is CarerKind.PERSON else "Gia đình"


class CarerRegistration(StrEnum):
    """How a carer came onto the registry: the application of Nghị định 56 Điều 39 (Mẫu số 08),
    or a relative's notice to the commune, who does not register (Luật Trẻ em Điều 65.4)."""

    APPLICATION = "dang_ky_mau_08"
    RELATIVE_NOTICE = "nguoi_than_thich_thong_bao"

    @property
    def label(self) -> str:
        return {
            CarerRegistration.APPLICATION: "Đơn đăng ký nhận chăm sóc thay thế (Mẫu số 08)",
            CarerRegistration.RELATIVE_NOTICE: (
                "Người thân thích thông báo với Ủy ban nhân dân cấp xã (Điều 65.4 Luật Trẻ em)"
            ),
        }[self]


class CarerStatus(StrEnum):
    """Where a carer of the registry stands."""

    REGISTERED = "da_dang_ky"
    ELIGIBLE = "du_dieu_kien"
    NOT_ELIGIBLE = "khong_du_dieu_kien"
    STOPPED = "ngung"

    @property
    def label(self) -> str:
        return {
            CarerStatus.REGISTERED: "Đã đăng ký",
            CarerStatus.ELIGIBLE: "Đã xác minh đủ điều kiện",
            CarerStatus.NOT_ELIGIBLE: "Không đủ điều kiện",
            CarerStatus.STOPPED: "Ngừng nhận chăm sóc thay thế",
        }[self]

    @property
    def can_take_children(self) -> bool:
        return self in (CarerStatus.REGISTERED, CarerStatus.ELIGIBLE)


class VerificationResult(StrEnum):
    """The result of the worker's verification (Mẫu số 11; Nghị định 56 Điều 42.1)."""

    ELIGIBLE = "du_dieu_kien"
    NOT_ELIGIBLE = "khong_du_dieu_kien"

    @property
    def label(self) -> str:
        return {
            VerificationResult.ELIGIBLE: "Đủ điều kiện nhận chăm sóc thay thế",
            VerificationResult.NOT_ELIGIBLE: "Không đủ điều kiện nhận chăm sóc thay thế",
        }[self]


class CarerCondition(StrEnum):
    """The conditions of Luật Trẻ em Điều 63.2 (a–c) a person or family taking a child must meet,
    one line of the dated checklist each, worded as the law writes them. (Điều 63.2.d, the age,
    is checked against the child at the decision: ``placement_rules``.)"""

    RESIDENCE = "cu_tru"
    HEALTH_CAPACITY = "suc_khoe_nang_luc"
    CHARACTER = "dao_duc"
    PARENTAL_RIGHTS = "khong_han_che_quyen"
    NO_ABUSE_RECORD = "khong_xam_hai_tre_em"
    HOUSING_MEANS = "cho_o_kinh_te"
    VOLUNTARY_CONSENT = "tu_nguyen_dong_thuan"
    MEMBERS_NO_ABUSE = "thanh_vien_khong_xam_hai"

    @property
    def label(self) -> str:
        return _CONDITION_LABELS[self]

    @property
    def point(self) -> str:
        """The point of Điều 63.2 it comes from."""
        return _CONDITION_POINTS[self]


_CONDITION_LABELS = {
    CarerCondition.RESIDENCE: "Cá nhân, người đại diện gia đình là người cư trú tại Việt Nam",
    CarerCondition.HEALTH_CAPACITY: "Có sức khỏe và có năng lực hành vi dân sự đầy đủ",
    CarerCondition.CHARACTER: "Có tư cách đạo đức tốt",
    CarerCondition.PARENTAL_RIGHTS: (
        "Không bị hạn chế một số quyền của cha, mẹ đối với con chưa thành niên"
    ),
    CarerCondition.NO_ABUSE_RECORD: (
        "Không bị truy cứu trách nhiệm hình sự, xử lý vi phạm hành chính về các hành vi xâm hại"
        " trẻ em; không bị kết án về một trong các tội cố ý xâm phạm tính mạng, sức khỏe, nhân"
        " phẩm, danh dự của người khác, ngược đãi hoặc hành hạ ông bà, cha mẹ, vợ chồng, con,"
        " cháu, người có công nuôi dưỡng mình, dụ dỗ, ép buộc hoặc chứa chấp người chưa thành niên"
        " vi phạm pháp luật, mua, bán, đánh tráo, chiếm đoạt trẻ em"
    ),
    CarerCondition.HOUSING_MEANS: (
        "Có chỗ ở và điều kiện kinh tế phù hợp, bảo đảm chăm sóc, nuôi dưỡng, giáo dục trẻ em"
    ),
    CarerCondition.VOLUNTARY_CONSENT: (
        "Tự nguyện nhận chăm sóc trẻ em; có sự đồng thuận giữa các thành viên trong gia đình về"
        " việc nhận chăm sóc trẻ em"
    ),
    CarerCondition.MEMBERS_NO_ABUSE: (
        "Các thành viên trong gia đình không bị truy cứu trách nhiệm hình sự, xử lý vi phạm hành"
        " chính về các hành vi xâm hại trẻ em"
    ),
}
_CONDITION_POINTS = {
    CarerCondition.RESIDENCE: "a",
    CarerCondition.HEALTH_CAPACITY: "a",
    CarerCondition.CHARACTER: "a",
    CarerCondition.PARENTAL_RIGHTS: "a",
    CarerCondition.NO_ABUSE_RECORD: "a",
    CarerCondition.HOUSING_MEANS: "b",
    CarerCondition.VOLUNTARY_CONSENT: "c",
    CarerCondition.MEMBERS_NO_ABUSE: "c",
}


class EndReason(StrEnum):
    """Why a placement ended: the cases of Luật Trẻ em Điều 69.1 (a–đ) as the law writes them, the
    child's wish (Điều 69.3), a change of form or of carer (Nghị định 56 Điều 43.2, Mẫu số 16),
    adoption, the child turning 16, or another reason written in the note."""

    CARER_NOT_ELIGIBLE = "d69_a"
    CARER_HARMED_CHILD = "d69_b"
    CARER_REQUEST = "d69_c"
    CHILD_HARMED_CARER = "d69_d"
    REUNIFICATION = "d69_dd"
    CHILD_WISH = "d69_3"
    CHANGE_FORM = "chuyen_hinh_thuc"
    CHANGE_CARER = "chuyen_nguoi_nhan"
    ADOPTED = "nhan_con_nuoi"
    TURNED_16 = "du_16_tuoi"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _END_LABELS[self]

    @property
    def basis(self) -> str:
        return _END_BASIS.get(self, "")

    @property
    def needs_decision(self) -> bool:
        """Ended by the Chủ tịch's decision (Mẫu số 16; Điều 69.4, Nghị định 56 Điều 48.2)."""
        return self not in (EndReason.ADOPTED, EndReason.TURNED_16, EndReason.OTHER)

    @property
    def needs_request(self) -> bool:
        """Asked for by the carer's application (Mẫu số 15; Nghị định 56 Điều 48.1)."""
        return self is EndReason.CARER_REQUEST

    @property
    def needs_note(self) -> bool:
        return self is EndReason.OTHER


_END_LABELS = {
    EndReason.CARER_NOT_ELIGIBLE: (
        "Cá nhân, gia đình nhận chăm sóc thay thế không còn đủ điều kiện chăm sóc trẻ em theo quy"
        " định tại khoản 2 Điều 63 của Luật Trẻ em"
    ),
    EndReason.CARER_HARMED_CHILD: (
        "Cá nhân, gia đình nhận chăm sóc thay thế vi phạm quy định tại Điều 6 của Luật Trẻ em gây"
        " tổn hại cho trẻ em được nhận chăm sóc thay thế"
    ),
    EndReason.CARER_REQUEST: (
        "Cá nhân, gia đình nhận chăm sóc thay thế đề nghị chấm dứt việc chăm sóc trẻ em"
    ),
    EndReason.CHILD_HARMED_CARER: (
        "Trẻ em đang được chăm sóc thay thế có hành vi cố ý xâm phạm nghiêm trọng tính mạng, sức"
        " khỏe, nhân phẩm, danh dự của cá nhân, thành viên gia đình nhận chăm sóc thay thế"
    ),
    EndReason.REUNIFICATION: (
        "Trẻ em trở về đoàn tụ gia đình khi gia đình bảo đảm an toàn, có đủ điều kiện thực hiện"
        " quyền của trẻ em"
    ),
    EndReason.CHILD_WISH: "Trẻ em muốn chấm dứt việc chăm sóc thay thế",
    EndReason.CHANGE_FORM: "Chuyển đổi hình thức chăm sóc thay thế",
    EndReason.CHANGE_CARER: "Chuyển đổi cá nhân, gia đình nhận chăm sóc thay thế",
    EndReason.ADOPTED: "Chuyển hình thức: được nhận làm con nuôi",
    EndReason.TURNED_16: "Trẻ em đã đủ 16 tuổi",
    EndReason.OTHER: "Lý do khác",
}
_END_BASIS = {
    EndReason.CARER_NOT_ELIGIBLE: "Điểm a khoản 1 Điều 69 Luật Trẻ em",
    EndReason.CARER_HARMED_CHILD: "Điểm b khoản 1 Điều 69 Luật Trẻ em",
    EndReason.CARER_REQUEST: "Điểm c khoản 1 Điều 69 Luật Trẻ em",
    EndReason.CHILD_HARMED_CARER: "Điểm d khoản 1 Điều 69 Luật Trẻ em",
    EndReason.REUNIFICATION: "Điểm đ khoản 1 Điều 69 Luật Trẻ em",
    EndReason.CHILD_WISH: "Khoản 3 Điều 69 Luật Trẻ em",
    EndReason.CHANGE_FORM: "Khoản 2 Điều 43, khoản 2 Điều 48 Nghị định 56/2017/NĐ-CP",
    EndReason.CHANGE_CARER: "Khoản 2 Điều 43, khoản 2 Điều 48 Nghị định 56/2017/NĐ-CP",
    EndReason.ADOPTED: "Khoản 3 Điều 61 Luật Trẻ em; Luật Nuôi con nuôi",
    EndReason.TURNED_16: "Khoản 4 Điều 13 Thông tư 14/2020/TT-BLĐTBXH",
}


class FollowUpKind(StrEnum):
    """What is due after a placement starts.

    - the worker's visit and assessment, 1 and 3 months after the carer took the child, then
      every 6 months, reported on Mẫu số 13 (Nghị định 56 Điều 43.2);
    - the carer's report to the commune 6 months after taking the child, then every year
      (Luật Trẻ em Điều 64.1.b);
    - the commune's 6-monthly assessment of every placement in a family (Luật Trẻ em Điều 68.2);
    - for a child in a social-assistance facility, the 6-monthly review to move the child to a
      family (Luật Trẻ em Điều 67.2, 68.1.b; Thông tư 14/2020 Điều 13.3).
    """

    WORKER_VISIT = "theo_doi_mau_13"
    CARER_REPORT = "bao_cao_nguoi_nhan"
    COMMUNE_REVIEW = "danh_gia_6_thang"
    FACILITY_REVIEW = "ra_soat_co_so"

    @property
    def label(self) -> str:
        return _FOLLOW_UP_LABELS[self]

    @property
    def basis(self) -> str:
        return _FOLLOW_UP_BASIS[self]


_FOLLOW_UP_LABELS = {
    FollowUpKind.WORKER_VISIT: (
        "Theo dõi, đánh giá tình trạng trẻ em được chăm sóc thay thế (Mẫu số 13)"
    ),
    FollowUpKind.CARER_REPORT: (
        "Người nhận chăm sóc thay thế thông báo tình hình sức khỏe, tinh thần, sự hòa nhập của"
        " trẻ em"
    ),
    FollowUpKind.COMMUNE_REVIEW: (
        "Ủy ban nhân dân xã đánh giá mức độ phù hợp của việc chăm sóc thay thế tại gia đình"
    ),
    FollowUpKind.FACILITY_REVIEW: (
        "Rà soát trẻ em tại cơ sở trợ giúp xã hội để chuyển hình thức chăm sóc thay thế"
    ),
}
_FOLLOW_UP_BASIS = {
    FollowUpKind.WORKER_VISIT: "Khoản 2 Điều 43 Nghị định 56/2017/NĐ-CP",
    FollowUpKind.CARER_REPORT: "Điểm b khoản 1 Điều 64 Luật Trẻ em",
    FollowUpKind.COMMUNE_REVIEW: "Khoản 2 Điều 68 Luật Trẻ em",
    FollowUpKind.FACILITY_REVIEW: (
        "Khoản 2 Điều 67, điểm b khoản 1 Điều 68 Luật Trẻ em; khoản 3 Điều 13 Thông tư 14/2020"
    ),
}

# --------------------------------------------------------------------------- deadlines

HANDOVER_WORKING_DAYS = 15  # Nghị định 56 Điều 42.7: giao, nhận trẻ em trong 15 ngày làm việc
# When a deadline of alternative care shows as "sắp đến hạn": a follow-up is planned some days
# ahead (a visit, a report to ask for), so the window is wider than the case deadlines' one.
FOLLOW_UP_DUE_SOON_WORKING_DAYS = 10
HANDOVER_DUE_SOON_WORKING_DAYS = 5
ADULT_AGE = 18  # Bộ luật Dân sự 2015 Điều 20: người thành niên là người từ đủ 18 tuổi
MIN_AGE_GAP_YEARS = 20  # Luật Trẻ em Điều 63.2.d
CHILD_VIEW_AGE = 7  # Luật Trẻ em Điều 60.3: trẻ em từ đủ 07 tuổi trở lên phải lấy ý kiến
SCHEDULE_YEARS_AHEAD = 1  # how far ahead a placement's schedule is shown


def handover_due(decision_date: date) -> date:
    """The day by which the child must be handed over: 15 working days after the decision
    (Nghị định 56 Điều 42.7), counted as ``working_days`` counts (the decision's day not counted)."""
    return add_working_days(decision_date, HANDOVER_WORKING_DAYS)


def due_state(due: date, today: date, soon_working_days: int) -> DeadlineState:
    """Overdue from the day after ``due``; due soon when at most ``soon_working_days`` working
    days are left (the due day included); on time otherwise. Counts no further than needed (a
    placement's list asks this of every follow-up, some years ahead)."""
    if today > due:
        return DeadlineState.OVERDUE
    count, day = 0, today
    while day < due:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
            if count > soon_working_days:
                return DeadlineState.ON_TIME
    return DeadlineState.DUE_SOON


def add_months(value: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it has no such day (31/01 + 1
    month → 28 or 29/02)."""
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return date(year, month, min(value.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- the schedule


@dataclass(frozen=True, slots=True)
class ScheduledFollowUp:
    kind: FollowUpKind
    seq: int  # 1, 2, … within its kind
    months: int  # after the start
    due: date

    @property
    def label(self) -> str:
        return f"{self.kind.label} — sau {self.months:02d} tháng"


def follow_up_months(kind: FollowUpKind) -> Iterator[int]:
    """The months after the start each follow-up of ``kind`` falls on, without end.

    Worker visits: 1, 3, then every 6 months from the start (6, 12, 18, …). Carer reports: 6,
    then every year on the anniversary (12, 24, …). Commune and facility reviews: every 6 months
    (6, 12, 18, …)."""
    if kind is FollowUpKind.WORKER_VISIT:
        yield 1
        yield 3
        step, months = 6, 6
    elif kind is FollowUpKind.CARER_REPORT:
        yield 6
        step, months = 12, 12
    else:
        step, months = 6, 6
    while True:
        yield months
        months += step


def follow_up_kinds(form: CareForm) -> tuple[FollowUpKind, ...]:
    """Which follow-ups a placement of ``form`` has. Care in a family: the worker's visits, the
    carer's reports and the commune's reviews. In a facility: only the 6-monthly review to find a
    family (the facility and its managing body follow the child up; Nghị định 56 Điều 47).
    Adoption: none here — the post-adoption reports belong to the adoption module."""
    if form.is_family:
        return (FollowUpKind.WORKER_VISIT, FollowUpKind.CARER_REPORT, FollowUpKind.COMMUNE_REVIEW)
    if form is CareForm.FACILITY:
        return (FollowUpKind.FACILITY_REVIEW,)
    return ()


def follow_up_schedule(
    form: CareForm, start: date, end: date | None, horizon: date
) -> list[ScheduledFollowUp]:
    """Every follow-up of a placement of ``form`` that started on ``start``, due on or before
    ``horizon`` and on or before its ``end`` (none after the placement ended), by due date (then
    kind order)."""
    last = horizon if end is None else min(end, horizon)
    items: list[ScheduledFollowUp] = []
    for kind in follow_up_kinds(form):
        for seq, months in enumerate(follow_up_months(kind), start=1):
            due = add_months(start, months)
            if due > last:
                break
            items.append(ScheduledFollowUp(kind, seq, months, due))
    order = {k: i for i, k in enumerate(FollowUpKind)}
    return sorted(items, key=lambda f: (f.due, order[f.kind], f.seq))


def scheduled_item(form: CareForm, start: date, kind: FollowUpKind, seq: int) -> ScheduledFollowUp:
    """The ``seq``-th follow-up of ``kind`` (1-based) of a placement, whatever its date."""
    if kind not in follow_up_kinds(form):
        raise ValueError(f"{kind} does not apply to {form}")
    months = 0
    for i, m in enumerate(follow_up_months(kind), start=1):
        if i == seq:
            months = m
            break
    return ScheduledFollowUp(kind, seq, months, add_months(start, months))


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True, slots=True)
class SiblingPlacement:
    """A brother or sister of the child (same parents in the register) cared for elsewhere."""

    name: str
    code: str
    carer: str


@dataclass(frozen=True, slots=True)
class PlacementFacts:
    """What the rules need to know of a placement decision and its surroundings."""

    form: CareForm
    decision_date: date
    start_date: date
    child_name: str
    child_birth: PartialDate | None
    carer_name: str = ""
    carer_birth: PartialDate | None = None
    carer_status: CarerStatus | None = None
    carer_registration: CarerRegistration | None = None
    carer_approved: bool = False
    relationship: str = ""
    non_relative_reason: str = ""
    child_view: str = ""
    child_view_date: date | None = None
    facility_kind_ok: bool = True  # the provider chosen is a social-assistance facility
    current_placement: str = ""  # the code of the child's placement still open, if any
    last_end: date | None = None  # the latest end of the child's earlier placements
    siblings_elsewhere: tuple[SiblingPlacement, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """``blocks``: field → what to fix (nothing is saved). ``warnings``: what the officer must
    read and confirm before saving."""

    blocks: dict[str, str]
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.blocks and not self.warnings


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_range(birth: PartialDate, on: date) -> tuple[int, int]:
    """The youngest and the oldest the person can be on ``on`` (completed years)."""
    return age_on(birth, on), max(_years_between(birth.earliest, on), 0)


def age_gap_certainty(older: PartialDate, younger: PartialDate, years: int) -> bool | None:
    """Is ``older`` at least ``years`` years older than ``younger``? True / False when the dates
    decide it, None when partial dates leave both possible."""
    # Certainly: even the latest possible birth of the older plus the gap is on or before the
    # earliest possible birth of the younger.
    if add_years(older.latest, years) <= younger.earliest:
        return True
    # Certainly not: even the earliest birth of the older plus the gap is after the latest
    # possible birth of the younger.
    if add_years(older.earliest, years) > younger.latest:
        return False
    return None


def _born_text(birth: PartialDate) -> str:
    return birth.display()


def placement_rules(f: PlacementFacts) -> RuleOutcome:
    """The checks of a placement decision (Luật Trẻ em Điều 60, 63, 67; Nghị định 56 Điều 42).

    Blocks: an adoption (registered in the adoption module); the child already in care, or the
    start inside an earlier placement; a child of 16 or more; a carer found not eligible or who
    stopped; a non-relative carer not yet verified eligible (Mẫu số 11), or one who came as a
    relative; a relative carer certainly under 18, a non-relative certainly less than 20 years
    older than the child; a non-relative or facility chosen without a recorded reason why not a
    relative; a relative without the relationship; a provider that is not a social-assistance
    facility; a child certainly 7 or older without a recorded view and its date, or a view
    recorded after the decision.

    Warnings: ages the partial dates cannot decide; a non-relative carer not yet approved by
    the Chủ tịch; a relative carer not yet verified; brothers or sisters cared for by someone
    else; a facility (a temporary measure: look for a family)."""
    blocks: dict[str, str] = {}
    warnings: list[str] = []
    on = f.decision_date

    if f.form is CareForm.ADOPTION:
        blocks["form"] = (
            "Chăm sóc thay thế bằng hình thức nhận con nuôi được ghi khi đăng ký nuôi con nuôi"
            " (mục «Nhận con nuôi»), không ghi ở đây. Hãy chọn hình thức khác."
        )
        return RuleOutcome(blocks, ())

    if f.current_placement:
        blocks["child_id"] = (
            f"{f.child_name} đang được chăm sóc thay thế ({f.current_placement}). Mỗi trẻ chỉ có"
            " một nơi chăm sóc thay thế tại một thời điểm: hãy ghi chấm dứt việc chăm sóc đó"
            " (lý do, Quyết định Mẫu số 16) trước, hoặc chọn «chuyển đổi» để làm cùng lúc."
        )
    elif f.last_end is not None and f.start_date <= f.last_end:
        blocks["start_date"] = (
            f"Ngày bắt đầu {format_date(f.start_date)} không sau ngày kết thúc lần chăm sóc thay"
            f" thế trước của trẻ ({format_date(f.last_end)}). Hãy chọn ngày bắt đầu sau ngày đó."
        )

    if f.child_birth is not None and age_on(f.child_birth, on) >= CHILD_AGE_LIMIT:
        blocks.setdefault(
            "child_id",
            f"{f.child_name} đã đủ {CHILD_AGE_LIMIT} tuổi vào ngày quyết định"
            f" {format_date(on)}, không còn là trẻ em theo Luật Trẻ em. Hãy kiểm tra ngày sinh"
            " hoặc ngày quyết định.",
        )

    if f.form.is_family:
        _carer_rules(f, blocks, warnings)
    elif f.form is CareForm.FACILITY and not f.facility_kind_ok:
        blocks["provider_id"] = (
            "Nơi đã chọn không phải là cơ sở trợ giúp xã hội. Hãy chọn một cơ sở trợ giúp xã hội"
            " trong danh sách nơi cung cấp dịch vụ (hoặc sửa loại của nơi đó)."
        )

    if f.form in (CareForm.NON_RELATIVE, CareForm.FACILITY) and not f.non_relative_reason:
        blocks["non_relative_reason"] = (
            "Pháp luật ưu tiên người thân thích nhận chăm sóc trẻ (Điều 60.4 Luật Trẻ em, Điều"
            " 42.2 Nghị định 56/2017/NĐ-CP). Hãy ghi lý do không giao cho người thân thích (ví dụ:"
            " trẻ không có người thân thích, người thân thích không đủ điều kiện hoặc không nhận)."
        )

    _child_view_rules(f, blocks, warnings)

    if f.siblings_elsewhere:
        names = "; ".join(
            f"{s.name} ({s.code}) đang được {s.carer} chăm sóc" for s in f.siblings_elsewhere
        )
        warnings.append(
            f"Anh, chị, em ruột của trẻ được chăm sóc ở nơi khác: {names}. Trẻ em có anh, chị, em"
            " ruột được ưu tiên sống cùng nhau (Điều 60.4 Luật Trẻ em): hãy cân nhắc giao cho cùng"
            " người nhận chăm sóc."
        )
    if f.form is CareForm.FACILITY:
        warnings.append(
            "Chăm sóc tại cơ sở trợ giúp xã hội là biện pháp tạm thời trong khi chưa tìm được"
            " người thân thích, cá nhân, gia đình nhận chăm sóc thay thế (Điều 67 Luật Trẻ em,"
            " Điều 42.4 Nghị định 56/2017/NĐ-CP): hãy tiếp tục tìm gia đình cho trẻ; phần mềm"
            " nhắc rà soát 6 tháng một lần."
        )
    return RuleOutcome(blocks, tuple(warnings))


def _carer_rules(f: PlacementFacts, blocks: dict[str, str], warnings: list[str]) -> None:
    on = f.decision_date
    who = f.carer_name or "Người nhận chăm sóc"
    if f.carer_status in (CarerStatus.NOT_ELIGIBLE, CarerStatus.STOPPED):
        blocks["carer_id"] = (
            f"{who}: {f.carer_status.label.lower()}, không giao trẻ được. Hãy chọn người nhận"
            " chăm sóc khác."
        )
        return
    if f.form is CareForm.NON_RELATIVE:
        if f.carer_registration is CarerRegistration.RELATIVE_NOTICE:
            blocks["carer_id"] = (
                f"{who} được ghi là người thân thích của trẻ (thông báo theo Điều 65.4 Luật Trẻ"
                " em). Hãy chọn hình thức «người thân thích», hoặc chọn người đã đăng ký nhận"
                " chăm sóc thay thế (Mẫu số 08)."
            )
        elif f.carer_status is not CarerStatus.ELIGIBLE:
            blocks["carer_id"] = (
                f"{who} chưa được xác minh đủ điều kiện nhận chăm sóc thay thế (Mẫu số 11, Điều"
                " 42.1 Nghị định 56/2017/NĐ-CP). Hãy ghi kết quả xác minh trước khi quyết định."
            )
        elif not f.carer_approved:
            warnings.append(
                f"{who} chưa được Chủ tịch Ủy ban nhân dân xã phê duyệt đủ điều kiện nhận chăm"
                " sóc thay thế (Điều 8.5 Thông tư 14/2020/TT-BLĐTBXH)."
            )
    elif f.carer_status is not CarerStatus.ELIGIBLE:
        warnings.append(
            f"Chưa ghi kết quả xác minh điều kiện của {who} (Mẫu số 11): người thân thích cũng"
            " phải bảo đảm các điều kiện của khoản 2 Điều 63 Luật Trẻ em."
        )
    if f.form is CareForm.RELATIVE and not f.relationship:
        blocks["relationship"] = (
            "Hãy ghi quan hệ của người nhận chăm sóc với trẻ (ví dụ: bà nội, cô ruột)."
        )

    birth = f.carer_birth
    if birth is None:
        blocks.setdefault(
            "carer_id",
            f"Chưa có ngày sinh hoặc năm sinh của {who}: không kiểm tra được điều kiện về tuổi"
            " (Điều 63.2.d Luật Trẻ em). Hãy bổ sung vào hồ sơ người nhận chăm sóc.",
        )
        return
    if f.form is CareForm.RELATIVE:
        youngest, oldest = age_range(birth, on)
        if oldest < ADULT_AGE:
            blocks.setdefault(
                "carer_id",
                f"{who} (sinh {_born_text(birth)}) chưa đủ {ADULT_AGE} tuổi vào ngày quyết định"
                f" {format_date(on)}. Người thân thích nhận chăm sóc thay thế phải là người thành"
                " niên (Điều 63.2.d Luật Trẻ em).",
            )
        elif youngest < ADULT_AGE:
            warnings.append(
                f"Với ngày sinh {_born_text(birth)}, chưa chắc {who} đã đủ {ADULT_AGE} tuổi vào"
                f" ngày {format_date(on)}. Hãy kiểm tra giấy tờ: người thân thích nhận chăm sóc"
                " thay thế phải là người thành niên."
            )
        return
    child = f.child_birth
    if child is None:
        return
    gap = age_gap_certainty(birth, child, MIN_AGE_GAP_YEARS)
    if gap is False:
        blocks.setdefault(
            "carer_id",
            f"{who} (sinh {_born_text(birth)}) không hơn trẻ (sinh {_born_text(child)}) từ"
            f" {MIN_AGE_GAP_YEARS} tuổi trở lên. Người nhận chăm sóc không phải người thân thích"
            f" phải hơn trẻ từ {MIN_AGE_GAP_YEARS} tuổi trở lên (Điều 63.2.d Luật Trẻ em).",
        )
    elif gap is None:
        warnings.append(
            f"Với ngày sinh {_born_text(birth)} của {who} và {_born_text(child)} của trẻ, chưa"
            f" xác định được người nhận chăm sóc có hơn trẻ từ {MIN_AGE_GAP_YEARS} tuổi trở lên"
            " không. Hãy kiểm tra giấy tờ."
        )


def _child_view_rules(f: PlacementFacts, blocks: dict[str, str], warnings: list[str]) -> None:
    on = f.decision_date
    if f.child_view_date is not None and f.child_view_date > on:
        blocks["child_view_date"] = (
            f"Ngày lấy ý kiến của trẻ ({format_date(f.child_view_date)}) sau ngày quyết định"
            f" ({format_date(on)}). Ý kiến của trẻ phải được lấy trước khi quyết định."
        )
    if f.child_birth is None or (f.child_view and f.child_view_date is not None):
        return
    youngest, oldest = age_range(f.child_birth, on)
    if youngest >= CHILD_VIEW_AGE:
        blocks["child_view"] = (
            f"{f.child_name} đã {youngest} tuổi: phải lấy ý kiến của trẻ từ đủ {CHILD_VIEW_AGE}"
            " tuổi trở lên (Điều 60.3 Luật Trẻ em, Điều 42.1 Nghị định 56/2017/NĐ-CP). Hãy ghi ý"
            " kiến, nguyện vọng của trẻ và ngày lấy ý kiến."
        )
    elif oldest >= CHILD_VIEW_AGE:
        warnings.append(
            f"Với ngày sinh {_born_text(f.child_birth)}, {f.child_name} có thể đã đủ"
            f" {CHILD_VIEW_AGE} tuổi vào ngày quyết định: nếu vậy phải lấy ý kiến của trẻ (Điều"
            " 60.3 Luật Trẻ em)."
        )


def siblings_apart(
    carer_key: str, siblings: Sequence[tuple[str, str, str, str]]
) -> tuple[SiblingPlacement, ...]:
    """Of the siblings ``(name, code, carer_key, carer_name)`` in care, those whose carer is not
    the one chosen (``carer_key``: "carer:<id>", "provider:<id>" or a folded name)."""
    return tuple(SiblingPlacement(n, c, cn) for n, c, key, cn in siblings if key != carer_key)
