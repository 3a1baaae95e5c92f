"""One case's page: who, what next and by when, the deadlines, the steps in order with their
buttons, linking the child, confidential details only on request.

The helpers at the top (answering a step dialog, what a page shows, cases built through the
service at a given stage) are shared with test_cases_page.py and test_case_walk.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from commune_care.domain.cases import (
    AbuseKind,
    CaseStage,
    DeadlineState,
    IntakeChannel,
    NextAction,
    RiskLevel,
)
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseOut,
    ClosureIn,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    MeetingIn,
    PlanIn,
    PlanSubmissionIn,
    PlanTaskIn,
)
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.support import ServiceType
from commune_care.ui.pages.case_page import CasePage, StepState
from tests.ui.typing_helpers import type_text

OFFICER = "Trần Thị Hạnh"
CHAIR = "Nguyễn Văn Bình"
SECRET_CONDITION = "Trẻ có vết bầm tím ở lưng"
SECRET_INFORMANT = "Bà Nguyễn Thị Tư"


def visible_text(widget: QWidget) -> str:
    """Everything a user can read on ``widget``: labels, buttons and table cells."""
    parts: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            parts.append(label.text())
    for button in widget.findChildren(QPushButton):
        if button.isVisibleTo(widget):
            parts.append(button.text())
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    parts.append(item.text())
                    parts.append(item.toolTip())
    return "\n".join(parts)


def answer(fill: Callable[[Any], None], outcome: dict[str, Any] | None = None):
    """A ``modal.next`` action: fill the step dialog, press Save; when it stays open (bad
    input), keep its messages in ``outcome`` and close it without saving."""

    def action(dialog: Any) -> None:
        fill(dialog)
        dialog.save_button.click()
        if dialog.isVisible():
            messages = {key: dialog.errors.message(key) for key in list(dialog.errors._labels)}
            banner = dialog.error_banner.text() if dialog.error_banner.isVisibleTo(dialog) else ""
            if outcome is not None:
                outcome["errors"] = {k: v for k, v in messages.items() if v}
                outcome["banner"] = banner
                outcome["saved"] = False
                dialog.discard()
                return
            dialog.discard()
            raise AssertionError(f"the dialog refused to save: {messages} {banner}")
        if outcome is not None:
            outcome["saved"] = True

    return action


def dmy(value: date) -> str:
    return format_date(value)


# --- cases at a given stage, through the service ---------------------------------------------
def open_case(ctx, at: datetime | None = None, **values: Any) -> CaseOut:
    data: dict[str, Any] = {
        "channel": IntakeChannel.PHONE,
        "received_at": at or datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3),
        "received_by": OFFICER,
        "child_sex": Sex.UNKNOWN,
        "child_age_estimate": 8,
        "child_condition": SECRET_CONDITION,
        "informant_name": SECRET_INFORMANT,
        "abuse_kinds": [AbuseKind.VIOLENCE],
    }
    data.update(values)
    return ctx.cases.open_intake(IntakeIn(**data))


def to_meeting(ctx, case: CaseOut, emergency: bool = False) -> CaseOut:
    on = case.opened_at.date()
    ctx.cases.record_initial_assessment(
        case.id,
        InitialAssessmentIn(
            assessed_on=on, assessed_by=OFFICER, level=RiskLevel.MEDIUM, emergency_needed=emergency
        ),
    )
    if emergency:
        ctx.cases.record_emergency(
            case.id,
            EmergencyIn(
                action_at=case.opened_at + timedelta(hours=1),
                action_by=OFFICER,
                measures="Đưa trẻ về nhà bà ngoại",
            ),
        )
    ctx.cases.record_detailed_assessment(
        case.id,
        DetailedAssessmentIn(assessed_on=on, assessed_by=OFFICER, condition="Còn vết bầm tím"),
    )
    return ctx.cases.record_meeting(
        case.id,
        MeetingIn(held_on=on, chaired_by=CHAIR, participants="Công an xã", conclusions="Tư vấn"),
    )


def to_submitted(ctx, case: CaseOut) -> CaseOut:
    on = case.opened_at.date()
    to_meeting(ctx, case)
    tasks = (
        PlanTaskIn(description="Khám sức khỏe", service_type=ServiceType.HEALTH, responsible="Trạm y tế xã"),
        PlanTaskIn(description="Tư vấn tâm lý", responsible="Trung tâm CTXH"),
    )  # fmt: skip
    ctx.cases.save_plan(
        case.id, PlanIn(drafted_on=on, drafted_by=OFFICER, goals="Trẻ an toàn", tasks=tasks)
    )
    return ctx.cases.submit_plan(case.id, PlanSubmissionIn(submitted_on=on))


def to_approved(ctx, case: CaseOut) -> CaseOut:
    to_submitted(ctx, case)
    return ctx.cases.approve_plan(
        case.id,
        ApprovalIn(decision_no="05/QĐ-UBND", approved_on=case.opened_at.date(), signer=CHAIR),
    )


# --- the page ---------------------------------------------------------------------------------
def _page(qtbot, ctx, case_id: int) -> CasePage:
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.show_case(case_id)
    return page


def test_unknown_child_header_next_step_and_steps(qtbot, ctx):
    case = open_case(ctx, child_sex=Sex.FEMALE, child_age_estimate=9)
    page = _page(qtbot, ctx, case.id)
    assert page.code_label.text() == case.code
    assert page.stage_badge.text() == CaseStage.INTAKE.label
    assert not page.level_badge.isVisible()
    assert page.unknown_label.isVisible() and page.link_button.isVisible()
    assert "9" in page.unknown_label.text() and "Nữ" in page.unknown_label.text()
    assert not page.child_button.isVisible()
    due = (case.opened_at + timedelta(hours=12)).strftime("%d/%m/%Y %H:%M")
    assert NextAction.INITIAL_ASSESSMENT.label in page.next_text()
    assert due in page.next_text() and DeadlineState.ON_TIME.label in page.next_text()
    states = {k: v.state for k, v in page.step_views.items()}
    assert states["intake"] is StepState.DONE
    assert states["initial"] is StepState.NEXT
    assert all(states[k] is StepState.LATER for k in ("detailed", "meeting", "plan", "approval"))
    # Only the step that can be recorded now has a usable button.
    assert page.rows["initial"].button.isEnabled()
    assert not page.rows["plan"].button.isEnabled()
    assert not page.tasks_box.isVisible()


def test_overdue_next_step_is_shown_as_such(qtbot, ctx):
    case = open_case(ctx, at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=2))
    page = _page(qtbot, ctx, case.id)
    assert DeadlineState.OVERDUE.label in page.next_text()
    assert "#fbd5d1" in page.next_label.styleSheet()


def test_confidential_details_only_on_request(qtbot, ctx):
    case = open_case(ctx)
    to_meeting(ctx, case, emergency=True)
    page = _page(qtbot, ctx, case.id)
    secrets = (SECRET_CONDITION, SECRET_INFORMANT, "Đưa trẻ về nhà bà ngoại", "Còn vết bầm tím")
    shown = visible_text(page)
    assert not any(s in shown for s in secrets)
    assert "(confidential details hidden)" in shown
    assert not page.case.confidential_included

    # Shown once a reason is given (the dialog is the page's seam here); the reveal is in
    # the audit trail.
    page.ask = lambda _parent, _what, reveal: reveal("Họp xác định nhu cầu")
    page.confidential_button.click()
    shown = visible_text(page)
    assert all(s in shown for s in secrets)
    assert any(e.action == "Xem thông tin bảo mật" for e in ctx.cases.history(case.id))
    assert page.confidential_button.text() == page.tr("Hide confidential details")

    # Another case, then back: hidden again.
    other = open_case(ctx)
    page.show_case(other.id)
    page.show_case(case.id)
    assert not any(s in visible_text(page) for s in secrets)
    page.confidential_button.click()
    page.back_requested.connect(page.hide)
    page.back_button.click()
    assert not page.confidential_shown
    page.show()
    assert not any(s in visible_text(page) for s in secrets)


def test_correcting_a_step_shows_what_was_recorded_and_keeps_confidential_text(qtbot, ctx, modal):
    case = open_case(ctx)
    to_meeting(ctx, case)
    page = _page(qtbot, ctx, case.id)
    seen: dict = {}

    def check(d):
        seen["condition"] = d.item_edits["condition"].toPlainText()
        type_text(d.item_edits["child_views"], "Cháu muốn đi học lại")

    modal.next(answer(check))
    page.rows["detailed"].button.click()
    assert seen["condition"] == "Còn vết bầm tím"
    detailed = ctx.cases.get(case.id, include_confidential=True).current.detailed
    assert detailed.condition == "Còn vết bầm tím"
    assert detailed.child_views == "Cháu muốn đi học lại"


def test_link_and_open_the_child(qtbot, ctx, modal):
    child = ctx.children.create(
        ChildIn(full_name="Lò Văn Páo", sex=Sex.MALE, birth=PartialDate(2015, 1, 2))
    )
    case = open_case(ctx)
    page = _page(qtbot, ctx, case.id)
    changed: list[int] = []
    page.case_changed.connect(changed.append)

    def pick(d):
        type_text(d.search_edit, "pao")
        d.refresh()
        d.choose_button.click()

    modal.next(pick)
    page.link_button.click()
    assert changed == [case.id]
    assert page.child_button.text() == f"Lò Văn Páo ({child.code})"
    assert ctx.cases.get(case.id).child_id == child.id
    opened: list[int] = []
    page.open_child.connect(opened.append)
    page.child_button.click()
    assert opened == [child.id]


def test_plan_tasks_and_deadlines_after_approval(qtbot, ctx):
    case = open_case(ctx)
    to_approved(ctx, case)
    page = _page(qtbot, ctx, case.id)
    assert page.tasks_box.isVisible()
    assert page.tasks_table.rowCount() == 2
    assert page.tasks_table.item(0, 0).text() == "Khám sức khỏe (Y tế)"
    assert page.tasks_table.item(0, 5).text() == "Chưa làm"
    rows = {r[0]: r for r in page.deadline_rows()}
    assert rows["Xây dựng kế hoạch trong 5 ngày làm việc"][2].startswith("Done in time")
    assert rows["Phê duyệt kế hoạch trong 2 ngày làm việc"][2].startswith("Done in time")
    assert page.step_views["implementation"].state is StepState.NEXT
    assert not page.task_button.isEnabled()  # no task selected
    page.tasks_table.selectRow(0)
    assert page.task_button.isEnabled()
    # Steps that can no longer be corrected have no button at all.
    assert not page.rows["initial"].button.isVisible()
    assert page.rows["approval"].button.isVisible()


def test_closed_case_offers_reopening(qtbot, ctx, modal):
    case = open_case(ctx)
    ctx.cases.close(case.id, ClosureIn(closed_on=date.today(), reason="Thông tin không đúng"))
    page = _page(qtbot, ctx, case.id)
    assert page.rows["close"].button.text() == page.tr("Reopen…")
    assert "Thông tin không đúng" in page.step_views["close"].details
    assert not page.rows["initial"].button.isVisible()

    outcome: dict = {}
    modal.next(answer(lambda d: d.reason_edit.clear(), outcome))
    page.rows["close"].button.click()
    assert outcome["errors"]["reason"] == "Hãy ghi lý do mở lại hồ sơ."
    assert ctx.cases.get(case.id).closed_on is not None

    modal.next(answer(lambda d: type_text(d.reason_edit, "Trẻ lại bị đánh")))
    page.rows["close"].button.click()
    reopened = ctx.cases.get(case.id)
    assert reopened.closed_on is None and reopened.cycle == 2
    assert page.step_views["initial"].state is StepState.NEXT
    assert "Trẻ lại bị đánh" in page.cycle_label.text()


def test_register_the_unknown_child_and_link_the_case(qtbot, ctx, modal):
    case = open_case(ctx)
    page = _page(qtbot, ctx, case.id)

    def register(d):
        type_text(d.name_edit, "Đinh Thị Mỹ")
        type_text(d.birth_edit.line_edit, "2018")
        d.save()

    modal.next(register)
    page.register_button.click()
    linked = ctx.cases.get(case.id)
    assert linked.child_name == "Đinh Thị Mỹ" and linked.child_code is not None
    assert page.child_button.text() == f"Đinh Thị Mỹ ({linked.child_code})"
    assert not page.register_button.isVisible()


def test_record_it_now_opens_the_next_step_and_earlier_cycles_are_summed_up(qtbot, ctx, modal):
    case = open_case(ctx)
    page = _page(qtbot, ctx, case.id)
    assert page.next_button.isVisibleTo(page)
    assert page.next_step_key() == "initial"

    def initial(d):
        assert d.windowTitle() == d.tr("Initial risk assessment (Mẫu 02)")
        d.level_radios[RiskLevel.LOW].setChecked(True)

    modal.next(answer(initial))
    page.next_button.click()
    assert page.next_step_key() == "detailed"

    ctx.cases.close(case.id, ClosureIn(closed_on=date.today(), reason="Trẻ đã an toàn"))
    page.refresh()
    assert not page.next_button.isVisibleTo(page)
    assert not page.earlier_label.isVisibleTo(page)
    modal.next(answer(lambda d: type_text(d.reason_edit, "Có tin báo mới")))
    page.rows["close"].button.click()
    assert page.earlier_label.isVisibleTo(page)
    assert "Thấp" in page.earlier_label.text()
    assert page.next_step_key() == "initial"
