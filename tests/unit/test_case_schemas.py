"""Every bad input of a case step gets a Vietnamese message on its field (issue #3, point 7)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from pydantic import BaseModel

from commune_care.domain.cases import (
    AbuseKind,
    CaseSnapshot,
    CycleStart,
    IntakeChannel,
    ReviewOutcome,
    TaskFacts,
    TaskStatus,
)
from commune_care.domain.enums import Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseSummary,
    ClosureIn,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    LogEntryIn,
    MeetingIn,
    PlanIn,
    PlanSubmissionIn,
    ReopenIn,
    ReviewIn,
    TodoItem,
    order_errors,
    redacted,
)
from commune_care.domain.support import ServiceType
from commune_care.services.cases import CasesService

INTAKE_AT = datetime(2026, 3, 2, 8, 0)
INTAKE = {
    "channel": "dien_thoai",
    "received_at": INTAKE_AT,
    "received_by": "Trần Thị Hạnh",
    "child_condition": "Trẻ bị đánh, có vết bầm ở tay.",
}
TASK = {"description": "Khám sức khỏe", "responsible": "Trạm y tế xã"}
PLAN = {
    "drafted_on": date(2026, 3, 6),
    "drafted_by": "Trần Thị Hạnh",
    "goals": "An toàn",
    "tasks": [TASK],
}
SNAPSHOT = CaseSnapshot(
    started_at=INTAKE_AT,
    initial_on=date(2026, 3, 2),
    emergency_needed=False,
    detail_on=date(2026, 3, 4),
    meeting_on=date(2026, 3, 5),
)


def errors_of(model: type[BaseModel], **values: Any) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        CasesService.validate(model, values)
    return info.value.errors


def assert_vietnamese(message: str, *words: str) -> None:
    assert message and message[0].isupper(), message
    for word in words:
        assert word.lower() in message.lower(), (word, message)


# --- intake ---------------------------------------------------------------------------------


def test_valid_intake_of_an_unknown_child() -> None:
    intake = CasesService.validate(
        IntakeIn,
        {
            **INTAKE,
            "child_age_estimate": 7,
            "abuse_kinds": ["bao_luc", "sao_nhang"],
            "informant_phone": "0912 345 678",
        },
    )
    assert intake.child_id is None and intake.child_sex is Sex.UNKNOWN
    assert intake.abuse_kinds == {AbuseKind.VIOLENCE, AbuseKind.NEGLECT}
    assert intake.channel is IntakeChannel.PHONE


def test_intake_without_the_childs_condition() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "child_condition": "  "})
    assert_vietnamese(errors["child_condition"], "tình trạng hiện tại của trẻ em")


def test_intake_without_the_receiving_officer() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "received_by": ""})
    assert_vietnamese(errors["received_by"], "cán bộ tiếp nhận")


def test_intake_in_the_future() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "received_at": datetime.now() + timedelta(days=1)})
    assert_vietnamese(errors["received_at"], "thời gian tiếp nhận", "tương lai")


def test_intake_with_an_impossible_age() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "child_age_estimate": 25})
    assert_vietnamese(errors["child_age_estimate"], "tuổi ước lượng", "0 đến 17")


def test_intake_with_a_bad_phone_number() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "informant_phone": "gọi bà Tư"})
    assert_vietnamese(errors["informant_phone"], "số điện thoại")


def test_intake_with_an_unknown_channel() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "channel": "fax"})
    assert_vietnamese(errors["channel"], "chọn")


def test_intake_text_too_long() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "informant_name": "A" * 101})
    assert_vietnamese(errors["informant_name"], "họ và tên người cung cấp thông tin", "101", "100")
    errors = errors_of(IntakeIn, **{**INTAKE, "child_condition": "x" * 8001})
    assert_vietnamese(errors["child_condition"], "tình trạng hiện tại", "rút gọn")


def test_intake_with_control_characters() -> None:
    errors = errors_of(IntakeIn, **{**INTAKE, "child_condition": "bị đánh\x07"})
    assert_vietnamese(errors["child_condition"], "ký tự điều khiển")
    errors = errors_of(IntakeIn, **{**INTAKE, "informant_name": "Bà\nTư"})
    assert_vietnamese(errors["informant_name"], "ký tự điều khiển")


def test_nfd_text_is_stored_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Trẻ bị bỏ rơi ở chợ Đồng Xuân")
    intake = CasesService.validate(IntakeIn, {**INTAKE, "child_condition": nfd, "child_name": nfd})
    assert intake.child_condition == "Trẻ bị bỏ rơi ở chợ Đồng Xuân"
    assert unicodedata.is_normalized("NFC", intake.child_name)


# --- initial assessment and emergency ----------------------------------------------------------


def test_initial_assessment_without_a_level() -> None:
    errors = errors_of(
        InitialAssessmentIn,
        assessed_on=date(2026, 3, 2),
        assessed_by="Hạnh",
        emergency_needed=False,
    )
    assert errors["level"]


def test_initial_assessment_in_the_future() -> None:
    errors = errors_of(
        InitialAssessmentIn,
        assessed_on=date.today() + timedelta(days=2),
        assessed_by="Hạnh",
        level="cao",
        emergency_needed=True,
    )
    assert_vietnamese(errors["assessed_on"], "ngày đánh giá ban đầu", "tương lai")


def test_assessment_before_intake() -> None:
    step = InitialAssessmentIn(
        assessed_on=date(2026, 3, 1), assessed_by="Hạnh", level="cao", emergency_needed=False
    )
    errors = order_errors(step, CaseSnapshot(started_at=INTAKE_AT))
    assert_vietnamese(errors["assessed_on"], "ngày đánh giá ban đầu", "01/03/2026", "02/03/2026")


EMERGENCY = {
    "action_at": datetime(2026, 3, 2, 15),
    "action_by": "Hạnh",
    "measures": "Đưa trẻ đến nhà bà ngoại",
}


def test_separation_of_15_days_is_allowed() -> None:
    step = CasesService.validate(
        EmergencyIn,
        {**EMERGENCY, "separation_start": date(2026, 3, 2), "separation_end": date(2026, 3, 17)},
    )
    assert step.separation_end == date(2026, 3, 17)


def test_separation_over_15_days() -> None:
    errors = errors_of(
        EmergencyIn,
        **EMERGENCY,
        separation_start=date(2026, 3, 2),
        separation_end=date(2026, 3, 18),
    )
    assert_vietnamese(errors["separation_end"], "tối đa 15 ngày", "17/03/2026")


def test_separation_ending_before_it_starts() -> None:
    errors = errors_of(
        EmergencyIn, **EMERGENCY, separation_start=date(2026, 3, 5), separation_end=date(2026, 3, 4)
    )
    assert_vietnamese(
        errors["separation_end"], "ngày kết thúc tạm thời cách ly", "trước ngày bắt đầu"
    )


def test_separation_end_without_a_start() -> None:
    errors = errors_of(EmergencyIn, **EMERGENCY, separation_end=date(2026, 3, 4))
    assert_vietnamese(errors["separation_end"], "ngày bắt đầu")


def test_emergency_without_the_action() -> None:
    errors = errors_of(EmergencyIn, **{**EMERGENCY, "measures": ""})
    assert_vietnamese(errors["measures"], "biện pháp can thiệp khẩn cấp")


def test_emergency_before_intake() -> None:
    step = EmergencyIn(**{**EMERGENCY, "action_at": datetime(2026, 3, 2, 7, 0)})
    errors = order_errors(step, SNAPSHOT)
    assert_vietnamese(errors["action_at"], "thời gian can thiệp", "07:00 02/03/2026")


# --- detailed assessment, meeting -------------------------------------------------------------


def test_detailed_assessment_without_item_a() -> None:
    errors = errors_of(
        DetailedAssessmentIn, assessed_on=date(2026, 3, 4), assessed_by="Hạnh", condition=""
    )
    assert_vietnamese(errors["condition"], "tình trạng thể chất, tâm lý, tình cảm", "mục a")


def test_detailed_assessment_has_the_eight_items_of_dieu_27() -> None:
    letters = [letter for letter, _ in DetailedAssessmentIn.ITEMS]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h"]
    assert DetailedAssessmentIn.TEXT["child_views"][0] == "Ý kiến, nguyện vọng của trẻ em"
    assert DetailedAssessmentIn.TEXT["parent_views"][0].startswith(
        "Ý kiến, nguyện vọng của cha, mẹ"
    )


def test_meeting_without_conclusions() -> None:
    errors = errors_of(
        MeetingIn,
        held_on=date(2026, 3, 5),
        chaired_by="Nguyễn Văn Bình",
        participants="Công an xã",
        conclusions="",
    )
    assert_vietnamese(errors["conclusions"], "kết luận")


def test_meeting_before_the_detailed_assessment() -> None:
    step = MeetingIn(held_on=date(2026, 3, 3), chaired_by="Bình", participants="A", conclusions="B")
    errors = order_errors(step, SNAPSHOT)
    assert_vietnamese(errors["held_on"], "ngày họp", "ngày đánh giá nguy cơ cụ thể")


# --- plan, submission, approval ---------------------------------------------------------------


def test_plan_with_budget_typed_the_vietnamese_way() -> None:
    plan = CasesService.validate(
        PlanIn,
        {**PLAN, "tasks": [{**TASK, "budget_vnd": "1.500.000 đ", "service_type": "y_te"}]},
    )
    assert plan.tasks[0].budget_vnd == 1_500_000
    assert plan.tasks[0].service_type is ServiceType.HEALTH
    assert plan.total_budget == 1_500_000


def test_plan_without_tasks() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": []})
    assert_vietnamese(errors["tasks"], "ít nhất một dịch vụ hoặc công việc")


def test_plan_without_goals() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "goals": " "})
    assert_vietnamese(errors["goals"], "mục tiêu")


def test_plan_task_without_description() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [{**TASK, "description": ""}]})
    assert_vietnamese(errors["tasks.0.description"], "dịch vụ hoặc công việc")


def test_plan_task_without_someone_responsible() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [{**TASK, "responsible": ""}]})
    assert_vietnamese(errors["tasks.0.responsible"], "chịu trách nhiệm")


def test_plan_task_ending_before_it_starts() -> None:
    task = {**TASK, "start_on": date(2026, 3, 20), "end_on": date(2026, 3, 10)}
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [task]})
    assert_vietnamese(errors["tasks.0.end_on"], "ngày dự kiến kết thúc", "trước ngày bắt đầu")


def test_plan_task_with_a_negative_budget() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [{**TASK, "budget_vnd": -5}]})
    assert_vietnamese(errors["tasks.0.budget_vnd"], "kinh phí", "âm")


def test_plan_task_with_a_budget_that_is_not_a_number() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [{**TASK, "budget_vnd": "hai triệu"}]})
    assert_vietnamese(errors["tasks.0.budget_vnd"], "kinh phí")


def test_plan_task_with_an_unknown_service_type() -> None:
    errors = errors_of(PlanIn, **{**PLAN, "tasks": [{**TASK, "service_type": "massage"}]})
    assert errors["tasks.0.service_type"]


def test_plan_before_intake() -> None:
    plan = PlanIn(**{**PLAN, "drafted_on": date(2026, 3, 1)})
    errors = order_errors(plan, SNAPSHOT)
    assert_vietnamese(errors["drafted_on"], "ngày xây dựng kế hoạch", "ngày tiếp nhận thông tin")


def test_plan_before_the_detailed_assessment() -> None:
    plan = PlanIn(**{**PLAN, "drafted_on": date(2026, 3, 3)})
    errors = order_errors(plan, SNAPSHOT)
    assert_vietnamese(errors["drafted_on"], "ngày đánh giá nguy cơ cụ thể")


def test_submission_before_the_plan() -> None:
    snap = CaseSnapshot(started_at=INTAKE_AT, plan_drafted_on=date(2026, 3, 6))
    errors = order_errors(PlanSubmissionIn(submitted_on=date(2026, 3, 5)), snap)
    assert_vietnamese(errors["submitted_on"], "ngày trình kế hoạch", "ngày xây dựng kế hoạch")


def test_approval_without_decision_number() -> None:
    errors = errors_of(ApprovalIn, decision_no="  ", approved_on=date(2026, 3, 10), signer="Bình")
    assert_vietnamese(errors["decision_no"], "số quyết định phê duyệt")


def test_approval_without_signer() -> None:
    errors = errors_of(
        ApprovalIn, decision_no="05/QĐ-UBND", approved_on=date(2026, 3, 10), signer=""
    )
    assert_vietnamese(errors["signer"], "người ký")


def test_approval_before_the_plan_was_submitted() -> None:
    snap = CaseSnapshot(
        started_at=INTAKE_AT, plan_drafted_on=date(2026, 3, 6), plan_submitted_on=date(2026, 3, 9)
    )
    step = ApprovalIn(decision_no="05/QĐ-UBND", approved_on=date(2026, 3, 6), signer="Bình")
    errors = order_errors(step, snap)
    assert_vietnamese(errors["approved_on"], "ngày phê duyệt", "ngày trình kế hoạch", "09/03/2026")


def test_log_before_approval() -> None:
    snap = CaseSnapshot(started_at=INTAKE_AT, approval_on=date(2026, 3, 10))
    errors = order_errors(LogEntryIn(logged_on=date(2026, 3, 9), text="Thăm nhà"), snap)
    assert_vietnamese(errors["logged_on"], "ngày thực hiện", "ngày phê duyệt")


def test_log_without_text() -> None:
    errors = errors_of(LogEntryIn, logged_on=date(2026, 3, 12), text="")
    assert_vietnamese(errors["text"], "nội dung")


# --- review, closure, reopening ---------------------------------------------------------------


def test_review_without_outcome() -> None:
    errors = errors_of(ReviewIn, reviewed_on=date(2026, 4, 1), reviewed_by="Hạnh", level="thap")
    assert errors["outcome"]


def test_closure_before_opening() -> None:
    errors = order_errors(ClosureIn(closed_on=date(2026, 3, 1), reason="Chuyển đi"), SNAPSHOT)
    assert_vietnamese(errors["closed_on"], "ngày đóng hồ sơ", "ngày mở hồ sơ")


def test_closing_with_unfinished_tasks_needs_a_reason() -> None:
    snap = CaseSnapshot(
        started_at=INTAKE_AT,
        approval_on=date(2026, 3, 10),
        review_on=date(2026, 4, 1),
        review_outcome=ReviewOutcome.CLOSE,
        tasks=(TaskFacts(TaskStatus.DONE), TaskFacts(TaskStatus.IN_PROGRESS)),
    )
    errors = order_errors(ClosureIn(closed_on=date(2026, 4, 2)), snap)
    assert_vietnamese(errors["reason"], "còn 1 dịch vụ, công việc chưa xong", "lý do")
    assert (
        order_errors(ClosureIn(closed_on=date(2026, 4, 2), reason="Gia đình chuyển đi"), snap) == {}
    )


def test_closing_without_a_review_needs_a_reason() -> None:
    errors = order_errors(ClosureIn(closed_on=date(2026, 3, 3)), SNAPSHOT)
    assert_vietnamese(errors["reason"], "chưa được rà soát", "lý do")


def test_closing_after_a_review_that_ends_the_plan_needs_no_reason() -> None:
    snap = CaseSnapshot(
        started_at=INTAKE_AT,
        approval_on=date(2026, 3, 10),
        review_on=date(2026, 4, 1),
        review_outcome=ReviewOutcome.CLOSE,
        tasks=(TaskFacts(TaskStatus.DONE),),
    )
    assert order_errors(ClosureIn(closed_on=date(2026, 4, 1)), snap) == {}


def test_closure_reason_too_long() -> None:
    errors = errors_of(ClosureIn, closed_on=date(2026, 4, 1), reason="x" * 501)
    assert_vietnamese(errors["reason"], "lý do đóng hồ sơ", "500")


def test_reopening_without_reason() -> None:
    errors = errors_of(ReopenIn, reopened_at=datetime(2026, 5, 4, 10), reason="")
    assert_vietnamese(errors["reason"], "lý do mở lại")


def test_reopening_before_closure() -> None:
    snap = CaseSnapshot(started_at=INTAKE_AT, closed_on=date(2026, 4, 2))
    errors = order_errors(ReopenIn(reopened_at=datetime(2026, 4, 1, 9), reason="Tin báo mới"), snap)
    assert_vietnamese(errors["reopened_at"], "thời gian mở lại", "ngày đóng hồ sơ")


def test_closure_of_a_reopened_cycle_names_the_reopening() -> None:
    snap = CaseSnapshot(started_at=datetime(2026, 5, 4, 10), start=CycleStart.REOPEN)
    errors = order_errors(ClosureIn(closed_on=date(2026, 5, 1), reason="x"), snap)
    assert_vietnamese(errors["closed_on"], "ngày mở lại hồ sơ")


# --- confidentiality ------------------------------------------------------------------------


def test_confidential_fields_are_marked() -> None:
    assert {"child_condition", "informant_name", "informant_phone", "abuse_kinds"} <= (
        IntakeIn.CONFIDENTIAL_FIELDS
    )
    assert "notes" in InitialAssessmentIn.CONFIDENTIAL_FIELDS
    assert {"child_views", "parent_views", "condition"} <= DetailedAssessmentIn.CONFIDENTIAL_FIELDS
    assert "safe_place" in EmergencyIn.CONFIDENTIAL_FIELDS


def test_summary_and_todo_have_no_confidential_field() -> None:
    secret = (
        IntakeIn.CONFIDENTIAL_FIELDS
        | InitialAssessmentIn.CONFIDENTIAL_FIELDS
        | EmergencyIn.CONFIDENTIAL_FIELDS
        | DetailedAssessmentIn.CONFIDENTIAL_FIELDS
        | MeetingIn.CONFIDENTIAL_FIELDS
        | ReviewIn.CONFIDENTIAL_FIELDS
    )
    assert not secret & set(CaseSummary.model_fields)
    assert not secret & set(TodoItem.model_fields)


def test_redacted_blanks_confidential_fields_only() -> None:
    intake = IntakeIn(
        **{**INTAKE, "informant_name": "Bà Tư", "abuse_kinds": ["bao_luc"], "child_name": "Bé Na"}
    )
    hidden = redacted(intake)
    assert hidden.child_condition == "" and hidden.informant_name == ""
    assert hidden.abuse_kinds == frozenset()
    assert hidden.child_name == "Bé Na" and hidden.received_by == "Trần Thị Hạnh"
