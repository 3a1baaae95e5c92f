"""The home page's targets and tiles (issue #9): clicking one opens the list behind it — the
children list narrowed to exactly those children, or the cases list; the charts save and print."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pdfplumber
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from commune_care.domain.schemas.children import ChildSubset
from commune_care.ui.main_window import MainWindow
from commune_care.ui.widgets.charts import Bar, BarChart, ProgressChart, QuarterChart, Series
from tests.services.test_care_indicator import BOTH, ONE, Register
from tests.services.test_indicators import PROBLEM, Commune

TODAY = date.today()


def _commune(ctx) -> dict[str, int]:
    """This year: two orphans, one in care; two flagged children, none reached."""
    r, c = Register(ctx.db), Commune(ctx.db)
    ids = {}
    start = date(TODAY.year, 1, 1)
    ids["o1"] = r.child("Nguyễn Văn An")
    r.orphan(ids["o1"], BOTH, date(2023, 1, 1))
    r.place(ids["o1"], date(2023, 2, 1))
    ids["o2"] = r.child("Trần Văn Bình")
    r.orphan(ids["o2"], ONE, start)
    ids["mh1"] = r.child("Lê Thị Cúc")
    c.flag(ids["mh1"], PROBLEM, start)
    ids["mh2"] = r.child("Phạm Thị Dung")
    c.flag(ids["mh2"], PROBLEM, start)
    return ids


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("home")
    return window


def test_clicking_a_tile_opens_the_children_behind_it(qtbot, ctx):
    ids = _commune(ctx)
    window = _window(qtbot, ctx)
    view = window.home_page.dashboard
    assert view.orphans_chart.pct == 50.0 and view.orphans_chart.target == 100
    assert view.links["orphans_not_in_care"].text().startswith("1 ")

    qtbot.mouseClick(view.links["orphans_not_in_care"], Qt.MouseButton.LeftButton)
    children = window.children_page
    assert window.current_page_key() == "children"
    assert children.model.rowCount() == 1
    assert children.model.child_filter.subset is ChildSubset.ORPHANS_NOT_IN_CARE
    assert children.subset_banner.isVisible()
    assert ChildSubset.ORPHANS_NOT_IN_CARE.label in children.subset_label.text()
    assert children.selected_child_id() in (None, ids["o2"])
    assert children.model.child_id(0) == ids["o2"]

    window.show_page("home")
    qtbot.mouseClick(view.links["mental_health_not_reached"], Qt.MouseButton.LeftButton)
    assert {children.model.child_id(r) for r in range(children.model.rowCount())} == {
        ids["mh1"], ids["mh2"]}  # fmt: skip

    # The progress chart opens every child it counts (the denominator), by mouse or Enter.
    window.show_page("home")
    qtbot.mouseClick(view.orphans_chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert children.model.rowCount() == 2
    children.subset_clear.click()  # back to the whole register
    assert not children.subset_banner.isVisible() and children.model.rowCount() == 4

    # A bar of the groups chart opens that group.
    window.show_page("home")
    bars = view.group_chart
    index = next(i for i, t in enumerate(view.dashboard.groups) if t.key == "group:hcdb_a")
    row = bars.index_at  # the rows are laid out when painted
    qtbot.waitUntil(lambda: len(bars._rows) > index)
    centre = bars._rows[index].center().toPoint()
    assert row(bars._rows[index].center()) == index
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=centre)
    assert children.model.child_filter.group_code == "hcdb_a"
    assert children.model.rowCount() == 1


def test_the_cases_tiles_open_the_cases_list(qtbot, ctx):
    from tests.services.test_cases_service import intake

    ctx.cases.open_intake(intake(at=datetime(TODAY.year, 1, 2, 8, 0)))
    window = _window(qtbot, ctx)
    tiles = window.home_page.dashboard.tiles
    assert tiles["cases_overdue"].tile.value == 1
    qtbot.mouseClick(tiles["cases_overdue"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "cases"
    assert window.cases_page.overdue_check.isChecked()
    assert window.cases_page.model.rowCount() == 1


def test_the_due_list_shows_the_most_urgent_and_opens_the_rest(qtbot, ctx):
    window = _window(qtbot, ctx)
    view = window.home_page.dashboard
    qtbot.waitUntil(lambda: bool(view.due_table.entries))  # filled just after the tiles
    kinds = [e.subject_kind for e in view.due_table.entries]
    assert kinds == ["backup"]  # no USB backup yet: the one thing to do
    view.all_due_button.click()
    assert window.current_page_key() == "todo"


def test_charts_save_a_sharp_png_and_a_pdf(qtbot, tmp_path: Path):
    chart = QuarterChart("Theo quý")
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    chart.set_series(("Quý I", "Quý II", "Quý III", "Quý IV"),
                     [Series("Sức khỏe tâm thần", (50.0, 62.5, None, None), 80)])  # fmt: skip
    png = tmp_path / "quy.png"
    chart.save_png(png)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (840, 480)  # twice the size on screen
    blue = sum(
        1 for x in range(0, 840, 3) for y in range(0, 480, 3)
        if image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 80
    )  # fmt: skip
    assert blue > 20  # the line was drawn
    pdf = tmp_path / "quy.pdf"
    chart.save_pdf(pdf)
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "Theo quý" in text and "62,5 %" in text and "Quý IV" in text

    bars = BarChart("Nhóm")
    bars.set_bars([Bar("Trẻ em khuyết tật", 60), Bar("Trẻ em bị bỏ rơi", 0)])
    progress = ProgressChart("Mồ côi")
    progress.set_value(30.0, 100, "21 / 70")
    for widget in (bars, progress):
        qtbot.addWidget(widget)
        widget.resize(400, 200)
        assert not widget.to_image().isNull()
    assert "60" in bars.describe() and "30 %" in progress.describe()
    assert [a.text() for a in chart.context_actions()] == [
        "Save image…", "Save as PDF…", "Print…"]  # fmt: skip
