"""One case walked from the report to closure entirely through the UI (issue #3, item 9):
intake → initial assessment (Cao, emergency) → emergency action → detailed assessment →
meeting → plan with two tasks → submission → approval → log → tasks done → review → closure,
typing Vietnamese and answering each dialog; the list, "Việc cần làm" and the deadlines are
checked along the way. Then the bad inputs: a clear message on the field, nothing saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from commune_care.domain.cases import (
    CaseStage,
    DeadlineState,
    NextAction,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
)
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import CaseFilter
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.support import ServiceType
from commune_care.ui.dialogs.case_dialogs import PlanDialog
from commune_care.ui.models.case_table_model import CaseTableModel as M
from commune_care.ui.pages.case_page import CasePage, StepState
from commune_care.ui.pages.cases_page import CasesPage
from tests.ui.test_case_page import (
    CHAIR,
    answer,
    dmy,
    open_case,
    to_approved,
    to_meeting,
    to_submitted,
    visible_text,
)
from tests.ui.typing_helpers import type_text

CONDITION = "Trẻ có nhiều vết bầm tím ở tay, sợ về nhà"
INFORMANT = "Bà Lò Thị Xiêm"


def _row(page: CasesPage, column: int, row: int = 0) -> str:
    return page.model.index(row, column).data()


def test_one_case_from_intake_to_closure_through_the_ui(qtbot, ctx, modal):
    ctx.children.create(
        ChildIn(full_name="Hoàng Văn Đức", sex=Sex.MALE, birth=PartialDate(2017, 5, 3))
    )
    cases_page = CasesPage(ctx)
    qtbot.addWidget(cases_page)
    cases_page.resize(1176, 700)
    cases_page.show()
    opened: list[int] = []
    cases_page.open_case.connect(opened.append)
    received = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    today = date.today()

    # --- intake (Mẫu 01): the child is not known yet ------------------------------------
    def fill_intake(d):
        d.channel_combo.setCurrentIndex(d.channel_combo.findData("tong_dai_111"))
        d.received_edit.set_value(received)
        d.unknown_radio.setChecked(True)
        d.age_spin.setValue(8)
        d.sex_combo.setCurrentIndex(d.sex_combo.findData(Sex.MALE.value))
        type_text(d.condition_edit, CONDITION)
        type_text(d.place_edit, "Nhà riêng ở thôn Đông")
        d.abuse_boxes[next(iter(d.abuse_boxes))].setChecked(True)
        type_text(d.informant_name_edit, INFORMANT)
        type_text(d.informant_phone_edit, "0912 345 678")

    modal.next(answer(fill_intake))
    cases_page.new_button.click()
    assert len(opened) == 1
    case_id = opened[0]
    assert cases_page.model.rowCount() == 1
    assert _row(cases_page, M.COL_CHILD) == "Chưa rõ"
    assert _row(cases_page, M.COL_STAGE) == CaseStage.INTAKE.label
    due_12h = received + timedelta(hours=12)
    assert _row(cases_page, M.COL_DUE) == due_12h.strftime("%d/%m/%Y %H:%M")  # an hour clock
    assert _row(cases_page, M.COL_STATE) == DeadlineState.ON_TIME.label
    assert [i.action for i in cases_page.todo_items] == [NextAction.INITIAL_ASSESSMENT]
    # Nothing confidential in the list or the to-do list.
    assert CONDITION not in visible_text(cases_page)
    assert INFORMANT not in visible_text(cases_page)

    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.show_case(case_id)
    assert "Đánh giá nguy cơ ban đầu" in page.next_text()
    assert page.step_views["initial"].state is StepState.NEXT
    # The report's confidential details only on request, and hidden again on leaving.
    assert CONDITION not in visible_text(page) and INFORMANT not in visible_text(page)
    page.ask = lambda _parent, _what, reveal: reveal("Đánh giá nguy cơ ban đầu")
    page.confidential_button.click()
    assert CONDITION in visible_text(page) and INFORMANT in visible_text(page)
    page.hide()
    page.show()
    assert CONDITION not in visible_text(page)

    # --- the child is found in the register and linked ------------------------------------
    def pick(d):
        type_text(d.search_edit, "Đức")
        d.refresh()
        assert d.results.count() == 1
        d.choose_button.click()

    modal.next(pick)
    page.link_button.click()
    assert page.case.child_name == "Hoàng Văn Đức"
    assert page.child_button.isVisible() and not page.link_button.isVisible()

    # --- initial assessment (Mẫu 02): Cao, emergency needed --------------------------------
    def fill_initial(d):
        d.level_radios[RiskLevel.HIGH].setChecked(True)
        d.emergency_check.setChecked(True)
        type_text(d.notes_edit, "Nguy cơ cao: cha say rượu, đánh trẻ")

    modal.next(answer(fill_initial))
    page.rows["initial"].button.click()
    assert page.case.level is RiskLevel.HIGH
    assert page.step_views["initial"].state is StepState.DONE
    assert page.step_views["emergency"].state is StepState.NEXT
    assert "Can thiệp khẩn cấp" in page.next_text()
    assert due_12h.strftime("%d/%m/%Y %H:%M") in page.next_text()
    limits = {row[0]: row for row in page.deadline_rows()}
    assert limits["Can thiệp khẩn cấp trong 12 giờ"][2] == DeadlineState.ON_TIME.label

    # --- emergency action / separation (Mẫu 07) -------------------------------------------
    def fill_emergency(d):
        d.at_edit.set_value(received + timedelta(hours=2))
        type_text(d.measures_edit, "Đưa trẻ đến nhà bà ngoại ở thôn Tây")
        type_text(d.safe_place_edit, "Nhà bà ngoại, thôn Tây")
        d.start_edit.set_date(received.date())
        d.end_edit.set_date(received.date() + timedelta(days=10))
        type_text(d.decision_edit, "01/QĐ-UBND")

    modal.next(answer(fill_emergency))
    page.rows["emergency"].button.click()
    limits = {row[0]: row for row in page.deadline_rows()}
    assert limits["Can thiệp khẩn cấp trong 12 giờ"][2].startswith("Done in time")
    assert limits["Tạm thời cách ly tối đa 15 ngày"][2].startswith("Done in time")
    assert page.step_views["detailed"].state is StepState.NEXT

    # --- detailed assessment (Mẫu 03), the 8 items -----------------------------------------
    def fill_detailed(d):
        labels = [label.text() for label in d.findChildren(QLabel)]
        assert "a) Tình trạng thể chất, tâm lý, tình cảm của trẻ em *" in labels
        assert "g) Ý kiến, nguyện vọng của trẻ em" in labels
        assert "h) Ý kiến, nguyện vọng của cha, mẹ, người chăm sóc trẻ em" in labels
        type_text(d.item_edits["condition"], "Còn vết bầm tím, hay giật mình")
        type_text(d.item_edits["child_views"], "Cháu muốn ở với bà ngoại")
        type_text(d.item_edits["parent_views"], "Mẹ đồng ý cho cháu ở với bà")

    modal.next(answer(fill_detailed))
    page.rows["detailed"].button.click()
    assert page.step_views["meeting"].state is StepState.NEXT

    # --- the case meeting -----------------------------------------------------------------
    def fill_meeting(d):
        assert d.chair_edit.text() == CHAIR  # the commune's chairman by default
        type_text(d.participants_edit, "Công an xã, Trạm y tế, Trường Tiểu học")
        type_text(d.conclusions_edit, "Khám sức khỏe và tư vấn tâm lý cho trẻ")

    modal.next(answer(fill_meeting))
    page.rows["meeting"].button.click()
    assert page.step_views["plan"].state is StepState.NEXT
    assert "Xây dựng kế hoạch" in page.next_text()

    # --- the plan (Mẫu 04) with two tasks ---------------------------------------------------
    def fill_plan(d: PlanDialog):
        type_text(d.goals_edit, "Trẻ an toàn, được chăm sóc sức khỏe và tâm lý")
        rows = (
            ("Khám sức khỏe tại Trạm y tế xã", ServiceType.HEALTH, "Trạm y tế xã", "500000"),
            ("Tư vấn tâm lý 4 buổi", ServiceType.COUNSELLING, "Cán bộ LĐTBXH", "1500000"),
        )
        d.add_task_button.click()
        assert d.table.rowCount() == 2
        for row, (text, kind, who, budget) in enumerate(rows):
            type_text(d.cell(row, d.COL_DESCRIPTION), text)
            combo = d.cell(row, d.COL_TYPE)
            combo.setCurrentIndex(combo.findData(kind.value))
            type_text(d.cell(row, d.COL_RESPONSIBLE), who)
            type_text(d.cell(row, d.COL_PROVIDER), "Trung tâm Công tác xã hội tỉnh")
            type_text(d.cell(row, d.COL_START), dmy(today))
            type_text(d.cell(row, d.COL_END), dmy(today + timedelta(days=20)))
            budget_edit = d.cell(row, d.COL_BUDGET)
            type_text(budget_edit, budget)
            budget_edit.reformat()
        assert d.cell(1, d.COL_BUDGET).text() == "1.500.000"
        assert "2.000.000" in d.total_label.text()

    modal.next(answer(fill_plan))
    page.rows["plan"].button.click()
    plan = page.case.current.plan
    assert [t.description for t in plan.tasks] == [
        "Khám sức khỏe tại Trạm y tế xã", "Tư vấn tâm lý 4 buổi",
    ]  # fmt: skip
    assert plan.total_budget == 2_000_000
    assert page.tasks_table.item(1, 4).text() == "1.500.000"
    assert page.step_views["submit"].state is StepState.NEXT

    # --- submission, approval (Mẫu 05) -----------------------------------------------------
    modal.next(answer(lambda d: None))
    page.rows["submit"].button.click()
    limits = {row[0]: row for row in page.deadline_rows()}
    assert limits["Xây dựng kế hoạch trong 5 ngày làm việc"][2].startswith("Done in time")
    assert "Phê duyệt kế hoạch trong 2 ngày làm việc" in limits
    assert page.step_views["approval"].state is StepState.NEXT

    def fill_approval(d):
        assert d.signer_edit.text() == CHAIR
        type_text(d.number_edit, "05/QĐ-UBND")

    modal.next(answer(fill_approval))
    page.rows["approval"].button.click()
    assert page.case.current.approval.decision_no == "05/QĐ-UBND"
    assert page.case.stage is CaseStage.APPROVAL

    # --- implementation: a log entry, both tasks done --------------------------------------
    modal.next(answer(lambda d: type_text(d.text_edit, "Đã đưa trẻ đi khám tại Trạm y tế xã")))
    page.log_button.click()
    assert page.case.stage is CaseStage.IMPLEMENTATION
    assert page.log_table.item(0, 2).text() == "Đã đưa trẻ đi khám tại Trạm y tế xã"

    def done(d):
        d.status_combo.setCurrentIndex(d.status_combo.findData(TaskStatus.DONE.value))

    for row in range(2):
        page.tasks_table.selectRow(row)
        modal.next(answer(done))
        page.task_button.click()
    assert all(t.status is TaskStatus.DONE for t in page.case.current.plan.tasks)
    assert page.step_views["review"].state is StepState.NEXT

    # --- review (Mẫu 06) and closure -------------------------------------------------------
    def fill_review(d):
        d.harm_combo.setCurrentIndex(d.harm_combo.findData(RiskLevel.LOW.value))
        d.level_combo.setCurrentIndex(d.level_combo.findData(RiskLevel.LOW.value))
        d.outcome_combo.setCurrentIndex(d.outcome_combo.findData(ReviewOutcome.CLOSE.value))
        type_text(d.notes_edit, "Trẻ đã ổn định, đi học đều")

    modal.next(answer(fill_review))
    page.rows["review"].button.click()
    assert page.step_views["close"].state is StepState.NEXT

    modal.next(answer(lambda d: None))  # no reason needed: all done, the review ends the plan
    page.rows["close"].button.click()
    case = ctx.cases.get(case_id, include_confidential=True)
    assert case.closed_on == today and case.stage is CaseStage.CLOSED
    assert case.intake.child_condition == CONDITION
    assert case.intake.informant_name == INFORMANT
    assert page.rows["close"].button.text() == page.tr("Reopen…")
    assert "closed" in page.next_text()

    # --- the list and the to-do list follow --------------------------------------------------
    cases_page.reload()
    assert cases_page.model.rowCount() == 0  # open cases only, by default
    assert cases_page.todo_items == []
    cases_page.apply_filter(CaseFilter(closed=True))
    assert cases_page.model.rowCount() == 1
    assert _row(cases_page, M.COL_CHILD) == "Hoàng Văn Đức"
    assert _row(cases_page, M.COL_LEVEL) == "Thấp"


# --- bad input: the message on the field, nothing saved ---------------------------------------
def _page(qtbot, ctx, case_id: int) -> CasePage:
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.show_case(case_id)
    return page


def test_approval_without_decision_number_is_refused(qtbot, ctx, modal):
    case = open_case(ctx)
    to_submitted(ctx, case)
    page = _page(qtbot, ctx, case.id)
    outcome: dict = {}
    modal.next(answer(lambda d: d.number_edit.clear(), outcome))
    page.rows["approval"].button.click()
    assert outcome["saved"] is False
    assert outcome["errors"]["decision_no"] == (
        "Hãy ghi số quyết định phê duyệt kế hoạch (ví dụ 05/QĐ-UBND)."
    )
    assert ctx.cases.get(case.id).current.approval is None


def test_plan_dated_before_the_intake_is_refused(qtbot, ctx, modal):
    case = open_case(ctx, at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=3))
    to_meeting(ctx, case)
    page = _page(qtbot, ctx, case.id)
    before = case.opened_at.date() - timedelta(days=1)

    def fill(d):
        d.date_edit.clear()
        type_text(d.date_edit, dmy(before))
        type_text(d.goals_edit, "Trẻ an toàn")
        type_text(d.cell(0, d.COL_DESCRIPTION), "Khám sức khỏe")
        type_text(d.cell(0, d.COL_RESPONSIBLE), "Trạm y tế xã")

    outcome: dict = {}
    modal.next(answer(fill, outcome))
    page.rows["plan"].button.click()
    assert outcome["saved"] is False
    message = outcome["errors"]["drafted_on"]
    assert f"Ngày xây dựng kế hoạch ({dmy(before)}) trước ngày tiếp nhận thông tin" in message
    assert ctx.cases.get(case.id).current.plan is None


def test_separation_over_15_days_is_refused(qtbot, ctx, modal):
    case = open_case(ctx)
    page = _page(qtbot, ctx, case.id)

    def initial(d):
        d.level_radios[RiskLevel.HIGH].setChecked(True)
        d.emergency_check.setChecked(True)

    modal.next(answer(initial))
    page.rows["initial"].button.click()
    start = case.opened_at.date()

    def fill(d):
        type_text(d.measures_edit, "Tạm thời cách ly trẻ khỏi người cha")
        type_text(d.start_edit, dmy(start))
        type_text(d.end_edit, dmy(start + timedelta(days=20)))

    outcome: dict = {}
    modal.next(answer(fill, outcome))
    page.rows["emergency"].button.click()
    assert outcome["saved"] is False
    assert outcome["errors"]["separation_end"].startswith(
        "Tạm thời cách ly tối đa 15 ngày (Nghị định 56 Điều 32.3)"
    )
    assert ctx.cases.get(case.id).current.emergency is None


def test_closing_with_unfinished_tasks_needs_a_reason(qtbot, ctx, modal):
    case = open_case(ctx)
    to_approved(ctx, case)
    page = _page(qtbot, ctx, case.id)
    outcome: dict = {}
    modal.next(answer(lambda d: None, outcome))
    page.rows["close"].button.click()
    assert outcome["saved"] is False
    assert outcome["errors"]["reason"].startswith("Kế hoạch còn 2 dịch vụ, công việc chưa xong.")
    assert ctx.cases.get(case.id).closed_on is None

    # With a reason it closes.
    modal.next(answer(lambda d: type_text(d.reason_edit, "Gia đình chuyển đi tỉnh khác")))
    page.rows["close"].button.click()
    assert ctx.cases.get(case.id).closed_on == date.today()


def test_a_step_out_of_order_shows_the_service_message_in_the_banner(qtbot, ctx, modal):
    case = open_case(ctx)
    to_meeting(ctx, case)
    page = _page(qtbot, ctx, case.id)
    # The approval button is not offered yet; a dialog opened anyway gets the service's answer.
    assert not page.rows["approval"].button.isEnabled()
    outcome: dict = {}
    modal.next(answer(lambda d: type_text(d.number_edit, "05/QĐ-UBND"), outcome))
    dialog = page.make_dialog("approval")
    dialog.exec()
    assert outcome["saved"] is False
    assert (
        "Kế hoạch chưa được trình" in outcome["banner"] or "Chưa có kế hoạch" in (outcome["banner"])
    )
    assert ctx.cases.get(case.id).current.approval is None


def test_enter_saves_and_escape_cancels(qtbot, ctx, modal):
    case = open_case(ctx)
    page = _page(qtbot, ctx, case.id)

    def press_enter(d):
        d.level_radios[RiskLevel.LOW].setChecked(True)
        qtbot.keyClick(d.by_edit, Qt.Key.Key_Return)

    modal.next(press_enter)
    page.rows["initial"].button.click()
    assert ctx.cases.get(case.id).current.initial is not None

    def press_escape(d):
        qtbot.keyClick(d.date_edit, Qt.Key.Key_Escape)

    modal.next(press_escape)
    page.rows["detailed"].button.click()
    assert ctx.cases.get(case.id).current.detailed is None


def test_plan_task_errors_name_their_line(qtbot, ctx, modal):
    case = open_case(ctx)
    to_meeting(ctx, case)
    page = _page(qtbot, ctx, case.id)

    def fill(d):
        type_text(d.goals_edit, "Trẻ an toàn")
        type_text(d.cell(0, d.COL_DESCRIPTION), "Khám sức khỏe")
        type_text(d.cell(0, d.COL_RESPONSIBLE), "Trạm y tế xã")
        d.add_task_button.click()
        type_text(d.cell(1, d.COL_DESCRIPTION), "Tư vấn tâm lý")
        type_text(d.cell(1, d.COL_BUDGET), "nhiều")

    outcome: dict = {}
    modal.next(answer(fill, outcome))
    page.rows["plan"].button.click()
    message = outcome["errors"]["tasks"]
    assert "2" in message
    assert "Hãy ghi cơ quan, tổ chức hoặc cá nhân chịu trách nhiệm thực hiện." in message
    assert "Kinh phí phải là một số tiền bằng đồng" in message
    assert ctx.cases.get(case.id).current.plan is None


def test_a_review_that_goes_on_starts_a_new_plan(qtbot, ctx, modal):
    case = open_case(ctx)
    to_approved(ctx, case)
    page = _page(qtbot, ctx, case.id)

    def fill(d):
        d.outcome_combo.setCurrentIndex(d.outcome_combo.findData(ReviewOutcome.NEW_CYCLE.value))
        d.level_combo.setCurrentIndex(d.level_combo.findData(RiskLevel.MEDIUM.value))

    modal.next(answer(fill))
    page.rows["review"].button.click()
    assert page.case.cycle == 2
    assert page.step_views["initial"].state is StepState.SKIPPED
    assert page.step_views["plan"].state is StepState.NEXT
    assert page.rows["plan"].button.isEnabled()
    assert "Tiếp tục sau rà soát" in page.cycle_label.text()
    assert page.earlier_label.isVisibleTo(page)
