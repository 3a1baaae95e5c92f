"""Nhật ký hệ thống in pytest-qt on a real database: the list pages by keyset as it scrolls,
filters by user, action, object, dates and text, shows old → new per field; the integrity check
runs in the background and warns (in red, not a crash) about a trail edited with sqlite3; and
hostile input typed into the child form is cleaned or refused with the field's message."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtWidgets import QDialog

from commune_care.db.session import hold_write_lock
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.children import NOTES_MAX
from commune_care.services.audit_trail import PAGE_SIZE
from commune_care.services.children import NewChild, insert_children
from commune_care.ui.dialogs.audit_verify_dialog import AuditVerifyDialog
from commune_care.ui.dialogs.child_dialog import ChildDialog
from commune_care.ui.pages.audit_page import AuditPage
from tests.ui.typing_helpers import type_text


def _page(qtbot, ctx) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _many_children(ctx, n: int) -> None:
    children = ctx.children
    with ctx.db.session() as s:
        hold_write_lock(s)
        items = [NewChild(children.validate({"full_name": f"Trẻ số {i}", "birth": PartialDate(2014)}))
                 for i in range(n)]  # fmt: skip
        insert_children(s, items, "nhập hàng loạt")


def test_the_list_pages_as_it_scrolls(qtbot, ctx):
    _many_children(ctx, 2 * PAGE_SIZE + 50)
    page = _page(qtbot, ctx)
    model = page.model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert page.count_label.text() == "200 entries shown; scroll down for older ones."
    page.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.entry(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    with sqlite3.connect(ctx.db.path) as conn:
        assert len(ids) == conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_filters_and_old_new_values(qtbot, ctx):
    children = ctx.children
    child = children.create(children.validate({"full_name": "Nguyễn Văn Đức",
                                               "birth": PartialDate(2015, 3, 7)}))  # fmt: skip
    children.update(child.id, children.validate({"full_name": "Nguyễn Văn Đức Anh",
                                                 "birth": PartialDate(2015, 3, 7),
                                                 "school": "Trường Tiểu học Hòa Cư"}))  # fmt: skip
    page = _page(qtbot, ctx)
    page.action_combo.setCurrentIndex(page.action_combo.findData("update"))
    page.entity_combo.setCurrentIndex(page.entity_combo.findData("child"))
    page.apply_filter()
    assert page.model.rowCount() == 1
    assert page.selected_entry().entity_id == child.id
    cells = {
        page.changes.item(r, 0).text(): (page.changes.item(r, 1).text(),
                                         page.changes.item(r, 2).text())
        for r in range(page.changes.rowCount())
    }  # fmt: skip
    assert cells["Họ và tên"] == ("Nguyễn Văn Đức", "Nguyễn Văn Đức Anh")
    assert cells["Trường"] == ("", "Trường Tiểu học Hòa Cư")
    assert page.detail_label.text().startswith(f"Entry {page.selected_entry().id} — ")

    page.clear_filter()
    type_text(page.text_edit, "duc anh")  # without accents, đ typed as d
    page.apply_filter()
    assert [page.model.entry(r).action for r in range(page.model.rowCount())] == ["update"]

    page.clear_filter()
    page.user_combo.setCurrentIndex(page.user_combo.findData("test"))
    page.from_edit.set_date(date(2000, 1, 1))
    page.to_edit.set_date(date(2000, 12, 31))
    page.apply_filter()
    assert page.model.rowCount() == 0
    page.to_edit.set_date(date.today())
    page.apply_filter()
    assert page.model.rowCount() >= 2


def test_dates_in_the_wrong_order_are_refused_with_a_message(qtbot, ctx, modal):
    page = _page(qtbot, ctx)
    shown = page.model.rowCount()
    page.from_edit.set_date(date(2026, 5, 2))
    page.to_edit.set_date(date(2026, 5, 1))
    messages: list[str] = []
    modal.next(lambda box: (messages.append(box.text()), box.accept()))
    page.apply_filter()
    assert messages and "“Từ ngày” phải trước" in messages[0]
    assert page.model.rowCount() == shown


def _verify(qtbot, ctx) -> AuditVerifyDialog:
    dialog = AuditVerifyDialog(ctx.audit)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    return dialog


def test_an_intact_trail_is_confirmed(qtbot, ctx):
    _many_children(ctx, 30)
    dialog = _verify(qtbot, ctx)
    assert not dialog.tampered and not dialog.close_button.isHidden()
    assert dialog.text.text().startswith("Nhật ký hệ thống toàn vẹn")


def test_a_trail_edited_outside_the_app_is_a_warning_not_a_crash(qtbot, ctx):
    _many_children(ctx, 30)
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute('UPDATE audit_log SET changes = \'{"summary": "sửa lén"}\' WHERE id = 7')
    conn.close()
    page = _page(qtbot, ctx)
    dialog = _verify(qtbot, ctx)
    assert dialog.tampered
    assert "dòng số 7" in dialog.text.text() and "b3261e" in dialog.text.styleSheet()
    page.show_verification(dialog)
    assert "dòng số 7" in page.verify_label.text()
    # The app goes on: the page still lists the entries, the edited one shown as it is now.
    page.reload()
    summaries = [page.model.entry(r).summary for r in range(page.model.rowCount())]
    assert "sửa lén" in summaries


def test_hostile_input_in_the_child_form(qtbot, ctx):
    dialog = ChildDialog(ctx, None)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard())
    dialog.show()
    type_text(dialog.name_edit, "Nguyễn\u200b Văn\u202e Đức")
    type_text(dialog.birth_edit.line_edit, "07/03/2015")
    dialog.notes_edit.setPlainText("Robert'); DROP TABLE children;--" + "x" * NOTES_MAX)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"quá giới hạn {NOTES_MAX} ký tự" in dialog.errors.message("notes")
    assert ctx.children.search("duc") == []
    dialog.notes_edit.setPlainText("Robert'); DROP TABLE children;--")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ctx.children.get(dialog.saved_child_id)
    assert saved.full_name == "Nguyễn Văn Đức"
    assert saved.notes == "Robert'); DROP TABLE children;--"
    assert ctx.audit.verify().intact


def test_the_data_menu_checks_the_trail_and_the_section_opens(qtbot, ctx, modal):
    from commune_care.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def read(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
        seen.append(dialog.text.text())
        dialog.accept()

    modal.next(read)
    window.verify_audit_action.trigger()
    assert seen and seen[0].startswith("Nhật ký hệ thống toàn vẹn")
    window.show_page("audit")
    assert isinstance(window.page("audit"), AuditPage)
    assert window.page("audit").model.rowCount() > 0
