"""Adoption referrals (nuôi con nuôi trong nước) as the commune handles them: the closed lists
and the pure rules of Luật Nuôi con nuôi 52/2010/QH12.

A referral goes: the child is proposed → public notice at the commune office for 60 days
(Điều 15.2.b) → people come forward to adopt (one person or a married couple, Điều 8.3) → their
file is received (Điều 17–19) → the opinions of the people of Điều 21 are collected within 10
days (Điều 20) → the adoption is registered within 20 days of the consents (Điều 22.1), or refused
in writing with reasons within 10 days (Điều 22.2); the referral may be withdrawn at any time
before. After the handover the adoptive parents report every 6 months for 3 years (Điều 23).

Everything here is a function of facts and a day: which checks an adopter passes, which
consents are needed, the deadlines and their states, the stage and what to do next. Nothing
reads a clock or a database.

Partial dates of birth (a year, or a month and year) are compared by their earliest and latest
possible day: a rule is *broken* (a block) only when it is broken whatever the real day is, and
*cannot be told* (a warning) when it depends on the unknown day.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from commune_care.domain.cases import DeadlineRules, DeadlineState, day_state
from commune_care.domain.dates import PartialDate, add_years, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.working_days import add_working_days

# --------------------------------------------------------------------------- periods


class DayCount(StrEnum):
    """How a period "trong thời hạn n ngày" is counted."""

    CALENDAR = "ngay"
    WORKING = "ngay_lam_viec"


# Luật Nuôi con nuôi writes its periods as plain "ngày" (Điều 15.2.b "60 ngày", Điều 19.2 "30
# ngày", Điều 20 "10 ngày", Điều 22 "20 ngày", "10 ngày"), where other texts of the programme say
# "ngày làm việc" when they mean working days (Nghị định 56 Điều 28): these are calendar days.
# Counting follows Bộ luật Dân sự 2015 Điều 147: the day the period starts from is not counted.
# Bộ luật Dân sự Điều 148.5 moves an end that falls on a day off to the next working day; that
# is NOT applied here, so a due day shown is never later than the law's (the same choice as the
# 15 days of temporary separation in case management).
PERIOD_DAYS: DayCount = DayCount.CALENDAR

NOTICE_DAYS = 60  # Điều 15.2.b: thông báo, niêm yết tại trụ sở UBND xã trong thời hạn 60 ngày
RESOLUTION_DAYS = 30  # Điều 19.2: thời hạn giải quyết 30 ngày từ khi nhận đủ hồ sơ hợp lệ
OPINIONS_DAYS = 10  # Điều 20: xong việc lấy ý kiến trong 10 ngày từ khi nhận đủ hồ sơ hợp lệ
REGISTRATION_DAYS = 20  # Điều 22.1: đăng ký trong 20 ngày từ ngày có ý kiến đồng ý
REFUSAL_DAYS = 10  # Điều 22.2: trả lời từ chối bằng văn bản trong 10 ngày từ ngày có ý kiến
PARENT_CONSENT_AFTER_BIRTH_DAYS = 15  # Điều 21.4: ít nhất 15 ngày sau khi con được sinh ra
CHILD_CONSENT_AGE = 9  # Điều 21.1: trẻ em từ đủ 09 tuổi trở lên phải đồng ý
ADOPTABLE_AGE = 16  # Điều 8.1: trẻ em dưới 16 tuổi
ADOPTABLE_AGE_FAMILY = 18  # Điều 8.2: từ đủ 16 đến dưới 18 tuổi, chỉ cha dượng, mẹ kế, cô, cậu…
AGE_GAP_YEARS = 20  # Điều 14.1.b: hơn con nuôi từ 20 tuổi trở lên
ADULT_AGE = 18  # Bộ luật Dân sự Điều 20: người thành niên (năng lực hành vi dân sự đầy đủ)
REPORT_INTERVAL_MONTHS = 6  # Điều 23.1: sáu tháng một lần …
REPORT_COUNT = 6  # … trong thời hạn 03 năm kể từ ngày giao nhận con nuôi

# "Sắp đến hạn": the periods here are 10 to 60 calendar days, so the one working day cases use
# (made for periods of 2 and 5 working days) warns too late; three working days here.
DUE_SOON_WORKING_DAYS = 3
# A post-adoption report is listed in "Việc cần làm" from 30 days before it is due.
REPORT_DUE_SOON_DAYS = 30

_RULES = DeadlineRules(due_soon_working_days=DUE_SOON_WORKING_DAYS)


def add_period(start: date, days: int, kind: DayCount = PERIOD_DAYS) -> date:
    """The last day of a period of ``days`` days from ``start`` (``start`` is not counted)."""
    if kind is DayCount.WORKING:
        return add_working_days(start, days)
    return start + timedelta(days=days)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the last day of that month when it has no such day
    (Bộ luật Dân sự 2015 Điều 148.3: 31/08 + 6 months = 28/02 or 29/02)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def notice_end(start: date) -> date:
    """The last day of the 60-day public notice (Điều 15.2.b)."""
    return add_period(start, NOTICE_DAYS)


def opinions_due(file_received_on: date) -> date:
    """Điều 20: the opinions are collected within 10 days of the complete, valid file."""
    return add_period(file_received_on, OPINIONS_DAYS)


def registration_due(consents_on: date) -> date:
    """Điều 22.1: registered, certificate handed over, child handed over and entered in the
    civil-status book within 20 days of the consents."""
    return add_period(consents_on, REGISTRATION_DAYS)


def refusal_due(consents_on: date) -> date:
    """Điều 22.2: a refusal is answered in writing, with its reasons, within 10 days of the
    opinions."""
    return add_period(consents_on, REFUSAL_DAYS)


def resolution_due(file_received_on: date) -> date:
    """Điều 19.2: the whole matter is settled within 30 days of the complete, valid file."""
    return add_period(file_received_on, RESOLUTION_DAYS)


def earliest_parent_consent(birth: date) -> date:
    """Điều 21.4: the first day a birth parent may consent ("sau khi con đã được sinh ra ít nhất
    15 ngày": born on the 1st, from the 16th)."""
    return birth + timedelta(days=PARENT_CONSENT_AFTER_BIRTH_DAYS)


def report_schedule(handover_on: date) -> tuple[date, ...]:
    """Điều 23.1: the six due days of the post-adoption reports, every 6 months for 3 years
    from the handover."""
    return tuple(
        add_months(handover_on, REPORT_INTERVAL_MONTHS * n) for n in range(1, REPORT_COUNT + 1)
    )


def step_state(due: date, today: date) -> DeadlineState:
    """A step's deadline on ``today``: overdue from the next day; due soon within
    ``DUE_SOON_WORKING_DAYS`` working days (the due day included)."""
    return day_state(due, today, _RULES)


def report_state(due: date, today: date) -> DeadlineState:
    """A report not received yet: overdue from the day after it is due, due soon within
    ``REPORT_DUE_SOON_DAYS`` days."""
    if today > due:
        return DeadlineState.OVERDUE
    if (due - today).days <= REPORT_DUE_SOON_DAYS:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


# --------------------------------------------------------------------------- closed lists


class ChildSituation(StrEnum):
    """Why the child needs a replacement family (Điều 15.2; Điều 14.3 for adoption within the
    family)."""

    ORPHAN = "mo_coi"
    PARENTS_UNABLE = "cha_me_khong_co_kha_nang"
    ABANDONED = "bi_bo_roi"
    IN_FACILITY = "o_co_so_nuoi_duong"
    FAMILY = "trong_gia_dinh"

    @property
    def label(self) -> str:
        return _SITUATION_LABELS[self]


_SITUATION_LABELS = {
    ChildSituation.ORPHAN: "Trẻ em mồ côi không có người nuôi dưỡng",
    ChildSituation.PARENTS_UNABLE: (
        "Trẻ em có cha mẹ đẻ, người thân thích nhưng không có khả năng nuôi dưỡng"
    ),
    ChildSituation.ABANDONED: "Trẻ em bị bỏ rơi",
    ChildSituation.IN_FACILITY: "Trẻ em ở cơ sở nuôi dưỡng cần có gia đình thay thế",
    ChildSituation.FAMILY: (
        "Cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột xin nhận trẻ làm con nuôi"
    ),
}


class AdoptionStage(StrEnum):
    """The furthest step recorded, in the law's order; the last three end the referral."""

    PROPOSED = "de_xuat"
    NOTICE = "niem_yet"
    ADOPTERS_FOUND = "co_nguoi_nhan"
    FILE_RECEIVED = "da_nhan_ho_so"
    OPINIONS = "da_lay_y_kien"
    REGISTERED = "da_dang_ky"
    REFUSED = "tu_choi"
    WITHDRAWN = "da_dung"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def ended(self) -> bool:
        """Registered, refused or withdrawn: the referral's steps are over (a registered
        adoption is still followed up by its reports)."""
        return self in {AdoptionStage.REGISTERED, AdoptionStage.REFUSED, AdoptionStage.WITHDRAWN}

    @property
    def status(self) -> AdoptionStatus:
        return {
            AdoptionStage.REGISTERED: AdoptionStatus.REGISTERED,
            AdoptionStage.REFUSED: AdoptionStatus.REFUSED,
            AdoptionStage.WITHDRAWN: AdoptionStatus.WITHDRAWN,
        }.get(self, AdoptionStatus.OPEN)


_STAGE_LABELS = {
    AdoptionStage.PROPOSED: "Đề xuất tìm gia đình thay thế",
    AdoptionStage.NOTICE: "Đang thông báo, niêm yết",
    AdoptionStage.ADOPTERS_FOUND: "Có người xin nhận con nuôi",
    AdoptionStage.FILE_RECEIVED: "Đã nhận hồ sơ, đang lấy ý kiến",
    AdoptionStage.OPINIONS: "Đã lấy ý kiến, chờ đăng ký",
    AdoptionStage.REGISTERED: "Đã đăng ký nuôi con nuôi",
    AdoptionStage.REFUSED: "Từ chối đăng ký",
    AdoptionStage.WITHDRAWN: "Đã dừng",
}


class AdoptionStatus(StrEnum):
    """What the list filters on: still going, or how it ended."""

    OPEN = "dang_giai_quyet"
    REGISTERED = "da_dang_ky"
    REFUSED = "tu_choi"
    WITHDRAWN = "da_dung"

    @property
    def label(self) -> str:
        return {
            AdoptionStatus.OPEN: "Đang giải quyết",
            AdoptionStatus.REGISTERED: "Đã đăng ký",
            AdoptionStatus.REFUSED: "Từ chối",
            AdoptionStatus.WITHDRAWN: "Đã dừng",
        }[self]

    @property
    def stages(self) -> frozenset[AdoptionStage]:
        return frozenset(s for s in AdoptionStage if s.status is self)


class AdopterRelation(StrEnum):
    """The adopter's relation to the child, in the words of Điều 5.1.a, 8.2, 13.6 and 14.3."""

    STEP_FATHER = "cha_duong"
    STEP_MOTHER = "me_ke"
    AUNT_CO = "co_ruot"
    UNCLE_CAU = "cau_ruot"
    AUNT_DI = "di_ruot"
    UNCLE_CHU = "chu_ruot"
    BAC = "bac_ruot"
    GRANDPARENT = "ong_ba"
    SIBLING = "anh_chi_em"
    OTHER = "nguoi_khac"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]

    @property
    def step_parent(self) -> bool:
        return self in {AdopterRelation.STEP_FATHER, AdopterRelation.STEP_MOTHER}

    @property
    def blood_aunt_uncle(self) -> bool:
        """Cô, cậu, dì, chú, bác ruột."""
        return self in _AUNTS_UNCLES

    @property
    def family(self) -> bool:
        """Step-parent or blood aunt/uncle: the 20 years and the health, economic and housing
        conditions do not apply (Điều 14.3); may adopt a child of 16 or 17 (Điều 8.2); first in
        the order of priority (Điều 5.1.a)."""
        return self.step_parent or self.blood_aunt_uncle

    @property
    def prohibited(self) -> bool:
        """Điều 13.6: "Ông, bà nhận cháu làm con nuôi hoặc anh, chị, em nhận nhau làm con
        nuôi" is a prohibited act."""
        return self in {AdopterRelation.GRANDPARENT, AdopterRelation.SIBLING}

    @property
    def sex(self) -> Sex | None:
        """The sex the word itself implies (cha dượng is a man, cô a woman), None for bác and
        the others."""
        return _RELATION_SEX.get(self)


_AUNTS_UNCLES = frozenset(
    {
        AdopterRelation.AUNT_CO,
        AdopterRelation.UNCLE_CAU,
        AdopterRelation.AUNT_DI,
        AdopterRelation.UNCLE_CHU,
        AdopterRelation.BAC,
    }
)
_RELATION_LABELS = {
    AdopterRelation.STEP_FATHER: "Cha dượng",
    AdopterRelation.STEP_MOTHER: "Mẹ kế",
    AdopterRelation.AUNT_CO: "Cô ruột",
    AdopterRelation.UNCLE_CAU: "Cậu ruột",
    AdopterRelation.AUNT_DI: "Dì ruột",
    AdopterRelation.UNCLE_CHU: "Chú ruột",
    AdopterRelation.BAC: "Bác ruột",
    AdopterRelation.GRANDPARENT: "Ông, bà",
    AdopterRelation.SIBLING: "Anh, chị, em",
    AdopterRelation.OTHER: "Người khác",
}
_RELATION_SEX = {
    AdopterRelation.STEP_FATHER: Sex.MALE,
    AdopterRelation.STEP_MOTHER: Sex.FEMALE,
    AdopterRelation.AUNT_CO: Sex.FEMALE,
    AdopterRelation.UNCLE_CAU: Sex.MALE,
    AdopterRelation.AUNT_DI: Sex.FEMALE,
    AdopterRelation.UNCLE_CHU: Sex.MALE,
}


class AdopterKind(StrEnum):
    """Điều 8.3: a child is adopted by one single person or by both spouses of a couple."""

    SINGLE = "mot_nguoi"
    COUPLE = "vo_chong"

    @property
    def label(self) -> str:
        return {
            AdopterKind.SINGLE: "Một người",
            AdopterKind.COUPLE: "Hai vợ chồng",
        }[self]


class AdopterCondition(StrEnum):
    """The conditions of Điều 14 the commune checks for each adopter; each is confirmed on a
    date (the date of the document or of the verification)."""

    CAPACITY = "nang_luc"  # 14.1.a
    MEANS = "dieu_kien"  # 14.1.c — not for step-parents, aunts and uncles (14.3)
    CHARACTER = "dao_duc"  # 14.1.d
    NOT_BARRED = "khong_bi_cam"  # 14.2.a–d

    @property
    def label(self) -> str:
        return _CONDITION_LABELS[self]

    @property
    def short_label(self) -> str:
        """For a form's narrow label column (the full text is ``label``)."""
        return {
            AdopterCondition.CAPACITY: "Năng lực hành vi dân sự đầy đủ",
            AdopterCondition.MEANS: "Sức khỏe, kinh tế, chỗ ở",
            AdopterCondition.CHARACTER: "Tư cách đạo đức tốt",
            AdopterCondition.NOT_BARRED: "Không thuộc trường hợp bị cấm",
        }[self]

    @property
    def article(self) -> str:
        return {
            AdopterCondition.CAPACITY: "Điều 14.1.a",
            AdopterCondition.MEANS: "Điều 14.1.c",
            AdopterCondition.CHARACTER: "Điều 14.1.d",
            AdopterCondition.NOT_BARRED: "Điều 14.2",
        }[self]


_CONDITION_LABELS = {
    AdopterCondition.CAPACITY: "Có năng lực hành vi dân sự đầy đủ",
    AdopterCondition.MEANS: (
        "Có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng, giáo dục "
        "con nuôi"
    ),
    AdopterCondition.CHARACTER: "Có tư cách đạo đức tốt",
    AdopterCondition.NOT_BARRED: (
        "Không đang bị hạn chế quyền của cha, mẹ đối với con chưa thành niên; không đang chấp "
        "hành quyết định xử lý hành chính tại cơ sở giáo dục, cơ sở chữa bệnh hoặc hình phạt tù; "
        "không có án tích chưa được xóa về các tội nêu tại Điều 14.2.d"
    ),
}


def required_conditions(relation: AdopterRelation) -> tuple[AdopterCondition, ...]:
    """The conditions an adopter must meet: all four, without the health, economic and housing
    conditions for a step-parent or blood aunt/uncle (Điều 14.3)."""
    if relation.family:
        return tuple(c for c in AdopterCondition if c is not AdopterCondition.MEANS)
    return tuple(AdopterCondition)


class ConsentRole(StrEnum):
    """Whose opinion Điều 21.1 asks for."""

    FATHER = "cha_de"
    MOTHER = "me_de"
    GUARDIAN = "nguoi_giam_ho"
    CHILD = "tre_em"

    @property
    def label(self) -> str:
        return {
            ConsentRole.FATHER: "Cha đẻ",
            ConsentRole.MOTHER: "Mẹ đẻ",
            ConsentRole.GUARDIAN: "Người giám hộ",
            ConsentRole.CHILD: "Trẻ em (từ đủ 09 tuổi)",
        }[self]

    @property
    def parent(self) -> bool:
        return self in {ConsentRole.FATHER, ConsentRole.MOTHER}


class ConsentAnswer(StrEnum):
    """The opinion given — or, for a birth parent, why it cannot be asked (Điều 21.1: "đã chết,
    mất tích, mất năng lực hành vi dân sự hoặc không xác định được")."""

    AGREED = "dong_y"
    DECLINED = "khong_dong_y"
    DEAD = "da_chet"
    MISSING = "mat_tich"
    INCAPACITATED = "mat_nang_luc"
    UNKNOWN = "khong_xac_dinh"

    @property
    def label(self) -> str:
        return {
            ConsentAnswer.AGREED: "Đồng ý",
            ConsentAnswer.DECLINED: "Không đồng ý",
            ConsentAnswer.DEAD: "Đã chết",
            ConsentAnswer.MISSING: "Mất tích",
            ConsentAnswer.INCAPACITATED: "Mất năng lực hành vi dân sự",
            ConsentAnswer.UNKNOWN: "Không xác định được",
        }[self]

    @property
    def given(self) -> bool:
        """An opinion was given (agreed or declined), on a date."""
        return self in {ConsentAnswer.AGREED, ConsentAnswer.DECLINED}

    @property
    def absent(self) -> bool:
        """The parent cannot be asked; the other parent (or the guardian) decides."""
        return not self.given


class AdoptionAction(StrEnum):
    """What the officer does next on a referral."""

    START_NOTICE = "niem_yet"
    AWAIT_ADOPTERS = "cho_nguoi_nhan"
    NOTICE_ENDED = "het_niem_yet"
    RECEIVE_FILE = "nhan_ho_so"
    COLLECT_OPINIONS = "lay_y_kien"
    REGISTER = "dang_ky"
    REFUSE = "tu_choi"
    REPORT = "bao_cao"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    AdoptionAction.START_NOTICE: (
        "Thông báo, niêm yết tìm người nhận con nuôi tại trụ sở UBND xã (60 ngày), hoặc ghi "
        "người xin nhận con nuôi"
    ),
    AdoptionAction.AWAIT_ADOPTERS: (
        "Tiếp nhận người xin nhận con nuôi đến hết thời hạn niêm yết 60 ngày (Điều 15.2.b)"
    ),
    AdoptionAction.NOTICE_ENDED: (
        "Đã hết 60 ngày niêm yết: nhận hồ sơ nếu có người nhận, hoặc lập hồ sơ đưa trẻ vào cơ "
        "sở nuôi dưỡng và dừng đề xuất (Điều 15.2.b)"
    ),
    AdoptionAction.RECEIVE_FILE: ("Nhận đủ hồ sơ của người nhận con nuôi và của trẻ (Điều 17, 18)"),
    AdoptionAction.COLLECT_OPINIONS: (
        "Kiểm tra hồ sơ, lấy ý kiến của những người liên quan trong 10 ngày (Điều 20, 21)"
    ),
    AdoptionAction.REGISTER: (
        "Đăng ký nuôi con nuôi, trao Giấy chứng nhận, giao nhận con nuôi trong 20 ngày (Điều 22.1)"
    ),
    AdoptionAction.REFUSE: (
        "Trả lời từ chối đăng ký bằng văn bản, nêu rõ lý do, trong 10 ngày (Điều 22.2)"
    ),
    AdoptionAction.REPORT: "Nhận báo cáo tình hình phát triển của con nuôi (Điều 23)",
}


def report_label(number: int) -> str:
    """The action of report ``number`` (1 to 6), for the to-do list."""
    return f"Nhận báo cáo tình hình phát triển của con nuôi lần {number}/{REPORT_COUNT} (Điều 23)"


class DeadlineKind(StrEnum):
    NOTICE = "niem_yet"
    OPINIONS = "lay_y_kien"
    REGISTRATION = "dang_ky"
    REFUSAL = "tu_choi"
    RESOLUTION = "giai_quyet"

    @property
    def label(self) -> str:
        return {
            DeadlineKind.NOTICE: "Niêm yết tìm người nhận con nuôi 60 ngày (Điều 15.2.b)",
            DeadlineKind.OPINIONS: "Lấy ý kiến trong 10 ngày từ khi nhận đủ hồ sơ (Điều 20)",
            DeadlineKind.REGISTRATION: (
                "Đăng ký trong 20 ngày từ ngày có ý kiến đồng ý (Điều 22.1)"
            ),
            DeadlineKind.REFUSAL: "Từ chối bằng văn bản trong 10 ngày từ ngày có ý kiến (Điều 22.2)",
            DeadlineKind.RESOLUTION: "Giải quyết trong 30 ngày từ khi nhận đủ hồ sơ (Điều 19.2)",
        }[self]


# --------------------------------------------------------------------------- partial dates


class Tri(StrEnum):
    """Yes, no, or cannot be told from a partial date."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


def _years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def at_least_age(birth: PartialDate, years: int, on: date) -> Tri:
    """Is the person at least ``years`` old on ``on``? YES whatever the unknown day of birth,
    NO whatever it is, else UNKNOWN."""
    if _years(birth.latest, on) >= years:
        return Tri.YES
    if _years(birth.earliest, on) < years:
        return Tri.NO
    return Tri.UNKNOWN


def older_by(adopter: PartialDate, child: PartialDate, years: int = AGE_GAP_YEARS) -> Tri:
    """Is the adopter at least ``years`` years older than the child (Điều 14.1.b, "hơn con nuôi
    từ 20 tuổi trở lên")? Born 10/05/1990 and 10/05/2010 is exactly 20 years: yes."""
    if add_years(adopter.latest, years) <= child.earliest:
        return Tri.YES
    if add_years(adopter.earliest, years) > child.latest:
        return Tri.NO
    return Tri.UNKNOWN


def parent_may_consent(birth: PartialDate, on: date) -> Tri:
    """Is ``on`` at least 15 days after the child's birth (Điều 21.4)?"""
    if on >= earliest_parent_consent(birth.latest):
        return Tri.YES
    if on < earliest_parent_consent(birth.earliest):
        return Tri.NO
    return Tri.UNKNOWN


# --------------------------------------------------------------------------- findings


class Severity(StrEnum):
    BLOCK = "chan"  # a rule certainly broken: refused, nothing written
    WARNING = "canh_bao"  # cannot be told (a partial date) or worth a second look

    @property
    def label(self) -> str:
        return "Không được" if self is Severity.BLOCK else "Cần kiểm tra"


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's result worth telling: a block or a warning, with the article it applies,
    and the field of the form it is about ("__all__" for the whole form)."""

    severity: Severity
    article: str
    message: str
    field: str = "__all__"

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK


def blocks(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocks]


def warnings(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if not f.blocks]


def _block(article: str, message: str, field: str = "__all__") -> Finding:
    return Finding(Severity.BLOCK, article, message, field)


def _warn(article: str, message: str, field: str = "__all__") -> Finding:
    return Finding(Severity.WARNING, article, message, field)


@dataclass(frozen=True, slots=True)
class ChildFacts:
    """What the rules need of the child: the register's date of birth (maybe partial), name."""

    name: str
    birth: PartialDate | None


def child_age_findings(
    child: ChildFacts, on: date, relations: Sequence[AdopterRelation] = (), field: str = "__all__"
) -> list[Finding]:
    """Điều 8: under 16; from 16 to under 18 only for a step-parent or a blood aunt/uncle.

    ``relations`` are the adopters' (empty while nobody has come forward: then a child of 16 or
    17 is a warning, since only the family may adopt them, and 18 or more a block).
    """
    birth = child.birth
    day = format_date(on)
    if birth is None:
        return [
            _warn(
                "Điều 8",
                f"Hồ sơ của trẻ {child.name} chưa có ngày sinh: không kiểm tra được tuổi của trẻ "
                "(dưới 16 tuổi, Điều 8). Hãy bổ sung ngày sinh trong hồ sơ của trẻ.",
                field,
            )
        ]
    over18 = at_least_age(birth, ADOPTABLE_AGE_FAMILY, on)
    over16 = at_least_age(birth, ADOPTABLE_AGE, on)
    if over18 is Tri.YES:
        return [
            _block(
                "Điều 8",
                f"Ngày {day} trẻ {child.name} (sinh {birth.display()}) đã đủ 18 tuổi: không "
                "được nhận làm con nuôi theo Luật Nuôi con nuôi.",
                field,
            )
        ]
    found: list[Finding] = []
    family = bool(relations) and all(r.family for r in relations)
    if over18 is Tri.UNKNOWN:
        found.append(
            _warn(
                "Điều 8",
                f"Không rõ ngày {day} trẻ {child.name} (sinh {birth.display()}) đã đủ 18 tuổi "
                "chưa. Hãy xác định ngày sinh đầy đủ của trẻ.",
                field,
            )
        )
    if family or over16 is Tri.NO:
        return found
    if over16 is Tri.YES:
        if relations:
            found.append(
                _block(
                    "Điều 8.2",
                    f"Ngày {day} trẻ {child.name} (sinh {birth.display()}) đã đủ 16 tuổi: chỉ "
                    "cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột được nhận trẻ làm con nuôi.",
                    field,
                )
            )
        else:
            found.append(
                _warn(
                    "Điều 8.2",
                    f"Trẻ {child.name} (sinh {birth.display()}) đã đủ 16 tuổi: chỉ cha dượng, "
                    "mẹ kế, cô, cậu, dì, chú, bác ruột được nhận trẻ làm con nuôi.",
                    field,
                )
            )
    else:
        found.append(
            _warn(
                "Điều 8",
                f"Không rõ ngày {day} trẻ {child.name} (sinh {birth.display()}) đã đủ 16 tuổi "
                "chưa. Nếu đã đủ 16 tuổi, chỉ cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột được "
                "nhận trẻ làm con nuôi. Hãy xác định ngày sinh đầy đủ của trẻ.",
                field,
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class AdopterFacts:
    """One person who asks to adopt the child."""

    name: str
    sex: Sex
    birth: PartialDate
    relation: AdopterRelation
    confirmed: Mapping[AdopterCondition, date | None] = field(default_factory=dict)

    def missing_conditions(self) -> tuple[AdopterCondition, ...]:
        """The required conditions not confirmed (no date) yet."""
        return tuple(c for c in required_conditions(self.relation) if not self.confirmed.get(c))


def adopter_findings(
    person: AdopterFacts,
    child: ChildFacts,
    on: date,
    kind: AdopterKind,
    prefix: str = "",
) -> list[Finding]:
    """The checks of one adopter (Điều 8.3, 13.6, 14.1.a–b, 14.3) on day ``on``. Field names
    are prefixed with ``prefix`` (``"first."``, ``"second."``). The conditions checklist is not
    here: it may be completed later (``conditions_findings``)."""
    found: list[Finding] = []
    r, name = person.relation, person.name
    if r.prohibited:
        found.append(
            _block(
                "Điều 13.6",
                f"{r.label} của trẻ không được nhận trẻ làm con nuôi: Luật Nuôi con nuôi cấm "
                "ông, bà nhận cháu làm con nuôi và anh, chị, em nhận nhau làm con nuôi "
                "(Điều 13.6). Hãy xem xét hình thức chăm sóc thay thế bởi người thân thích.",
                prefix + "relation",
            )
        )
        return found
    if r.sex is not None and person.sex is not Sex.UNKNOWN and person.sex is not r.sex:
        found.append(
            _block(
                "Điều 14.3",
                f"{name} là {person.sex.label.lower()} nhưng quan hệ với trẻ ghi là «{r.label}». "
                "Hãy sửa giới tính hoặc quan hệ với trẻ.",
                prefix + "relation",
            )
        )
    if r.step_parent and kind is AdopterKind.COUPLE:
        found.append(
            _block(
                "Điều 14.3",
                f"{r.label} nhận con riêng của vợ/chồng làm con nuôi một mình: người vợ/chồng là "
                "cha, mẹ đẻ của trẻ, không phải người nhận con nuôi. Hãy chọn «Một người».",
                prefix + "relation",
            )
        )
    adult = at_least_age(person.birth, ADULT_AGE, on)
    if adult is Tri.NO:
        found.append(
            _block(
                "Điều 14.1.a",
                f"{name} (sinh {person.birth.display()}) chưa đủ 18 tuổi ngày {format_date(on)}: "
                "chưa có năng lực hành vi dân sự đầy đủ để nhận con nuôi.",
                prefix + "birth",
            )
        )
    elif adult is Tri.UNKNOWN:
        found.append(
            _warn(
                "Điều 14.1.a",
                f"Không rõ {name} (sinh {person.birth.display()}) đã đủ 18 tuổi chưa. Hãy ghi "
                "ngày sinh đầy đủ.",
                prefix + "birth",
            )
        )
    if r.family or child.birth is None:
        if child.birth is None and not r.family:
            found.append(
                _warn(
                    "Điều 14.1.b",
                    f"Hồ sơ của trẻ chưa có ngày sinh: không kiểm tra được {name} hơn trẻ từ 20 "
                    "tuổi trở lên. Hãy bổ sung ngày sinh của trẻ.",
                    prefix + "birth",
                )
            )
        return found
    gap = older_by(person.birth, child.birth)
    if gap is Tri.NO:
        found.append(
            _block(
                "Điều 14.1.b",
                f"{name} (sinh {person.birth.display()}) không hơn trẻ {child.name} (sinh "
                f"{child.birth.display()}) từ 20 tuổi trở lên. Chỉ cha dượng, mẹ kế, cô, cậu, "
                "dì, chú, bác ruột không phải đáp ứng điều kiện này (Điều 14.3).",
                prefix + "birth",
            )
        )
    elif gap is Tri.UNKNOWN:
        found.append(
            _warn(
                "Điều 14.1.b",
                f"Không rõ {name} (sinh {person.birth.display()}) có hơn trẻ (sinh "
                f"{child.birth.display()}) từ 20 tuổi trở lên không: ngày sinh chưa đầy đủ. Hãy "
                "đối chiếu giấy tờ có ngày sinh đầy đủ.",
                prefix + "birth",
            )
        )
    return found


def conditions_findings(person: AdopterFacts, prefix: str = "") -> list[Finding]:
    """Blocks for the conditions of Điều 14 not confirmed yet (needed before registration)."""
    return [
        _block(
            c.article,
            f"Chưa xác nhận {person.name}: «{c.label}» ({c.article}). Hãy ghi ngày xác nhận "
            "điều kiện này trước khi đăng ký.",
            f"{prefix}{c.value}",
        )
        for c in person.missing_conditions()
    ]


# --------------------------------------------------------------------------- consents


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    role: ConsentRole
    answer: ConsentAnswer
    given_on: date | None = None
    counselled: bool = False


def consent_findings(consent: ConsentFacts, child: ChildFacts) -> list[Finding]:
    """The checks of one consent as it is recorded (Điều 21.2, 21.4)."""
    found: list[Finding] = []
    role, answer = consent.role, consent.answer
    if answer.absent and not role.parent:
        found.append(
            _block(
                "Điều 21.1",
                f"«{answer.label}» chỉ dùng cho cha đẻ hoặc mẹ đẻ. {role.label}: hãy ghi đồng ý "
                "hoặc không đồng ý.",
                "answer",
            )
        )
    if answer.given and not consent.counselled:
        found.append(
            _block(
                "Điều 21.2",
                f"{role.label} phải được Ủy ban nhân dân xã tư vấn đầy đủ về mục đích nuôi con "
                "nuôi, quyền và nghĩa vụ trước khi cho ý kiến. Hãy tư vấn rồi đánh dấu «Đã được "
                "tư vấn».",
                "counselled",
            )
        )
    if (
        role.parent
        and answer is ConsentAnswer.AGREED
        and consent.given_on is not None
        and child.birth is not None
    ):
        ok = parent_may_consent(child.birth, consent.given_on)
        first = earliest_parent_consent(child.birth.latest)
        if ok is Tri.NO:
            found.append(
                _block(
                    "Điều 21.4",
                    f"Cha mẹ đẻ chỉ được đồng ý cho con làm con nuôi sau khi con đã được sinh ra "
                    f"ít nhất 15 ngày: trẻ sinh {child.birth.display()}, sớm nhất từ ngày "
                    f"{format_date(earliest_parent_consent(child.birth.earliest))}. Hãy lấy lại "
                    "ý kiến từ ngày đó.",
                    "given_on",
                )
            )
        elif ok is Tri.UNKNOWN:
            found.append(
                _warn(
                    "Điều 21.4",
                    f"Trẻ sinh {child.birth.display()}: không rõ ngày {format_date(consent.given_on)}"
                    " đã đủ 15 ngày sau khi trẻ được sinh ra chưa (chắc chắn đủ từ ngày "
                    f"{format_date(first)}). Hãy xác định ngày sinh của trẻ.",
                    "given_on",
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class ConsentCheck:
    """Whether the opinions of Điều 21 are all there: what is missing (blocks), who declined,
    warnings, and the day of the last opinion (when complete)."""

    missing: tuple[Finding, ...]
    declined: tuple[ConsentRole, ...]
    warnings: tuple[Finding, ...]
    consents_on: date | None

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def all_agreed(self) -> bool:
        return self.complete and not self.declined


def needs_child_consent(child: ChildFacts, on: date) -> Tri:
    """Điều 21.1: the child's own consent from the age of 9 ("từ đủ 09 tuổi trở lên")."""
    if child.birth is None:
        return Tri.UNKNOWN
    return at_least_age(child.birth, CHILD_CONSENT_AGE, on)


def check_consents(consents: Iterable[ConsentFacts], child: ChildFacts, on: date) -> ConsentCheck:
    """Are the opinions of Điều 21.1 complete on ``on``: both birth parents (or the one left
    when the other is dead, missing, incapacitated or unknown), the guardian when neither can
    be asked, and the child from 9 years old?"""
    by_role = {c.role: c for c in consents}
    missing: list[Finding] = []
    warned: list[Finding] = []
    required: list[ConsentFacts] = []
    parents = [by_role.get(ConsentRole.FATHER), by_role.get(ConsentRole.MOTHER)]
    for role, consent in zip((ConsentRole.FATHER, ConsentRole.MOTHER), parents, strict=True):
        if consent is None:
            missing.append(
                _block(
                    "Điều 21.1",
                    f"Chưa có ý kiến của {role.label.lower()}. Hãy ghi ý kiến, hoặc ghi lý do "
                    "không lấy được ý kiến (đã chết, mất tích, mất năng lực hành vi dân sự, "
                    "không xác định được).",
                    role.value,
                )
            )
        elif consent.answer.given:
            required.append(consent)
    if all(p is not None and p.answer.absent for p in parents):
        guardian = by_role.get(ConsentRole.GUARDIAN)
        if guardian is None or not guardian.answer.given:
            missing.append(
                _block(
                    "Điều 21.1",
                    "Cả cha đẻ và mẹ đẻ đều không lấy được ý kiến: cần ý kiến của người giám hộ "
                    "của trẻ. Hãy ghi ý kiến của người giám hộ.",
                    ConsentRole.GUARDIAN.value,
                )
            )
        else:
            required.append(guardian)
    child_needed = needs_child_consent(child, on)
    own = by_role.get(ConsentRole.CHILD)
    if child_needed is Tri.YES:
        if own is None or not own.answer.given:
            missing.append(
                _block(
                    "Điều 21.1",
                    f"Trẻ {child.name} đã đủ 9 tuổi: cần có sự đồng ý của chính trẻ. Hãy ghi ý "
                    "kiến của trẻ.",
                    ConsentRole.CHILD.value,
                )
            )
        else:
            required.append(own)
    elif own is not None and own.answer.given:
        required.append(own)  # asked though not required: the answer still counts
    elif child_needed is Tri.UNKNOWN:
        warned.append(
            _warn(
                "Điều 21.1",
                f"Không rõ trẻ {child.name} đã đủ 9 tuổi chưa (ngày sinh chưa đầy đủ). Nếu đã đủ "
                "9 tuổi, cần có sự đồng ý của trẻ: nên lấy ý kiến của trẻ.",
                ConsentRole.CHILD.value,
            )
        )
    declined = tuple(c.role for c in required if c.answer is ConsentAnswer.DECLINED)
    dates = [c.given_on for c in required if c.given_on is not None]
    consents_on = max(dates) if dates and not missing else None
    return ConsentCheck(tuple(missing), declined, tuple(warned), consents_on)


# --------------------------------------------------------------------------- progress


@dataclass(frozen=True, slots=True)
class ReportFacts:
    number: int
    due_on: date
    received_on: date | None = None


@dataclass(frozen=True, slots=True)
class AdoptionSnapshot:
    """What the steps and deadlines need to know of a referral."""

    proposed_on: date
    notice_start: date | None = None
    adopters: bool = False  # an application (one person or a couple) is active
    adopters_on: date | None = None  # … received on that day
    file_received_on: date | None = None
    consents_on: date | None = None  # the last opinion of Điều 21, once they are complete
    declined: bool = False  # someone whose consent is needed said no
    opinions_on: date | None = None
    registered_on: date | None = None
    handover_on: date | None = None
    refused_on: date | None = None
    withdrawn_on: date | None = None
    reports: tuple[ReportFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due: date
    state: DeadlineState
    done_on: date | None = None
    late: bool = False

    @property
    def label(self) -> str:
        return self.kind.label


@dataclass(frozen=True, slots=True)
class NextStep:
    action: AdoptionAction
    due: date | None
    state: DeadlineState
    report_number: int | None = None

    @property
    def label(self) -> str:
        if self.report_number is not None:
            return report_label(self.report_number)
        return self.action.label


@dataclass(frozen=True, slots=True)
class ReportDue:
    number: int
    due_on: date
    received_on: date | None
    state: DeadlineState
    late: bool = False


@dataclass(frozen=True, slots=True)
class AdoptionProgress:
    stage: AdoptionStage
    deadlines: tuple[Deadline, ...]
    next_step: NextStep | None
    reports: tuple[ReportDue, ...]
    # Reports not received and due within REPORT_DUE_SOON_DAYS or overdue: "Việc cần làm".
    reports_due: tuple[ReportDue, ...] = ()

    @property
    def overdue(self) -> bool:
        if self.next_step is not None and self.next_step.state is DeadlineState.OVERDUE:
            return True
        return any(r.state is DeadlineState.OVERDUE for r in self.reports_due)

    @property
    def next_due(self) -> date | None:
        dues = [r.due_on for r in self.reports_due]
        if self.next_step is not None and self.next_step.due is not None:
            dues.append(self.next_step.due)
        return min(dues) if dues else None


def stage_of(s: AdoptionSnapshot) -> AdoptionStage:
    if s.withdrawn_on is not None:
        return AdoptionStage.WITHDRAWN
    if s.refused_on is not None:
        return AdoptionStage.REFUSED
    if s.registered_on is not None:
        return AdoptionStage.REGISTERED
    if s.opinions_on is not None:
        return AdoptionStage.OPINIONS
    if s.file_received_on is not None:
        return AdoptionStage.FILE_RECEIVED
    if s.adopters:
        return AdoptionStage.ADOPTERS_FOUND
    if s.notice_start is not None:
        return AdoptionStage.NOTICE
    return AdoptionStage.PROPOSED


def deadlines(s: AdoptionSnapshot, today: date) -> tuple[Deadline, ...]:
    """The time limits that apply, with their states on ``today``. Once the referral is
    registered, refused or withdrawn only the limits that were met are listed."""
    ended = s.registered_on is not None or s.refused_on is not None or s.withdrawn_on is not None
    found: list[Deadline] = []

    def add(kind: DeadlineKind, due: date, done_on: date | None) -> None:
        if done_on is not None:
            found.append(Deadline(kind, due, DeadlineState.DONE, done_on, done_on > due))
        elif not ended:
            found.append(Deadline(kind, due, step_state(due, today)))

    if s.notice_start is not None:
        end = notice_end(s.notice_start)
        # The notice has done its work once someone asks to adopt: in time within the 60 days,
        # late after them (the commune may still consider the application).
        found_on = s.adopters_on if s.adopters else None
        if found_on is not None:
            found.append(
                Deadline(DeadlineKind.NOTICE, end, DeadlineState.DONE, found_on, found_on > end)
            )
        elif not ended:
            found.append(Deadline(DeadlineKind.NOTICE, end, step_state(end, today)))
    if s.file_received_on is not None:
        add(DeadlineKind.OPINIONS, opinions_due(s.file_received_on), s.opinions_on)
    if s.consents_on is not None and s.opinions_on is not None:
        registered = (
            max(s.registered_on, s.handover_on or s.registered_on) if s.registered_on else None
        )
        if s.declined or s.refused_on is not None:
            add(DeadlineKind.REFUSAL, refusal_due(s.consents_on), s.refused_on)
        else:
            add(DeadlineKind.REGISTRATION, registration_due(s.consents_on), registered)
    if s.file_received_on is not None:
        settled = s.refused_on or (
            max(s.registered_on, s.handover_on or s.registered_on) if s.registered_on else None
        )
        add(DeadlineKind.RESOLUTION, resolution_due(s.file_received_on), settled)
    return tuple(found)


def report_dues(s: AdoptionSnapshot, today: date) -> tuple[ReportDue, ...]:
    out = []
    for r in sorted(s.reports, key=lambda x: x.number):
        if r.received_on is not None:
            out.append(
                ReportDue(
                    r.number, r.due_on, r.received_on, DeadlineState.DONE, r.received_on > r.due_on
                )
            )
        else:
            out.append(ReportDue(r.number, r.due_on, None, report_state(r.due_on, today)))
    return tuple(out)


def next_step(s: AdoptionSnapshot, today: date) -> NextStep | None:
    """What the officer does next on this referral, and by when (None when nothing is left)."""
    stage = stage_of(s)
    if stage in (AdoptionStage.WITHDRAWN, AdoptionStage.REFUSED):
        return None
    if stage is AdoptionStage.REGISTERED:
        for r in report_dues(s, today):
            if r.received_on is None:
                return NextStep(AdoptionAction.REPORT, r.due_on, r.state, r.number)
        return None
    if stage is AdoptionStage.OPINIONS:
        assert s.opinions_on is not None
        since = s.consents_on or s.opinions_on
        if s.declined:
            due = refusal_due(since)
            return NextStep(AdoptionAction.REFUSE, due, step_state(due, today))
        due = registration_due(since)
        return NextStep(AdoptionAction.REGISTER, due, step_state(due, today))
    if stage is AdoptionStage.FILE_RECEIVED:
        assert s.file_received_on is not None
        due = opinions_due(s.file_received_on)
        return NextStep(AdoptionAction.COLLECT_OPINIONS, due, step_state(due, today))
    if stage is AdoptionStage.ADOPTERS_FOUND:
        return NextStep(AdoptionAction.RECEIVE_FILE, None, DeadlineState.ON_TIME)
    if stage is AdoptionStage.NOTICE:
        assert s.notice_start is not None
        end = notice_end(s.notice_start)
        if today > end:
            return NextStep(AdoptionAction.NOTICE_ENDED, end, DeadlineState.OVERDUE)
        return NextStep(AdoptionAction.AWAIT_ADOPTERS, end, step_state(end, today))
    return NextStep(AdoptionAction.START_NOTICE, None, DeadlineState.ON_TIME)


def progress(s: AdoptionSnapshot, today: date) -> AdoptionProgress:
    """Stage, deadlines, next step and the report schedule of a referral on ``today``."""
    reports = report_dues(s, today)
    step = next_step(s, today)
    soon = tuple(
        r
        for r in reports
        if r.received_on is None and r.state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)
    )
    return AdoptionProgress(stage_of(s), deadlines(s, today), step, reports, soon)


__all__ = [
    "ADOPTABLE_AGE",
    "ADOPTABLE_AGE_FAMILY",
    "AGE_GAP_YEARS",
    "CHILD_CONSENT_AGE",
    "DUE_SOON_WORKING_DAYS",
    "NOTICE_DAYS",
    "OPINIONS_DAYS",
    "PERIOD_DAYS",
    "REFUSAL_DAYS",
    "REGISTRATION_DAYS",
    "REPORT_COUNT",
    "REPORT_DUE_SOON_DAYS",
    "RESOLUTION_DAYS",
    "AdopterCondition",
    "AdopterFacts",
    "AdopterKind",
    "AdopterRelation",
    "AdoptionAction",
    "AdoptionProgress",
    "AdoptionSnapshot",
    "AdoptionStage",
    "AdoptionStatus",
    "ChildFacts",
    "ChildSituation",
    "ConsentAnswer",
    "ConsentCheck",
    "ConsentFacts",
    "ConsentRole",
    "DayCount",
    "Deadline",
    "DeadlineKind",
    "Finding",
    "NextStep",
    "ReportDue",
    "ReportFacts",
    "Severity",
    "Tri",
    "add_months",
    "add_period",
    "adopter_findings",
    "at_least_age",
    "blocks",
    "check_consents",
    "child_age_findings",
    "conditions_findings",
    "consent_findings",
    "deadlines",
    "earliest_parent_consent",
    "needs_child_consent",
    "next_step",
    "notice_end",
    "older_by",
    "opinions_due",
    "parent_may_consent",
    "progress",
    "refusal_due",
    "registration_due",
    "report_schedule",
    "report_state",
    "required_conditions",
    "resolution_due",
    "stage_of",
    "step_state",
    "warnings",
]
