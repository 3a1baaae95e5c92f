"""The mental-health follow-up page (QĐ 1591/QĐ-TTg): its figures are the service's, the
not-reached list is exact, a counselling service moves a child to reached; who identified a
flag is entered in the classification dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn, ClassificationIn
from commune_care.ui.dialogs.classification_dialog import ClassificationDialog
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.mental_health_page import MentalHealthPage, format_pct
from tests.ui.typing_helpers import press_key, type_text

TODAY = date.today()
START = TODAY - timedelta(days=60)


def _child(ctx, name: str) -> int:
    village = ctx.commune.villages()[0]
    data = ChildIn(full_name=name, sex=Sex.FEMALE, birth=PartialDate(2011, 1, 15),
                   village_id=village.id)  # fmt: skip
    return ctx.children.create(data).id


def _flag(ctx, child_id: int, group: str = "sktt_van_de", days_ago: int = 30) -> None:
    ctx.children.classify(
        child_id,
        ClassificationIn(
            group_code=group,
            start_date=TODAY - timedelta(days=days_ago),
            basis="Phiếu sàng lọc SDQ",
            identified_by="Trường THCS Hòa Cư",
        ),
    )


def _service(ctx, child_id: int, kind: str, days_ago: int = 10) -> None:
    ctx.support.add_service(
        ctx.support.validate_service(
            {"child_id": child_id, "type": kind, "start_date": TODAY - timedelta(days=days_ago)}
        )
    )


def _setup(ctx) -> dict[str, int]:
    ids = {
        name: _child(ctx, name)
        for name in ("Vũ Thị Yến", "Bùi Văn An", "Đặng Thị Bích", "Phạm Văn Cường")
    }
    _flag(ctx, ids["Vũ Thị Yến"])
    _service(ctx, ids["Vũ Thị Yến"], "tu_van_tam_ly")  # reached
    _flag(ctx, ids["Bùi Văn An"], "sktt_nguy_co_cao")
    _service(ctx, ids["Bùi Văn An"], "y_te")  # a health service does not count
    _flag(ctx, ids["Đặng Thị Bích"])  # nothing yet
    _service(ctx, ids["Phạm Văn Cường"], "tu_van_tam_ly")  # not flagged: not counted
    return ids


def _page(qtbot, ctx) -> MentalHealthPage:
    page = MentalHealthPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_figures_equal_the_service_and_not_reached_list_is_exact(qtbot, ctx):
    ids = _setup(ctx)
    page = _page(qtbot, ctx)
    page.set_period(START, TODAY)
    expected = ctx.indicators.mental_health(START, TODAY)
    assert (expected.flagged_children, expected.reached_children) == (3, 1)
    assert page.flagged_value.text() == "3"
    assert page.reached_value.text() == "1"
    assert page.pct_value.text() == format_pct(expected.reached_pct) == "33,3 %"
    assert page.not_reached_value.text() == "2"
    assert page.target_badge.text() == page.tr("Target not met: {0} reached (target {1} %)").format(
        "33,3 %", 80
    )
    # Exactly the flagged children not reached, in name order.
    assert _column(page.not_reached_table, 1) == ["Bùi Văn An", "Đặng Thị Bích"]
    assert [c.full_name for c in expected.not_reached] == ["Bùi Văn An", "Đặng Thị Bích"]
    assert page.not_reached_table.item(0, 0).data(Qt.ItemDataRole.UserRole) == ids["Bùi Văn An"]
    assert "Tư vấn / trị liệu tâm lý" in page.types_label.text()

    flags = page.flags_table
    assert _column(flags, 1) == ["Bùi Văn An", "Đặng Thị Bích", "Vũ Thị Yến"]
    assert _column(flags, 3) == ["Trường THCS Hòa Cư"] * 3
    assert _column(flags, 4) == [format_date(TODAY - timedelta(days=30))] * 3
    assert _column(flags, 5) == ["Phiếu sàng lọc SDQ"] * 3
    assert _column(flags, 7) == [page.tr("Not yet"), page.tr("Not yet"), page.tr("Yes")]
    assert flags.item(0, 6).text().startswith("Y tế, ")


def test_counselling_moves_a_child_from_not_reached_to_reached(qtbot, ctx):
    ids = _setup(ctx)
    page = _page(qtbot, ctx)
    page.set_period(START, TODAY)
    assert "Đặng Thị Bích" in _column(page.not_reached_table, 1)
    _service(ctx, ids["Đặng Thị Bích"], "tu_van_tam_ly", days_ago=1)
    page.reload()
    expected = ctx.indicators.mental_health(START, TODAY)
    assert expected.reached_children == 2
    assert page.reached_value.text() == "2"
    assert page.pct_value.text() == "66,7 %"
    assert _column(page.not_reached_table, 1) == ["Bùi Văn An"]
    row = _column(page.flags_table, 1).index("Đặng Thị Bích")
    assert page.flags_table.item(row, 7).text() == page.tr("Yes")


def test_year_period_and_target_met(qtbot, ctx):
    ids = {name: _child(ctx, name) for name in ("Lý Thị Hoa", "Mạc Văn Dũng")}
    for child_id in ids.values():
        _flag(ctx, child_id, days_ago=0)
        _service(ctx, child_id, "tro_giup_xa_hoi", days_ago=0)
    page = _page(qtbot, ctx)
    page.set_year(TODAY.year)
    year = ctx.indicators.for_year(TODAY.year)
    assert page.flagged_value.text() == str(year["mental_health_children"]) == "2"
    assert page.reached_value.text() == str(year["mental_health_reached"]) == "2"
    assert page.pct_value.text() == "100 %"
    assert page.target_badge.text() == page.tr("Target met: {0} reached (target {1} %)").format(
        "100 %", 80
    )
    assert page.not_reached_table.rowCount() == 0

    page.set_year(TODAY.year - 5)  # nobody flagged then
    assert page.flagged_value.text() == "0" and page.pct_value.text() == "—"
    assert page.target_badge.text() == page.tr("No child flagged in this period")


def test_bad_period_is_shown_and_figures_stay(qtbot, ctx):
    _setup(ctx)
    page = _page(qtbot, ctx)
    page.set_period(START, TODAY)
    page.set_period(TODAY, START)  # end before start
    assert page.period_error.isVisible()
    assert page.period_error.text().startswith("Ngày cuối kỳ")
    assert page.flagged_value.text() == "3"
    page.to_edit.clear()
    type_text(page.to_edit, "32/13/2020")
    page.reload()
    assert page.period_error.isVisible() and page.period_error.text()


def test_opening_a_child_from_either_list(qtbot, ctx):
    ids = _setup(ctx)
    page = _page(qtbot, ctx)
    page.set_period(START, TODAY)
    with qtbot.waitSignal(page.open_child, timeout=1000) as signal:
        page.not_reached_table.setCurrentCell(1, 0)
        press_key(page.not_reached_table, Qt.Key.Key_Return)
    assert signal.args == [ids["Đặng Thị Bích"]]
    with qtbot.waitSignal(page.open_child, timeout=1000) as signal:
        page.open_row(page.flags_table, 2)
    assert signal.args == [ids["Vũ Thị Yến"]]


def test_main_window_section_opens_the_child(qtbot, ctx):
    ids = _setup(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("mental_health")
    assert window.current_page_key() == "mental_health"
    page = window.mental_health_page
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    position = titles.index(window.tr("Mental health"))
    assert titles.index(window.tr("Children")) < position < titles.index(window.tr("Settings"))
    page.open_child.emit(ids["Vũ Thị Yến"])
    assert window.current_page_key() == "child"
    assert window.child_page.child.id == ids["Vũ Thị Yến"]


def test_identified_by_is_entered_in_the_classification_dialog(qtbot, ctx):
    child_id = _child(ctx, "Hà Thị Nga")
    dialog = ClassificationDialog(ctx, child_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_group("sktt_nguy_co_cao")
    dialog.start_edit.clear()
    type_text(dialog.start_edit, format_date(TODAY - timedelta(days=3)))
    type_text(dialog.identified_by_edit, "Trạm Y tế xã")
    type_text(dialog.basis_edit, "Khám sàng lọc")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.identified_by == "Trạm Y tế xã"

    edit = ClassificationDialog(ctx, child_id, dialog.saved)
    qtbot.addWidget(edit)
    assert edit.identified_by_edit.text() == "Trạm Y tế xã"

    page = _page(qtbot, ctx)
    page.set_period(START, TODAY)
    assert _column(page.flags_table, 3) == ["Trạm Y tế xã"]
    assert _column(page.not_reached_table, 1) == ["Hà Thị Nga"]
