"""The history (Lịch sử) of a child and of a case: every audit entry, newest first, and for the
selected one each field's old → new value — confidential case details never shown there."""

from __future__ import annotations

from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.children import ChildIn
from commune_care.ui.pages.case_page import CasePage
from commune_care.ui.pages.child_page import ChildPage
from tests.ui.test_case_page import SECRET_CONDITION, SECRET_INFORMANT, open_case, visible_text


def _changes(view) -> dict[str, tuple[str, str]]:
    table = view.changes
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}  # fmt: skip


def test_the_childs_history_shows_each_fields_old_and_new_value(qtbot, ctx):
    children = ctx.children
    child = children.create(ChildIn(full_name="Lò Văn Páo", birth=PartialDate(2014)))
    children.update(child.id, ChildIn(full_name="Lò Văn Pao", birth=PartialDate(2014, 5),
                                      school="Trường Tiểu học Nà Hừ"))  # fmt: skip
    children.archive(child.id, "Chuyển đi xã khác")
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_child(child.id)
    view = page.history_tab.view
    actions = [view.table.item(r, 2).text() for r in range(view.table.rowCount())]
    assert actions == ["Lưu trữ hồ sơ", "Sửa hồ sơ", "Tạo hồ sơ"]
    assert _changes(view)["Lý do lưu trữ"] == ("", "Chuyển đi xã khác")
    view.table.selectRow(1)
    changed = _changes(view)
    assert changed["Họ và tên"] == ("Lò Văn Páo", "Lò Văn Pao")
    assert changed["Tháng sinh"] == ("", "5")
    assert changed["Trường"] == ("", "Trường Tiểu học Nà Hừ")
    view.table.selectRow(2)
    assert _changes(view)["Họ và tên"] == ("", "Lò Văn Páo")


def test_the_case_history_is_complete_and_keeps_secrets(qtbot, ctx):
    case = open_case(ctx)
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_case(case.id)
    view = page.history_view
    assert view.table.rowCount() == len(ctx.cases.history(case.id)) >= 1
    assert view.table.item(view.table.rowCount() - 1, 2).text().startswith("Mở hồ sơ")
    assert view.changes.rowCount() > 0
    page.side_tabs.setCurrentWidget(view)
    text = visible_text(page)
    assert SECRET_CONDITION not in text and SECRET_INFORMANT not in text
