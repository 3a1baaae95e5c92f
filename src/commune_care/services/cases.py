"""Use cases of case management (Nghị định 56/2017 Điều 25–32): open a case from an intake,
record each step in order, follow the deadlines, list the cases and what is to be done.

Each method is one unit of work. A step recorded out of order, or with dates before the steps it
follows, is refused with a Vietnamese message and nothing is written. Every change goes into the
audit trail; confidential text never does, only the fact that it was written or changed.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from commune_care.db.models import (
    CaseCycleRecord,
    CaseLogEntryRecord,
    CasePlanTaskRecord,
    CaseRecord,
    ChildRecord,
)
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.cases import (
    DEFAULT_RULES,
    CaseProgress,
    CaseSnapshot,
    CaseStage,
    CycleStart,
    DeadlineRules,
    DeadlineState,
    IntakeChannel,
    ReviewOutcome,
    RiskLevel,
    TaskFacts,
    TaskStatus,
    format_abuse_kinds,
    parse_abuse_kinds,
    progress,
)
from commune_care.domain.confidential import CASE_CONTENT
from commune_care.domain.enums import Sex
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseFilter,
    CaseOut,
    CaseSummary,
    ClosureIn,
    CycleOut,
    DeadlineOut,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    LogEntryIn,
    LogEntryOut,
    MeetingIn,
    NextStepOut,
    PlanIn,
    PlanOut,
    PlanSubmissionIn,
    PlanTaskIn,
    PlanTaskOut,
    ReopenIn,
    ReviewIn,
    TaskStatusIn,
    TodoItem,
    order_errors,
    redacted,
)
from commune_care.domain.schemas.children import HistoryEntry
from commune_care.domain.schemas.reports import CaseYearCounts
from commune_care.domain.support import ServiceType
from commune_care.services import audit, confidential

__all__ = ["CasesService", "case_code"]

CODE_PREFIX = "HS"
UNKNOWN_CHILD = "Chưa rõ"
SECRET = "(nội dung mật)"
SECRET_CHANGED = "(nội dung mật, đã thay đổi)"
ENTITY = "case"

M = TypeVar("M", bound=BaseModel)

# DTO field → column of case_cycles, for each one-per-cycle step.
_INITIAL = {
    "assessed_on": "initial_on",
    "assessed_by": "initial_by",
    "level": "initial_level",
    "emergency_needed": "initial_emergency",
    "notes": "initial_notes",
}
_EMERGENCY = {
    "action_at": "emergency_at",
    "action_by": "emergency_by",
    "measures": "emergency_action",
    "safe_place": "safe_place",
    "separation_start": "separation_start",
    "separation_end": "separation_end",
    "decision_no": "separation_decision_no",
    "decision_signer": "separation_signer",
}
_DETAILED = {
    "assessed_on": "detail_on",
    "assessed_by": "detail_by",
    "condition": "detail_condition",
    "family": "detail_family",
    "risk_factors": "detail_risk_factors",
    "learning": "detail_learning",
    "community": "detail_community",
    "needs": "detail_needs",
    "child_views": "detail_child_views",
    "parent_views": "detail_parent_views",
    "caregiver_harmed_child": "caregiver_harmed_child",
}
_MEETING = {
    "held_on": "meeting_on",
    "chaired_by": "meeting_chair",
    "participants": "meeting_participants",
    "conclusions": "meeting_conclusions",
}
_APPROVAL = {
    "decision_no": "approval_decision_no",
    "approved_on": "approval_on",
    "signer": "approval_signer",
}
_REVIEW = {
    "reviewed_on": "review_on",
    "reviewed_by": "review_by",
    "harm_level": "review_harm",
    "abuser_access": "review_abuser_access",
    "environment_obstacles": "review_environment",
    "level": "review_level",
    "notes": "review_notes",
    "outcome": "review_outcome",
}
_CLOSURE = {"closed_on": "closed_on", "reason": "close_reason"}
_INTAKE_COLUMNS = (
    "channel",
    "received_at",
    "received_by",
    "child_id",
    "child_name",
    "child_sex",
    "child_age_estimate",
    "incident_place",
    "child_condition",
    "family_situation",
    "actions_taken",
    "abuse_kinds",
    "informant_name",
    "informant_relationship",
    "informant_phone",
    "informant_address",
)
_TASK_FIELDS = (
    "description",
    "service_type",
    "responsible",
    "provider",
    "start_on",
    "end_on",
    "budget_vnd",
    "status",
)

_ACTIONS = {
    "case_open": "Mở hồ sơ (tiếp nhận thông tin)",
    "case_link_child": "Gắn hồ sơ với trẻ",
    "case_initial": "Đánh giá nguy cơ ban đầu",
    "case_emergency": "Can thiệp khẩn cấp / tạm thời cách ly",
    "case_detailed": "Đánh giá nguy cơ cụ thể",
    "case_meeting": "Họp xác định nhu cầu",
    "case_plan": "Xây dựng kế hoạch",
    "case_submit": "Trình kế hoạch",
    "case_approve": "Phê duyệt kế hoạch",
    "case_log": "Ghi nhật ký thực hiện",
    "case_task": "Cập nhật dịch vụ, công việc",
    "case_review": "Rà soát, đánh giá",
    "case_close": "Đóng hồ sơ",
    "case_reopen": "Mở lại hồ sơ",
}


def case_code(year: int, seq: int) -> str:
    return f"{CODE_PREFIX}{year}-{seq:04d}"


def _plain(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return format_abuse_kinds(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _blank(value: Any) -> bool:
    return value in (None, "", False)


def _changes(
    old: Mapping[str, Any], new: Mapping[str, Any], confidential: frozenset[str]
) -> dict[str, list[Any]]:
    """field → [old, new] for what changed; confidential text only as "(nội dung mật)"."""
    changes: dict[str, list[Any]] = {}
    for key in new:
        before, after = _plain(old.get(key)), _plain(new[key])
        if before == after or (_blank(before) and _blank(after)):
            continue
        if key in confidential:
            had, has = not _blank(before), not _blank(after)
            before = SECRET if had else ""
            after = (SECRET_CHANGED if had else SECRET) if has else ""
        changes[key] = [before, after]
    return changes


def _case_where(flt: CaseFilter, now: datetime) -> list[Any]:
    """The conditions of ``CaseFilter`` (the list and its count)."""
    clauses: list[Any] = []
    if flt.closed is True:
        clauses.append(CaseRecord.closed_on.is_not(None))
    elif flt.closed is False:
        clauses.append(CaseRecord.closed_on.is_(None))
    if flt.level is not None:
        clauses.append(CaseRecord.level == flt.level.value)
    if flt.stage is not None:
        clauses.append(CaseRecord.stage == flt.stage.value)
    if flt.child_id is not None:
        clauses.append(CaseRecord.child_id == flt.child_id)
    if flt.overdue:
        clauses.append(CaseRecord.next_due_at < now)
    return clauses


class CasesService:
    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        rules: DeadlineRules = DEFAULT_RULES,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.rules = rules
        self.clock = clock

    # --- input -----------------------------------------------------------------------------
    @staticmethod
    def validate(model: type[M], values: Mapping[str, Any]) -> M:
        """Build a step DTO from raw form values, or raise InvalidInput (field → message)."""
        try:
            return model.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    # --- opening ---------------------------------------------------------------------------
    def open_intake(self, data: IntakeIn) -> CaseOut:
        """Open a case from the intake report (Mẫu 01). The child may be unknown."""
        require(self.actor, Permission.EDIT_CASES)
        now = self.clock()
        with self.db.session() as s:
            if data.child_id is not None:
                self._child(s, data.child_id)
            year = data.received_at.year
            seq = (
                s.scalar(select(func.max(CaseRecord.seq)).where(CaseRecord.year == year)) or 0
            ) + 1
            record = CaseRecord(
                code=case_code(year, seq),
                year=year,
                seq=seq,
                stage=CaseStage.INTAKE.value,
                cycle=1,
                created_at=now,
                updated_at=now,
                **self._intake_values(data),
            )
            s.add(record)
            s.flush()
            cycle = CaseCycleRecord(
                case_id=record.id,
                number=1,
                started_at=data.received_at,
                start_kind=CycleStart.INTAKE.value,
            )
            s.add(cycle)
            s.flush()
            self._refresh(s, record)
            changes = _changes({}, self._intake_audit(data), IntakeIn.CONFIDENTIAL_FIELDS)
            changes["summary"] = record.code  # type: ignore[assignment]
            audit.record(s, self.user, "case_open", ENTITY, record.id, changes)
            s.flush()
            return self._out(s, record, include_confidential=False)

    def link_child(self, case_id: int, child_id: int) -> CaseOut:
        """Attach the case to a child of the register (one known later, or created now)."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._case(s, case_id)
            child = self._child(s, child_id)
            if record.child_id == child_id:
                return self._out(s, record, include_confidential=False)
            changes = {"child_id": [record.child_id, child_id], "summary": child.code}
            record.child_id = child_id
            record.updated_at = self.clock()
            audit.record(s, self.user, "case_link_child", ENTITY, case_id, changes)
            s.flush()
            return self._out(s, record, include_confidential=False)

    # --- the steps -------------------------------------------------------------------------
    def record_initial_assessment(self, case_id: int, data: InitialAssessmentIn) -> CaseOut:
        """Mẫu 02: the level and whether emergency measures are needed (12 hours)."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if not snap.start.assesses:
                return (
                    "Chu kỳ này bắt đầu từ rà soát, đánh giá: không có đánh giá ban đầu. Hãy "
                    "xây dựng kế hoạch mới."
                )
            if snap.plan_submitted_on:
                return "Kế hoạch đã được trình: không sửa đánh giá ban đầu được nữa."
            return None

        return self._one_step(case_id, data, "case_initial", _INITIAL, check)

    def record_emergency(self, case_id: int, data: EmergencyIn) -> CaseOut:
        """Mẫu 07: emergency intervention and/or temporary separation (recorded again to
        extend or end the separation)."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if snap.start.assesses and snap.initial_on is None:
                return (
                    "Chưa có đánh giá nguy cơ ban đầu (Mẫu 02). Hãy ghi đánh giá ban đầu trước "
                    "khi ghi can thiệp khẩn cấp."
                )
            return None

        return self._one_step(case_id, data, "case_emergency", _EMERGENCY, check)

    def record_detailed_assessment(self, case_id: int, data: DetailedAssessmentIn) -> CaseOut:
        """Mẫu 03: the eight items of Điều 27.1."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if snap.start.assesses and snap.initial_on is None:
                return (
                    "Chưa có đánh giá nguy cơ ban đầu (Mẫu 02). Hãy ghi đánh giá ban đầu trước "
                    "khi đánh giá nguy cơ cụ thể."
                )
            if snap.emergency_needed and snap.emergency_at is None:
                return (
                    "Đánh giá ban đầu kết luận trẻ cần can thiệp khẩn cấp. Hãy ghi việc can "
                    "thiệp khẩn cấp (Mẫu 07) trước."
                )
            if snap.plan_submitted_on:
                return "Kế hoạch đã được trình: không sửa đánh giá nguy cơ cụ thể được nữa."
            return None

        return self._one_step(case_id, data, "case_detailed", _DETAILED, check)

    def record_meeting(self, case_id: int, data: MeetingIn) -> CaseOut:
        """The meeting that decides the measures (Điều 27.2)."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if snap.start.assesses and snap.detail_on is None:
                return (
                    "Chưa có đánh giá nguy cơ cụ thể (Mẫu 03). Hãy ghi đánh giá trước khi ghi "
                    "cuộc họp."
                )
            if snap.plan_submitted_on:
                return "Kế hoạch đã được trình: không sửa biên bản họp được nữa."
            return None

        return self._one_step(case_id, data, "case_meeting", _MEETING, check)

    def save_plan(self, case_id: int, data: PlanIn) -> CaseOut:
        """Mẫu 04: goals and tasks. A task line with an ``id`` edits that task; saved tasks left
        out are removed. Refused once the plan is approved."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record, cycle, snap = self._load(s, case_id)
            if snap.start.assesses and (snap.detail_on is None or snap.meeting_on is None):
                missing = (
                    "đánh giá nguy cơ cụ thể (Mẫu 03)" if snap.detail_on is None else "cuộc họp"
                )
                raise InvalidInput(
                    {
                        "__all__": f"Chưa có {missing}. Kế hoạch được xây dựng sau đánh giá nguy "
                        "cơ cụ thể và cuộc họp xác định nhu cầu hỗ trợ, can thiệp."
                    }
                )
            if snap.approval_on is not None:
                raise InvalidInput(
                    {
                        "__all__": "Kế hoạch đã được phê duyệt, không sửa được. Để điều chỉnh, "
                        "hãy rà soát, đánh giá (Mẫu 06) và xây dựng kế hoạch mới."
                    }
                )
            self._check_order(data, snap)
            existing = {t.id: t for t in cycle.tasks}
            unknown = [t.id for t in data.tasks if t.id is not None and t.id not in existing]
            if unknown:
                raise InvalidInput(
                    {
                        "tasks": "Một dịch vụ, công việc không còn trong kế hoạch này. Hãy mở lại "
                        "kế hoạch rồi sửa."
                    }
                )
            old = {
                "goals": cycle.plan_goals,
                "drafted_on": cycle.plan_drafted_on,
                "drafted_by": cycle.plan_by,
            }
            cycle.plan_goals, cycle.plan_drafted_on, cycle.plan_by = (
                data.goals,
                data.drafted_on,
                data.drafted_by,
            )
            cycle.plan_saved_at = self.clock()
            kept: set[int] = set()
            for position, task in enumerate(data.tasks, start=1):
                values = self._task_values(task)
                if task.id is not None:
                    row = existing[task.id]
                    if row.status != values["status"]:
                        row.status_on = data.drafted_on
                    for key, value in values.items():
                        setattr(row, key, value)
                    row.position = position
                    kept.add(task.id)
                else:
                    s.add(CasePlanTaskRecord(cycle_id=cycle.id, position=position, **values))
            for task_id, row in existing.items():
                if task_id not in kept:
                    s.delete(row)
            s.flush()
            s.expire(cycle, ["tasks"])
            new = {
                "goals": data.goals,
                "drafted_on": data.drafted_on,
                "drafted_by": data.drafted_by,
            }
            changes = _changes(old, new, frozenset())
            changes["tasks"] = [len(existing), len(data.tasks)]
            return self._finish(s, record, "case_plan", changes)

    def submit_plan(self, case_id: int, data: PlanSubmissionIn) -> CaseOut:
        """The plan goes to the Chủ tịch UBND xã: the 2 working days of approval start."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if snap.plan_drafted_on is None:
                return "Chưa có kế hoạch (Mẫu 04). Hãy xây dựng kế hoạch trước khi trình."
            if snap.approval_on is not None:
                return "Kế hoạch đã được phê duyệt, không cần trình lại."
            return None

        return self._one_step(
            case_id, data, "case_submit", {"submitted_on": "plan_submitted_on"}, check
        )

    def approve_plan(self, case_id: int, data: ApprovalIn) -> CaseOut:
        """Mẫu 05: the decision that approves the plan."""
        require(self.actor, Permission.APPROVE)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            if snap.plan_drafted_on is None:
                return (
                    "Chưa có kế hoạch hỗ trợ, can thiệp (Mẫu 04) để phê duyệt. Hãy xây dựng và "
                    "trình kế hoạch trước."
                )
            if snap.plan_submitted_on is None:
                return "Kế hoạch chưa được trình Chủ tịch UBND xã. Hãy ghi ngày trình trước."
            if snap.review_on is not None:
                return (
                    "Kế hoạch đã được rà soát, đánh giá: không sửa quyết định phê duyệt được nữa."
                )
            return None

        return self._one_step(case_id, data, "case_approve", _APPROVAL, check)

    def add_log(self, case_id: int, data: LogEntryIn) -> CaseOut:
        """A line of the implementation log (after the plan is approved)."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record, cycle, snap = self._load(s, case_id)
            if snap.approval_on is None:
                raise InvalidInput(
                    {
                        "__all__": "Kế hoạch chưa được phê duyệt. Nhật ký thực hiện được ghi sau "
                        "khi có quyết định phê duyệt (Mẫu 05)."
                    }
                )
            self._check_order(data, snap)
            s.add(
                CaseLogEntryRecord(
                    case_id=case_id,
                    cycle=cycle.number,
                    logged_on=data.logged_on,
                    logged_by=data.logged_by,
                    text=data.text,
                    created_at=self.clock(),
                )
            )
            s.flush()
            # The log's text is not copied into the audit trail: only that a line was added.
            changes = {
                "logged_on": [None, data.logged_on.isoformat()],
                "logged_by": [None, data.logged_by],
            }
            return self._finish(s, record, "case_log", changes)

    def update_task_status(self, task_id: int, data: TaskStatusIn) -> CaseOut:
        """Mark a task of the approved plan as started, done or cancelled."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            task = s.get(CasePlanTaskRecord, task_id)
            if task is None:
                raise NotFound(
                    "Không tìm thấy dịch vụ, công việc này; có thể kế hoạch đã được sửa."
                )
            cycle = task.cycle
            record, current, snap = self._load(s, cycle.case_id)
            if current.id != cycle.id:
                raise InvalidInput(
                    {
                        "__all__": "Dịch vụ, công việc này thuộc kế hoạch của chu kỳ trước, không "
                        "cập nhật được nữa."
                    }
                )
            if snap.approval_on is None:
                raise InvalidInput(
                    {
                        "__all__": "Kế hoạch chưa được phê duyệt. Hãy ghi quyết định phê duyệt "
                        "(Mẫu 05) trước khi cập nhật việc thực hiện."
                    }
                )
            if snap.review_on is not None:
                raise InvalidInput(
                    {"__all__": "Kế hoạch đã được rà soát, đánh giá: không cập nhật được nữa."}
                )
            self._check_order(data, snap)
            changes: dict[str, Any] = {
                "task_id": task.id,
                "status": [task.status, data.status.value],
                "summary": task.description,
            }
            task.status, task.status_on = data.status.value, data.changed_on
            s.flush()
            return self._finish(s, record, "case_task", changes)

    def review(self, case_id: int, data: ReviewIn) -> CaseOut:
        """Mẫu 06. Outcome "tiếp tục": a new cycle starts at once, from the plan."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record, cycle, snap = self._load(s, case_id)
            if snap.approval_on is None:
                raise InvalidInput(
                    {
                        "__all__": "Chưa có kế hoạch được phê duyệt để rà soát, đánh giá. Hãy ghi "
                        "quyết định phê duyệt (Mẫu 05) trước."
                    }
                )
            if snap.review_on is not None:
                raise InvalidInput({"__all__": "Kế hoạch này đã được rà soát, đánh giá."})
            self._check_order(data, snap)
            changes = self._apply(cycle, data, _REVIEW)
            if data.outcome is ReviewOutcome.NEW_CYCLE:
                self._new_cycle(
                    s,
                    record,
                    datetime.combine(data.reviewed_on, datetime.min.time()),
                    CycleStart.REVIEW,
                    "",
                )
            return self._finish(s, record, "case_review", changes)

    def close(self, case_id: int, data: ClosureIn) -> CaseOut:
        """Close the case. A reason is needed when plan tasks are unfinished, or when no review
        concluded that the plan can end."""
        require(self.actor, Permission.EDIT_CASES)

        def check(snap: CaseSnapshot, cycle: CaseCycleRecord) -> str | None:
            return None

        return self._one_step(case_id, data, "case_close", _CLOSURE, check)

    def reopen(self, case_id: int, data: ReopenIn) -> CaseOut:
        """Reopen a closed case: a new cycle that starts with a new initial assessment."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._case(s, case_id)
            cycle = self._current_cycle(record)
            if record.closed_on is None:
                raise InvalidInput({"__all__": "Hồ sơ đang mở, không cần mở lại."})
            self._check_order(data, self._snapshot(s, cycle))
            self._new_cycle(s, record, data.reopened_at, CycleStart.REOPEN, data.reason)
            changes = {"reopened_at": [None, data.reopened_at.isoformat()], "summary": data.reason}
            return self._finish(s, record, "case_reopen", changes)

    # --- reading ---------------------------------------------------------------------------
    def get(
        self, case_id: int, include_confidential: bool = False, now: datetime | None = None
    ) -> CaseOut:
        """The whole case. Confidential fields only when asked for (an explicit action, by a
        role that may see them: else AccessDenied)."""
        require(self.actor, Permission.VIEW_CASES)
        if include_confidential:
            require(self.actor, Permission.VIEW_CONFIDENTIAL)
        with self.db.session() as s:
            return self._out(s, self._case(s, case_id), include_confidential, now)

    def get_by_code(self, code: str, include_confidential: bool = False) -> CaseOut:
        require(self.actor, Permission.VIEW_CASES)
        if include_confidential:
            require(self.actor, Permission.VIEW_CONFIDENTIAL)
        with self.db.session() as s:
            record = s.scalar(select(CaseRecord).where(CaseRecord.code == code.strip().upper()))
            if record is None:
                raise NotFound(f"Không tìm thấy hồ sơ «{code.strip()}».")
            return self._out(s, record, include_confidential)

    def reveal(self, case_id: int, reason: str, now: datetime | None = None) -> CaseOut:
        """The case with its confidential fields, shown on request for ``reason`` (required),
        which goes into the audit trail with who asked and when (Nghị định 56 Điều 24)."""
        require(self.actor, Permission.VIEW_CASES)
        with self.db.session() as s:
            record = self._case(s, case_id)
            confidential.record_reveal(s, self.actor, ENTITY, case_id, CASE_CONTENT, reason)
            return self._out(s, record, True, now)

    def list(
        self, flt: CaseFilter | None = None, now: datetime | None = None
    ) -> builtins.list[CaseSummary]:
        """Cases for the list, soonest deadline first (cases with nothing due last)."""
        require(self.actor, Permission.VIEW_CASES)
        flt = flt or CaseFilter()
        now = now or self.clock()
        stmt = select(CaseRecord).where(*_case_where(flt, now))
        stmt = stmt.order_by(
            CaseRecord.next_due_at.is_(None), CaseRecord.next_due_at, CaseRecord.received_at
        )
        with self.db.session() as s:
            rows = s.scalars(stmt).all()
            names = self._child_names(s, rows)
            return [self._summary(s, r, names, now) for r in rows]

    def count(self, flt: CaseFilter | None = None, now: datetime | None = None) -> int:
        """How many cases ``list`` would give (the home page's tiles)."""
        now = now or self.clock()
        with self.db.session() as s:
            total = s.scalar(
                select(func.count())
                .select_from(CaseRecord)
                .where(*_case_where(flt or CaseFilter(), now))
            )
        return int(total or 0)

    def for_child(self, child_id: int, now: datetime | None = None) -> builtins.list[CaseSummary]:
        """A child's cases, open and closed, newest first."""
        require(self.actor, Permission.VIEW_CASES)
        rows = self.list(CaseFilter(closed=None, child_id=child_id), now)
        return sorted(rows, key=lambda r: r.opened_at, reverse=True)

    def todo(self, now: datetime | None = None) -> builtins.list[TodoItem]:
        """ "Việc cần làm": the next action of every open case (and each running separation),
        soonest first; things with no due time come last."""
        require(self.actor, Permission.VIEW_CASES)
        now = now or self.clock()
        items: builtins.list[TodoItem] = []
        with self.db.session() as s:
            rows = s.scalars(select(CaseRecord).where(CaseRecord.closed_on.is_(None))).all()
            names = self._child_names(s, rows)
            for row in rows:
                state = self._progress(s, row, now)
                for step in (state.next_step, *state.also_due):
                    if step is None:
                        continue
                    items.append(
                        TodoItem(
                            case_id=row.id,
                            case_code=row.code,
                            child_name=names[row.id],
                            action=step.action,
                            label=step.label,
                            due=step.due,
                            all_day=step.all_day,
                            state=step.state,
                        )
                    )
        return sorted(items, key=lambda i: (i.due is None, i.due or now, i.case_code))

    def history(self, case_id: int) -> builtins.list[HistoryEntry]:
        require(self.actor, Permission.VIEW_CASES)
        with self.db.session() as s:
            self._case(s, case_id)
            entries = audit.history(s, ENTITY, case_id)
        return [e.model_copy(update={"action": _ACTIONS.get(e.action, e.action)}) for e in entries]

    def year_counts(self, start: date, end: date, now: datetime | None = None) -> CaseYearCounts:
        """The cases of a period for the year's report (``CaseYearCounts``). Deadlines are
        judged at the period's end, or ``now`` if that comes first: a deadline due in the
        period counts as missed when it was met after its due time or was not met by then."""
        require(self.actor, Permission.VIEW_STATISTICS)
        now = now or self.clock()
        first = datetime.combine(start, time.min)
        last = datetime.combine(end, time.max)
        cutoff = min(now, last)
        c = CaseRecord
        received = c.received_at.between(first, last)
        with self.db.session() as s:
            levels = dict(
                s.execute(select(c.level, func.count()).where(received).group_by(c.level)).all()
            )
            closed = s.scalar(select(func.count()).where(c.closed_on.between(start, end)))
            active = s.scalars(
                select(c)
                .where(c.received_at <= last, or_(c.closed_on.is_(None), c.closed_on >= start))
                .options(selectinload(c.cycles).selectinload(CaseCycleRecord.tasks))
            ).all()
            open_at_end = missed = overdue = 0
            for record in active:
                is_open = record.closed_on is None or record.closed_on > end
                open_at_end += is_open
                cycles = [cy for cy in record.cycles if cy.started_at <= cutoff]
                was_missed = was_overdue = False
                for cycle in cycles:
                    current = cycle is cycles[-1]
                    state = progress(self._snapshot(s, cycle), cutoff, self.rules)
                    for d in state.deadlines:
                        not_met = d.done_at is None or d.done_at > cutoff
                        passed = d.due <= cutoff and not_met and current
                        if start <= d.due.date() <= end and (d.late or passed):
                            was_missed = True
                        if is_open and passed:
                            was_overdue = True
                    # What is still to do (the 12 hours of the initial assessment are here).
                    for step in (state.next_step, *state.also_due) if current else ():
                        if step is not None and step.state is DeadlineState.OVERDUE:
                            was_overdue = was_overdue or is_open
                            if step.due is not None and start <= step.due.date() <= end:
                                was_missed = True
                missed += was_missed
                overdue += was_overdue and is_open
        by_level = {RiskLevel(k): int(n) for k, n in levels.items() if k}
        return CaseYearCounts(
            period_start=start,
            period_end=end,
            opened=sum(int(n) for n in levels.values()),
            opened_high=by_level.get(RiskLevel.HIGH, 0),
            opened_medium=by_level.get(RiskLevel.MEDIUM, 0),
            opened_low=by_level.get(RiskLevel.LOW, 0),
            opened_unassessed=int(levels.get("", 0)),
            closed=int(closed or 0),
            open_at_end=open_at_end,
            missed_deadline=missed,
            overdue_at_end=overdue,
        )

    # --- helpers: loading ------------------------------------------------------------------
    @staticmethod
    def _case(s: Session, case_id: int) -> CaseRecord:
        record = s.get(CaseRecord, case_id)
        if record is None:
            raise NotFound(f"Không tìm thấy hồ sơ hỗ trợ, can thiệp số {case_id}.")
        return record

    @staticmethod
    def _child(s: Session, child_id: int) -> ChildRecord:
        child = s.get(ChildRecord, child_id)
        if child is None:
            raise InvalidInput({"child_id": "Không tìm thấy trẻ đã chọn trong danh sách."})
        return child

    @staticmethod
    def _current_cycle(record: CaseRecord) -> CaseCycleRecord:
        return record.cycles[-1]

    def _load(self, s: Session, case_id: int) -> tuple[CaseRecord, CaseCycleRecord, CaseSnapshot]:
        """The case, its current cycle and snapshot; refused when the case is closed."""
        record = self._case(s, case_id)
        if record.closed_on is not None:
            raise InvalidInput(
                {"__all__": f"Hồ sơ {record.code} đã đóng. Hãy mở lại hồ sơ trước khi ghi thêm."}
            )
        cycle = self._current_cycle(record)
        return record, cycle, self._snapshot(s, cycle)

    @staticmethod
    def _snapshot(s: Session, cycle: CaseCycleRecord) -> CaseSnapshot:
        logs = s.scalar(
            select(func.count()).where(
                CaseLogEntryRecord.case_id == cycle.case_id,
                CaseLogEntryRecord.cycle == cycle.number,
            )
        )
        return CaseSnapshot(
            started_at=cycle.started_at,
            start=CycleStart(cycle.start_kind),
            initial_on=cycle.initial_on,
            emergency_needed=cycle.initial_emergency,
            emergency_at=cycle.emergency_at,
            separation_start=cycle.separation_start,
            separation_end=cycle.separation_end,
            detail_on=cycle.detail_on,
            meeting_on=cycle.meeting_on,
            plan_drafted_on=cycle.plan_drafted_on,
            plan_submitted_on=cycle.plan_submitted_on,
            approval_on=cycle.approval_on,
            tasks=tuple(TaskFacts(TaskStatus(t.status), t.end_on) for t in cycle.tasks),
            log_entries=logs or 0,
            review_on=cycle.review_on,
            review_outcome=ReviewOutcome(cycle.review_outcome) if cycle.review_outcome else None,
            closed_on=cycle.closed_on,
        )

    def _progress(self, s: Session, record: CaseRecord, now: datetime) -> CaseProgress:
        return progress(self._snapshot(s, self._current_cycle(record)), now, self.rules)

    # --- helpers: writing ------------------------------------------------------------------
    def _check_order(self, data: BaseModel, snap: CaseSnapshot) -> None:
        if errors := order_errors(data, snap):
            raise InvalidInput(errors)

    def _one_step(
        self,
        case_id: int,
        data: BaseModel,
        action: str,
        columns: Mapping[str, str],
        check: Callable[[CaseSnapshot, CaseCycleRecord], str | None],
    ) -> CaseOut:
        with self.db.session() as s:
            record, cycle, snap = self._load(s, case_id)
            if message := check(snap, cycle):
                raise InvalidInput({"__all__": message})
            self._check_order(data, snap)
            changes = self._apply(cycle, data, columns)
            if isinstance(data, ClosureIn):
                record.closed_on = data.closed_on
            return self._finish(s, record, action, changes)

    @staticmethod
    def _apply(
        cycle: CaseCycleRecord, data: BaseModel, columns: Mapping[str, str]
    ) -> dict[str, builtins.list[Any]]:
        """Write a step's fields into the cycle's columns; the audit changes (no secrets)."""
        old = {field: getattr(cycle, column) for field, column in columns.items()}
        new: dict[str, Any] = {}
        for field, column in columns.items():
            value = getattr(data, field)
            stored = value.value if isinstance(value, RiskLevel | ReviewOutcome) else value
            if stored is None and column in _NOT_NULL_TEXT:
                stored = ""
            setattr(cycle, column, stored)
            new[field] = stored
        confidential: frozenset[str] = getattr(type(data), "CONFIDENTIAL_FIELDS", frozenset())
        return _changes(old, new, confidential)

    def _finish(
        self, s: Session, record: CaseRecord, action: str, changes: Mapping[str, Any]
    ) -> CaseOut:
        s.flush()
        self._refresh(s, record)
        record.updated_at = self.clock()
        changes = dict(changes)
        changes.setdefault("summary", ", ".join(sorted(changes)))
        audit.record(s, self.user, action, ENTITY, record.id, changes)
        s.flush()
        return self._out(s, record, include_confidential=False)

    def _refresh(self, s: Session, record: CaseRecord) -> None:
        """Recompute what the lists read: stage, level, cycle, next action and its due time.
        None of it depends on the clock, only on what is recorded."""
        s.expire(record, ["cycles"])
        cycle = self._current_cycle(record)
        s.refresh(cycle)
        # "now" only affects states, not the due times stored here.
        state = progress(self._snapshot(s, cycle), cycle.started_at, self.rules)
        record.stage = state.stage.value
        record.cycle = cycle.number
        record.level = self._level(record)
        record.next_action = state.next_step.action.value if state.next_step else ""
        record.next_due_at = state.next_due

    @staticmethod
    def _level(record: CaseRecord) -> str:
        level = ""
        for cycle in record.cycles:
            level = cycle.initial_level or level
            level = cycle.review_level or level
        return level

    def _new_cycle(
        self, s: Session, record: CaseRecord, started_at: datetime, kind: CycleStart, reason: str
    ) -> None:
        number = self._current_cycle(record).number + 1
        s.add(
            CaseCycleRecord(
                case_id=record.id,
                number=number,
                started_at=started_at,
                start_kind=kind.value,
                start_reason=reason,
            )
        )
        record.closed_on = None
        s.flush()

    @staticmethod
    def _intake_values(data: IntakeIn) -> dict[str, Any]:
        return {
            "child_id": data.child_id,
            "child_name": data.child_name,
            "child_sex": data.child_sex.value,
            "child_age_estimate": data.child_age_estimate,
            "intake_channel": data.channel.value,
            "received_at": data.received_at,
            "received_by": data.received_by,
            "informant_name": data.informant_name,
            "informant_phone": data.informant_phone,
            "informant_relationship": data.informant_relationship,
            "informant_address": data.informant_address,
            "incident_place": data.incident_place,
            "child_condition": data.child_condition,
            "family_situation": data.family_situation,
            "actions_taken": data.actions_taken,
            "abuse_kinds": format_abuse_kinds(data.abuse_kinds),
        }

    @staticmethod
    def _intake_audit(data: IntakeIn) -> dict[str, Any]:
        return {name: getattr(data, name) for name in _INTAKE_COLUMNS}

    @staticmethod
    def _task_values(task: PlanTaskIn) -> dict[str, Any]:
        return {
            "description": task.description,
            "service_type": task.service_type.value if task.service_type else "",
            "responsible": task.responsible,
            "provider": task.provider,
            "start_on": task.start_on,
            "end_on": task.end_on,
            "budget_vnd": task.budget_vnd,
            "status": task.status.value,
        }

    # --- helpers: output -------------------------------------------------------------------
    @staticmethod
    def _child_names(s: Session, rows: Sequence[CaseRecord]) -> dict[int, str]:
        ids = {r.child_id for r in rows if r.child_id is not None}
        found: dict[int, str] = {}
        if ids:
            query = select(ChildRecord.id, ChildRecord.full_name).where(ChildRecord.id.in_(ids))
            found = {child_id: name for child_id, name in s.execute(query)}
        return {
            r.id: found.get(r.child_id, "")
            if r.child_id is not None
            else (r.child_name or UNKNOWN_CHILD)
            for r in rows
        }

    @staticmethod
    def _child_code(s: Session, record: CaseRecord) -> str | None:
        if record.child_id is None:
            return None
        return s.scalar(select(ChildRecord.code).where(ChildRecord.id == record.child_id))

    def _summary(
        self, s: Session, record: CaseRecord, names: Mapping[int, str], now: datetime
    ) -> CaseSummary:
        state = self._progress(s, record, now)
        step = state.next_step
        return CaseSummary(
            id=record.id,
            code=record.code,
            child_id=record.child_id,
            child_code=self._child_code(s, record),
            child_name=names[record.id],
            opened_at=record.received_at,
            channel=IntakeChannel(record.intake_channel),
            level=RiskLevel(record.level) if record.level else None,
            stage=CaseStage(record.stage),
            cycle=record.cycle,
            next_action=step.action if step else None,
            next_action_label=step.label if step else "",
            next_due=state.next_due,
            next_due_all_day=self._all_day(state),
            next_state=self._next_state(state),
            overdue=state.overdue,
            closed_on=record.closed_on,
        )

    @staticmethod
    def _all_day(state: CaseProgress) -> bool:
        due = state.next_due
        steps = [x for x in (state.next_step, *state.also_due) if x is not None and x.due == due]
        return steps[0].all_day if steps else True

    @staticmethod
    def _next_state(state: CaseProgress) -> DeadlineState | None:
        due = state.next_due
        steps = [x for x in (state.next_step, *state.also_due) if x is not None]
        if not steps:
            return None
        if due is not None:
            steps = [x for x in steps if x.due == due] or steps
        return steps[0].state

    def _out(
        self,
        s: Session,
        record: CaseRecord,
        include_confidential: bool,
        now: datetime | None = None,
    ) -> CaseOut:
        now = now or self.clock()

        def show(model: Any) -> Any:
            return model if include_confidential else redacted(model)

        s.expire(record, ["cycles"])
        state = self._progress(s, record, now)
        intake = IntakeIn.model_construct(
            channel=IntakeChannel(record.intake_channel),
            received_at=record.received_at,
            received_by=record.received_by,
            child_id=record.child_id,
            child_name=record.child_name,
            child_sex=Sex(record.child_sex),
            child_age_estimate=record.child_age_estimate,
            incident_place=record.incident_place,
            child_condition=record.child_condition,
            family_situation=record.family_situation,
            actions_taken=record.actions_taken,
            abuse_kinds=parse_abuse_kinds(record.abuse_kinds),
            informant_name=record.informant_name,
            informant_relationship=record.informant_relationship,
            informant_phone=record.informant_phone,
            informant_address=record.informant_address,
        )
        logs = s.scalars(
            select(CaseLogEntryRecord)
            .where(CaseLogEntryRecord.case_id == record.id)
            .order_by(CaseLogEntryRecord.logged_on, CaseLogEntryRecord.id)
        )
        return CaseOut(
            id=record.id,
            code=record.code,
            child_id=record.child_id,
            child_code=self._child_code(s, record),
            child_name=self._child_names(s, [record])[record.id],
            intake=show(intake),
            stage=CaseStage(record.stage),
            level=RiskLevel(record.level) if record.level else None,
            cycle=record.cycle,
            opened_at=record.received_at,
            closed_on=record.closed_on,
            cycles=tuple(self._cycle_out(c, show) for c in record.cycles),
            log=tuple(
                LogEntryOut.model_construct(
                    id=e.id,
                    cycle=e.cycle,
                    logged_on=e.logged_on,
                    logged_by=e.logged_by,
                    text=e.text,
                    created_at=e.created_at,
                )
                for e in logs
            ),
            deadlines=tuple(
                DeadlineOut(
                    kind=d.kind,
                    label=d.label,
                    due=d.due,
                    all_day=d.all_day,
                    state=d.state,
                    done_at=d.done_at,
                    late=d.late,
                )
                for d in state.deadlines
            ),
            next_step=self._step_out(state.next_step),
            also_due=tuple(o for o in (self._step_out(x) for x in state.also_due) if o),
            overdue=state.overdue,
            confidential_included=include_confidential,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )

    @staticmethod
    def _step_out(step: Any) -> NextStepOut | None:
        if step is None:
            return None
        return NextStepOut(
            action=step.action,
            label=step.label,
            due=step.due,
            all_day=step.all_day,
            state=step.state,
        )

    @staticmethod
    def _cycle_out(c: CaseCycleRecord, show: Callable[[Any], Any]) -> CycleOut:
        def step(model: type[M], columns: Mapping[str, str]) -> M:
            values = {f: getattr(c, col) for f, col in columns.items()}
            for f, kind in _STORED_ENUMS.items():
                if f in values:
                    values[f] = kind(values[f]) if values[f] else None
            return model.model_construct(**values)

        plan = None
        if c.plan_drafted_on is not None and c.plan_saved_at is not None:
            tasks = tuple(
                PlanTaskOut.model_construct(
                    id=t.id,
                    status_on=t.status_on,
                    **{f: getattr(t, f) for f in _TASK_FIELDS},
                ).model_copy(
                    update={
                        "service_type": ServiceType(t.service_type) if t.service_type else None,
                        "status": TaskStatus(t.status),
                    }
                )
                for t in c.tasks
            )
            plan = PlanOut(
                drafted_on=c.plan_drafted_on,
                drafted_by=c.plan_by,
                goals=c.plan_goals,
                saved_at=c.plan_saved_at,
                submitted_on=c.plan_submitted_on,
                tasks=tasks,
            )
        return CycleOut(
            number=c.number,
            start=CycleStart(c.start_kind),
            started_at=c.started_at,
            start_reason=c.start_reason,
            initial=show(step(InitialAssessmentIn, _INITIAL)) if c.initial_on else None,
            emergency=show(step(EmergencyIn, _EMERGENCY)) if c.emergency_at else None,
            detailed=show(step(DetailedAssessmentIn, _DETAILED)) if c.detail_on else None,
            meeting=show(step(MeetingIn, _MEETING)) if c.meeting_on else None,
            plan=plan,
            approval=step(ApprovalIn, _APPROVAL) if c.approval_on else None,
            review=show(step(ReviewIn, _REVIEW)) if c.review_on else None,
            closure=step(ClosureIn, _CLOSURE) if c.closed_on else None,
        )


# Text columns that are NOT NULL: a blank optional field is stored as "".
_NOT_NULL_TEXT = frozenset(
    {"review_harm", "review_abuser_access", "review_environment", "close_reason"}
)
# Step fields stored as their enum's code ("" for none).
_STORED_ENUMS: dict[str, Callable[[str], Any]] = {
    "level": RiskLevel,
    "harm_level": RiskLevel,
    "abuser_access": RiskLevel,
    "environment_obstacles": RiskLevel,
    "outcome": ReviewOutcome,
}
