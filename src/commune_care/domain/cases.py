"""Case management of Nghị định 56/2017 Điều 25–32: the closed lists and the pure rules.

A case goes through the steps of the decree in order — intake (Mẫu 01), initial assessment
(Mẫu 02), emergency intervention or temporary separation when needed (Mẫu 07), detailed
assessment (Mẫu 03) and the case meeting, the plan (Mẫu 04), its approval (Mẫu 05), its
implementation and the review (Mẫu 06) — in *cycles*: a review that finds the child still at risk
starts a new plan (Điều 30.1.c), and a closed case may be reopened.

Everything here is a function of a ``CaseSnapshot`` and ``now``: the stage, each deadline and its
state, the next action. Nothing reads a clock or a database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from commune_care.domain.working_days import add_working_days, working_days_between

# --------------------------------------------------------------------------- closed lists


class IntakeChannel(StrEnum):
    """How the information came in (Mẫu 01: "Thông qua (điện thoại/gặp trực tiếp/người khác
    báo)"), plus the national hotline 111 (Điều 22, 25.1)."""

    PHONE = "dien_thoai"
    IN_PERSON = "gap_truc_tiep"
    VIA_OTHER = "nguoi_khac_bao"
    HOTLINE_111 = "tong_dai_111"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    IntakeChannel.PHONE: "Điện thoại",
    IntakeChannel.IN_PERSON: "Gặp trực tiếp",
    IntakeChannel.VIA_OTHER: "Người khác báo",
    IntakeChannel.HOTLINE_111: "Tổng đài 111",
}


class RiskLevel(StrEnum):
    """Mức độ (Cao, Trung bình, Thấp) — the scale of Mẫu 02 and Mẫu 06."""

    HIGH = "cao"
    MEDIUM = "trung_binh"
    LOW = "thap"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def rank(self) -> int:
        """3 for Cao … 1 for Thấp: sorts the most serious first."""
        return {RiskLevel.HIGH: 3, RiskLevel.MEDIUM: 2, RiskLevel.LOW: 1}[self]


_LEVEL_LABELS = {RiskLevel.HIGH: "Cao", RiskLevel.MEDIUM: "Trung bình", RiskLevel.LOW: "Thấp"}


class AbuseKind(StrEnum):
    """What the child suffered or is at risk of (Luật Trẻ em Điều 4, 6). Confidential."""

    VIOLENCE = "bao_luc"
    SEXUAL_ABUSE = "xam_hai_tinh_duc"
    EXPLOITATION = "boc_lot"
    ABANDONMENT = "bo_roi"
    NEGLECT = "sao_nhang"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _ABUSE_LABELS[self]


_ABUSE_LABELS = {
    AbuseKind.VIOLENCE: "Bạo lực",
    AbuseKind.SEXUAL_ABUSE: "Xâm hại tình dục",
    AbuseKind.EXPLOITATION: "Bóc lột",
    AbuseKind.ABANDONMENT: "Bỏ rơi",
    AbuseKind.NEGLECT: "Sao nhãng",
    AbuseKind.OTHER: "Khác",
}


def parse_abuse_kinds(text: str) -> frozenset[AbuseKind]:
    """The stored, comma-separated codes; unknown codes are ignored."""
    codes = {part.strip() for part in text.split(",")}
    return frozenset(k for k in AbuseKind if k.value in codes)


def format_abuse_kinds(kinds: Iterable[AbuseKind]) -> str:
    order = list(AbuseKind)
    return ",".join(k.value for k in sorted(set(kinds), key=order.index))


class CaseStage(StrEnum):
    """The furthest step recorded in the case's current cycle, in the decree's order.

    "Tiếp nhận" = the intake (or a reopening) is recorded; "Phê duyệt" = the plan is approved and
    nothing of it is done yet; "Thực hiện" = a task has moved or the log has an entry; "Đánh giá
    lại" = the review is recorded (a new cycle stays here until its plan is drafted). What to do
    next is ``NextAction``.
    """

    INTAKE = "tiep_nhan"
    INITIAL_ASSESSMENT = "danh_gia_ban_dau"
    EMERGENCY = "can_thiep_khan_cap"
    DETAILED_ASSESSMENT = "danh_gia_chi_tiet"
    PLANNING = "lap_ke_hoach"
    APPROVAL = "phe_duyet"
    IMPLEMENTATION = "thuc_hien"
    REVIEW = "danh_gia_lai"
    CLOSED = "da_dong"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def order(self) -> int:
        return list(CaseStage).index(self)


_STAGE_LABELS = {
    CaseStage.INTAKE: "Tiếp nhận thông tin",
    CaseStage.INITIAL_ASSESSMENT: "Đánh giá nguy cơ ban đầu",
    CaseStage.EMERGENCY: "Can thiệp khẩn cấp",
    CaseStage.DETAILED_ASSESSMENT: "Đánh giá nguy cơ cụ thể và họp",
    CaseStage.PLANNING: "Xây dựng kế hoạch hỗ trợ, can thiệp",
    CaseStage.APPROVAL: "Phê duyệt kế hoạch",
    CaseStage.IMPLEMENTATION: "Thực hiện kế hoạch",
    CaseStage.REVIEW: "Rà soát, đánh giá lại",
    CaseStage.CLOSED: "Đã đóng hồ sơ",
}


class CycleStart(StrEnum):
    """How a cycle began: the intake, a review that goes on (Điều 30.1.c), or a reopening."""

    INTAKE = "tiep_nhan"
    REVIEW = "danh_gia_lai"
    REOPEN = "mo_lai"

    @property
    def label(self) -> str:
        return {
            CycleStart.INTAKE: "Tiếp nhận thông tin",
            CycleStart.REVIEW: "Tiếp tục sau rà soát",
            CycleStart.REOPEN: "Mở lại hồ sơ",
        }[self]

    @property
    def assesses(self) -> bool:
        """An intake or a reopening goes through the assessments again; a review's new cycle
        goes straight to the new plan (the assessments may still be recorded)."""
        return self is not CycleStart.REVIEW


class TaskStatus(StrEnum):
    TODO = "chua_lam"
    IN_PROGRESS = "dang_lam"
    DONE = "da_xong"
    CANCELLED = "huy"

    @property
    def label(self) -> str:
        return {
            TaskStatus.TODO: "Chưa làm",
            TaskStatus.IN_PROGRESS: "Đang làm",
            TaskStatus.DONE: "Đã xong",
            TaskStatus.CANCELLED: "Hủy",
        }[self]

    @property
    def finished(self) -> bool:
        return self in {TaskStatus.DONE, TaskStatus.CANCELLED}


class ReviewOutcome(StrEnum):
    """The two ends of a review (Điều 30.1 b–c)."""

    CLOSE = "ket_thuc"
    NEW_CYCLE = "tiep_tuc"

    @property
    def label(self) -> str:
        return {
            ReviewOutcome.CLOSE: "Kết thúc kế hoạch hỗ trợ, can thiệp",
            ReviewOutcome.NEW_CYCLE: "Tiếp tục xây dựng, phê duyệt kế hoạch mới",
        }[self]


class DeadlineState(StrEnum):
    ON_TIME = "dung_han"
    DUE_SOON = "sap_den_han"
    OVERDUE = "qua_han"
    DONE = "da_xong"

    @property
    def label(self) -> str:
        return {
            DeadlineState.ON_TIME: "Đúng hạn",
            DeadlineState.DUE_SOON: "Sắp đến hạn",
            DeadlineState.OVERDUE: "Quá hạn",
            DeadlineState.DONE: "Đã xong",
        }[self]


class DeadlineKind(StrEnum):
    """The time limits the decree sets."""

    EMERGENCY = "can_thiep_khan_cap"  # Điều 26.3, 31.2, 32.2: 12 hours from the information
    SEPARATION = "cach_ly"  # Điều 32.3: at most 15 days
    PLAN = "ke_hoach"  # Điều 28.1: 5 working days
    APPROVAL = "phe_duyet"  # Điều 28.4: 2 working days

    @property
    def label(self) -> str:
        return {
            DeadlineKind.EMERGENCY: "Can thiệp khẩn cấp trong 12 giờ",
            DeadlineKind.SEPARATION: "Tạm thời cách ly tối đa 15 ngày",
            DeadlineKind.PLAN: "Xây dựng kế hoạch trong 5 ngày làm việc",
            DeadlineKind.APPROVAL: "Phê duyệt kế hoạch trong 2 ngày làm việc",
        }[self]


class NextAction(StrEnum):
    INITIAL_ASSESSMENT = "danh_gia_ban_dau"
    EMERGENCY = "can_thiep_khan_cap"
    END_SEPARATION = "ket_thuc_cach_ly"
    DETAILED_ASSESSMENT = "danh_gia_chi_tiet"
    MEETING = "hop_xac_dinh_nhu_cau"
    DRAFT_PLAN = "lap_ke_hoach"
    SUBMIT_PLAN = "trinh_ke_hoach"
    APPROVE_PLAN = "phe_duyet_ke_hoach"
    IMPLEMENT = "thuc_hien_ke_hoach"
    REVIEW = "ra_soat_danh_gia"
    CLOSE = "dong_ho_so"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    NextAction.INITIAL_ASSESSMENT: "Đánh giá nguy cơ ban đầu (Mẫu 02)",
    NextAction.EMERGENCY: "Can thiệp khẩn cấp / tạm thời cách ly (Mẫu 07)",
    NextAction.END_SEPARATION: "Kết thúc hoặc gia hạn tạm thời cách ly",
    NextAction.DETAILED_ASSESSMENT: "Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03)",
    NextAction.MEETING: "Họp xác định nhu cầu hỗ trợ, can thiệp",
    NextAction.DRAFT_PLAN: "Xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu 04)",
    NextAction.SUBMIT_PLAN: "Trình Chủ tịch UBND xã phê duyệt kế hoạch",
    NextAction.APPROVE_PLAN: "Quyết định phê duyệt kế hoạch (Mẫu 05)",
    NextAction.IMPLEMENT: "Thực hiện kế hoạch",
    NextAction.REVIEW: "Rà soát, đánh giá sau can thiệp (Mẫu 06)",
    NextAction.CLOSE: "Đóng hồ sơ",
}

# --------------------------------------------------------------------------- rules


class PlanClock(StrEnum):
    """From which day the 5 working days of Điều 28.1 are counted (the decree does not say)."""

    CYCLE_START = "bat_dau_chu_ky"  # the intake (or the review / reopening of a later cycle)
    INITIAL_ASSESSMENT = "danh_gia_ban_dau"  # … or the cycle's start while not yet done
    DETAILED_ASSESSMENT = "danh_gia_chi_tiet"  # … or the cycle's start while not yet done


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    """The time limits, configurable where the decree leaves room (DECISIONS.md, issue #3)."""

    emergency_hours: int = 12
    # The initial assessment decides whether the 12 hours apply, so it is due within them too.
    initial_assessment_hours: int | None = 12
    separation_max_days: int = 15
    plan_working_days: int = 5
    plan_counted_from: PlanClock = PlanClock.DETAILED_ASSESSMENT
    approval_working_days: int = 2
    due_soon_working_days: int = 1
    due_soon_hours: int = 4


DEFAULT_RULES = DeadlineRules()
END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True, slots=True)
class TaskFacts:
    status: TaskStatus
    end_on: date | None = None


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """What the rules need to know of a case's current cycle."""

    started_at: datetime  # the intake's received_at, or when the cycle began
    start: CycleStart = CycleStart.INTAKE
    initial_on: date | None = None
    emergency_needed: bool | None = None
    emergency_at: datetime | None = None
    separation_start: date | None = None
    separation_end: date | None = None
    detail_on: date | None = None
    meeting_on: date | None = None
    plan_drafted_on: date | None = None
    plan_submitted_on: date | None = None
    approval_on: date | None = None
    tasks: tuple[TaskFacts, ...] = ()
    log_entries: int = 0
    review_on: date | None = None
    review_outcome: ReviewOutcome | None = None
    closed_on: date | None = None

    @property
    def closed(self) -> bool:
        return self.closed_on is not None

    @property
    def unfinished_tasks(self) -> tuple[TaskFacts, ...]:
        return tuple(t for t in self.tasks if not t.status.finished)


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due: datetime  # an all-day deadline is due at the end of its day
    all_day: bool
    state: DeadlineState
    done_at: datetime | None = None
    late: bool = False  # done, but after the due time

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def due_on(self) -> date:
        return self.due.date()


@dataclass(frozen=True, slots=True)
class NextStep:
    action: NextAction
    due: datetime | None
    all_day: bool
    state: DeadlineState

    @property
    def label(self) -> str:
        return self.action.label


@dataclass(frozen=True, slots=True)
class CaseProgress:
    stage: CaseStage
    deadlines: tuple[Deadline, ...]
    next_step: NextStep | None
    # Open, time-limited things besides the next step (a separation running): the to-do list.
    also_due: tuple[NextStep, ...] = field(default=())

    @property
    def next_due(self) -> datetime | None:
        """The earliest due time of what is still to do: the list's sort key."""
        dues = [s.due for s in (self.next_step, *self.also_due) if s is not None and s.due]
        return min(dues) if dues else None

    @property
    def overdue(self) -> bool:
        steps = (self.next_step, *self.also_due)
        return any(s is not None and s.state is DeadlineState.OVERDUE for s in steps)


def end_of_day(d: date) -> datetime:
    return datetime.combine(d, END_OF_DAY)


def timed_state(
    due: datetime, now: datetime, rules: DeadlineRules = DEFAULT_RULES
) -> DeadlineState:
    """A deadline to the minute: overdue after ``due``, due soon within ``due_soon_hours``."""
    if now > due:
        return DeadlineState.OVERDUE
    if now >= due - timedelta(hours=rules.due_soon_hours):
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


def day_state(due: date, today: date, rules: DeadlineRules = DEFAULT_RULES) -> DeadlineState:
    """A deadline to the day: overdue from the day after; due soon when at most
    ``due_soon_working_days`` working days are left (the due day itself included)."""
    if today > due:
        return DeadlineState.OVERDUE
    if working_days_between(today, due) <= rules.due_soon_working_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


def emergency_due(snapshot: CaseSnapshot, rules: DeadlineRules = DEFAULT_RULES) -> datetime:
    return snapshot.started_at + timedelta(hours=rules.emergency_hours)


def plan_clock_start(snapshot: CaseSnapshot, rules: DeadlineRules = DEFAULT_RULES) -> date:
    start = snapshot.started_at.date()
    if rules.plan_counted_from is PlanClock.DETAILED_ASSESSMENT and snapshot.detail_on:
        return snapshot.detail_on
    if rules.plan_counted_from is PlanClock.INITIAL_ASSESSMENT and snapshot.initial_on:
        return snapshot.initial_on
    return start


def plan_due(snapshot: CaseSnapshot, rules: DeadlineRules = DEFAULT_RULES) -> date:
    return add_working_days(plan_clock_start(snapshot, rules), rules.plan_working_days)


def approval_due(submitted_on: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    return add_working_days(submitted_on, rules.approval_working_days)


def separation_limit(start: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    """The last day a temporary separation may last (Điều 32.3; the first day is not counted,
    Bộ luật Dân sự Điều 147)."""
    return start + timedelta(days=rules.separation_max_days)


def stage_of(snapshot: CaseSnapshot) -> CaseStage:
    """The furthest step recorded in the current cycle."""
    s = snapshot
    if s.closed:
        return CaseStage.CLOSED
    if s.review_on:
        return CaseStage.REVIEW
    if s.approval_on:
        started = s.log_entries > 0 or any(t.status is not TaskStatus.TODO for t in s.tasks)
        return CaseStage.IMPLEMENTATION if started else CaseStage.APPROVAL
    if s.plan_drafted_on:
        return CaseStage.PLANNING
    if s.detail_on or s.meeting_on:
        return CaseStage.DETAILED_ASSESSMENT
    if s.emergency_at:
        return CaseStage.EMERGENCY
    if s.initial_on:
        return CaseStage.INITIAL_ASSESSMENT
    return CaseStage.REVIEW if s.start is CycleStart.REVIEW else CaseStage.INTAKE


def deadlines(
    snapshot: CaseSnapshot, now: datetime, rules: DeadlineRules = DEFAULT_RULES
) -> tuple[Deadline, ...]:
    """Each time limit of the current cycle that applies, with its state at ``now``.

    For a closed case only the limits that were met are listed; the others no longer apply.
    """
    s, today = snapshot, now.date()
    found: list[Deadline] = []

    def add(kind: DeadlineKind, due: datetime, all_day: bool, done_at: datetime | None) -> None:
        if done_at is not None:
            found.append(Deadline(kind, due, all_day, DeadlineState.DONE, done_at, done_at > due))
        elif not s.closed:
            state = day_state(due.date(), today, rules) if all_day else timed_state(due, now, rules)
            found.append(Deadline(kind, due, all_day, state))

    if s.emergency_needed:
        add(DeadlineKind.EMERGENCY, emergency_due(s, rules), False, s.emergency_at)
    if s.separation_start is not None:
        # Met once the decision fixes an end within the limit (a later decision may extend it,
        # never beyond); open-ended, it must be ended or extended by the limit.
        limit = end_of_day(separation_limit(s.separation_start, rules))
        ended = end_of_day(s.separation_end) if s.separation_end else None
        add(DeadlineKind.SEPARATION, limit, True, ended)
    # The plan's clock runs once the initial assessment is recorded (a review's new cycle: at
    # once); a case closed after the initial assessment never needed it.
    if s.initial_on is not None or not s.start.assesses:
        submitted = end_of_day(s.plan_submitted_on) if s.plan_submitted_on else None
        add(DeadlineKind.PLAN, end_of_day(plan_due(s, rules)), True, submitted)
    if s.plan_submitted_on:
        approved = end_of_day(s.approval_on) if s.approval_on else None
        add(
            DeadlineKind.APPROVAL,
            end_of_day(approval_due(s.plan_submitted_on, rules)),
            True,
            approved,
        )
    return tuple(found)


def _step(
    action: NextAction, due: datetime | None, all_day: bool, now: datetime, rules: DeadlineRules
) -> NextStep:
    if due is None:
        return NextStep(action, None, all_day, DeadlineState.ON_TIME)
    state = day_state(due.date(), now.date(), rules) if all_day else timed_state(due, now, rules)
    return NextStep(action, due, all_day, state)


def next_step(
    snapshot: CaseSnapshot, now: datetime, rules: DeadlineRules = DEFAULT_RULES
) -> NextStep | None:
    """What the officer has to do next on this case, and by when (None once closed)."""
    s = snapshot
    if s.closed:
        return None
    plan_by = end_of_day(plan_due(s, rules))
    if s.start.assesses:
        if s.initial_on is None:
            hours = rules.initial_assessment_hours
            due = s.started_at + timedelta(hours=hours) if hours is not None else None
            return _step(NextAction.INITIAL_ASSESSMENT, due, False, now, rules)
        if s.emergency_needed and s.emergency_at is None:
            return _step(NextAction.EMERGENCY, emergency_due(s, rules), False, now, rules)
        if s.review_on is None and s.approval_on is None:
            if s.detail_on is None:
                return _step(NextAction.DETAILED_ASSESSMENT, plan_by, True, now, rules)
            if s.meeting_on is None:
                return _step(NextAction.MEETING, plan_by, True, now, rules)
    if s.plan_submitted_on is None:
        action = NextAction.SUBMIT_PLAN if s.plan_drafted_on else NextAction.DRAFT_PLAN
        return _step(action, plan_by, True, now, rules)
    if s.approval_on is None:
        due = end_of_day(approval_due(s.plan_submitted_on, rules))
        return _step(NextAction.APPROVE_PLAN, due, True, now, rules)
    if s.review_on is None:
        unfinished = s.unfinished_tasks
        if unfinished:
            ends = [t.end_on for t in unfinished if t.end_on]
            due = end_of_day(min(ends)) if ends else None
            return _step(NextAction.IMPLEMENT, due, True, now, rules)
        ends = [t.end_on for t in s.tasks if t.end_on]
        return _step(NextAction.REVIEW, end_of_day(max(ends)) if ends else None, True, now, rules)
    return _step(NextAction.CLOSE, None, True, now, rules)


def progress(
    snapshot: CaseSnapshot, now: datetime, rules: DeadlineRules = DEFAULT_RULES
) -> CaseProgress:
    """Stage, deadlines and next action of a case at ``now``."""
    limits = deadlines(snapshot, now, rules)
    step = next_step(snapshot, now, rules)
    also: list[NextStep] = []
    for limit in limits:
        if limit.kind is DeadlineKind.SEPARATION and limit.state is not DeadlineState.DONE:
            also.append(NextStep(NextAction.END_SEPARATION, limit.due, True, limit.state))
    return CaseProgress(stage_of(snapshot), limits, step, tuple(also))
