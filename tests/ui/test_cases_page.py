"""The cases list: filters (open / closed, level, stage, overdue), "Việc cần làm" sorted by due
time, opening a case, a new case from an intake report (Ctrl+N), the table model."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from commune_care.domain.cases import CaseStage, DeadlineState, NextAction, RiskLevel
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import CaseFilter, ClosureIn, InitialAssessmentIn
from commune_care.domain.schemas.children import ChildIn
from commune_care.ui.models.case_table_model import STATE_COLORS, format_due
from commune_care.ui.models.case_table_model import CaseTableModel as M
from commune_care.ui.pages.cases_page import CasesPage
from tests.ui.test_case_page import (
    OFFICER,
    SECRET_CONDITION,
    SECRET_INFORMANT,
    answer,
    open_case,
    to_meeting,
    visible_text,
)
from tests.ui.typing_helpers import type_text

NOW = datetime.now().replace(second=0, microsecond=0)


def _page(qtbot, ctx) -> CasesPage:
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    return page


def _column(page: CasesPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _cases(ctx):
    """Overdue (2 days old, not assessed), recent (2 hours), a high one at the meeting, and a
    closed one."""
    late = open_case(ctx, at=NOW - timedelta(days=2))
    recent = open_case(ctx, at=NOW - timedelta(hours=2))
    met = open_case(ctx, at=NOW - timedelta(hours=5))
    to_meeting(ctx, met)
    ctx.cases.record_initial_assessment(
        met.id,
        InitialAssessmentIn(
            assessed_on=met.opened_at.date(),
            assessed_by=OFFICER,
            level=RiskLevel.HIGH,
            emergency_needed=False,
        ),
    )
    closed = open_case(ctx, at=NOW - timedelta(days=1))
    ctx.cases.close(closed.id, ClosureIn(closed_on=date.today(), reason="Tin báo sai"))
    return late, recent, met, closed


def test_lists_open_cases_soonest_due_first_with_states(qtbot, ctx):
    late, recent, met, _closed = _cases(ctx)
    page = _page(qtbot, ctx)
    assert _column(page, M.COL_CODE) == [late.code, recent.code, met.code]
    assert page.count_label.text() == page.tr("{0} cases").format(3)
    assert _column(page, M.COL_STATE)[0] == DeadlineState.OVERDUE.label
    assert _column(page, M.COL_STATE)[1] == DeadlineState.ON_TIME.label
    assert _column(page, M.COL_CHILD) == ["Chưa rõ"] * 3
    assert _column(page, M.COL_STAGE)[2] == CaseStage.DETAILED_ASSESSMENT.label
    assert _column(page, M.COL_LEVEL)[2] == "Cao"
    # An hour clock shows its time; a day deadline only its day.
    assert _column(page, M.COL_DUE)[1] == (recent.opened_at + timedelta(hours=12)).strftime(
        "%d/%m/%Y %H:%M"
    )
    assert len(_column(page, M.COL_DUE)[2]) == len("dd/mm/yyyy")
    # The state is coloured.
    index = page.model.index(0, M.COL_STATE)
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == STATE_COLORS[DeadlineState.OVERDUE][0]
    # Nothing confidential in the list.
    shown = visible_text(page)
    assert SECRET_CONDITION not in shown and SECRET_INFORMANT not in shown


def test_filters(qtbot, ctx):
    late, recent, met, closed = _cases(ctx)
    page = _page(qtbot, ctx)
    page.state_combo.setCurrentIndex(page.state_combo.findData("closed"))
    assert _column(page, M.COL_CODE) == [closed.code]
    assert _column(page, M.COL_STATE)[0].startswith(page.tr("Closed {0}").split("{")[0])
    page.state_combo.setCurrentIndex(page.state_combo.findData("all"))
    assert len(_column(page, M.COL_CODE)) == 4
    page.state_combo.setCurrentIndex(page.state_combo.findData("open"))
    page.level_combo.setCurrentIndex(page.level_combo.findData(RiskLevel.HIGH.value))
    assert _column(page, M.COL_CODE) == [met.code]
    page.level_combo.setCurrentIndex(0)
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(CaseStage.INTAKE.value))
    assert sorted(_column(page, M.COL_CODE)) == sorted([late.code, recent.code])
    page.stage_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    assert _column(page, M.COL_CODE) == [late.code]
    page.clear_button.click()
    assert page.current_filter() == CaseFilter()
    assert len(_column(page, M.COL_CODE)) == 3
    page.apply_filter(CaseFilter(closed=True, level=RiskLevel.LOW))
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == page.tr("No case matches the filters.")


def test_todo_sorted_by_due_and_opens_the_case(qtbot, ctx):
    late, recent, met, _closed = _cases(ctx)
    page = _page(qtbot, ctx)
    items = page.todo_items
    assert [i.case_code for i in items] == [late.code, recent.code, met.code]
    assert [i.action for i in items[:2]] == [NextAction.INITIAL_ASSESSMENT] * 2
    assert page.tabs.tabText(1) == page.tr("To do ({0}, {1} overdue)").format(3, 1)
    table = page.todo_table
    assert table.item(0, 1).text() == DeadlineState.OVERDUE.label
    assert table.item(0, 0).text() == format_due(items[0].due, items[0].all_day)
    assert table.item(2, 4).text() == NextAction.DRAFT_PLAN.label
    opened: list[int] = []
    page.open_case.connect(opened.append)
    page.tabs.setCurrentIndex(1)
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [recent.id]
    page.open_button.click()
    assert opened == [recent.id, recent.id]


def test_a_row_opens_its_case_with_enter(qtbot, ctx):
    late, *_ = _cases(ctx)
    page = _page(qtbot, ctx)
    opened: list[int] = []
    page.open_case.connect(opened.append)
    assert not page.open_button.isEnabled()
    page.select_case(late.id)
    assert page.open_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [late.id]


def test_sorting_by_column(qtbot, ctx):
    late, recent, met, _closed = _cases(ctx)
    page = _page(qtbot, ctx)
    page.table.sortByColumn(M.COL_LEVEL, Qt.SortOrder.AscendingOrder)
    assert _column(page, M.COL_CODE)[0] == met.code  # Cao first
    page.table.sortByColumn(M.COL_CODE, Qt.SortOrder.DescendingOrder)
    assert _column(page, M.COL_CODE) == sorted([late.code, recent.code, met.code], reverse=True)
    page.table.sortByColumn(M.COL_OPENED, Qt.SortOrder.AscendingOrder)
    assert _column(page, M.COL_CODE)[0] == late.code


def test_new_case_from_an_intake_with_a_child_of_the_register(qtbot, ctx, modal):
    child = ctx.children.create(
        ChildIn(full_name="Nguyễn Thị Ánh", sex=Sex.FEMALE, birth=PartialDate(2014, 9, 1))
    )
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()  # shortcuts work in the active window
    page.table.setFocus()
    opened: list[int] = []
    page.open_case.connect(opened.append)

    def pick(d):
        type_text(d.search_edit, "Ánh")
        d.refresh()
        d.choose_button.click()

    def fill(d):
        assert d.received_by_edit.text() == OFFICER  # the commune's officer by default
        modal.next(pick)
        d.choose_button.click()
        assert d.known_radio.isChecked()
        assert "Nguyễn Thị Ánh" in d.child_label.text()
        type_text(d.condition_edit, "Trẻ bỏ học, đi làm thuê ở xưởng gỗ")

    modal.next(answer(fill))
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    case = ctx.cases.get(opened[0], include_confidential=True)
    assert case.child_id == child.id and case.child_name == "Nguyễn Thị Ánh"
    assert case.intake.child_condition == "Trẻ bỏ học, đi làm thuê ở xưởng gỗ"
    assert _column(page, M.COL_CHILD) == ["Nguyễn Thị Ánh"]


def test_intake_bad_input_shows_messages_and_saves_nothing(qtbot, ctx, modal):
    page = _page(qtbot, ctx)
    future = NOW + timedelta(days=2)

    def fill(d):
        d.received_edit.set_value(future)
        d.received_by_edit.clear()
        type_text(d.informant_phone_edit, "abc")
        d.known_radio.setChecked(True)  # … but no child chosen

    outcome: dict = {}
    modal.next(answer(fill, outcome))
    page.new_button.click()
    errors = outcome["errors"]
    assert "ở tương lai" in errors["received_at"]
    assert errors["received_by"] == "Hãy ghi họ tên cán bộ tiếp nhận thông tin."
    assert errors["child_condition"].startswith("Hãy ghi tình trạng hiện tại của trẻ em")
    assert errors["informant_phone"].startswith("Số điện thoại người cung cấp thông tin")
    assert "child_id" in errors
    assert ctx.cases.list(CaseFilter(closed=None)) == []
    assert page.model.rowCount() == 0


def test_main_window_section_and_the_case_page(qtbot, ctx):
    from commune_care.ui.main_window import MainWindow

    child = ctx.children.create(
        ChildIn(full_name="Vàng Thị Mai", sex=Sex.FEMALE, birth=PartialDate(2013, 4, 5))
    )
    case = open_case(ctx, child_id=child.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert (
        titles.index(window.tr("Support & intervention")) == titles.index(window.tr("Children")) + 1
    )
    window.show_page("cases")
    assert window.current_page_key() == "cases"
    assert window.cases_page.model.rowCount() == 1
    window.cases_page.open_case.emit(case.id)
    assert window.current_page_key() == "case"
    assert window.case_page.case.id == case.id
    window.case_page.back_button.click()
    assert window.current_page_key() == "cases"

    # From the child's page and back to it; the case page opens the child.
    window.open_child(child.id)
    window.child_page.cases_tab.open_case.emit(case.id)
    assert window.current_page_key() == "case"
    window.case_page.back_button.click()
    assert window.current_page_key() == "child"
    window.open_case(case.id)
    window.case_page.child_button.click()
    assert window.current_page_key() == "child" and window.child_page.child.id == child.id
