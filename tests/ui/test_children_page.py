"""The children list page: search, filters, sorting, add / open / edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.rules import DEFAULT_AGE_BANDS
from commune_care.domain.schemas.children import ChildFilter, ChildIn, ClassificationIn
from commune_care.ui.dialogs.child_dialog import ChildDialog
from commune_care.ui.models.child_table_model import ChildTableModel, thousands
from commune_care.ui.pages.children_page import ChildrenPage
from tests.ui.typing_helpers import press_key, type_text

M = ChildTableModel


def _register(ctx) -> dict[str, int]:
    villages = {v.name: v.id for v in ctx.commune.villages()}
    year = date.today().year
    rows = {
        "Nguyễn Văn Đức": (Sex.MALE, PartialDate(year - 4, 5, 1), "Thôn Đông"),
        "Trần Thị Đào": (Sex.FEMALE, PartialDate(year - 9, 2, 10), "Thôn Tây"),
        "Lê Minh Dũng": (Sex.MALE, PartialDate(year - 13), "Thôn Tây"),
        "Phạm Thị Hoa": (Sex.FEMALE, PartialDate(year - 12, 1, 1), "Bản Nà Hừ"),
        "Giàng A Páo": (Sex.MALE, PartialDate(year - 2, 8, 8), "Bản Nà Hừ"),
    }
    ids = {}
    for name, (sex, birth, village) in rows.items():
        data = ChildIn(full_name=name, sex=sex, birth=birth, village_id=villages[village])
        ids[name] = ctx.children.create(data).id
    ctx.children.classify(
        ids["Trần Thị Đào"], ClassificationIn(group_code="hcdb_d", start_date=date.today())
    )
    moved = ctx.children.get(ids["Phạm Thị Hoa"])
    ctx.children.update(
        moved.id,
        ChildIn(**{**_fields(moved), "status": ChildStatus.MOVED_AWAY}),
    )
    ctx.children.archive(ids["Giàng A Páo"], "Đăng ký trùng")
    return ids


def _fields(child) -> dict:
    return {name: getattr(child, name) for name in ChildIn.model_fields}


def _page(qtbot, ctx) -> ChildrenPage:
    page = ChildrenPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(page: ChildrenPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, M.COL_NAME)) for r in range(model.rowCount())]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_list_and_its_count(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    assert page.model.rowCount() == 4  # the archived child is not in the register
    assert page.count_label.text() == page.tr("{0} children").format(4)
    assert _names(page) == ["Trần Thị Đào", "Nguyễn Văn Đức", "Lê Minh Dũng", "Phạm Thị Hoa"]
    assert thousands(1234) == "1.234" and thousands(100000) == "100.000"


def test_filters_narrow_the_list(qtbot, ctx):
    ids = _register(ctx)
    page = _page(qtbot, ctx)
    _choose(page.sex_combo, Sex.FEMALE.value)
    assert sorted(_names(page)) == ["Phạm Thị Hoa", "Trần Thị Đào"]
    _choose(page.village_combo, next(v.id for v in ctx.commune.villages() if v.name == "Thôn Tây"))
    assert _names(page) == ["Trần Thị Đào"]
    page.clear_filters()
    assert page.model.rowCount() == 4

    _choose(page.group_combo, "hcdb_d")
    assert _names(page) == ["Trần Thị Đào"]
    assert page.model.data(page.model.index(0, M.COL_GROUPS)) == "d"
    page.clear_filters()

    _choose(page.age_combo, 0)  # under 6
    assert _names(page) == ["Nguyễn Văn Đức"]
    _choose(page.age_combo, 2)  # 11 to under 16
    assert sorted(_names(page)) == ["Lê Minh Dũng", "Phạm Thị Hoa"]
    page.clear_filters()

    _choose(page.status_combo, ChildStatus.MOVED_AWAY.value)
    assert _names(page) == ["Phạm Thị Hoa"]
    page.clear_filters()

    page.archived_check.setChecked(True)
    assert _names(page) == ["Giàng A Páo"]
    assert page.model.data(page.model.index(0, M.COL_STATUS)) == page.model.tr("Archived")
    assert page.model.child_id(0) == ids["Giàng A Páo"]


def test_no_match_says_so(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    type_text(page.search_edit, "xyz")
    qtbot.waitUntil(lambda: page.model.child_filter.text == "xyz", timeout=2000)
    assert page.model.rowCount() == 0
    assert page.empty_label.text()


def test_search_ignores_diacritics_and_d_stroke(qtbot, ctx):
    ids = _register(ctx)
    page = _page(qtbot, ctx)
    type_text(page.search_edit, "duc")
    qtbot.waitUntil(lambda: page.model.child_filter.text == "duc", timeout=2000)
    assert _names(page) == ["Nguyễn Văn Đức"]
    page.search_edit.clear()
    type_text(page.search_edit, "ĐÀO")
    qtbot.waitUntil(lambda: page.model.child_filter.text == "ĐÀO", timeout=2000)
    assert _names(page) == ["Trần Thị Đào"]
    # By code too, and Enter jumps into the list with the first row selected.
    page.search_edit.clear()
    type_text(page.search_edit, "TE000003")
    press_key(page.search_edit, Qt.Key.Key_Return)
    assert _names(page) == ["Lê Minh Dũng"]
    assert page.selected_child_id() == ids["Lê Minh Dũng"]


def test_search_waits_for_the_typing_to_stop(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    type_text(page.search_edit, "du")
    assert page.model.child_filter.text == ""  # not yet: debounced
    qtbot.waitUntil(lambda: page.model.child_filter.text == "du", timeout=2000)


def test_apply_filter_sets_the_widgets(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    page.apply_filter(ChildFilter(sex=Sex.MALE, age_band=DEFAULT_AGE_BANDS[2], text="dung"))
    assert page.search_edit.text() == "dung"
    assert page.sex_combo.currentData() == Sex.MALE.value
    assert page.age_combo.currentData() == 2
    assert _names(page) == ["Lê Minh Dũng"]


def test_clicking_headers_sorts(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    header = page.table.horizontalHeader()
    header.sectionClicked.emit(M.COL_BIRTH)
    assert _names(page) == ["Lê Minh Dũng", "Phạm Thị Hoa", "Trần Thị Đào", "Nguyễn Văn Đức"]
    assert header.sortIndicatorSection() == M.COL_BIRTH
    header.sectionClicked.emit(M.COL_BIRTH)
    assert _names(page)[0] == "Nguyễn Văn Đức"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.sectionClicked.emit(M.COL_PARENTS)  # not sortable: nothing moves
    assert _names(page)[0] == "Nguyễn Văn Đức"
    assert header.sortIndicatorSection() == M.COL_BIRTH


def test_double_click_and_enter_open_the_child(qtbot, ctx):
    ids = _register(ctx)
    page = _page(qtbot, ctx)
    row = page.model.row_of(ids["Lê Minh Dũng"])
    with qtbot.waitSignal(page.open_child, timeout=1000) as blocker:
        page.table.doubleClicked.emit(page.model.index(row, M.COL_NAME))
    assert blocker.args == [ids["Lê Minh Dũng"]]
    page.select_child(ids["Trần Thị Đào"])
    assert page.open_button.isEnabled() and page.edit_button.isEnabled()
    with qtbot.waitSignal(page.open_child, timeout=1000) as blocker:
        press_key(page.table, Qt.Key.Key_Return)
    assert blocker.args == [ids["Trần Thị Đào"]]


def _fill_and_save(dialog) -> None:
    assert isinstance(dialog, ChildDialog)
    type_text(dialog.name_edit, "Hoàng Thị Ánh")
    type_text(dialog.birth_edit.line_edit, "2019")
    dialog.save_button.click()


def test_ctrl_n_adds_a_child_and_selects_it(qtbot, ctx, modal):
    _register(ctx)
    page = ChildrenPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    modal.next(_fill_and_save)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 5
    selected = page.selected_child_id()
    assert selected is not None
    assert ctx.children.get(selected).full_name == "Hoàng Thị Ánh"


def test_a_new_child_hidden_by_the_filters_is_still_shown(qtbot, ctx, modal):
    _register(ctx)
    page = _page(qtbot, ctx)
    _choose(page.sex_combo, Sex.MALE.value)
    modal.next(_fill_and_save)
    page.add_button.click()
    assert page.sex_combo.currentData() is None  # filters cleared to show it
    assert ctx.children.get(page.selected_child_id()).full_name == "Hoàng Thị Ánh"


def test_opening_the_existing_record_from_the_duplicate_question(qtbot, ctx, modal):
    ids = _register(ctx)
    page = _page(qtbot, ctx)

    def add_duplicate(dialog) -> None:
        type_text(dialog.name_edit, "Nguyễn Văn Đức")
        type_text(dialog.birth_edit.line_edit, f"01/05/{date.today().year - 4}")
        modal.next(lambda duplicate: duplicate.open_button.click())
        dialog.save_button.click()

    modal.next(add_duplicate)
    with qtbot.waitSignal(page.open_child, timeout=3000) as blocker:
        page.add_button.click()
    assert blocker.args == [ids["Nguyễn Văn Đức"]]
    assert ctx.children.count() == 4


def test_edit_button_saves_and_keeps_the_selection(qtbot, ctx, modal):
    ids = _register(ctx)
    page = _page(qtbot, ctx)
    page.select_child(ids["Lê Minh Dũng"])

    def rename(dialog) -> None:
        dialog.name_edit.clear()
        type_text(dialog.name_edit, "Lê Minh Dương")
        dialog.save_button.click()

    modal.next(rename)
    page.edit_button.click()
    assert page.selected_child_id() == ids["Lê Minh Dũng"]
    row = page.model.row_of(ids["Lê Minh Dũng"])
    assert page.model.data(page.model.index(row, M.COL_NAME)) == "Lê Minh Dương"


def test_import_from_excel_adds_the_children_to_the_list(qtbot, ctx, tmp_path):
    from tests import import_samples as samples
    from tests.ui.test_import_children_dialog import idle

    _register(ctx)
    page = _page(qtbot, ctx)
    before = page.model.rowCount()
    path = samples.official_list(tmp_path / "Danh sách.xlsx")
    dialogs = []

    def make():
        dialog = ChildrenPage.make_import_dialog(page)
        dialogs.append(dialog)
        dialog.open_file(str(path))
        return dialog

    page.make_import_dialog = make
    QTimer.singleShot(0, lambda: _import_all(qtbot, dialogs[0], idle))
    page.import_button.click()
    assert page.model.rowCount() == before + 4  # the list shows the children the wizard added


def _import_all(qtbot, dialog, idle) -> None:
    idle(qtbot, dialog)
    dialog.next_button.click()  # columns
    dialog.next_button.click()  # check
    idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.next_button.click()
    idle(qtbot, dialog)
    dialog.next_button.click()  # close
