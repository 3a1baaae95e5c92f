"""Case management on a real database: a case from intake to closure and reopening, the child
linked later, confidentiality in lists and the audit trail, steps refused out of order with
nothing written, the to-do list in order of due time."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from commune_care.db.models import AuditRecord, CaseCycleRecord, CaseRecord
from commune_care.db.session import Database
from commune_care.domain.cases import (
    AbuseKind,
    CaseStage,
    CycleStart,
    DeadlineKind,
    DeadlineState,
    IntakeChannel,
    NextAction,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
)
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseFilter,
    ClosureIn,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    LogEntryIn,
    MeetingIn,
    PlanIn,
    PlanSubmissionIn,
    PlanTaskIn,
    ReopenIn,
    ReviewIn,
    TaskStatusIn,
)
from commune_care.domain.support import ServiceType
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService

OFFICER = "Trần Thị Hạnh"
CHAIR = "Nguyễn Văn Bình"
SECRETS = (
    "Bà Nguyễn Thị Tư",
    "0912345678",
    "vết bầm tím ở lưng",
    "chợ Đồng Xuân",
    "nhà bà ngoại ở thôn Tây",
    "cha thường say rượu",
    "cháu muốn ở với bà",
)


@pytest.fixture
def cases(db: Database) -> CasesService:
    return CasesService(db, user="test")


def intake(at: datetime = datetime(2026, 3, 2, 8, 0), **values: Any) -> IntakeIn:
    data: dict[str, Any] = {
        "channel": IntakeChannel.PHONE,
        "received_at": at,
        "received_by": OFFICER,
        "child_sex": Sex.UNKNOWN,
        "child_age_estimate": 8,
        "child_condition": "Trẻ có vết bầm tím ở lưng",
        "incident_place": "chợ Đồng Xuân",
        "informant_name": "Bà Nguyễn Thị Tư",
        "informant_phone": "0912345678",
        "informant_relationship": "Hàng xóm",
        "abuse_kinds": [AbuseKind.VIOLENCE],
    }
    data.update(values)
    return IntakeIn(**data)


def initial(on: date = date(2026, 3, 2), emergency: bool = True) -> InitialAssessmentIn:
    return InitialAssessmentIn(
        assessed_on=on,
        assessed_by=OFFICER,
        level=RiskLevel.HIGH,
        emergency_needed=emergency,
        notes="Nguy cơ cao: cha thường say rượu",
    )


def emergency() -> EmergencyIn:
    return EmergencyIn(
        action_at=datetime(2026, 3, 2, 15, 0),
        action_by=OFFICER,
        measures="Đưa trẻ đến nhà bà ngoại ở thôn Tây",
        safe_place="nhà bà ngoại ở thôn Tây",
        separation_start=date(2026, 3, 2),
        separation_end=date(2026, 3, 12),
        decision_no="01/QĐ-UBND",
        decision_signer=CHAIR,
    )


def detailed(on: date = date(2026, 3, 4)) -> DetailedAssessmentIn:
    return DetailedAssessmentIn(
        assessed_on=on,
        assessed_by=OFFICER,
        condition="Còn vết bầm tím ở lưng",
        family="Cha thường say rượu",
        child_views="Cháu muốn ở với bà",
        parent_views="Mẹ đồng ý",
        needs="Khám sức khỏe, tư vấn tâm lý",
    )


def meeting(on: date = date(2026, 3, 5)) -> MeetingIn:
    return MeetingIn(
        held_on=on,
        chaired_by=CHAIR,
        participants="Công an xã, Trạm y tế, trưởng thôn",
        conclusions="Khám sức khỏe và tư vấn tâm lý cho cháu",
    )


def plan(drafted_on: date = date(2026, 3, 6), tasks: list[PlanTaskIn] | None = None) -> PlanIn:
    return PlanIn(
        drafted_on=drafted_on,
        drafted_by=OFFICER,
        goals="Bảo đảm an toàn, phục hồi sức khỏe và tâm lý cho trẻ",
        tasks=tasks
        or [
            PlanTaskIn(
                description="Khám sức khỏe",
                service_type=ServiceType.HEALTH,
                responsible="Trạm y tế xã",
                end_on=date(2026, 3, 20),
                budget_vnd=200_000,
            ),
            PlanTaskIn(
                description="Tư vấn tâm lý",
                service_type=ServiceType.COUNSELLING,
                responsible=OFFICER,
                provider="Trung tâm CTXH tỉnh",
                start_on=date(2026, 3, 12),
                end_on=date(2026, 4, 1),
                budget_vnd=1_500_000,
            ),
        ],
    )


def approval(on: date = date(2026, 3, 10)) -> ApprovalIn:
    return ApprovalIn(decision_no="05/QĐ-UBND", approved_on=on, signer=CHAIR)


def walk_to_approval(cases: CasesService, **intake_values: Any) -> int:
    case_id = cases.open_intake(intake(**intake_values)).id
    cases.record_initial_assessment(case_id, initial())
    cases.record_emergency(case_id, emergency())
    cases.record_detailed_assessment(case_id, detailed())
    cases.record_meeting(case_id, meeting())
    cases.save_plan(case_id, plan())
    cases.submit_plan(case_id, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
    cases.approve_plan(case_id, approval())
    return case_id


def audit_rows(db: Database, case_id: int) -> list[AuditRecord]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditRecord).where(
                    AuditRecord.entity == "case", AuditRecord.entity_id == case_id
                )
            )
        )


def refused(call: Callable[[], object]) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        call()
    return info.value.errors


def snapshot_of(db: Database, case_id: int) -> tuple[Any, ...]:
    """Everything stored about a case, to show that a refused step wrote nothing."""
    with db.session() as s:
        case = s.get(CaseRecord, case_id)
        assert case is not None
        cycles = s.scalars(select(CaseCycleRecord).where(CaseCycleRecord.case_id == case_id)).all()
        audits = s.scalar(select(func.count()).select_from(AuditRecord))
        return (
            {k: v for k, v in vars(case).items() if not k.startswith("_")},
            [{k: v for k, v in vars(c).items() if not k.startswith("_")} for c in cycles],
            audits,
        )


# --- the whole way ---------------------------------------------------------------------------


def test_a_case_from_intake_to_closure_and_reopening(cases: CasesService) -> None:
    opened = cases.open_intake(intake())
    assert opened.code == "HS2026-0001"
    assert (opened.stage, opened.child_name, opened.child_id) == (CaseStage.INTAKE, "Chưa rõ", None)
    assert opened.next_step is not None
    assert opened.next_step.action is NextAction.INITIAL_ASSESSMENT
    assert opened.next_step.due == datetime(2026, 3, 2, 20, 0)
    case_id = opened.id

    after = cases.record_initial_assessment(case_id, initial())
    assert (after.stage, after.level) == (CaseStage.INITIAL_ASSESSMENT, RiskLevel.HIGH)
    assert after.next_step is not None and after.next_step.action is NextAction.EMERGENCY

    after = cases.record_emergency(case_id, emergency())
    assert after.stage is CaseStage.EMERGENCY
    limits = {d.kind: d for d in after.deadlines}
    assert limits[DeadlineKind.EMERGENCY].state is DeadlineState.DONE
    assert not limits[DeadlineKind.EMERGENCY].late

    assert (
        cases.record_detailed_assessment(case_id, detailed()).stage is CaseStage.DETAILED_ASSESSMENT
    )
    after = cases.record_meeting(case_id, meeting())
    assert after.next_step is not None and after.next_step.action is NextAction.DRAFT_PLAN
    # Counted from the detailed assessment (Wednesday 04/03): 5 working days → 11/03.
    assert after.next_step.due is not None and after.next_step.due.date() == date(2026, 3, 11)

    after = cases.save_plan(case_id, plan())
    assert after.stage is CaseStage.PLANNING
    assert after.current.plan is not None and after.current.plan.total_budget == 1_700_000
    after = cases.submit_plan(case_id, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
    assert after.next_step is not None and after.next_step.action is NextAction.APPROVE_PLAN
    assert after.next_step.due is not None and after.next_step.due.date() == date(2026, 3, 11)

    after = cases.approve_plan(case_id, approval())
    assert after.stage is CaseStage.APPROVAL
    assert after.current.approval is not None
    assert after.current.approval.decision_no == "05/QĐ-UBND"

    after = cases.add_log(
        case_id,
        LogEntryIn(
            logged_on=date(2026, 3, 12), logged_by=OFFICER, text="Đưa cháu đi khám tại trạm y tế"
        ),
    )
    assert after.stage is CaseStage.IMPLEMENTATION
    assert [e.text for e in after.log] == ["Đưa cháu đi khám tại trạm y tế"]
    assert after.current.plan is not None
    for task in after.current.plan.tasks:
        assert task.id is not None
        after = cases.update_task_status(
            task.id, TaskStatusIn(status=TaskStatus.DONE, changed_on=date(2026, 3, 30))
        )
    assert after.next_step is not None and after.next_step.action is NextAction.REVIEW

    after = cases.review(
        case_id,
        ReviewIn(
            reviewed_on=date(2026, 4, 2),
            reviewed_by=OFFICER,
            harm_level=RiskLevel.LOW,
            abuser_access=RiskLevel.LOW,
            environment_obstacles=RiskLevel.MEDIUM,
            level=RiskLevel.LOW,
            notes="Cháu đã ổn định",
            outcome=ReviewOutcome.CLOSE,
        ),
    )
    assert (after.stage, after.level) == (CaseStage.REVIEW, RiskLevel.LOW)
    assert after.next_step is not None and after.next_step.action is NextAction.CLOSE

    closed = cases.close(case_id, ClosureIn(closed_on=date(2026, 4, 3)))
    assert (closed.stage, closed.closed_on, closed.next_step) == (
        CaseStage.CLOSED,
        date(2026, 4, 3),
        None,
    )
    assert [c.id for c in cases.list(CaseFilter(closed=True))] == [case_id]
    assert cases.list() == []
    with pytest.raises(InvalidInput):
        cases.add_log(case_id, LogEntryIn(logged_on=date(2026, 4, 4), text="Thăm nhà"))

    reopened = cases.reopen(
        case_id,
        ReopenIn(reopened_at=datetime(2026, 5, 4, 10, 0), reason="Tin báo mới từ nhà trường"),
    )
    assert (reopened.stage, reopened.cycle, reopened.closed_on) == (CaseStage.INTAKE, 2, None)
    assert reopened.current.start is CycleStart.REOPEN
    assert reopened.current.start_reason == "Tin báo mới từ nhà trường"
    assert reopened.next_step is not None
    assert reopened.next_step.action is NextAction.INITIAL_ASSESSMENT
    assert reopened.next_step.due == datetime(2026, 5, 4, 22, 0)
    # The first cycle is kept whole.
    first = reopened.cycles[0]
    assert first.closure is not None and first.review is not None and first.plan is not None
    assert reopened.level is RiskLevel.LOW
    assert [c.id for c in cases.list()] == [case_id]

    labels = [h.action for h in cases.history(case_id)]
    assert labels[0] == "Mở lại hồ sơ" and labels[-1] == "Mở hồ sơ (tiếp nhận thông tin)"
    assert "Phê duyệt kế hoạch" in labels


def test_review_that_goes_on_starts_a_new_cycle_from_the_plan(cases: CasesService) -> None:
    case_id = walk_to_approval(cases)
    after = cases.review(
        case_id,
        ReviewIn(
            reviewed_on=date(2026, 4, 2),
            reviewed_by=OFFICER,
            level=RiskLevel.MEDIUM,
            outcome=ReviewOutcome.NEW_CYCLE,
        ),
    )
    assert (after.cycle, after.stage, after.level) == (2, CaseStage.REVIEW, RiskLevel.MEDIUM)
    assert after.next_step is not None and after.next_step.action is NextAction.DRAFT_PLAN
    assert after.next_step.due is not None and after.next_step.due.date() == date(2026, 4, 9)
    # No new assessments are required for the new plan.
    new_plan = cases.save_plan(case_id, plan(drafted_on=date(2026, 4, 6)))
    assert new_plan.stage is CaseStage.PLANNING
    assert new_plan.cycles[0].plan is not None and new_plan.current.plan is not None


def test_codes_are_numbered_per_year(cases: CasesService) -> None:
    assert cases.open_intake(intake()).code == "HS2026-0001"
    assert cases.open_intake(intake(datetime(2026, 5, 1, 9))).code == "HS2026-0002"
    assert cases.open_intake(intake(datetime(2025, 12, 30, 9))).code == "HS2025-0001"
    assert cases.get_by_code("hs2026-0002").code == "HS2026-0002"


# --- the child ------------------------------------------------------------------------------


def test_unknown_child_linked_later(cases: CasesService, children: ChildrenService) -> None:
    case = cases.open_intake(intake(child_name=""))
    assert cases.list()[0].child_name == "Chưa rõ"
    assert cases.list()[0].child_code is None
    child = children.create(
        children.validate({"full_name": "Lò Thị Na", "birth": PartialDate(2018)})
    )
    linked = cases.link_child(case.id, child.id)
    assert (linked.child_id, linked.child_name, linked.child_code) == (
        child.id,
        "Lò Thị Na",
        child.code,
    )
    assert [c.id for c in cases.for_child(child.id)] == [case.id]
    assert cases.list(CaseFilter(child_id=child.id))[0].child_name == "Lò Thị Na"
    assert next(h.action for h in cases.history(case.id)) == "Gắn hồ sơ với trẻ"


def test_intake_names_the_child_it_knows(cases: CasesService, children: ChildrenService) -> None:
    child = children.create(
        children.validate({"full_name": "Hà Văn Tú", "birth": PartialDate(2016)})
    )
    case = cases.open_intake(intake(child_id=child.id))
    assert (case.child_name, case.child_code) == ("Hà Văn Tú", child.code)
    named = cases.open_intake(intake(child_name="Bé Bống"))
    assert named.child_name == "Bé Bống"


def test_linking_an_unknown_child_is_refused(cases: CasesService) -> None:
    case = cases.open_intake(intake())
    assert "child_id" in refused(lambda: cases.link_child(case.id, 999))
    with pytest.raises(InvalidInput):
        cases.open_intake(intake(child_id=999))
    with pytest.raises(NotFound):
        cases.get(12345)


# --- confidentiality ------------------------------------------------------------------------


def test_confidential_fields_hidden_unless_asked(cases: CasesService) -> None:
    case_id = walk_to_approval(cases)
    hidden = cases.get(case_id)
    assert not hidden.confidential_included
    assert hidden.intake.child_condition == "" and hidden.intake.informant_name == ""
    assert hidden.intake.abuse_kinds == frozenset()
    cycle = hidden.current
    assert cycle.initial is not None and cycle.initial.notes == ""
    assert cycle.initial.level is RiskLevel.HIGH  # not confidential: the lists show it
    assert cycle.emergency is not None and cycle.emergency.safe_place == ""
    assert cycle.detailed is not None and cycle.detailed.child_views == ""
    assert cycle.meeting is not None and cycle.meeting.conclusions == ""
    dumped = hidden.model_dump_json()
    for secret in SECRETS:
        assert secret not in dumped, secret

    shown = cases.get(case_id, include_confidential=True)
    assert shown.confidential_included
    assert shown.intake.informant_name == "Bà Nguyễn Thị Tư"
    assert shown.intake.abuse_kinds == {AbuseKind.VIOLENCE}
    assert shown.current.detailed is not None
    assert shown.current.detailed.child_views == "Cháu muốn ở với bà"
    assert shown.current.emergency is not None
    assert shown.current.emergency.safe_place == "nhà bà ngoại ở thôn Tây"


def test_confidential_text_is_never_in_lists_or_the_audit_trail(
    cases: CasesService, db: Database
) -> None:
    case_id = walk_to_approval(cases)
    cases.record_emergency(case_id, emergency().model_copy(update={"safe_place": "chùa Hương"}))
    for row in cases.list():
        text = row.model_dump_json()
        for secret in (*SECRETS, "chùa Hương"):
            assert secret not in text
    todo_text = json.dumps([t.model_dump(mode="json") for t in cases.todo()], ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in todo_text
    trail = " ".join(row.changes for row in audit_rows(db, case_id))
    for secret in (*SECRETS, "chùa Hương"):
        assert secret not in trail, secret
    # …but the fact that confidential text was written or changed is there.
    opening = json.loads(audit_rows(db, case_id)[0].changes)
    assert opening["informant_name"] == ["", "(nội dung mật)"]
    assert opening["abuse_kinds"] == ["", "(nội dung mật)"]
    changed = [
        json.loads(r.changes) for r in audit_rows(db, case_id) if r.action == "case_emergency"
    ]
    assert changed[-1]["safe_place"] == ["(nội dung mật)", "(nội dung mật, đã thay đổi)"]


# --- out of order and bad dates: refused, nothing written ----------------------------------


def test_approval_before_a_plan_exists_is_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    cases.record_initial_assessment(case_id, initial(emergency=False))
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.approve_plan(case_id, approval()))
    assert "chưa có kế hoạch" in errors["__all__"].lower()
    assert snapshot_of(db, case_id) == before


def test_steps_out_of_order_are_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    before = snapshot_of(db, case_id)
    messages = [
        refused(lambda: cases.record_emergency(case_id, emergency()))["__all__"],
        refused(lambda: cases.record_detailed_assessment(case_id, detailed()))["__all__"],
        refused(lambda: cases.record_meeting(case_id, meeting()))["__all__"],
        refused(lambda: cases.save_plan(case_id, plan()))["__all__"],
        refused(
            lambda: cases.submit_plan(case_id, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
        )["__all__"],
        refused(lambda: cases.add_log(case_id, LogEntryIn(logged_on=date(2026, 3, 3), text="x")))[
            "__all__"
        ],
        refused(
            lambda: cases.review(
                case_id,
                ReviewIn(
                    reviewed_on=date(2026, 3, 3),
                    reviewed_by=OFFICER,
                    level=RiskLevel.LOW,
                    outcome=ReviewOutcome.CLOSE,
                ),
            )
        )["__all__"],
        refused(
            lambda: cases.reopen(case_id, ReopenIn(reopened_at=datetime(2026, 3, 3), reason="x"))
        )["__all__"],
    ]
    assert all(m and m[0].isupper() and m.endswith(".") for m in messages), messages
    assert "đánh giá nguy cơ ban đầu" in messages[0].lower()
    assert snapshot_of(db, case_id) == before
    # The emergency must come first when the initial assessment asks for it.
    cases.record_initial_assessment(case_id, initial(emergency=True))
    errors = refused(lambda: cases.record_detailed_assessment(case_id, detailed()))
    assert "can thiệp khẩn cấp" in errors["__all__"]


def test_plan_dated_before_intake_is_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    cases.record_initial_assessment(case_id, initial(emergency=False))
    cases.record_detailed_assessment(case_id, detailed())
    cases.record_meeting(case_id, meeting())
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.save_plan(case_id, plan(drafted_on=date(2026, 3, 1))))
    assert "ngày tiếp nhận thông tin" in errors["drafted_on"]
    assert snapshot_of(db, case_id) == before


def test_approval_dated_before_submission_is_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    cases.record_initial_assessment(case_id, initial(emergency=False))
    cases.record_detailed_assessment(case_id, detailed())
    cases.record_meeting(case_id, meeting())
    cases.save_plan(case_id, plan())
    cases.submit_plan(case_id, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.approve_plan(case_id, approval(date(2026, 3, 6))))
    assert "ngày trình kế hoạch" in errors["approved_on"]
    assert snapshot_of(db, case_id) == before


def test_assessment_dated_before_intake_is_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.record_initial_assessment(case_id, initial(date(2026, 3, 1))))
    assert "ngày tiếp nhận thông tin" in errors["assessed_on"]
    assert snapshot_of(db, case_id) == before


def test_closing_with_unfinished_tasks_needs_a_reason(cases: CasesService, db: Database) -> None:
    case_id = walk_to_approval(cases)
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.close(case_id, ClosureIn(closed_on=date(2026, 3, 20))))
    assert "chưa xong" in errors["reason"]
    assert snapshot_of(db, case_id) == before
    closed = cases.close(
        case_id, ClosureIn(closed_on=date(2026, 3, 20), reason="Gia đình chuyển đi")
    )
    assert closed.stage is CaseStage.CLOSED
    assert closed.current.closure is not None
    assert closed.current.closure.reason == "Gia đình chuyển đi"


def test_closing_before_opening_is_refused(cases: CasesService, db: Database) -> None:
    case_id = cases.open_intake(intake()).id
    before = snapshot_of(db, case_id)
    errors = refused(
        lambda: cases.close(case_id, ClosureIn(closed_on=date(2026, 3, 1), reason="x"))
    )
    assert "ngày mở hồ sơ" in errors["closed_on"]
    assert snapshot_of(db, case_id) == before


def test_approved_plan_cannot_be_rewritten(cases: CasesService, db: Database) -> None:
    case_id = walk_to_approval(cases)
    before = snapshot_of(db, case_id)
    errors = refused(lambda: cases.save_plan(case_id, plan()))
    assert "đã được phê duyệt" in errors["__all__"]
    assert snapshot_of(db, case_id) == before


# --- plan editing ----------------------------------------------------------------------------


def test_editing_a_plan_keeps_the_ids_of_its_tasks(cases: CasesService) -> None:
    case_id = cases.open_intake(intake()).id
    cases.record_initial_assessment(case_id, initial(emergency=False))
    cases.record_detailed_assessment(case_id, detailed())
    cases.record_meeting(case_id, meeting())
    first = cases.save_plan(case_id, plan()).current.plan
    assert first is not None
    kept, dropped = first.tasks
    edited = [
        PlanTaskIn(**{**kept.model_dump(exclude={"status_on"}), "budget_vnd": 300_000}),
        PlanTaskIn(
            description="Hỗ trợ đi học lại",
            service_type=ServiceType.EDUCATION,
            responsible="Trường tiểu học",
        ),
    ]
    second = cases.save_plan(case_id, plan(tasks=edited)).current.plan
    assert second is not None
    assert [t.id == kept.id for t in second.tasks] == [True, False]
    assert dropped.id not in {t.id for t in second.tasks}
    assert second.tasks[0].budget_vnd == 300_000
    assert [t.description for t in second.tasks] == ["Khám sức khỏe", "Hỗ trợ đi học lại"]


# --- lists and the to-do list ----------------------------------------------------------------


def test_list_filters_and_sorts_by_next_deadline(cases: CasesService) -> None:
    approved = walk_to_approval(cases)  # next: implement by 20/03 (separation ends 12/03)
    fresh = cases.open_intake(intake(datetime(2026, 3, 9, 10, 0))).id  # initial by 22:00 09/03
    low = cases.open_intake(intake(datetime(2026, 3, 3, 9, 0))).id
    cases.record_initial_assessment(
        low,
        InitialAssessmentIn(
            assessed_on=date(2026, 3, 3),
            assessed_by=OFFICER,
            level=RiskLevel.LOW,
            emergency_needed=False,
        ),
    )  # plan due from the intake date: 10/03
    now = datetime(2026, 3, 9, 12, 0)
    rows = cases.list(now=now)
    assert [r.id for r in rows] == [fresh, low, approved]
    assert rows[0].next_due == datetime(2026, 3, 9, 22, 0) and not rows[0].next_due_all_day
    assert rows[1].next_state is DeadlineState.DUE_SOON
    assert [r.id for r in cases.list(CaseFilter(level=RiskLevel.LOW), now)] == [low]
    assert [r.id for r in cases.list(CaseFilter(stage=CaseStage.APPROVAL), now)] == [approved]
    assert cases.list(CaseFilter(overdue=True), now) == []
    later = datetime(2026, 3, 11, 9, 0)
    overdue = cases.list(CaseFilter(overdue=True), later)
    assert {r.id for r in overdue} == {fresh, low}
    assert all(r.overdue for r in overdue)
    assert [r.id for r in cases.list(CaseFilter(closed=None), later)] == [fresh, low, approved]


def test_todo_lists_every_open_case_by_due_time(cases: CasesService) -> None:
    approved = walk_to_approval(cases)
    # An open-ended separation on another case: its 15-day limit is on the list too.
    separated = cases.open_intake(intake(datetime(2026, 3, 5, 7, 30))).id
    cases.record_initial_assessment(separated, initial(date(2026, 3, 5)))
    cases.record_emergency(
        separated,
        EmergencyIn(
            action_at=datetime(2026, 3, 5, 11, 0),
            action_by=OFFICER,
            measures="Cách ly tạm thời",
            separation_start=date(2026, 3, 5),
        ),
    )
    fresh = cases.open_intake(intake(datetime(2026, 3, 9, 10, 0))).id
    closed = cases.open_intake(intake(datetime(2026, 3, 3, 9, 0))).id
    cases.close(closed, ClosureIn(closed_on=date(2026, 3, 4), reason="Thông tin không chính xác"))
    done_case = cases.open_intake(intake(datetime(2026, 3, 2, 9, 0))).id
    cases.record_initial_assessment(done_case, initial(emergency=False))
    cases.record_detailed_assessment(done_case, detailed())
    cases.record_meeting(done_case, meeting())
    cases.save_plan(
        done_case, plan(tasks=[PlanTaskIn(description="Thăm gia đình", responsible=OFFICER)])
    )
    cases.submit_plan(done_case, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
    cases.approve_plan(done_case, approval())
    cases.review(
        done_case,
        ReviewIn(
            reviewed_on=date(2026, 3, 10),
            reviewed_by=OFFICER,
            level=RiskLevel.LOW,
            outcome=ReviewOutcome.CLOSE,
        ),
    )

    now = datetime(2026, 3, 9, 12, 0)
    items = cases.todo(now)
    assert [(i.case_id, i.action) for i in items] == [
        (fresh, NextAction.INITIAL_ASSESSMENT),  # 22:00 today
        (separated, NextAction.DETAILED_ASSESSMENT),  # 12/03 (plan clock from the intake)
        (approved, NextAction.IMPLEMENT),  # 20/03, first unfinished task (HS2026-0001)
        (separated, NextAction.END_SEPARATION),  # 20/03, 15 days after 05/03 (HS2026-0002)
        (done_case, NextAction.CLOSE),  # nothing due: last
    ]
    dues = [i.due for i in items if i.due is not None]
    assert dues == sorted(dues)
    assert items[0].state is DeadlineState.ON_TIME and items[0].child_name == "Chưa rõ"
    assert items[0].label == "Đánh giá nguy cơ ban đầu (Mẫu 02)"
    assert closed not in {i.case_id for i in items}


def test_clock_and_rules_are_injectable(db: Database) -> None:
    service = CasesService(db, user="test", clock=lambda: datetime(2026, 3, 2, 19, 0))
    case = service.open_intake(intake())
    assert case.next_step is not None and case.next_step.state is DeadlineState.DUE_SOON
    assert case.created_at == datetime(2026, 3, 2, 19, 0)
