"""The deadlines of Nghị định 56/2017 and their states at the boundaries; stage and next action."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from commune_care.domain.cases import (
    CaseSnapshot,
    CaseStage,
    CycleStart,
    DeadlineKind,
    DeadlineRules,
    DeadlineState,
    NextAction,
    PlanClock,
    ReviewOutcome,
    TaskFacts,
    TaskStatus,
    day_state,
    deadlines,
    next_step,
    plan_due,
    progress,
    separation_limit,
    stage_of,
)

INTAKE = datetime(2026, 3, 2, 8, 0)  # Monday 08:00
ON_TIME, SOON, OVERDUE, DONE = (
    DeadlineState.ON_TIME,
    DeadlineState.DUE_SOON,
    DeadlineState.OVERDUE,
    DeadlineState.DONE,
)


def emergency_case(**facts: object) -> CaseSnapshot:
    values: dict[str, object] = {
        "started_at": INTAKE,
        "initial_on": INTAKE.date(),
        "emergency_needed": True,
    }
    values.update(facts)
    return CaseSnapshot(**values)  # type: ignore[arg-type]


def deadline(snapshot: CaseSnapshot, kind: DeadlineKind, now: datetime):  # type: ignore[no-untyped-def]
    found = [d for d in deadlines(snapshot, now) if d.kind is kind]
    assert len(found) == 1, found
    return found[0]


# --- 12 hours for emergency action ---------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (datetime(2026, 3, 2, 15, 59), ON_TIME),
        (datetime(2026, 3, 2, 16, 0), SOON),  # 4 hours left
        (datetime(2026, 3, 2, 19, 59), SOON),  # 11 h 59 after intake
        (datetime(2026, 3, 2, 20, 0), SOON),  # exactly 12 hours: still in time
        (datetime(2026, 3, 2, 20, 1), OVERDUE),  # 12 h 01
    ],
)
def test_emergency_clock(now: datetime, state: DeadlineState) -> None:
    snap = emergency_case()
    limit = deadline(snap, DeadlineKind.EMERGENCY, now)
    assert limit.due == datetime(2026, 3, 2, 20, 0)
    assert limit.state is state
    step = next_step(snap, now)
    assert step is not None and step.action is NextAction.EMERGENCY and step.state is state


def test_emergency_done_at_11h59_is_in_time_and_at_12h01_late() -> None:
    now = datetime(2026, 3, 3, 9, 0)
    in_time = deadline(
        emergency_case(emergency_at=datetime(2026, 3, 2, 19, 59)), DeadlineKind.EMERGENCY, now
    )
    assert (in_time.state, in_time.late) == (DONE, False)
    late = deadline(
        emergency_case(emergency_at=datetime(2026, 3, 2, 20, 1)), DeadlineKind.EMERGENCY, now
    )
    assert (late.state, late.late) == (DONE, True)


def test_no_emergency_clock_when_the_assessment_says_none_is_needed() -> None:
    snap = emergency_case(emergency_needed=False)
    kinds = {d.kind for d in deadlines(snap, datetime(2026, 3, 3))}
    assert DeadlineKind.EMERGENCY not in kinds
    assert DeadlineKind.PLAN in kinds


def test_initial_assessment_is_due_within_the_same_12_hours() -> None:
    snap = CaseSnapshot(started_at=INTAKE)
    step = next_step(snap, datetime(2026, 3, 2, 20, 1))
    assert step is not None
    assert (step.action, step.due, step.state) == (
        NextAction.INITIAL_ASSESSMENT,
        datetime(2026, 3, 2, 20, 0),
        OVERDUE,
    )
    relaxed = next_step(snap, datetime(2026, 3, 9), DeadlineRules(initial_assessment_hours=None))
    assert relaxed is not None and relaxed.due is None and relaxed.state is ON_TIME


# --- 5 working days for the plan, 2 for approval ---------------------------------------------


def test_friday_intake_plan_due_the_next_friday() -> None:
    friday = datetime(2026, 3, 6, 14, 30)
    snap = CaseSnapshot(started_at=friday, initial_on=friday.date(), emergency_needed=False)
    assert plan_due(snap) == date(2026, 3, 13)
    states = {
        date(2026, 3, 11): ON_TIME,  # Wednesday: 2 working days left
        date(2026, 3, 12): SOON,  # Thursday: 1 left
        date(2026, 3, 13): SOON,  # the day itself
        date(2026, 3, 14): OVERDUE,
    }
    for today, state in states.items():
        now = datetime.combine(today, datetime.min.time()).replace(hour=9)
        assert deadline(snap, DeadlineKind.PLAN, now).state is state, today


def test_intake_the_day_before_tet_2026() -> None:
    friday = datetime(2026, 2, 13, 10, 0)  # Tết: Monday 16 – Friday 20 February
    snap = CaseSnapshot(started_at=friday, initial_on=friday.date(), emergency_needed=False)
    assert plan_due(snap) == date(2026, 2, 27)
    assert deadline(snap, DeadlineKind.PLAN, datetime(2026, 2, 20, 9)).state is ON_TIME
    assert deadline(snap, DeadlineKind.PLAN, datetime(2026, 2, 26, 9)).state is SOON
    assert deadline(snap, DeadlineKind.PLAN, datetime(2026, 2, 28, 9)).state is OVERDUE


def test_intake_the_day_before_tet_2027() -> None:
    day_before = datetime(2027, 2, 3, 16, 0)  # "29 Tết" is Thursday 4 February 2027
    snap = CaseSnapshot(started_at=day_before, initial_on=day_before.date(), emergency_needed=False)
    assert plan_due(snap) == date(2027, 2, 17)


def test_plan_counted_from_the_detailed_assessment_by_default() -> None:
    snap = CaseSnapshot(
        started_at=INTAKE,
        initial_on=date(2026, 3, 2),
        emergency_needed=False,
        detail_on=date(2026, 3, 6),
    )
    assert plan_due(snap) == date(2026, 3, 13)
    before = CaseSnapshot(started_at=INTAKE, initial_on=date(2026, 3, 2), emergency_needed=False)
    assert plan_due(before) == date(2026, 3, 9)  # from the intake while not done
    assert plan_due(snap, DeadlineRules(plan_counted_from=PlanClock.CYCLE_START)) == date(
        2026, 3, 9
    )
    from_initial = DeadlineRules(plan_counted_from=PlanClock.INITIAL_ASSESSMENT)
    assert plan_due(snap, from_initial) == date(2026, 3, 9)


def test_plan_done_when_submitted_late_or_not() -> None:
    base = {
        "started_at": INTAKE,
        "initial_on": date(2026, 3, 2),
        "emergency_needed": False,
        "plan_drafted_on": date(2026, 3, 5),
    }
    on_time = CaseSnapshot(**base, plan_submitted_on=date(2026, 3, 9))  # type: ignore[arg-type]
    late = CaseSnapshot(**base, plan_submitted_on=date(2026, 3, 10))  # type: ignore[arg-type]
    now = datetime(2026, 3, 20)
    assert deadline(on_time, DeadlineKind.PLAN, now).late is False
    assert deadline(late, DeadlineKind.PLAN, now).late is True


def test_approval_within_two_working_days_of_submission() -> None:
    snap = CaseSnapshot(
        started_at=INTAKE,
        initial_on=date(2026, 3, 2),
        emergency_needed=False,
        detail_on=date(2026, 3, 3),
        meeting_on=date(2026, 3, 4),
        plan_drafted_on=date(2026, 3, 5),
        plan_submitted_on=date(2026, 3, 5),  # Thursday
    )
    limit = deadline(snap, DeadlineKind.APPROVAL, datetime(2026, 3, 6, 9))
    assert limit.due_on == date(2026, 3, 9)  # Friday, then Monday
    assert limit.state is SOON
    assert deadline(snap, DeadlineKind.APPROVAL, datetime(2026, 3, 10, 9)).state is OVERDUE
    step = next_step(snap, datetime(2026, 3, 6, 9))
    assert step is not None and step.action is NextAction.APPROVE_PLAN


def test_due_soon_across_a_weekend() -> None:
    monday = date(2026, 3, 9)
    assert day_state(monday, date(2026, 3, 6)) is SOON  # Friday: Monday is the next working day
    assert day_state(monday, date(2026, 3, 5)) is ON_TIME
    assert day_state(monday, date(2026, 3, 7)) is SOON  # Saturday


# --- separation ≤ 15 days ---------------------------------------------------------------------


def test_separation_limit_is_15_days_after_the_start() -> None:
    assert separation_limit(date(2026, 3, 2)) == date(2026, 3, 17)


def test_open_ended_separation_must_end_by_the_limit() -> None:
    snap = emergency_case(emergency_at=datetime(2026, 3, 2, 12), separation_start=date(2026, 3, 2))
    assert deadline(snap, DeadlineKind.SEPARATION, datetime(2026, 3, 10)).state is ON_TIME
    assert deadline(snap, DeadlineKind.SEPARATION, datetime(2026, 3, 16)).state is SOON
    assert deadline(snap, DeadlineKind.SEPARATION, datetime(2026, 3, 17, 23)).state is SOON
    assert deadline(snap, DeadlineKind.SEPARATION, datetime(2026, 3, 18)).state is OVERDUE
    state = progress(snap, datetime(2026, 3, 18))
    assert [s.action for s in state.also_due] == [NextAction.END_SEPARATION]
    assert state.overdue


def test_separation_with_an_end_date_within_15_days_is_met() -> None:
    for end, late in ((date(2026, 3, 17), False), (date(2026, 3, 18), True)):
        snap = emergency_case(
            emergency_at=datetime(2026, 3, 2, 12),
            separation_start=date(2026, 3, 2),
            separation_end=end,
        )
        limit = deadline(snap, DeadlineKind.SEPARATION, datetime(2026, 3, 5))
        assert (limit.state, limit.late) == (DONE, late)
        assert progress(snap, datetime(2026, 3, 5)).also_due == ()


# --- stage and next action ----------------------------------------------------------------


def full_cycle(**facts: object) -> CaseSnapshot:
    values: dict[str, object] = {
        "started_at": INTAKE,
        "initial_on": date(2026, 3, 2),
        "emergency_needed": False,
        "detail_on": date(2026, 3, 3),
        "meeting_on": date(2026, 3, 4),
        "plan_drafted_on": date(2026, 3, 5),
        "plan_submitted_on": date(2026, 3, 5),
        "approval_on": date(2026, 3, 6),
        "tasks": (
            TaskFacts(TaskStatus.TODO, date(2026, 3, 20)),
            TaskFacts(TaskStatus.TODO, date(2026, 4, 1)),
        ),
    }
    values.update(facts)
    return CaseSnapshot(**values)  # type: ignore[arg-type]


def test_stages_in_order() -> None:
    now = datetime(2026, 3, 10)
    steps = [
        (CaseSnapshot(started_at=INTAKE), CaseStage.INTAKE, NextAction.INITIAL_ASSESSMENT),
        (emergency_case(), CaseStage.INITIAL_ASSESSMENT, NextAction.EMERGENCY),
        (
            emergency_case(emergency_at=datetime(2026, 3, 2, 10)),
            CaseStage.EMERGENCY,
            NextAction.DETAILED_ASSESSMENT,
        ),
        (
            full_cycle(
                meeting_on=None,
                plan_drafted_on=None,
                plan_submitted_on=None,
                approval_on=None,
                tasks=(),
            ),
            CaseStage.DETAILED_ASSESSMENT,
            NextAction.MEETING,
        ),
        (
            full_cycle(plan_drafted_on=None, plan_submitted_on=None, approval_on=None, tasks=()),
            CaseStage.DETAILED_ASSESSMENT,
            NextAction.DRAFT_PLAN,
        ),
        (
            full_cycle(plan_submitted_on=None, approval_on=None),
            CaseStage.PLANNING,
            NextAction.SUBMIT_PLAN,
        ),
        (full_cycle(approval_on=None), CaseStage.PLANNING, NextAction.APPROVE_PLAN),
        (full_cycle(), CaseStage.APPROVAL, NextAction.IMPLEMENT),
        (full_cycle(log_entries=1), CaseStage.IMPLEMENTATION, NextAction.IMPLEMENT),
        (
            full_cycle(
                tasks=(
                    TaskFacts(TaskStatus.DONE, date(2026, 3, 20)),
                    TaskFacts(TaskStatus.CANCELLED, None),
                )
            ),
            CaseStage.IMPLEMENTATION,
            NextAction.REVIEW,
        ),
        (
            full_cycle(review_on=date(2026, 4, 2), review_outcome=ReviewOutcome.CLOSE),
            CaseStage.REVIEW,
            NextAction.CLOSE,
        ),
    ]
    for snap, stage, action in steps:
        assert stage_of(snap) is stage, snap
        step = next_step(snap, now)
        assert step is not None and step.action is action, snap
    closed = full_cycle(closed_on=date(2026, 4, 3))
    assert stage_of(closed) is CaseStage.CLOSED
    assert next_step(closed, now) is None


def test_implementation_is_due_by_the_first_unfinished_task() -> None:
    step = next_step(full_cycle(), datetime(2026, 3, 10))
    assert step is not None and step.due is not None and step.due.date() == date(2026, 3, 20)


def test_a_new_cycle_after_review_goes_straight_to_the_plan() -> None:
    review_day = datetime(2026, 4, 2)
    snap = CaseSnapshot(started_at=review_day, start=CycleStart.REVIEW)
    assert stage_of(snap) is CaseStage.REVIEW
    step = next_step(snap, review_day)
    assert step is not None and step.action is NextAction.DRAFT_PLAN
    assert step.due is not None and step.due.date() == date(2026, 4, 9)
    assert [d.kind for d in deadlines(snap, review_day)] == [DeadlineKind.PLAN]


def test_a_reopened_case_starts_with_a_new_initial_assessment() -> None:
    reopened = datetime(2026, 5, 4, 10, 0)
    snap = CaseSnapshot(started_at=reopened, start=CycleStart.REOPEN)
    assert stage_of(snap) is CaseStage.INTAKE
    step = next_step(snap, reopened)
    assert step is not None and step.action is NextAction.INITIAL_ASSESSMENT
    assert step.due == datetime(2026, 5, 4, 22, 0)


def test_closed_case_keeps_only_the_deadlines_that_were_met() -> None:
    snap = emergency_case(emergency_at=datetime(2026, 3, 2, 10), closed_on=date(2026, 3, 3))
    found = deadlines(snap, datetime(2026, 3, 30))
    assert [(d.kind, d.state) for d in found] == [(DeadlineKind.EMERGENCY, DONE)]
    assert progress(snap, datetime(2026, 3, 30)).next_due is None
