"""Use cases of alternative care (Luật Trẻ em Điều 60–69; Nghị định 56/2017 Điều 38–48;
Thông tư 14/2020): the carers' registry, placement decisions and their ends, the follow-ups, the
due work for the shared "Việc cần làm" list (issue #4, items 1–4).

Each method is one unit of work with its audit rows: input that breaks a rule is refused with a
Vietnamese message naming the field (``InvalidInput``) and nothing is written; a decision with
warnings is refused with ``NeedsConfirmation`` until the officer confirms them. Nothing is
deleted: carers stop, members leave, placements end — with a date and a reason.

``open_adoption_placement`` is the hook the adoption module calls (through the lead's wiring)
inside its own transaction when an adoption is registered.
"""

from __future__ import annotations

import builtins
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ProviderRecord, VillageRecord
from commune_care.db.models.care import (
    CarerConditionRecord,
    CarerMemberRecord,
    CarerRecord,
    PlacementFollowUpRecord,
    PlacementRecord,
)
from commune_care.db.models.case import CaseRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.care import (
    FOLLOW_UP_DUE_SOON_WORKING_DAYS,
    HANDOVER_DUE_SOON_WORKING_DAYS,
    SCHEDULE_YEARS_AHEAD,
    CareForm,
    CarerCondition,
    CarerKind,
    CarerRegistration,
    CarerStatus,
    CareTerm,
    EndReason,
    FollowUpKind,
    PlacementFacts,
    RuleOutcome,
    VerificationResult,
    add_months,
    due_state,
    follow_up_kinds,
    follow_up_schedule,
    handover_due,
    placement_rules,
    scheduled_item,
    siblings_apart,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate, add_years, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.errors import InvalidInput, NeedsConfirmation, NotFound
from commune_care.domain.rules import CHILD_AGE_LIMIT
from commune_care.domain.schemas.care import (
    ApprovalIn,
    ApprovalOut,
    CarerFilter,
    CarerIn,
    CarerMemberEndIn,
    CarerMemberIn,
    CarerMemberOut,
    CarerOut,
    CarerQuarterList,
    CarerStopIn,
    ConditionCheckOut,
    ConditionsIn,
    FollowUpIn,
    FollowUpOut,
    PlacementEndIn,
    PlacementFilter,
    PlacementIn,
    PlacementOut,
    VerificationIn,
    VerificationOut,
    placement_errors,
)
from commune_care.domain.schemas.children import HistoryEntry
from commune_care.domain.schemas.support import ProviderOut
from commune_care.domain.schemas.todo import DueItem
from commune_care.domain.support import Programme, ProviderKind
from commune_care.domain.textfold import fold
from commune_care.services import audit

__all__ = ["CODE_PREFIX", "CareService", "open_adoption_placement", "placement_code"]

CODE_PREFIX = "CSTT"
CARER = "carer"
PLACEMENT = "placement"
ADOPTIVE_RELATIONSHIP = "Cha mẹ nuôi"
HANDOVER_LABEL = "Tổ chức giao, nhận trẻ em theo Quyết định (Mẫu số 12) trong 15 ngày làm việc"
TURNED_16_LABEL = (
    "Trẻ đã đủ 16 tuổi: đánh giá tình trạng, đề xuất hỗ trợ và chấm dứt chăm sóc thay thế"
    " (khoản 4 Điều 13 Thông tư 14/2020/TT-BLĐTBXH)"
)
FACILITY_KINDS = frozenset({ProviderKind.SOCIAL_ASSISTANCE_FACILITY})

M = TypeVar("M", bound=BaseModel)


def placement_code(year: int, seq: int) -> str:
    return f"{CODE_PREFIX}{year}-{seq:04d}"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _birth(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    return None if year is None else PartialDate(year, month, day)


def _birth_columns(birth: PartialDate | None) -> dict[str, int | None]:
    if birth is None:
        return {"birth_year": None, "birth_month": None, "birth_day": None}
    return {"birth_year": birth.year, "birth_month": birth.month, "birth_day": birth.day}


def _child_birth(child: ChildRecord) -> PartialDate | None:
    if child.birth_year is None:
        return None
    return PartialDate(child.birth_year, child.birth_month, child.birth_day, child.birth_estimated)


def _carer_key(carer_id: int | None, provider_id: int | None, name: str) -> str:
    if carer_id is not None:
        return f"carer:{carer_id}"
    if provider_id is not None:
        return f"provider:{provider_id}"
    return f"name:{fold(name)}"


def _next_seq(s: Session, year: int) -> int:
    found = s.scalar(select(func.max(PlacementRecord.seq)).where(PlacementRecord.year == year))
    return int(found or 0) + 1


def _anchor(record: PlacementRecord) -> date:
    """The day the follow-ups count from: when the carer took the child (Nghị định 56 Điều
    43.2) — the handover once recorded, else the start."""
    return record.handover_date or record.start_date


# --- the hook for the adoption module ------------------------------------------------------------
def _end_values(data: PlacementEndIn) -> dict[str, Any]:
    return {
        "end_date": data.end_date,
        "end_reason": data.reason.value,
        "end_note": data.note,
        "end_request_date": data.request_date,
        "end_decision_number": data.decision_number,
        "end_decision_date": data.decision_date,
    }


def _end_errors(record: PlacementRecord, data: PlacementEndIn) -> dict[str, str]:
    errors: dict[str, str] = {}
    if record.end_date is not None:
        errors["end_date"] = (
            f"Việc chăm sóc {record.code} đã chấm dứt ngày {format_date(record.end_date)}."
        )
        return errors
    if data.end_date < record.start_date:
        errors["end_date"] = (
            f"Ngày chấm dứt ({format_date(data.end_date)}) trước ngày bắt đầu chăm sóc"
            f" ({format_date(record.start_date)}). Hãy kiểm tra lại."
        )
    if data.decision_date is not None and data.decision_date < record.decision_date:
        errors["decision_date"] = (
            f"Ngày quyết định chấm dứt ({format_date(data.decision_date)}) trước ngày quyết"
            f" định giao ({format_date(record.decision_date)}). Hãy kiểm tra lại."
        )
    if data.request_date is not None and data.request_date < record.start_date:
        errors["request_date"] = (
            f"Ngày đơn đề nghị chấm dứt ({format_date(data.request_date)}) trước ngày bắt đầu"
            f" chăm sóc ({format_date(record.start_date)}). Hãy kiểm tra lại."
        )
    return errors


def _apply_end(
    s: Session, record: PlacementRecord, data: PlacementEndIn, user: str, now: datetime
) -> None:
    values = _end_values(data)
    for key, value in values.items():
        setattr(record, key, value)
    record.updated_at = now
    changes = {k: _plain(v) for k, v in values.items()}
    changes["summary"] = f"{record.code}: {data.reason.label} ({format_date(data.end_date)})"
    audit.record(s, user, "placement_end", PLACEMENT, record.id, changes)


def open_adoption_placement(
    s: Session,
    *,
    child_id: int,
    adoption_id: int,
    start_date: date,
    decision_number: str,
    decision_date: date,
    carer_name: str,
    user: str,
    now: datetime | None = None,
) -> int:
    """Inside the caller's session: end the child's current placement (if any) on the day before
    ``start_date`` with the reason "chuyển hình thức: được nhận làm con nuôi", then open a
    long-term placement of form ``CareForm.ADOPTION`` for the adoptive parents
    (``carer_name``), linked to ``adoption_id``; audit rows for both. Returns the new
    placement's id. Raises ``NotFound`` for an unknown child and ``InvalidInput`` when the
    current placement started on or after ``start_date`` (it cannot end the day before)."""
    child = s.get(ChildRecord, child_id)
    if child is None:
        raise NotFound("Không tìm thấy trẻ trong danh sách.")
    now = now or datetime.now()
    current = s.scalar(
        select(PlacementRecord).where(
            PlacementRecord.child_id == child_id, PlacementRecord.end_date.is_(None)
        )
    )
    previous_end = start_date - timedelta(days=1)
    if current is not None:
        if current.start_date > previous_end:
            raise InvalidInput(
                {"start_date": f"{child.full_name} đang được chăm sóc thay thế ({current.code})"
                 f" từ ngày {format_date(current.start_date)}, không trước ngày nhận con nuôi"
                 f" {format_date(start_date)}. Hãy kiểm tra ngày đăng ký nuôi con nuôi."}
            )  # fmt: skip
        end = PlacementEndIn.model_construct(
            end_date=previous_end,
            reason=EndReason.ADOPTED,
            note=f"Đăng ký nuôi con nuôi: {decision_number} ngày {format_date(decision_date)}",
            request_date=None,
            decision_number="",
            decision_date=None,
        )
        _apply_end(s, current, end, user, now)
    else:
        last_end = s.scalar(
            select(func.max(PlacementRecord.end_date)).where(PlacementRecord.child_id == child_id)
        )
        if last_end is not None and last_end >= start_date:
            raise InvalidInput(
                {"start_date": f"Ngày nhận con nuôi {format_date(start_date)} không sau ngày kết"
                 f" thúc lần chăm sóc thay thế trước của trẻ ({format_date(last_end)})."}
            )  # fmt: skip
    year = decision_date.year
    seq = _next_seq(s, year)
    record = PlacementRecord(
        code=placement_code(year, seq),
        year=year,
        seq=seq,
        child_id=child_id,
        form=CareForm.ADOPTION.value,
        term=CareTerm.LONG_TERM.value,
        carer_id=None,
        provider_id=None,
        adoption_id=adoption_id,
        carer_name=carer_name.strip(),
        relationship=ADOPTIVE_RELATIONSHIP,
        decision_number=decision_number.strip(),
        decision_date=decision_date,
        decision_signer="",
        start_date=start_date,
        handover_date=None,
        handover_due=None,
        non_relative_reason="",
        child_view="",
        child_view_date=None,
        case_id=None,
        note="",
        confirmed_warnings="[]",
        end_date=None,
        end_reason="",
        end_note="",
        end_request_date=None,
        end_decision_number="",
        end_decision_date=None,
        created_at=now,
        updated_at=now,
    )
    s.add(record)
    s.flush()
    audit.record(s, user, "placement_decide", PLACEMENT, record.id, {
        "child_id": child_id, "form": CareForm.ADOPTION.value, "adoption_id": adoption_id,
        "start_date": start_date, "decision_number": record.decision_number,
        "decision_date": decision_date, "carer_name": record.carer_name,
        "summary": f"{record.code}: {CareForm.ADOPTION.short_label}, {record.carer_name}",
    })  # fmt: skip
    return record.id


# --- reading rows as DTOs ------------------------------------------------------------------------
def _members_out(rows: Iterable[CarerMemberRecord]) -> tuple[CarerMemberOut, ...]:
    return tuple(
        CarerMemberOut.model_construct(
            id=m.id,
            full_name=m.full_name,
            relationship=m.relationship,
            birth=_birth(m.birth_year, m.birth_month, m.birth_day),
            agrees=m.agrees,
            added_on=m.added_on,
            note=m.note,
            ended_on=m.ended_on,
            end_reason=m.end_reason,
        )
        for m in rows
    )


def _latest_conditions(rows: Iterable[CarerConditionRecord]) -> tuple[ConditionCheckOut, ...]:
    """The latest check of each condition, in the law's order (rows in any order)."""
    latest: dict[str, CarerConditionRecord] = {}
    for r in rows:
        old = latest.get(r.condition)
        if old is None or (r.checked_on, r.id) > (old.checked_on, old.id):
            latest[r.condition] = r
    out = []
    for condition in CarerCondition:
        check = latest.get(condition.value)
        if check is not None:
            out.append(
                ConditionCheckOut.model_construct(
                    condition=condition,
                    label=condition.label,
                    point=condition.point,
                    met=check.met,
                    checked_on=check.checked_on,
                    checked_by=check.checked_by,
                    note=check.note,
                )
            )
    return tuple(out)


def _carer_out(
    r: CarerRecord,
    members: Sequence[CarerMemberRecord],
    conditions: Sequence[CarerConditionRecord],
    current: int,
    village: str,
) -> CarerOut:
    kind, registration, status = (
        CarerKind(r.kind),
        CarerRegistration(r.registration),
        CarerStatus(r.status),
    )
    verification = None
    if r.verified_on is not None and r.verification_result:
        result = VerificationResult(r.verification_result)
        verification = VerificationOut.model_construct(
            verified_on=r.verified_on,
            verified_by=r.verified_by,
            result=result,
            result_label=result.label,
            note=r.verification_note,
        )
    approval = None
    if r.approved_on is not None:
        approval = ApprovalOut.model_construct(
            approved_on=r.approved_on,
            approved_by=r.approved_by,
            document_number=r.approval_number,
            note=r.approval_note,
        )
    return CarerOut.model_construct(
        id=r.id,
        kind=kind,
        kind_label=kind.label,
        registration=registration,
        registration_label=registration.label,
        full_name=r.full_name,
        sex=Sex(r.sex),
        birth=_birth(r.birth_year, r.birth_month, r.birth_day),
        id_number=r.id_number,
        address=r.address,
        village_id=r.village_id,
        village_name=village,
        phone=r.phone,
        occupation=r.occupation,
        registered_on=r.registered_on,
        wishes=r.wishes,
        note=r.note,
        status=status,
        status_label=status.label,
        status_date=r.status_date,
        status_reason=r.status_reason,
        members=_members_out(members),
        conditions=_latest_conditions(conditions),
        verification=verification,
        approval=approval,
        current_placements=current,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def _placements_query() -> Select[PlacementRecord, str, str, date | None]:
    return select(
        PlacementRecord, ChildRecord.code, ChildRecord.full_name, ChildRecord.birth_latest
    ).join(ChildRecord, ChildRecord.id == PlacementRecord.child_id)


class _NextDue:
    """The earliest thing still to do of a placement (follow-up or handover), for the lists."""

    __slots__ = ("due", "kind", "label", "state")

    def __init__(
        self,
        due: date | None = None,
        label: str = "",
        state: Any = None,
        kind: FollowUpKind | None = None,
    ) -> None:
        self.due, self.label, self.state, self.kind = due, label, state, kind


def _open_follow_ups(
    record: PlacementRecord, done: Mapping[str, int]
) -> list[tuple[FollowUpKind, int, date, str]]:
    """For each kind of follow-up of a placement still open: the next one to do (the one after
    the last recorded of its kind; earlier ones missed are not asked for again), if it falls
    before the end of the placement. ``done``: kind → highest seq recorded."""
    form = CareForm(record.form)
    anchor = _anchor(record)
    found = []
    for kind in follow_up_kinds(form):
        seq = done.get(kind.value, 0) + 1
        item = scheduled_item(form, anchor, kind, seq)
        if record.end_date is not None and item.due > record.end_date:
            continue
        found.append((kind, seq, item.due, item.label))
    return found


def _placement_out(
    r: PlacementRecord,
    child_code: str,
    child_name: str,
    next_due: _NextDue | None = None,
) -> PlacementOut:
    form, term = CareForm(r.form), CareTerm(r.term)
    reason = EndReason(r.end_reason) if r.end_reason else None
    nd = next_due or _NextDue()
    return PlacementOut.model_construct(
        id=r.id,
        code=r.code,
        child_id=r.child_id,
        child_code=child_code,
        child_name=child_name,
        form=form,
        form_label=form.label,
        term=term,
        term_label=term.label,
        carer_id=r.carer_id,
        provider_id=r.provider_id,
        adoption_id=r.adoption_id,
        carer_name=r.carer_name,
        relationship=r.relationship,
        decision_number=r.decision_number,
        decision_date=r.decision_date,
        decision_signer=r.decision_signer,
        start_date=r.start_date,
        handover_date=r.handover_date,
        handover_due=r.handover_due,
        non_relative_reason=r.non_relative_reason,
        child_view=r.child_view,
        child_view_date=r.child_view_date,
        case_id=r.case_id,
        note=r.note,
        end_date=r.end_date,
        end_reason=reason,
        end_reason_label=reason.label if reason else "",
        end_note=r.end_note,
        end_request_date=r.end_request_date,
        end_decision_number=r.end_decision_number,
        end_decision_date=r.end_decision_date,
        confirmed_warnings=tuple(json.loads(r.confirmed_warnings or "[]")),
        next_due=nd.due,
        next_due_label=nd.label,
        next_due_kind=nd.kind,
        next_state=nd.state,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


class CareService:
    """Carers, placements and follow-ups of alternative care; every change in the audit trail.

    ``clock`` gives "now" (tests fix it); "today" is its date."""

    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.clock = clock

    def _today(self, today: date | None = None) -> date:
        return today or self.clock().date()

    # --- input -------------------------------------------------------------------------------
    @staticmethod
    def validate(model: type[M], values: Mapping[str, Any]) -> M:
        """Build a DTO of this module from raw form values, or raise ``InvalidInput``."""
        try:
            return model.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    # --- carers: the registry ---------------------------------------------------------------
    def register_carer(
        self,
        data: CarerIn,
        members: Sequence[CarerMemberIn] = (),
        confirm_warnings: bool = False,
    ) -> CarerOut:
        """A person or family on the registry: an application (Mẫu số 08) or a relative's notice
        (Điều 65.4), with the household members known. Status "đã đăng ký" from the day
        registered. The same số định danh twice is refused; the same name and year of birth
        raises ``NeedsConfirmation`` unless confirmed."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            self._check_carer(s, data, None, confirm_warnings)
            values = self._carer_values(data)
            record = CarerRecord(
                **values,
                status=CarerStatus.REGISTERED.value,
                status_date=data.registered_on,
                status_reason="",
                verified_by="",
                verification_result="",
                verification_note="",
                approved_by="",
                approval_number="",
                approval_note="",
                created_at=now,
                updated_at=now,
            )
            s.add(record)
            s.flush()
            for member in members:
                self._add_member(s, record, member, now)
            changes = {k: _plain(v) for k, v in values.items()}
            changes["members"] = len(members)
            changes["summary"] = f"{data.full_name} — {data.registration.label}"
            audit.record(s, self.user, "carer_register", CARER, record.id, changes)
            s.flush()
            return self._carer_out(s, record)

    def update_carer(
        self, carer_id: int, data: CarerIn, confirm_warnings: bool = False
    ) -> CarerOut:
        """Correct or complete what the registry says of a carer (not its status, members,
        checklist, verification or approval: those have their own steps)."""
        require(self.actor, Permission.EDIT_CARE)
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._check_carer(s, data, carer_id, confirm_warnings)
            new = self._carer_values(data)
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            if changes := audit.diff(old, new):
                record.updated_at = self.clock()
                changes["summary"] = record.full_name  # type: ignore[assignment]
                audit.record(s, self.user, "update", CARER, carer_id, changes)
            s.flush()
            return self._carer_out(s, record)

    def carer(self, carer_id: int) -> CarerOut:
        require(self.actor, Permission.VIEW_CARE)
        with self.db.session() as s:
            return self._carer_out(s, self._carer(s, carer_id))

    def carers(self, flt: CarerFilter | None = None) -> builtins.list[CarerOut]:
        """The registry in name order, narrowed by ``flt``."""
        require(self.actor, Permission.VIEW_CARE)
        flt = flt or CarerFilter()
        stmt = select(CarerRecord)
        if flt.status is not None:
            stmt = stmt.where(CarerRecord.status == flt.status.value)
        elif not flt.include_stopped:
            stmt = stmt.where(CarerRecord.status != CarerStatus.STOPPED.value)
        if flt.registration is not None:
            stmt = stmt.where(CarerRecord.registration == flt.registration.value)
        if key := fold(flt.text).strip():
            stmt = stmt.where(CarerRecord.name_key.contains(key, autoescape=True))
        stmt = stmt.order_by(CarerRecord.name_key, CarerRecord.id)
        with self.db.session() as s:
            return self._carers_out(s, s.scalars(stmt).all())

    def quarterly_list(self, year: int, quarter: int) -> CarerQuarterList:
        """Mẫu số 09 (Nghị định 56 Điều 40.1, sent every quarter): those who applied (Mẫu số 08)
        on or before the quarter's last day and had not stopped by then, in name order, each
        with its present status, verification and approval."""
        require(self.actor, Permission.VIEW_CARE)
        if not 1 <= quarter <= 4:
            raise InvalidInput({"quarter": "Quý phải từ 1 đến 4."})
        if not 1900 <= year <= 9999:
            raise InvalidInput({"year": f"Năm {year} không hợp lệ. Hãy nhập năm có 4 chữ số."})
        as_of = add_months(date(year, 3 * quarter - 2, 1), 3) - timedelta(days=1)
        stmt = (
            select(CarerRecord)
            .where(
                CarerRecord.registration == CarerRegistration.APPLICATION.value,
                CarerRecord.registered_on <= as_of,
                or_(
                    CarerRecord.status != CarerStatus.STOPPED.value,
                    CarerRecord.status_date > as_of,
                ),
            )
            .order_by(CarerRecord.name_key, CarerRecord.id)
        )
        with self.db.session() as s:
            rows = self._carers_out(s, s.scalars(stmt).all())
        return CarerQuarterList(year=year, quarter=quarter, as_of=as_of, carers=tuple(rows))

    def add_member(self, carer_id: int, data: CarerMemberIn) -> CarerOut:
        """A member joins the carer's household (from ``added_on``, the registration day when
        empty)."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._not_stopped(record)
            member = self._add_member(s, record, data, now)
            audit.record(s, self.user, "carer_member_add", CARER, carer_id, {
                "member": member.full_name, "relationship": member.relationship,
                "agrees": member.agrees, "added_on": member.added_on,
                "summary": f"{member.full_name} ({member.relationship})",
            })  # fmt: skip
            record.updated_at = now
            s.flush()
            return self._carer_out(s, record)

    def end_member(self, member_id: int, data: CarerMemberEndIn) -> CarerOut:
        """A member no longer lives in the household: from a day, with the reason (kept)."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            member = s.get(CarerMemberRecord, member_id)
            if member is None:
                raise NotFound("Không tìm thấy thành viên này.")
            if member.ended_on is not None:
                raise InvalidInput(
                    {"ended_on": f"{member.full_name} đã không còn là thành viên từ ngày "
                     f"{format_date(member.ended_on)}."}
                )  # fmt: skip
            if data.ended_on < member.added_on:
                raise InvalidInput(
                    {"ended_on": f"Ngày không còn là thành viên ({format_date(data.ended_on)}) "
                     f"trước ngày bắt đầu ({format_date(member.added_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            member.ended_on, member.end_reason = data.ended_on, data.reason
            record = self._carer(s, member.carer_id)
            record.updated_at = now
            audit.record(s, self.user, "carer_member_end", CARER, record.id, {
                "member": member.full_name, "ended_on": data.ended_on, "reason": data.reason,
                "summary": f"{member.full_name}: {data.reason}",
            })  # fmt: skip
            s.flush()
            return self._carer_out(s, record)

    def record_conditions(self, carer_id: int, data: ConditionsIn) -> CarerOut:
        """The Điều 63.2 checklist as checked on a day: one new row per condition given (the
        earlier checks stay as history; the latest of each counts)."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._not_stopped(record)
            if data.checked_on < record.registered_on:
                raise InvalidInput(
                    {"checked_on": f"Ngày kiểm tra ({format_date(data.checked_on)}) trước ngày "
                     f"đăng ký ({format_date(record.registered_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            for item in data.items:
                s.add(
                    CarerConditionRecord(
                        carer_id=carer_id,
                        condition=item.condition.value,
                        met=item.met,
                        checked_on=data.checked_on,
                        checked_by=data.checked_by,
                        note=item.note,
                        created_at=now,
                    )
                )
            met = sum(1 for i in data.items if i.met)
            record.updated_at = now
            audit.record(s, self.user, "carer_conditions", CARER, carer_id, {
                "checked_on": data.checked_on, "checked_by": data.checked_by,
                "items": {i.condition.value: i.met for i in data.items},
                "summary": f"{met}/{len(data.items)} điều kiện đạt",
            })  # fmt: skip
            s.flush()
            return self._carer_out(s, record)

    def record_verification(self, carer_id: int, data: VerificationIn) -> CarerOut:
        """The worker's verification (Mẫu số 11). "Đủ điều kiện" needs every condition of the
        checklist met at its latest check and every present household member agreeing; it sets
        the status "đã xác minh đủ điều kiện", the other result "không đủ điều kiện". A new
        verification clears the Chủ tịch's approval of the previous one (kept in the audit)."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._not_stopped(record)
            if data.verified_on < record.registered_on:
                raise InvalidInput(
                    {"verified_on": f"Ngày xác minh ({format_date(data.verified_on)}) trước ngày "
                     f"đăng ký ({format_date(record.registered_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            if data.result is VerificationResult.ELIGIBLE:
                self._check_eligible(s, record)
            status = (
                CarerStatus.ELIGIBLE
                if data.result is VerificationResult.ELIGIBLE
                else CarerStatus.NOT_ELIGIBLE
            )
            new = {
                "verified_on": data.verified_on,
                "verified_by": data.verified_by,
                "verification_result": data.result.value,
                "verification_note": data.note,
                "status": status.value,
                "status_date": data.verified_on,
                "status_reason": data.note[:255] if status is CarerStatus.NOT_ELIGIBLE else "",
                "approved_on": None,
                "approved_by": "",
                "approval_number": "",
                "approval_note": "",
            }
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            record.updated_at = now
            changes: dict[str, Any] = audit.diff(old, new)
            changes["summary"] = data.result.label
            audit.record(s, self.user, "carer_verify", CARER, carer_id, changes)
            s.flush()
            return self._carer_out(s, record)

    def approve_carer(self, carer_id: int, data: ApprovalIn) -> CarerOut:
        """The Chủ tịch approves the carer as eligible (Thông tư 14/2020 Điều 7.2, 8.5); only
        after a verification "đủ điều kiện", on or after its day."""
        require(self.actor, Permission.APPROVE)
        now = self.clock()
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._not_stopped(record)
            if record.status != CarerStatus.ELIGIBLE.value or record.verified_on is None:
                raise InvalidInput(
                    {"approved_on": f"{record.full_name} chưa được xác minh đủ điều kiện (Mẫu "
                     "số 11). Hãy ghi kết quả xác minh trước khi trình Chủ tịch phê duyệt."}
                )  # fmt: skip
            if data.approved_on < record.verified_on:
                raise InvalidInput(
                    {"approved_on": f"Ngày phê duyệt ({format_date(data.approved_on)}) trước "
                     f"ngày xác minh ({format_date(record.verified_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            new = {
                "approved_on": data.approved_on,
                "approved_by": data.approved_by,
                "approval_number": data.document_number,
                "approval_note": data.note,
            }
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            record.updated_at = now
            changes: dict[str, Any] = audit.diff(old, new)
            changes["summary"] = f"Phê duyệt ngày {format_date(data.approved_on)}"
            audit.record(s, self.user, "carer_approve", CARER, carer_id, changes)
            s.flush()
            return self._carer_out(s, record)

    def stop_carer(self, carer_id: int, data: CarerStopIn) -> CarerOut:
        """The carer no longer takes children: status "ngừng" from a day, with the reason.
        Refused while a child is in this carer's care (end that placement first)."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._carer(s, carer_id)
            self._not_stopped(record)
            if data.stopped_on < record.registered_on:
                raise InvalidInput(
                    {"stopped_on": f"Ngày ngừng ({format_date(data.stopped_on)}) trước ngày đăng "
                     f"ký ({format_date(record.registered_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            codes = s.scalars(
                select(PlacementRecord.code).where(
                    PlacementRecord.carer_id == carer_id, PlacementRecord.end_date.is_(None)
                )
            ).all()
            if codes:
                raise InvalidInput(
                    {"stopped_on": f"{record.full_name} đang chăm sóc trẻ ({', '.join(codes)}). "
                     "Hãy ghi chấm dứt việc chăm sóc đó trước khi ngừng."}
                )  # fmt: skip
            old = {"status": record.status, "status_date": record.status_date,
                   "status_reason": record.status_reason}  # fmt: skip
            new = {"status": CarerStatus.STOPPED.value, "status_date": data.stopped_on,
                   "status_reason": data.reason}  # fmt: skip
            for key, value in new.items():
                setattr(record, key, value)
            record.updated_at = now
            changes: dict[str, Any] = audit.diff(old, new)
            changes["summary"] = data.reason
            audit.record(s, self.user, "carer_stop", CARER, carer_id, changes)
            s.flush()
            return self._carer_out(s, record)

    def carer_history(self, carer_id: int) -> builtins.list[HistoryEntry]:
        require(self.actor, Permission.VIEW_CARE)
        with self.db.session() as s:
            self._carer(s, carer_id)
            return self._history(s, CARER, carer_id)

    def facilities(self) -> builtins.list[ProviderOut]:
        """The social-assistance facilities of the providers list (active), for a placement in a
        facility."""
        require(self.actor, Permission.VIEW_CARE)
        from commune_care.services.support import SupportService

        providers = SupportService(self.db, user=self.actor).providers()
        return [p for p in providers if p.kind in FACILITY_KINDS]

    # --- placements --------------------------------------------------------------------------
    def check_placement(
        self, data: PlacementIn, end_current: PlacementEndIn | None = None
    ) -> RuleOutcome:
        """What ``decide_placement`` would say, without saving: the blocks (field → message)
        and the warnings to confirm."""
        require(self.actor, Permission.VIEW_CARE)
        errors = placement_errors(data)
        if errors:
            return RuleOutcome(errors, ())
        with self.db.session() as s:
            facts, _current = self._facts(s, data, end_current)
            return placement_rules(facts)

    def decide_placement(
        self,
        data: PlacementIn,
        confirm_warnings: bool = False,
        end_current: PlacementEndIn | None = None,
    ) -> PlacementOut:
        """Record a placement decision (Mẫu số 12, or the competent body's for a facility).

        A broken rule raises ``InvalidInput`` (field → what to fix); warnings raise
        ``NeedsConfirmation`` unless ``confirm_warnings`` (the warnings confirmed are kept with
        the placement). With ``end_current`` the child's current placement is ended in the same
        transaction (a change of form or carer, Mẫu số 16); without it a child already in care
        is refused. Nothing is written on any error."""
        require(self.actor, Permission.EDIT_CARE)
        errors = placement_errors(data)
        if errors:
            raise InvalidInput(errors)
        now = self.clock()
        with self.db.session() as s:
            facts, current = self._facts(s, data, end_current)
            outcome = placement_rules(facts)
            if outcome.blocks:
                raise InvalidInput(outcome.blocks)
            if outcome.warnings and not confirm_warnings:
                raise NeedsConfirmation(list(outcome.warnings))
            if current is not None and end_current is not None:
                _apply_end(s, current, end_current, self.user, now)
            year = data.decision_date.year
            seq = _next_seq(s, year)
            values = {
                "child_id": data.child_id,
                "form": data.form.value,
                "term": data.term.value,
                "carer_id": data.carer_id,
                "provider_id": data.provider_id,
                "adoption_id": None,
                "carer_name": facts.carer_name,
                "relationship": data.relationship,
                "decision_number": data.decision_number,
                "decision_date": data.decision_date,
                "decision_signer": data.decision_signer,
                "start_date": data.start_date or data.decision_date,
                "handover_date": data.handover_date,
                "handover_due": handover_due(data.decision_date) if data.form.is_family else None,
                "non_relative_reason": data.non_relative_reason,
                "child_view": data.child_view,
                "child_view_date": data.child_view_date,
                "case_id": data.case_id,
                "note": data.note,
            }
            record = PlacementRecord(
                **values,
                code=placement_code(year, seq),
                year=year,
                seq=seq,
                confirmed_warnings=json.dumps(list(outcome.warnings), ensure_ascii=False),
                end_reason="",
                end_note="",
                end_decision_number="",
                created_at=now,
                updated_at=now,
            )
            s.add(record)
            s.flush()
            changes = {k: _plain(v) for k, v in values.items()}
            if outcome.warnings:
                changes["confirmed_warnings"] = list(outcome.warnings)
            changes["summary"] = f"{record.code}: {data.form.short_label}, {facts.carer_name}"
            audit.record(s, self.user, "placement_decide", PLACEMENT, record.id, changes)
            s.flush()
            return self._placement_out(s, record)

    def record_handover(self, placement_id: int, handover_date: date) -> PlacementOut:
        """The child was handed over to the carer on ``handover_date`` (Nghị định 56 Điều 42.7);
        the follow-ups count from it from now on. A wrong date may be corrected the same way."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._placement(s, placement_id)
            errors: dict[str, str] = {}
            if handover_date > now.date():
                errors["handover_date"] = (
                    f"Ngày giao, nhận trẻ em {format_date(handover_date)} ở tương lai. Hãy kiểm"
                    " tra lại."
                )
            elif handover_date < record.decision_date:
                errors["handover_date"] = (
                    f"Ngày giao, nhận trẻ em ({format_date(handover_date)}) trước ngày quyết định"
                    f" ({format_date(record.decision_date)}). Hãy kiểm tra lại."
                )
            elif record.end_date is not None and handover_date > record.end_date:
                errors["handover_date"] = (
                    f"Ngày giao, nhận trẻ em ({format_date(handover_date)}) sau ngày chấm dứt"
                    f" chăm sóc ({format_date(record.end_date)}). Hãy kiểm tra lại."
                )
            if errors:
                raise InvalidInput(errors)
            if record.handover_date != handover_date:
                changes = {
                    "handover_date": [_plain(record.handover_date), handover_date.isoformat()],
                    "summary": f"{record.code}: giao, nhận ngày {format_date(handover_date)}",
                }
                record.handover_date, record.updated_at = handover_date, now
                audit.record(s, self.user, "placement_handover", PLACEMENT, placement_id, changes)
            s.flush()
            return self._placement_out(s, record)

    def end_placement(self, placement_id: int, data: PlacementEndIn) -> PlacementOut:
        """End a placement on a day, for a reason (Điều 69; a change; adoption; 16 years), with
        the carer's request (Mẫu số 15) and the Chủ tịch's decision (Mẫu số 16) when there are.
        The placement and its follow-ups stay in the child's history."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._placement(s, placement_id)
            errors = _end_errors(record, data)
            if errors:
                raise InvalidInput(errors)
            _apply_end(s, record, data, self.user, now)
            s.flush()
            return self._placement_out(s, record)

    def placement(self, placement_id: int) -> PlacementOut:
        require(self.actor, Permission.VIEW_CARE)
        with self.db.session() as s:
            return self._placement_out(s, self._placement(s, placement_id))

    def placement_by_code(self, code: str) -> PlacementOut:
        require(self.actor, Permission.VIEW_CARE)
        with self.db.session() as s:
            record = s.scalar(
                select(PlacementRecord).where(PlacementRecord.code == code.strip().upper())
            )
            if record is None:
                raise NotFound(f"Không tìm thấy việc chăm sóc thay thế «{code.strip()}».")
            return self._placement_out(s, record)

    def placements_of(self, child_id: int) -> builtins.list[PlacementOut]:
        """A child's placements, the history: newest first."""
        require(self.actor, Permission.VIEW_CARE)
        return self.placements(PlacementFilter(child_id=child_id))

    def current_placement(self, child_id: int, on: date | None = None) -> PlacementOut | None:
        """The child's placement on ``on`` (today by default), if any."""
        require(self.actor, Permission.VIEW_CARE)
        on = self._today(on)
        with self.db.session() as s:
            record = s.scalar(
                select(PlacementRecord)
                .where(
                    PlacementRecord.child_id == child_id,
                    PlacementRecord.start_date <= on,
                    or_(PlacementRecord.end_date.is_(None), PlacementRecord.end_date >= on),
                )
                .order_by(PlacementRecord.start_date.desc(), PlacementRecord.id.desc())
                .limit(1)
            )
            return None if record is None else self._placement_out(s, record)

    def placements(
        self, flt: PlacementFilter | None = None, today: date | None = None
    ) -> builtins.list[PlacementOut]:
        """The placements list: newest start first, each with the earliest thing still to do
        (the handover, or the next follow-up) and its state on ``today``."""
        require(self.actor, Permission.VIEW_CARE)
        flt = flt or PlacementFilter()
        today = self._today(today)
        stmt = _placements_query()
        p = PlacementRecord
        if flt.current is True:
            stmt = stmt.where(p.end_date.is_(None))
        elif flt.current is False:
            stmt = stmt.where(p.end_date.is_not(None))
        if flt.form is not None:
            stmt = stmt.where(p.form == flt.form.value)
        if flt.child_id is not None:
            stmt = stmt.where(p.child_id == flt.child_id)
        if flt.carer_id is not None:
            stmt = stmt.where(p.carer_id == flt.carer_id)
        if flt.provider_id is not None:
            stmt = stmt.where(p.provider_id == flt.provider_id)
        if key := fold(flt.text).strip():
            stmt = stmt.where(
                or_(
                    ChildRecord.search_key.contains(key, autoescape=True),
                    func.lower(p.carer_name).contains(flt.text.strip().lower(), autoescape=True),
                    p.code.contains(flt.text.strip().upper(), autoescape=True),
                )
            )
        stmt = stmt.order_by(p.start_date.desc(), p.id.desc())
        with self.db.session() as s:
            rows = s.execute(stmt).all()
            done = self._done_seqs(s, [r[0].id for r in rows if r[0].end_date is None])
        out = []
        for record, child_code, child_name, birth_latest in rows:
            nd = self._next_due(record, done.get(record.id, {}), birth_latest, today)
            if flt.overdue and nd.state is not DeadlineState.OVERDUE:
                continue
            out.append(_placement_out(record, child_code, child_name, nd))
        return out

    def placement_history(self, placement_id: int) -> builtins.list[HistoryEntry]:
        require(self.actor, Permission.VIEW_CARE)
        with self.db.session() as s:
            self._placement(s, placement_id)
            return self._history(s, PLACEMENT, placement_id)

    # --- follow-ups --------------------------------------------------------------------------
    def follow_ups(
        self, placement_id: int, today: date | None = None
    ) -> builtins.list[FollowUpOut]:
        """A placement's follow-up schedule (counted from the handover once recorded, else the
        start), up to a year ahead and never past its end, each done / due soon / overdue on
        ``today``; then the follow-ups recorded off the schedule. In date order."""
        require(self.actor, Permission.VIEW_CARE)
        today = self._today(today)
        with self.db.session() as s:
            record = self._placement(s, placement_id)
            recorded = s.scalars(
                select(PlacementFollowUpRecord)
                .where(PlacementFollowUpRecord.placement_id == placement_id)
                .order_by(PlacementFollowUpRecord.done_on, PlacementFollowUpRecord.id)
            ).all()
        form = CareForm(record.form)
        horizon = add_years(today, SCHEDULE_YEARS_AHEAD)
        by_slot = {(r.kind, r.seq): r for r in recorded if r.seq is not None}
        out: list[FollowUpOut] = []
        scheduled = follow_up_schedule(form, _anchor(record), record.end_date, horizon)
        seen = set()
        for item in scheduled:
            done = by_slot.get((item.kind.value, item.seq))
            seen.add((item.kind.value, item.seq))
            out.append(self._follow_up_out(record.id, item.kind, item.seq, item.months,
                                           item.due, done, today))  # fmt: skip
        for r in recorded:
            if (r.kind, r.seq) in seen:
                continue
            kind = FollowUpKind(r.kind)
            months = None
            if r.seq is not None and kind in follow_up_kinds(form):
                months = scheduled_item(form, _anchor(record), kind, r.seq).months
            out.append(self._follow_up_out(record.id, kind, r.seq, months, r.due_on, r, today))
        order = {k: i for i, k in enumerate(FollowUpKind)}
        return sorted(out, key=lambda f: (f.due or f.done_on or today, order[f.kind], f.seq or 0))

    def record_follow_up(self, placement_id: int, data: FollowUpIn) -> FollowUpOut:
        """A follow-up done: the scheduled one of ``kind`` and ``seq`` (once each), or one more
        (``seq`` empty). Refused for a kind that does not apply to the placement's form, before
        the placement started, or for a scheduled one that falls after its end."""
        require(self.actor, Permission.EDIT_CARE)
        now = self.clock()
        with self.db.session() as s:
            record = self._placement(s, placement_id)
            form = CareForm(record.form)
            kinds = follow_up_kinds(form)
            if data.kind not in kinds:
                raise InvalidInput(
                    {"kind": f"«{data.kind.label}» không áp dụng cho {form.label.lower()}."
                     + (" Việc theo dõi sau khi nhận con nuôi ghi ở mục «Nhận con nuôi»."
                        if form is CareForm.ADOPTION else "")}
                )  # fmt: skip
            if data.done_on < record.start_date:
                raise InvalidInput(
                    {"done_on": f"Ngày theo dõi ({format_date(data.done_on)}) trước ngày bắt đầu "
                     f"chăm sóc ({format_date(record.start_date)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            due: date | None = None
            months: int | None = None
            if data.seq is not None:
                item = scheduled_item(form, _anchor(record), data.kind, data.seq)
                due, months = item.due, item.months
                if record.end_date is not None and item.due > record.end_date:
                    raise InvalidInput(
                        {"seq": f"Lần theo dõi này (hạn {format_date(item.due)}) sau ngày chấm "
                         f"dứt chăm sóc ({format_date(record.end_date)}). Hãy ghi là lần theo "
                         "dõi ngoài lịch."}
                    )  # fmt: skip
                already = s.scalar(
                    select(PlacementFollowUpRecord).where(
                        PlacementFollowUpRecord.placement_id == placement_id,
                        PlacementFollowUpRecord.kind == data.kind.value,
                        PlacementFollowUpRecord.seq == data.seq,
                    )
                )
                if already is not None:
                    raise InvalidInput(
                        {"seq": f"Lần theo dõi này đã được ghi ngày "
                         f"{format_date(already.done_on)}. Hãy chọn lần khác, hoặc ghi là lần "
                         "theo dõi ngoài lịch."}
                    )  # fmt: skip
            row = PlacementFollowUpRecord(
                placement_id=placement_id,
                kind=data.kind.value,
                seq=data.seq,
                due_on=due,
                done_on=data.done_on,
                done_by=data.done_by,
                findings=data.findings,
                next_steps=data.next_steps,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            record.updated_at = now
            when = f"sau {months:02d} tháng" if months is not None else "ngoài lịch"
            audit.record(s, self.user, "follow_up", PLACEMENT, placement_id, {
                "kind": data.kind.value, "seq": data.seq, "done_on": data.done_on,
                "done_by": data.done_by,
                "summary": f"{record.code}: {data.kind.label} ({when}) ngày "
                f"{format_date(data.done_on)}",
            })  # fmt: skip
            return self._follow_up_out(
                placement_id, data.kind, data.seq, months, due, row, self._today()
            )

    def due_items(self, today: date | None = None) -> builtins.list[DueItem]:
        """Alternative care's lines of the shared "Việc cần làm" list, soonest first: handovers
        not yet recorded (Mẫu số 12, 15 working days); of each placement still running, the
        next follow-up of each kind when due soon or overdue (the worker's visit Mẫu số 13, the
        carer's report, the commune's 6-monthly assessment, the 6-monthly review of a child in
        a facility); a child in care who has turned 16."""
        require(self.actor, Permission.VIEW_CARE)
        today = self._today(today)
        items: list[DueItem] = []
        with self.db.session() as s:
            rows = s.execute(_placements_query().where(PlacementRecord.end_date.is_(None))).all()
            done = self._done_seqs(s, [r[0].id for r in rows])
        for record, _code, child_name, birth_latest in rows:
            found: list[tuple[str, date, DeadlineState]] = []
            if record.handover_date is None and record.handover_due is not None:
                state = due_state(record.handover_due, today, HANDOVER_DUE_SOON_WORKING_DAYS)
                found.append((HANDOVER_LABEL, record.handover_due, state))
            for _kind, _seq, due, label in _open_follow_ups(record, done.get(record.id, {})):
                state = due_state(due, today, FOLLOW_UP_DUE_SOON_WORKING_DAYS)
                if state is not DeadlineState.ON_TIME:
                    found.append((label, due, state))
            if birth_latest is not None:
                sixteen = add_years(birth_latest, CHILD_AGE_LIMIT)
                if sixteen <= today:
                    found.append((TURNED_16_LABEL, sixteen, DeadlineState.OVERDUE))
            items.extend(
                DueItem(
                    programme=Programme.ALTERNATIVE_CARE,
                    subject_kind=PLACEMENT,
                    subject_id=record.id,
                    subject_code=record.code,
                    child_id=record.child_id,
                    child_name=child_name,
                    label=label,
                    due=due,
                    state=state,
                )
                for label, due, state in found
            )
        return sorted(items, key=lambda i: (i.due, i.subject_code, i.label))

    # --- helpers: loading ----------------------------------------------------------------------
    @staticmethod
    def _carer(s: Session, carer_id: int) -> CarerRecord:
        record = s.get(CarerRecord, carer_id)
        if record is None:
            raise NotFound("Không tìm thấy người nhận chăm sóc thay thế này.")
        return record

    @staticmethod
    def _placement(s: Session, placement_id: int) -> PlacementRecord:
        record = s.get(PlacementRecord, placement_id)
        if record is None:
            raise NotFound("Không tìm thấy việc chăm sóc thay thế này.")
        return record

    @staticmethod
    def _history(s: Session, entity: str, entity_id: int) -> builtins.list[HistoryEntry]:
        """Newest first, worded by ``services/audit.py``."""
        return audit.history(s, entity, entity_id)

    @staticmethod
    def _not_stopped(record: CarerRecord) -> None:
        if record.status == CarerStatus.STOPPED.value:
            raise InvalidInput(
                {"status": f"{record.full_name} đã ngừng nhận chăm sóc thay thế từ ngày "
                 f"{format_date(record.status_date)}. Hãy đăng ký lại nếu người này muốn nhận "
                 "chăm sóc trẻ."}
            )  # fmt: skip

    @staticmethod
    def _carer_values(data: CarerIn) -> dict[str, Any]:
        return {
            "kind": data.kind.value,
            "registration": data.registration.value,
            "full_name": data.full_name,
            "name_key": fold(data.full_name),
            "sex": data.sex.value,
            **_birth_columns(data.birth),
            "id_number": data.id_number,
            "address": data.address,
            "village_id": data.village_id,
            "phone": data.phone,
            "occupation": data.occupation,
            "registered_on": data.registered_on,
            "wishes": data.wishes,
            "note": data.note,
        }

    @staticmethod
    def _check_carer(
        s: Session, data: CarerIn, carer_id: int | None, confirm_warnings: bool
    ) -> None:
        if data.village_id is not None and s.get(VillageRecord, data.village_id) is None:
            raise InvalidInput({"village_id": "Thôn/bản đã chọn không còn. Hãy chọn lại."})
        others = select(CarerRecord).where(CarerRecord.id != (carer_id or 0))
        if data.id_number:
            same = s.scalar(others.where(CarerRecord.id_number == data.id_number))
            if same is not None:
                raise InvalidInput(
                    {"id_number": f"Số định danh {data.id_number} đã có trong danh sách người "
                     f"nhận chăm sóc thay thế ({same.full_name}). Hãy mở hồ sơ đã có."}
                )  # fmt: skip
        if confirm_warnings or data.birth is None:
            return
        same_name = s.scalar(
            others.where(
                CarerRecord.name_key == fold(data.full_name),
                CarerRecord.birth_year == data.birth.year,
            )
        )
        if same_name is not None:
            raise NeedsConfirmation(
                [
                    f"Đã có {same_name.full_name} sinh năm {data.birth.year} trong danh sách người"
                    f" nhận chăm sóc thay thế (đăng ký ngày {format_date(same_name.registered_on)})."
                    " Có thể là cùng một người: hãy mở hồ sơ đã có, hoặc xác nhận để lưu hồ sơ mới."
                ]
            )

    def _add_member(
        self, s: Session, record: CarerRecord, data: CarerMemberIn, now: datetime
    ) -> CarerMemberRecord:
        added_on = data.added_on or record.registered_on
        member = CarerMemberRecord(
            carer_id=record.id,
            full_name=data.full_name,
            relationship=data.relationship,
            **_birth_columns(data.birth),
            agrees=data.agrees,
            note=data.note,
            added_on=added_on,
            ended_on=None,
            end_reason="",
            created_at=now,
        )
        s.add(member)
        s.flush()
        return member

    @staticmethod
    def _check_eligible(s: Session, record: CarerRecord) -> None:
        conditions = _latest_conditions(
            s.scalars(
                select(CarerConditionRecord).where(CarerConditionRecord.carer_id == record.id)
            ).all()
        )
        met = {c.condition for c in conditions if c.met}
        unmet = [c for c in CarerCondition if c not in met]
        errors: dict[str, str] = {}
        if unmet:
            lines = "; ".join(f"{c.point}) {c.label}" for c in unmet)
            errors["result"] = (
                f"Chưa kết luận «đủ điều kiện» được: các điều kiện sau chưa được kiểm tra hoặc"
                f" không đạt (Điều 63.2 Luật Trẻ em): {lines}. Hãy ghi bảng kiểm điều kiện trước,"
                " hoặc kết luận «không đủ điều kiện»."
            )
        refusing = s.scalars(
            select(CarerMemberRecord.full_name).where(
                CarerMemberRecord.carer_id == record.id,
                CarerMemberRecord.ended_on.is_(None),
                CarerMemberRecord.agrees.is_(False),
            )
        ).all()
        if refusing:
            errors["members"] = (
                f"Thành viên gia đình chưa đồng thuận: {', '.join(refusing)}. Điều 63.2.c Luật Trẻ"
                " em đòi hỏi sự đồng thuận giữa các thành viên trong gia đình."
            )
        if errors:
            raise InvalidInput(errors)

    def _carer_out(self, s: Session, record: CarerRecord) -> CarerOut:
        return self._carers_out(s, [record])[0]

    @staticmethod
    def _carers_out(s: Session, records: Sequence[CarerRecord]) -> builtins.list[CarerOut]:
        if not records:
            return []
        ids = [r.id for r in records]
        members: dict[int, list[CarerMemberRecord]] = defaultdict(list)
        for m in s.scalars(
            select(CarerMemberRecord)
            .where(CarerMemberRecord.carer_id.in_(ids))
            .order_by(CarerMemberRecord.added_on, CarerMemberRecord.id)
        ):
            members[m.carer_id].append(m)
        conditions: dict[int, list[CarerConditionRecord]] = defaultdict(list)
        for c in s.scalars(
            select(CarerConditionRecord).where(CarerConditionRecord.carer_id.in_(ids))
        ):
            conditions[c.carer_id].append(c)
        counts = dict(
            s.execute(
                select(PlacementRecord.carer_id, func.count())
                .where(PlacementRecord.carer_id.in_(ids), PlacementRecord.end_date.is_(None))
                .group_by(PlacementRecord.carer_id)
            ).all()
        )
        villages = dict(s.execute(select(VillageRecord.id, VillageRecord.name)).all())
        return [
            _carer_out(
                r,
                members.get(r.id, []),
                conditions.get(r.id, []),
                int(counts.get(r.id, 0)),
                villages.get(r.village_id, "") if r.village_id else "",
            )
            for r in records
        ]

    def _facts(
        self, s: Session, data: PlacementIn, end_current: PlacementEndIn | None
    ) -> tuple[PlacementFacts, PlacementRecord | None]:
        """The facts the rules need, read in ``s``; and the child's current placement."""
        child = s.get(ChildRecord, data.child_id)
        if child is None:
            raise NotFound("Không tìm thấy trẻ trong danh sách.")
        if child.archived:
            raise InvalidInput(
                {"child_id": f"Hồ sơ của {child.full_name} đã được lưu trữ. Hãy khôi phục hồ sơ "
                 "trước khi ghi chăm sóc thay thế."}
            )  # fmt: skip
        if data.case_id is not None:
            case = s.get(CaseRecord, data.case_id)
            if case is None:
                raise InvalidInput({"case_id": "Không tìm thấy hồ sơ hỗ trợ, can thiệp đã chọn."})
            if case.child_id is not None and case.child_id != child.id:
                raise InvalidInput(
                    {"case_id": f"Hồ sơ {case.code} là của trẻ khác. Hãy chọn hồ sơ của "
                     f"{child.full_name}, hoặc để trống."}
                )  # fmt: skip
        carer_name = ""
        carer = None
        facility_ok = True
        if data.carer_id is not None:
            carer = s.get(CarerRecord, data.carer_id)
            if carer is None:
                raise InvalidInput(
                    {"carer_id": "Không tìm thấy người nhận chăm sóc đã chọn. Hãy chọn lại."}
                )
            carer_name = carer.full_name
        if data.provider_id is not None:
            provider = s.get(ProviderRecord, data.provider_id)
            if provider is None:
                raise InvalidInput(
                    {"provider_id": "Không tìm thấy cơ sở đã chọn. Hãy chọn lại trong danh sách."}
                )
            carer_name = provider.name
            facility_ok = ProviderKind(provider.kind) in FACILITY_KINDS
        current = s.scalar(
            select(PlacementRecord).where(
                PlacementRecord.child_id == child.id, PlacementRecord.end_date.is_(None)
            )
        )
        current_code = ""
        last_end = s.scalar(
            select(func.max(PlacementRecord.end_date)).where(PlacementRecord.child_id == child.id)
        )
        if current is not None:
            if end_current is None:
                current_code = (
                    f"{current.code}, {CareForm(current.form).short_label.lower()}, từ ngày "
                    f"{format_date(current.start_date)}"
                )
            else:
                errors = _end_errors(current, end_current)
                if errors:
                    raise InvalidInput({f"end_current.{k}": v for k, v in errors.items()})
                last_end = max(filter(None, (last_end, end_current.end_date)))
        elif end_current is not None:
            raise InvalidInput(
                {"end_current": f"{child.full_name} không có việc chăm sóc thay thế nào đang diễn "
                 "ra để chấm dứt."}
            )  # fmt: skip
        facts = PlacementFacts(
            form=data.form,
            decision_date=data.decision_date,
            start_date=data.start_date or data.decision_date,
            child_name=child.full_name,
            child_birth=_child_birth(child),
            carer_name=carer_name,
            carer_birth=_birth(carer.birth_year, carer.birth_month, carer.birth_day)
            if carer
            else None,
            carer_status=CarerStatus(carer.status) if carer else None,
            carer_registration=CarerRegistration(carer.registration) if carer else None,
            carer_approved=carer is not None and carer.approved_on is not None,
            relationship=data.relationship,
            non_relative_reason=data.non_relative_reason,
            child_view=data.child_view,
            child_view_date=data.child_view_date,
            facility_kind_ok=facility_ok,
            current_placement=current_code,
            last_end=last_end,
            siblings_elsewhere=siblings_apart(
                _carer_key(data.carer_id, data.provider_id, carer_name), self._siblings(s, child)
            ),
        )
        return facts, current

    @staticmethod
    def _siblings(s: Session, child: ChildRecord) -> builtins.list[tuple[str, str, str, str]]:
        """Brothers and sisters in care now: children of the register (not archived) with the
        same parents (``parents_key``: folded names of father and mother, one at least known),
        with a placement still open — (name, code, carer key, carer name)."""
        if not child.parents_key or child.parents_key == "|":
            return []
        rows = s.execute(
            select(
                ChildRecord.full_name,
                ChildRecord.code,
                PlacementRecord.carer_id,
                PlacementRecord.provider_id,
                PlacementRecord.carer_name,
            )
            .select_from(PlacementRecord)
            .join(ChildRecord, ChildRecord.id == PlacementRecord.child_id)
            .where(
                PlacementRecord.end_date.is_(None),
                ChildRecord.parents_key == child.parents_key,
                ChildRecord.id != child.id,
                ChildRecord.archived.is_(False),
            )
        ).all()
        return [(n, c, _carer_key(ci, pi, cn), cn) for n, c, ci, pi, cn in rows]

    @staticmethod
    def _done_seqs(s: Session, placement_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """placement → kind → the highest scheduled seq recorded."""
        out: dict[int, dict[str, int]] = defaultdict(dict)
        if not placement_ids:
            return out
        f = PlacementFollowUpRecord
        for chunk_start in range(0, len(placement_ids), 900):
            chunk = placement_ids[chunk_start : chunk_start + 900]
            for pid, kind, seq in s.execute(
                select(f.placement_id, f.kind, func.max(f.seq))
                .where(f.placement_id.in_(chunk), f.seq.is_not(None))
                .group_by(f.placement_id, f.kind)
            ):
                out[pid][kind] = int(seq or 0)
        return out

    @staticmethod
    def _next_due(
        record: PlacementRecord,
        done: Mapping[str, int],
        birth_latest: date | None,
        today: date,
    ) -> _NextDue:
        if record.end_date is not None:
            return _NextDue()
        candidates: list[_NextDue] = []
        if record.handover_date is None and record.handover_due is not None:
            due = record.handover_due
            state = due_state(due, today, HANDOVER_DUE_SOON_WORKING_DAYS)
            candidates.append(_NextDue(due, HANDOVER_LABEL, state))
        for kind, _seq, due, label in _open_follow_ups(record, done):
            state = due_state(due, today, FOLLOW_UP_DUE_SOON_WORKING_DAYS)
            candidates.append(_NextDue(due, label, state, kind))
        if not candidates:
            return _NextDue()
        return min(candidates, key=lambda c: c.due or date.max)

    def _placement_out(self, s: Session, record: PlacementRecord) -> PlacementOut:
        child = s.get(ChildRecord, record.child_id)
        assert child is not None
        done = self._done_seqs(s, [record.id]).get(record.id, {})
        nd = self._next_due(record, done, child.birth_latest, self._today())
        return _placement_out(record, child.code, child.full_name, nd)

    @staticmethod
    def _follow_up_out(
        placement_id: int,
        kind: FollowUpKind,
        seq: int | None,
        months: int | None,
        due: date | None,
        done: PlacementFollowUpRecord | None,
        today: date,
    ) -> FollowUpOut:
        if done is not None:
            state = DeadlineState.DONE
        elif due is not None:
            state = due_state(due, today, FOLLOW_UP_DUE_SOON_WORKING_DAYS)
        else:
            state = DeadlineState.ON_TIME
        when = f" — sau {months:02d} tháng" if months is not None else " — ngoài lịch"
        return FollowUpOut(
            id=done.id if done is not None else None,
            placement_id=placement_id,
            kind=kind,
            kind_label=kind.label,
            seq=seq,
            months=months,
            label=f"{kind.label}{when}",
            due=due,
            state=state,
            done_on=done.done_on if done is not None else None,
            done_by=done.done_by if done is not None else "",
            findings=done.findings if done is not None else "",
            next_steps=done.next_steps if done is not None else "",
            late=done is not None and due is not None and done.done_on > due,
        )
