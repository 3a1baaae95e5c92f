"""Demo alternative care (issue #4) for the demo commune: carers, placements with their
histories, follow-ups.

Called by ``generate_demo`` after the children, cases and providers are written, in the same
transaction. From the children of this run it writes:

- for orphans of both parents living with relatives, and orphans of one parent living with a
  grandparent, aunt or uncle (the demo family's caregiver), a relative **carer** who notified the
  commune (Luật Trẻ em Điều 65.4), most of them verified with the Điều 63.2 checklist, and a
  current long-term **placement** by relatives (a few not decided yet: those orphans are the
  indicator's "not in alternative care"); some with an earlier placement ended — a temporary
  stay in a social-assistance facility (change of form), or another relative who asked to stop
  (Mẫu số 15, change of carer);
- for orphans cared for by a non-relative and abandoned children in care, a registered carer
  (Mẫu số 08) with household members, the checklist, the verification (Mẫu số 11) and the Chủ
  tịch's approval, and a placement by a non-relative with the reason why not a relative;
- for orphans in a facility, a temporary placement at the province's social-assistance centre;
- for some one-parent orphans now with their parent, a placement with a grandparent that ended
  when the child went back (Điều 69.1.đ);
- a pool of registered carers with no child yet, at every stage: registered, checked, eligible,
  approved, found not eligible, stopped;
- the **follow-ups** of every placement (worker's visits Mẫu số 13, carer's reports, the
  commune's 6-monthly assessments, the facility reviews), most done near their day, some missed
  or not yet done (overdue, due soon), and a few handovers of recent decisions still pending.

Every placement is checked with the service's own rules (``placement_rules``): the demo writes
no placement the service would refuse; warnings it would ask to confirm are stored as confirmed.
Rows are inserted with Core ``executemany`` (fast at 100,000 children).

Determinism: each child draws from its own ``random.Random`` seeded with the demo's seed and the
child's id; the pool from one seeded with the seed. Dates are placed relative to ``today``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, ProviderRecord
from commune_care.db.models.care import (
    CarerConditionRecord,
    CarerMemberRecord,
    CarerRecord,
    PlacementFollowUpRecord,
    PlacementRecord,
)
from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerKind,
    CarerRegistration,
    CarerStatus,
    CareTerm,
    EndReason,
    FollowUpKind,
    PlacementFacts,
    VerificationResult,
    age_range,
    follow_up_schedule,
    handover_due,
    placement_rules,
)
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.ethnicities import KINH_CODE
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.support import ProviderKind
from commune_care.domain.textfold import fold
from commune_care.domain.working_days import add_working_days
from commune_care.services.care import placement_code
from commune_care.services.demo import _adult_name, _Draws

__all__ = ["DemoCareResult", "generate_care"]

_T = {
    "carers": cast(Table, CarerRecord.__table__),
    "members": cast(Table, CarerMemberRecord.__table__),
    "conditions": cast(Table, CarerConditionRecord.__table__),
    "placements": cast(Table, PlacementRecord.__table__),
    "follow_ups": cast(Table, PlacementFollowUpRecord.__table__),
}
_MALE = {"Bố", "Ông nội", "Ông ngoại", "Chú", "Bác", "Cậu"}
_OLD = {"Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại"}
_PATERNAL = {"Ông nội", "Bà nội", "Chú", "Bác", "Cô"}
_RELATIVES = ("Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại", "Chú", "Bác", "Cô", "Dì", "Cậu")
_NON_RELATIVE = "Người nhận chăm sóc thay thế"
_FACILITY = "Cơ sở trợ giúp xã hội"
PLACED_SHARE = 0.9  # of the orphans living with relatives: a decision already made
HISTORY_SHARE = 0.12  # of those: an earlier placement, ended
REUNITED_SHARE = 0.08  # of one-parent orphans with their parent: a past placement, ended
VERIFIED_SHARE = 0.7  # of relative carers: verified with the checklist
POOL_SHARE = 0.0002  # registered carers with no child yet, per child of the run
MIN_POOL = 6
YEARS_BACK = 8  # placements decided at most this long ago

_VIEWS = (
    "Em muốn ở với {who}, em thấy ở đây được quan tâm và gần trường.",
    "Em đồng ý ở với {who}.",
    "Em muốn được ở cùng anh chị em và ở với {who}.",
    "Em thích ở với {who}, em muốn tiếp tục đi học ở trường cũ.",
)
_FINDINGS = (
    "Trẻ khỏe mạnh, ăn ngủ bình thường, đi học đều; quan hệ với gia đình nhận chăm sóc tốt.",
    "Trẻ hòa nhập tốt với gia đình; điều kiện sống bảo đảm; kết quả học tập khá.",
    "Trẻ có lúc buồn, nhớ cha mẹ; người chăm sóc quan tâm, đã trò chuyện động viên.",
    "Sức khỏe bình thường; gia đình còn khó khăn về kinh tế, đề nghị hỗ trợ.",
    "Trẻ ổn định, chơi hòa đồng với bạn bè trong thôn; chỗ ở sạch sẽ.",
)
_NEXT_STEPS = (
    "",
    "Tiếp tục theo dõi định kỳ.",
    "Đề nghị hỗ trợ trợ cấp xã hội hằng tháng cho trẻ.",
    "Kết nối tư vấn tâm lý tại trường học.",
    "Hỗ trợ đồ dùng học tập đầu năm học.",
)
_FACILITY_FINDINGS = (
    "Trẻ đang được nuôi dưỡng tại cơ sở; chưa tìm được người thân thích đủ điều kiện nhận.",
    "Đã liên hệ người thân của trẻ, chưa có người nhận; tiếp tục tìm gia đình nhận chăm sóc.",
)
_NOT_RELATIVE_REASONS = (
    "Trẻ không có người thân thích đủ điều kiện nhận chăm sóc; đã vận động nhưng không có người"
    " nhận.",
    "Người thân thích của trẻ ở xa, tuổi cao, không đủ điều kiện chăm sóc.",
)
_FACILITY_REASONS = (
    "Chưa tìm được người thân thích hoặc gia đình nhận chăm sóc thay thế; đưa trẻ vào cơ sở"
    " trong thời gian làm thủ tục (Điều 67.1.a Luật Trẻ em).",
)
_WISHES = (
    "Nhận chăm sóc một trẻ dưới 10 tuổi.",
    "Sẵn sàng nhận anh chị em ruột cùng nhau.",
    "Nhận chăm sóc trẻ em gái.",
    "",
)
_OCCUPATIONS = ("Làm ruộng", "Giáo viên", "Buôn bán", "Công nhân", "Cán bộ hưu trí", "Thợ may")
_STOP_REASONS = ("Gia đình chuyển đi nơi khác sinh sống", "Rút đơn đăng ký vì lý do sức khỏe")
_NOT_ELIGIBLE_NOTE = "Chỗ ở chật hẹp, điều kiện kinh tế chưa bảo đảm chăm sóc trẻ em."
_POOL_STAGES = (
    "approved",
    "not_eligible",
    "registered",
    "stopped",
    "eligible",
    "checked",
    "approved",
    "registered",
)


@dataclass(frozen=True)
class DemoCareResult:
    carers: int
    placements: int
    follow_ups: int


@dataclass
class _Orphan:
    id: int
    name: str
    sex: Sex
    birth: PartialDate
    ethnicity: str
    caregiver: str
    relationship: str
    parents_key: str
    father: str
    mother: str
    village_id: int | None
    address: str
    group: str
    subgroup: int | None
    since: date


@dataclass
class _Rows:
    carers: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    conditions: list[dict[str, Any]] = field(default_factory=list)
    placements: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)


def _orphans(s: Session, first_id: int) -> list[_Orphan]:
    """The orphans and abandoned children in care of this run, one row each, by id."""
    c, cl = ChildRecord, ClassificationRecord
    stmt = (
        select(
            c.id, c.full_name, c.sex, c.birth_year, c.birth_month, c.birth_day,
            c.birth_estimated, c.ethnicity_code, c.caregiver_name, c.caregiver_relationship,
            c.parents_key, c.father_name, c.mother_name, c.village_id, c.address,
            cl.group_code, cl.subgroup, cl.start_date,
        )
        .join(c, c.id == cl.child_id)
        .where(
            cl.child_id >= first_id,
            cl.group_code.in_(("hcdb_a", "mo_coi_cha_hoac_me", "hcdb_b")),
            cl.end_date.is_(None),
            c.archived.is_(False),
            c.birth_year.is_not(None),
        )
        .order_by(c.id, cl.group_code)
    )  # fmt: skip
    out: dict[int, _Orphan] = {}
    for r in s.execute(stmt):
        if r.id in out:
            continue
        out[r.id] = _Orphan(
            id=r.id, name=r.full_name, sex=Sex(r.sex),
            birth=PartialDate(r.birth_year, r.birth_month, r.birth_day, r.birth_estimated),
            ethnicity=r.ethnicity_code or KINH_CODE, caregiver=r.caregiver_name,
            relationship=r.caregiver_relationship, parents_key=r.parents_key, father=r.father_name,
            mother=r.mother_name, village_id=r.village_id, address=r.address, group=r.group_code,
            subgroup=r.subgroup, since=r.start_date,
        )  # fmt: skip
    return list(out.values())


class _CareGenerator:
    def __init__(
        self,
        s: Session,
        seed: int,
        profile: CommuneProfileIn,
        today: date,
        facilities: dict[str, tuple[int, str]],
    ) -> None:
        self.seed = seed
        self.profile = profile
        self.today = today
        self.now = datetime.combine(today - timedelta(days=1), time(17, 0))
        self.facilities = facilities
        self.officer = profile.officer_name or "Cán bộ phụ trách công tác trẻ em"
        self.chairman = profile.chairman_name or "Chủ tịch Ủy ban nhân dân xã"
        self.rows = _Rows()
        self.next_carer = int(s.scalar(select(func.max(CarerRecord.id))) or 0) + 1
        self.next_placement = int(s.scalar(select(func.max(PlacementRecord.id))) or 0) + 1
        self.seqs: dict[int, int] = {
            int(y): int(n)
            for y, n in s.execute(
                select(PlacementRecord.year, func.max(PlacementRecord.seq)).group_by(
                    PlacementRecord.year
                )
            )
        }
        self.decision_numbers: dict[int, int] = dict(self.seqs)
        self.family_carers: dict[tuple[str, str], tuple[int, PartialDate, str, bool]] = {}
        self.family_decisions: dict[str, date] = {}  # brothers and sisters decided the same day
        self.placements = 0

    # --- carers ------------------------------------------------------------------------------
    def carer(
        self,
        rng: random.Random,
        name: str,
        sex: Sex,
        birth: PartialDate,
        registration: CarerRegistration,
        registered_on: date,
        o: _Orphan | None,
        kind: CarerKind = CarerKind.PERSON,
        stage: str = "approved",
        by: date | None = None,
    ) -> int:
        """A carer row at ``stage`` (registered, checked, eligible, approved, not_eligible,
        stopped), with its checklist, verification and approval as that stage needs, all done
        by ``by`` (a placement's decision; some weeks after registering by default)."""
        carer_id = self.next_carer
        self.next_carer += 1
        by = min(by or registered_on + timedelta(days=rng.randint(20, 60)), self.today)
        span = max(0, (by - registered_on).days)
        checked_on = registered_on + timedelta(days=round(span * 0.3))
        verified_on = registered_on + timedelta(days=round(span * 0.6))
        approved_on = registered_on + timedelta(days=round(span * 0.9))
        status, status_date, reason = CarerStatus.REGISTERED, registered_on, ""
        verified = stage in ("eligible", "approved", "not_eligible")
        if stage in ("eligible", "approved"):
            status, status_date = CarerStatus.ELIGIBLE, verified_on
        elif stage == "not_eligible":
            status, status_date, reason = CarerStatus.NOT_ELIGIBLE, verified_on, _NOT_ELIGIBLE_NOTE
        elif stage == "stopped":
            status, status_date = CarerStatus.STOPPED, checked_on
            reason = rng.choice(_STOP_REASONS)
        result = ""
        if verified:
            result = (
                VerificationResult.NOT_ELIGIBLE
                if stage == "not_eligible"
                else VerificationResult.ELIGIBLE
            ).value
        at = datetime.combine(registered_on, time(9, 0))
        self.rows.carers.append(
            {
                "id": carer_id, "kind": kind.value, "registration": registration.value,
                "full_name": name, "name_key": fold(name), "sex": sex.value,
                "birth_year": birth.year, "birth_month": birth.month, "birth_day": birth.day,
                "id_number": "", "address": o.address if o else self.profile.commune_name,
                "village_id": o.village_id if o else None,
                "phone": f"09{rng.randint(0, 99_999_999):08d}" if rng.random() < 0.7 else "",
                "occupation": rng.choice(_OCCUPATIONS), "registered_on": registered_on,
                "wishes": rng.choice(_WISHES) if registration is CarerRegistration.APPLICATION
                else "", "note": "", "status": status.value, "status_date": status_date,
                "status_reason": reason, "verified_on": verified_on if verified else None,
                "verified_by": self.officer if verified else "", "verification_result": result,
                "verification_note": reason if stage == "not_eligible" else "",
                "approved_on": approved_on if stage == "approved" else None,
                "approved_by": self.chairman if stage == "approved" else "",
                "approval_number": "", "approval_note": "", "created_at": at, "updated_at": at,
            }
        )  # fmt: skip
        if stage != "registered":
            for condition in CarerCondition:
                met = not (stage == "not_eligible" and condition is CarerCondition.HOUSING_MEANS)
                self.rows.conditions.append(
                    {
                        "carer_id": carer_id, "condition": condition.value, "met": met,
                        "checked_on": checked_on, "checked_by": self.officer,
                        "note": "" if met else _NOT_ELIGIBLE_NOTE, "created_at": at,
                    }
                )  # fmt: skip
        return carer_id

    def members(
        self, rng: random.Random, carer_id: int, surname: str, since: date, count: int
    ) -> None:
        at = datetime.combine(since, time(9, 0))
        for i in range(count):
            male = rng.random() < 0.5
            relationship = ("Chồng" if male else "Vợ") if i == 0 else ("Con" if i < 3 else "Mẹ")
            d = _Draws(rng, 8)
            name = _adult_name(d, KINH_CODE, male, surname=surname if i else None)
            self.rows.members.append(
                {
                    "carer_id": carer_id, "full_name": name, "relationship": relationship,
                    "birth_year": since.year - rng.randint(25 if i < 1 else 5, 60 if i < 1 else 30),
                    "birth_month": None, "birth_day": None, "agrees": True, "note": "",
                    "added_on": since, "ended_on": None, "end_reason": "", "created_at": at,
                }
            )  # fmt: skip

    def pool(self, rng: random.Random, count: int) -> None:
        """Registered carers with no child yet, one stage after the other."""
        for i in range(count):
            stage = _POOL_STAGES[i % len(_POOL_STAGES)]
            male = rng.random() < 0.4
            d = _Draws(rng, 8)
            name = _adult_name(d, KINH_CODE, male)
            born = self.today - timedelta(days=int(365.25 * rng.uniform(30, 60)))
            registered = self.today - timedelta(days=rng.randint(20, 900))
            kind = CarerKind.FAMILY if rng.random() < 0.6 else CarerKind.PERSON
            carer_id = self.carer(
                rng, name, Sex.MALE if male else Sex.FEMALE, PartialDate.from_date(born),
                CarerRegistration.APPLICATION, registered, None, kind, stage,
            )  # fmt: skip
            if kind is CarerKind.FAMILY:
                self.members(rng, carer_id, name.split(" ")[0], registered, rng.randint(1, 3))

    # --- placements --------------------------------------------------------------------------
    def _code(self, decision: date) -> tuple[str, int, int]:
        seq = self.seqs.get(decision.year, 0) + 1
        self.seqs[decision.year] = seq
        return placement_code(decision.year, seq), decision.year, seq

    def _decision_number(self, decision: date) -> str:
        n = self.decision_numbers.get(decision.year, 0) + 1
        self.decision_numbers[decision.year] = n
        return f"{n:02d}/QĐ-UBND"

    def placement(
        self,
        rng: random.Random,
        o: _Orphan,
        form: CareForm,
        term: CareTerm,
        decision: date,
        carer: tuple[int, PartialDate, str, bool] | None,
        relationship: str,
        end: tuple[date, EndReason, str] | None = None,
        facility: tuple[int, str] | None = None,
        carer_status: CarerStatus = CarerStatus.ELIGIBLE,
        carer_registration: CarerRegistration = CarerRegistration.RELATIVE_NOTICE,
    ) -> None:
        """One placement decided on ``decision`` (also its start), checked with the service's
        rules, with its handover and follow-ups; ended when ``end`` is given."""
        view = ""
        view_date = None
        _youngest, oldest = age_range(o.birth, decision)
        who = relationship.lower() if relationship else (carer[2] if carer else "cô chú")
        if oldest >= 6:
            view = rng.choice(_VIEWS).format(who=who)
            view_date = decision - timedelta(days=rng.randint(1, 10))
        reason = ""
        if form is CareForm.NON_RELATIVE:
            reason = rng.choice(_NOT_RELATIVE_REASONS)
        elif form is CareForm.FACILITY:
            reason = rng.choice(_FACILITY_REASONS)
        carer_name = carer[2] if carer else facility[1] if facility else ""
        facts = PlacementFacts(
            form=form, decision_date=decision, start_date=decision, child_name=o.name,
            child_birth=o.birth, carer_name=carer_name, carer_birth=carer[1] if carer else None,
            carer_status=carer_status if carer else None,
            carer_registration=carer_registration if carer else None,
            carer_approved=bool(carer and carer[3]), relationship=relationship,
            non_relative_reason=reason, child_view=view, child_view_date=view_date,
        )  # fmt: skip
        outcome = placement_rules(facts)
        if outcome.blocks:  # pragma: no cover - the demo writes only what the rules accept
            raise AssertionError(f"demo placement refused: {outcome.blocks}")
        code, year, seq = self._code(decision)
        handover: date | None = None
        due = handover_due(decision) if form.is_family else None
        if form.is_family:
            handover = add_working_days(decision, rng.randint(1, 12))
            recent = (self.today - decision).days < 25
            if handover >= self.today or (recent and rng.random() < 0.6):
                handover = None
        end_date, end_reason, end_note = end if end else (None, None, "")
        request = None
        end_number, end_decision = "", None
        if end_date is not None and end_reason is not None:
            if end_reason.needs_request:
                request = end_date - timedelta(days=rng.randint(15, 40))
            if end_reason.needs_decision:
                end_decision = end_date - timedelta(days=rng.randint(0, 10))
                end_number = self._decision_number(end_decision)
        placement_id = self.next_placement
        self.next_placement += 1
        at = datetime.combine(decision, time(10, 0))
        self.rows.placements.append(
            {
                "id": placement_id, "code": code, "year": year, "seq": seq, "child_id": o.id,
                "form": form.value, "term": term.value, "carer_id": carer[0] if carer else None,
                "provider_id": facility[0] if facility else None, "adoption_id": None,
                "carer_name": carer_name, "relationship": relationship,
                "decision_number": self._decision_number(decision), "decision_date": decision,
                "decision_signer": self.chairman, "start_date": decision,
                "handover_date": handover, "handover_due": due,
                "non_relative_reason": reason, "child_view": view, "child_view_date": view_date,
                "case_id": None, "note": "",
                "confirmed_warnings": json.dumps(list(outcome.warnings), ensure_ascii=False),
                "end_date": end_date, "end_reason": end_reason.value if end_reason else "",
                "end_note": end_note, "end_request_date": request,
                "end_decision_number": end_number, "end_decision_date": end_decision,
                "created_at": at, "updated_at": at,
            }
        )  # fmt: skip
        self.placements += 1
        self.follow_ups(rng, placement_id, form, handover or decision, end_date, carer_name)

    def follow_ups(
        self,
        rng: random.Random,
        placement_id: int,
        form: CareForm,
        anchor: date,
        end: date | None,
        carer_name: str,
    ) -> None:
        diligent = rng.random() < 0.8
        for item in follow_up_schedule(form, anchor, end, self.today):
            age = (self.today - item.due).days
            chance = 0.93 if age > 30 else (0.5 if diligent else 0.15)
            if rng.random() >= chance:
                continue
            done_on = min(self.today, item.due + timedelta(days=rng.randint(-7, 12)))
            done_on = max(done_on, anchor)
            by = carer_name if item.kind is FollowUpKind.CARER_REPORT else self.officer
            findings = (
                rng.choice(_FACILITY_FINDINGS)
                if form is CareForm.FACILITY
                else rng.choice(_FINDINGS)
            )
            at = datetime.combine(done_on, time(15, 0))
            self.rows.follow_ups.append(
                {
                    "placement_id": placement_id, "kind": item.kind.value, "seq": item.seq,
                    "due_on": item.due, "done_on": done_on, "done_by": by, "findings": findings,
                    "next_steps": rng.choice(_NEXT_STEPS), "created_at": at, "updated_at": at,
                }
            )  # fmt: skip

    # --- one child ---------------------------------------------------------------------------
    def relative_carer(
        self,
        rng: random.Random,
        o: _Orphan,
        relationship: str,
        name: str,
        notified: date,
        decision: date,
    ) -> tuple[int, PartialDate, str, bool]:
        """The family's relative (one carer for brothers and sisters), created once."""
        key = (o.parents_key or f"child:{o.id}", fold(name))
        found = self.family_carers.get(key)
        if found is not None:
            return found
        years = rng.uniform(45, 68) if relationship in _OLD else rng.uniform(22, 42)
        born = o.birth.earliest - timedelta(days=int(365.25 * years))
        birth = PartialDate.from_date(born)
        male = relationship in _MALE
        stage = "approved" if rng.random() < VERIFIED_SHARE else "registered"
        carer_id = self.carer(
            rng, name, Sex.MALE if male else Sex.FEMALE, birth, CarerRegistration.RELATIVE_NOTICE,
            notified, o, CarerKind.FAMILY if rng.random() < 0.5 else CarerKind.PERSON, stage,
            by=decision,
        )  # fmt: skip
        if rng.random() < 0.5:
            self.members(rng, carer_id, name.split(" ")[0], notified, rng.randint(1, 2))
        found = (carer_id, birth, name, stage == "approved")
        self.family_carers[key] = found
        return found

    def non_relative_carer(
        self, rng: random.Random, o: _Orphan, name: str, registered: date, decision: date
    ) -> tuple[int, PartialDate, str, bool]:
        key = (o.parents_key or f"child:{o.id}", fold(name))
        found = self.family_carers.get(key)
        if found is not None:
            return found
        born = o.birth.earliest - timedelta(days=int(365.25 * rng.uniform(24, 45)))
        birth = PartialDate.from_date(born)
        carer_id = self.carer(
            rng, name, Sex.FEMALE if rng.random() < 0.7 else Sex.MALE, birth,
            CarerRegistration.APPLICATION, registered, o, CarerKind.FAMILY, "approved",
            by=decision,
        )  # fmt: skip
        self.members(rng, carer_id, name.split(" ")[0], registered, rng.randint(1, 3))
        found = (carer_id, birth, name, True)
        self.family_carers[key] = found
        return found

    def _decision_day(self, rng: random.Random, o: _Orphan) -> date | None:
        """When the current placement was decided: some weeks after the child became an orphan
        (or was found), at most ``YEARS_BACK`` years ago; None when it would be in the future."""
        earliest = max(o.since, o.birth.latest, self.today - timedelta(days=365 * YEARS_BACK))
        day = earliest + timedelta(days=rng.randint(14, 120))
        if o.since < self.today - timedelta(days=365 * YEARS_BACK):
            span = 365 * YEARS_BACK
            day = self.today - timedelta(days=rng.randint(20, span))
        return day if day < self.today else None

    def child(self, o: _Orphan, forced: str | None = None) -> None:
        rng = random.Random(f"commune-care demo care {self.seed} {o.id}")
        rel = o.relationship
        if rel in _RELATIVES:
            if forced is None and rng.random() >= PLACED_SHARE:
                return  # no decision yet: among the orphans not in alternative care
            decision = self._decision_day(rng, o)
            family = o.parents_key if o.parents_key not in ("", "|") else ""
            together = self.family_decisions.get(family) if family else None
            if together is not None and together >= max(o.since, o.birth.latest):
                decision = together
            if decision is None:
                return
            if family:
                self.family_decisions.setdefault(family, decision)
            history = forced == "history" or (forced is None and rng.random() < HISTORY_SHARE)
            if forced == "history":  # settled years ago: room for a first placement before
                decision = max(o.since, o.birth.latest) + timedelta(days=rng.randint(300, 600))
            notified = decision - timedelta(days=rng.randint(3, 20))
            if history and (decision - max(o.since, o.birth.latest)).days > 150:
                first = max(o.since, o.birth.latest) + timedelta(days=rng.randint(5, 30))
                end = decision - timedelta(days=1)
                if forced == "history" or rng.random() < 0.5:
                    facility = self._facility(o)
                    self.placement(
                        rng, o, CareForm.FACILITY, CareTerm.TEMPORARY, first, None, "",
                        end=(end, EndReason.CHANGE_FORM, "Đã tìm được người thân thích nhận"
                             " chăm sóc trẻ."), facility=facility,
                    )  # fmt: skip
                else:
                    other_rel = "Bà ngoại" if rel != "Bà ngoại" else "Bà nội"
                    d = _Draws(rng, 8)
                    other = _adult_name(d, o.ethnicity, False)
                    previous = self.relative_carer(
                        rng, o, other_rel, other, first - timedelta(days=3), first
                    )
                    self.placement(
                        rng, o, CareForm.RELATIVE, CareTerm.LONG_TERM, first, previous, other_rel,
                        end=(end, EndReason.CARER_REQUEST, "Bà tuổi cao, sức khỏe yếu, đề nghị"
                             " chuyển cho người thân khác chăm sóc."),
                        carer_status=self._status(previous),
                    )  # fmt: skip
                notified = decision - timedelta(days=1)
            carer = self.relative_carer(rng, o, rel, o.caregiver, notified, decision)
            self.placement(
                rng, o, CareForm.RELATIVE, CareTerm.LONG_TERM, decision, carer, rel,
                carer_status=self._status(carer),
            )  # fmt: skip
        elif rel == _NON_RELATIVE and o.caregiver:
            decision = self._decision_day(rng, o)
            if decision is None:
                return
            registered = decision - timedelta(days=rng.randint(60, 300))
            carer = self.non_relative_carer(rng, o, o.caregiver, registered, decision)
            self.placement(
                rng, o, CareForm.NON_RELATIVE, CareTerm.LONG_TERM, decision, carer, "",
                carer_registration=CarerRegistration.APPLICATION,
            )  # fmt: skip
        elif rel == _FACILITY:
            decision = self._decision_day(rng, o)
            if decision is None:
                return
            self.placement(
                rng, o, CareForm.FACILITY, CareTerm.TEMPORARY, decision, None, "",
                facility=self._facility(o),
            )  # fmt: skip
        elif rel in ("Mẹ", "Bố") and o.group == "mo_coi_cha_hoac_me":
            if forced != "reunited" and rng.random() >= REUNITED_SHARE:
                return
            first = max(o.since, o.birth.latest) + timedelta(days=rng.randint(30, 200))
            end = first + timedelta(days=rng.randint(180, 900))
            if forced == "reunited":
                end = min(end, self.today - timedelta(days=30))
            if end >= self.today - timedelta(days=2):
                return
            grand = "Bà ngoại" if o.father else "Bà nội"
            surname = (o.father if grand in _PATERNAL else o.mother).split(" ")[0] or None
            d = _Draws(rng, 8)
            name = _adult_name(d, o.ethnicity, False, surname=surname)
            carer = self.relative_carer(rng, o, grand, name, first - timedelta(days=7), first)
            parent = "mẹ" if rel == "Mẹ" else "bố"
            self.placement(
                rng, o, CareForm.RELATIVE, CareTerm.TEMPORARY, first, carer, grand,
                end=(end, EndReason.REUNIFICATION, f"Trẻ về sống với {parent} khi {parent} ổn"
                     " định việc làm, bảo đảm điều kiện chăm sóc."),
                carer_status=self._status(carer),
            )  # fmt: skip

    @staticmethod
    def _status(carer: tuple[int, PartialDate, str, bool]) -> CarerStatus:
        return CarerStatus.ELIGIBLE if carer[3] else CarerStatus.REGISTERED

    def _facility(self, o: _Orphan) -> tuple[int, str]:
        found = self.facilities.get(fold(o.caregiver))
        if found is not None:
            return found
        return next(iter(self.facilities.values()))


def _facilities(s: Session) -> dict[str, tuple[int, str]]:
    rows = s.execute(
        select(ProviderRecord.id, ProviderRecord.name_key, ProviderRecord.name)
        .where(ProviderRecord.kind == ProviderKind.SOCIAL_ASSISTANCE_FACILITY.value)
        .order_by(ProviderRecord.id)
    )
    return {key: (pid, name) for pid, key, name in rows}


def _forced(orphans: Sequence[_Orphan], today: date) -> dict[int, str]:
    """Scenarios every demo shows however small: a change of form (facility, then a relative),
    and two placements ended when the child went back to its parent."""
    forced: dict[int, str] = {}
    long_ago = today - timedelta(days=3 * 365)
    for o in orphans:
        settled = max(o.since, o.birth.latest) < long_ago
        if o.relationship in _RELATIVES and settled and "history" not in forced.values():
            forced[o.id] = "history"
        elif (
            o.relationship in ("Mẹ", "Bố")
            and o.group == "mo_coi_cha_hoac_me"
            and settled
            and list(forced.values()).count("reunited") < 2
        ):
            forced[o.id] = "reunited"
    return forced


def generate_care(
    s: Session,
    seed: int,
    children: int,
    first_id: int,
    profile: CommuneProfileIn,
    today: date,
) -> DemoCareResult:
    """Carers, placements and follow-ups for the ``children`` children written from
    ``first_id`` on (in the caller's transaction)."""
    if children <= 0:
        return DemoCareResult(0, 0, 0)
    facilities = _facilities(s)
    generator = _CareGenerator(s, seed, profile, today, facilities)
    orphans = _orphans(s, first_id)
    if not facilities:  # pragma: no cover - generate_cases always writes two
        orphans = [o for o in orphans if o.relationship != _FACILITY]
    forced = _forced(orphans, today)
    for o in orphans:
        generator.child(o, forced.get(o.id))
    pool = random.Random(f"commune-care demo carers {seed}")
    generator.pool(pool, max(MIN_POOL, round(children * POOL_SHARE)))
    conn = s.connection()
    rows = generator.rows
    for name in ("carers", "members", "conditions", "placements", "follow_ups"):
        batch = getattr(rows, name)
        if batch:
            conn.execute(insert(_T[name]), batch)
    return DemoCareResult(len(rows.carers), generator.placements, len(rows.follow_ups))
