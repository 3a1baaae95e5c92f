"""The "Chăm sóc thay thế" page on a real database: the placements list and its filters (current,
ended, all; the form; a name typed without accents; overdue only), the carers' registry and its
filters, the follow-ups due, the quarterly list (Mẫu 09); Enter opens what is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from commune_care.domain.care import CareForm, CarerRegistration, CarerStatus, FollowUpKind
from commune_care.domain.cases import DeadlineState
from commune_care.domain.schemas.care import PlacementEndIn, PlacementFilter
from commune_care.ui.dialogs.care import CarerRecordDialog, QuarterListDialog, follow_up_short
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.care_page import ALL, ENDED, CarePage
from tests.ui.care_data import (
    TODAY,
    carer,
    child,
    days_ago,
    eligible,
    facility,
    guard,
    place,
)
from tests.ui.typing_helpers import press_key, type_text


def _page(qtbot, ctx) -> CarePage:
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.show()
    return page


def _setup(ctx) -> dict[str, int]:
    grandmother = carer(ctx, "Đào Thị Lựu", "1952")
    applicant = carer(ctx, "Trần Thị Kim Oanh", "10/10/1980",
                      registration=CarerRegistration.APPLICATION, registered_days_ago=40)  # fmt: skip
    eligible(ctx, applicant, days=20)
    carer(ctx, "Lê Văn Khỏe", "1975", registration=CarerRegistration.APPLICATION)
    ngoc = child(ctx, "Đào Thị Ngọc", years=8)
    minh = child(ctx, "Phạm Văn Minh", years=3)
    an = child(ctx, "Nguyễn Hoài An", years=6)
    ids = {"grandmother": grandmother, "applicant": applicant}
    # overdue: handed over 95 days ago, no follow-up recorded
    ids["ngoc"] = place(ctx, ngoc, grandmother, relationship="Bà nội")
    # on time: decided two days ago, handover due in 15 working days
    ids["minh"] = place(
        ctx, minh, None, form=CareForm.FACILITY, provider_id=facility(ctx), relationship="",
        handover_date=None, decision_date=days_ago(2), child_view="", child_view_date=None,
        non_relative_reason="Chưa tìm được gia đình.",
    )  # fmt: skip
    ended = place(ctx, an, applicant, form=CareForm.NON_RELATIVE, relationship="",
                  non_relative_reason="Không có người thân thích.", decision_date=days_ago(300),
                  handover_date=days_ago(295), child_view="", child_view_date=None)  # fmt: skip
    end = PlacementEndIn(end_date=days_ago(30), reason="d69_dd", decision_number="9/QĐ",
                         decision_date=days_ago(30))  # fmt: skip
    ctx.care.end_placement(ended, end)
    ids["an"] = ended
    return ids


def _codes(page: CarePage) -> set[str]:
    return {page.model.placement(r).code for r in range(page.model.rowCount())}  # type: ignore[union-attr]


def test_the_placements_list_and_its_filters(qtbot, ctx):
    ids = _setup(ctx)
    codes = {key: ctx.care.placement(pid).code for key, pid in ids.items()
             if key in ("ngoc", "minh", "an")}  # fmt: skip
    page = _page(qtbot, ctx)
    assert _codes(page) == {codes["ngoc"], codes["minh"]}  # current ones by default
    assert page.count_label.text() == page.tr("{0} placements").format(2)
    # the overdue one first (sorted by due), its state coloured as the cases list
    m = page.model
    first = m.placement(0)
    assert first is not None and first.code == codes["ngoc"]
    assert m.index(0, m.COL_STATE).data() == DeadlineState.OVERDUE.label
    brush = m.index(0, m.COL_STATE).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#fbd5d1"
    assert m.index(0, m.COL_NEXT).data() == follow_up_short(FollowUpKind.WORKER_VISIT)
    assert "(Mẫu số 13) — sau 01 tháng" in m.index(0, m.COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    second = m.placement(1)
    assert second is not None and second.code == codes["minh"]
    assert m.index(1, m.COL_STATE).data() == DeadlineState.ON_TIME.label
    # in a facility: the 6-monthly review to find a family (no handover is followed)
    assert m.index(1, m.COL_NEXT).data() == follow_up_short(FollowUpKind.FACILITY_REVIEW)
    assert m.index(1, m.COL_HANDOVER).data() == ""

    select_data(page.state_combo, ENDED)
    assert _codes(page) == {codes["an"]}
    row = m.row_of(ids["an"])
    assert row is not None and m.index(row, m.COL_STATE).data() == m.tr("Ended")
    assert "đoàn tụ gia đình" in m.index(row, m.COL_NEXT).data()
    select_data(page.state_combo, ALL)
    assert len(_codes(page)) == 3
    select_data(page.form_combo, CareForm.FACILITY.value)
    assert _codes(page) == {codes["minh"]}
    select_data(page.form_combo, None)
    type_text(page.placement_search, "dao thi ngoc")  # without accents
    page.reload_placements()
    assert _codes(page) == {codes["ngoc"]}
    page.placement_search.clear()
    page.overdue_check.setChecked(True)
    assert _codes(page) == {codes["ngoc"]}
    page.clear_filters()
    assert page.placement_filter() == PlacementFilter(current=True)
    assert len(_codes(page)) == 2


def test_enter_opens_the_selected_placement_and_the_due_line(qtbot, ctx):
    ids = _setup(ctx)
    page = _page(qtbot, ctx)
    opened: list[int] = []
    page.open_placement.connect(opened.append)
    assert page.select_placement(ids["minh"])
    assert page.open_button.isEnabled()
    press_key(page.table, Qt.Key.Key_Return)
    assert opened == [ids["minh"]]

    page.tabs.setCurrentIndex(page.TAB_DUE)
    items = ctx.care.due_items()
    assert page.due_table.rowCount() == len(items) and items
    overdue = sum(1 for i in items if i.state is DeadlineState.OVERDUE)
    assert page.tabs.tabText(page.TAB_DUE) == page.tr("Follow-ups due ({0}, {1} overdue)").format(
        len(items), overdue
    )
    assert page.due_table.item(0, 1).text() == items[0].state.label
    page.due_table.selectRow(0)
    press_key(page.due_table, Qt.Key.Key_Return)
    assert opened[-1] == items[0].subject_id


def test_the_carers_list_and_its_filters(qtbot, ctx, modal):
    modal = guard(modal)
    ids = _setup(ctx)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(page.TAB_CARERS)
    names = lambda: [page.carers_table.item(r, 0).text()  # noqa: E731
                     for r in range(page.carers_table.rowCount())]  # fmt: skip
    assert names() == ["Đào Thị Lựu", "Lê Văn Khỏe", "Trần Thị Kim Oanh"]  # name order
    assert page.carers_count.text() == page.tr("{0} carers").format(3)
    row = names().index("Đào Thị Lựu")
    assert page.carers_table.item(row, 6).text() == "1"  # one child in her care now
    assert page.carers_table.item(row, 2).toolTip() == CarerRegistration.RELATIVE_NOTICE.label

    select_data(page.status_combo, CarerStatus.ELIGIBLE.value)
    assert names() == ["Trần Thị Kim Oanh"]
    select_data(page.status_combo, None)
    select_data(page.registration_combo, CarerRegistration.APPLICATION.value)
    assert names() == ["Lê Văn Khỏe", "Trần Thị Kim Oanh"]
    type_text(page.carer_search, "kim oanh")  # no accents
    page.reload_carers()
    assert names() == ["Trần Thị Kim Oanh"]
    page.carer_search.clear()
    type_text(page.carer_search, "zzz")
    page.reload_carers()
    assert names() == [] and page.carers_empty.text()

    # Enter opens the carer's record
    page.carer_search.clear()
    page.reload_carers()
    page.carers_table.selectRow(names().index("Trần Thị Kim Oanh"))

    def look(record: QWidget) -> None:
        assert isinstance(record, CarerRecordDialog)
        assert record.carer is not None and record.carer.id == ids["applicant"]
        assert record.children_table.rowCount() == 1  # the ended placement of An
        record.close_button.click()

    modal.next(look)
    press_key(page.carers_table, Qt.Key.Key_Return)


def test_the_quarterly_list_has_the_applicants_of_the_quarter(qtbot, ctx):
    _setup(ctx)
    dialog = QuarterListDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = ctx.care.quarterly_list(TODAY.year, (TODAY.month - 1) // 3 + 1)
    names = [dialog.table.item(r, 1).text().split("\n")[0] for r in range(dialog.table.rowCount())]
    assert names == [c.full_name for c in listing.carers]
    assert "Đào Thị Lựu" not in names  # a relative's notice is not on Mẫu 09
    dialog.set_quarter(2000, 1)
    assert dialog.table.rowCount() == 0 and not dialog.empty_label.isHidden()


def test_the_section_is_after_mental_health_and_back_returns_to_it(qtbot, ctx):
    ids = _setup(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    keys = [
        window.nav.item(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(window.nav.count())
    ]
    assert keys.index("care") == keys.index("mental_health") + 1
    window.show_page("care")
    window.care_page.open_placement.emit(ids["ngoc"])
    assert window.current_page_key() == "placement"
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole + 1) == "care"
    window.placement_page.back_button.click()
    assert window.current_page_key() == "care"
