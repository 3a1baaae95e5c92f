"""The main window: sections, the search box that finds a child from anywhere, the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildFilter, ChildIn
from commune_care.ui.main_window import MainWindow
from tests.ui.typing_helpers import press_key, type_text


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _add(ctx, name: str, years: int = 6) -> int:
    birth = PartialDate(date.today().year - years, 3, 4)
    return ctx.children.create(ChildIn(full_name=name, sex=Sex.MALE, birth=birth)).id


def test_opens_on_the_children_list_with_the_commune_in_the_status_bar(qtbot, ctx):
    _add(ctx, "Nguyễn Văn Đức")
    window = _window(qtbot, ctx)
    assert window.current_page_key() == "children"
    assert window.children_page.model.rowCount() == 1
    assert window.commune_label.text() == "Xã Hòa Cư"
    assert ctx.database_label in window.database_label.text()


def test_navigation_shows_each_section(qtbot, ctx):
    window = _window(qtbot, ctx)
    for key in ("home", "settings", "children"):
        window.show_page(key)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page(key)


def test_quick_search_without_diacritics_opens_the_child(qtbot, ctx):
    wanted = _add(ctx, "Nguyễn Văn Đức")
    _add(ctx, "Trần Thị Đào")
    window = _window(qtbot, ctx)
    window.show_page("settings")
    type_text(window.search, "nguyen van duc")
    window.search.refresh()
    assert [c.id for c in window.search.matches] == [wanted]
    popup = window.search.completer_.popup()
    assert popup.isVisible()
    assert "Nguyễn Văn Đức" in popup.model().index(0, 0).data()
    press_key(popup, Qt.Key.Key_Down)
    press_key(popup, Qt.Key.Key_Return)
    assert window.current_page_key() == "child"
    assert window.child_page.child is not None and window.child_page.child.id == wanted
    assert window.search.text() == ""


def test_enter_with_several_matches_lists_them(qtbot, ctx):
    _add(ctx, "Nguyễn Văn Đức")
    _add(ctx, "Lê Minh Đức", years=9)
    _add(ctx, "Trần Thị Đào")
    window = _window(qtbot, ctx)
    window.show_page("home")
    type_text(window.search, "ĐỨC")
    window.search.completer_.popup().hide()
    press_key(window.search, Qt.Key.Key_Return)
    assert window.current_page_key() == "children"
    assert window.children_page.model.rowCount() == 2
    assert window.children_page.search_edit.text() == "ĐỨC"


def test_enter_with_one_match_opens_it(qtbot, ctx):
    wanted = _add(ctx, "Giàng A Páo")
    window = _window(qtbot, ctx)
    type_text(window.search, "pao")
    window.search.completer_.popup().hide()
    press_key(window.search, Qt.Key.Key_Return)
    assert window.current_page_key() == "child"
    assert window.child_page.child is not None and window.child_page.child.id == wanted


def test_ctrl_f_focuses_the_search_box(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.activateWindow()
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    )
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_back_from_a_child_returns_to_the_list(qtbot, ctx):
    child_id = _add(ctx, "Hà Thị Mai")
    window = _window(qtbot, ctx)
    window.open_child(child_id)
    assert window.current_page_key() == "child"
    window.child_page.back_requested.emit()
    assert window.current_page_key() == "children"


def test_home_numbers_open_the_filtered_list(qtbot, ctx):
    _add(ctx, "Hà Thị Mai")
    window = _window(qtbot, ctx)
    window.show_page("home")
    window.home_page.open_children.emit(ChildFilter(sex=Sex.MALE))
    assert window.current_page_key() == "children"
    assert window.children_page.current_filter().sex == Sex.MALE
