"""The "Xuất Excel…" dialog: opened from the documents page, writes the workbook in the
background with a progress bar; Cancel leaves no file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from commune_care.domain.dates import PartialDate
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.excel_export_dialog import ExcelExportDialog
from commune_care.ui.pages.documents_page import DocumentsPage


def add_children(ctx: AppContext) -> None:
    for name in ("Đinh Thị Ngọc Ánh", "Hà Văn Đức"):
        ctx.children.create(
            ctx.children.validate({"full_name": name, "birth": PartialDate(2016, 9, 1)})
        )


def test_export_writes_the_anonymised_workbook(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    add_children(ctx)
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.year_spin.value() == date.today().year
    out = tmp_path / "so-lieu.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.anonymise_check.setChecked(True)
    with qtbot.waitSignal(dialog.export_button.clicked):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.result_ is not None, timeout=20_000)
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert str(out) in dialog.message.text()
    texts = {
        str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True) for v in row
    }  # fmt: skip
    assert "Hà Văn Đức" not in texts


def test_cancel_leaves_no_file(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "huy.xlsx"))
    dialog.start()
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    if dialog.result_ is None:  # the cancel arrived in time (the usual case)
        assert list(folder.iterdir()) == []
        assert dialog.message.text() == "Cancelled; no file was written."


def test_a_folder_that_does_not_exist_is_refused(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "no" / "x.xlsx"))
    dialog.start()
    assert dialog.worker is None and "folder" in dialog.message.text()


def test_the_documents_page_has_the_button(ctx: AppContext, qtbot: QtBot) -> None:
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    assert page.excel_button.text() == "Export to Excel…"


def _press(box, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_personal_data_warns_and_offers_the_anonymised_workbook(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, modal
) -> None:
    add_children(ctx)
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.anonymise_check.isChecked()
    assert not dialog.personal_warning.isHidden()
    assert "Nghị định 56" in dialog.personal_warning.text()
    dialog.anonymise_check.setChecked(True)
    assert dialog.personal_warning.isHidden()
    dialog.anonymise_check.setChecked(False)

    out = tmp_path / "so-lieu.xlsx"
    dialog.path_edit.setText(str(out))
    modal.next(lambda box: _press(box, "Cancel"))
    dialog.export_button.click()
    assert dialog.worker is None and not out.exists()

    modal.next(lambda box: _press(box, "Export anonymised"))  # the choice offered first
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.result_ is not None, timeout=20_000)
    assert dialog.anonymise_check.isChecked() and dialog.result_.anonymised
    texts = {str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True)
             for v in row}  # fmt: skip
    assert "Hà Văn Đức" not in texts

    dialog.anonymise_check.setChecked(False)
    dialog.result_ = None
    modal.next(lambda box: _press(box, "Export with names"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.result_ is not None, timeout=20_000)
    assert not dialog.result_.anonymised
    texts = {str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True)
             for v in row}  # fmt: skip
    assert "Hà Văn Đức" in texts
    assert load_workbook(out).properties.creator == "test"
    exports = ctx.audit.page(ctx.audit.validate_filter({"action": "export"}))
    anonymised = [{c.field: c.new for c in e.changes}["anonymised"] for e in exports]
    assert anonymised == ["Không", "Có"]  # newest first: with names, then the anonymised one
    assert all(e.user == "test" for e in exports)


def test_a_reader_exports_the_anonymised_workbook_from_the_data_menu(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """ "Chỉ xem" may export statistics: the Data menu offers the dialog, anonymised and locked."""
    from commune_care.domain.access import Actor, Role
    from commune_care.ui.main_window import MainWindow

    add_children(ctx)
    reader = AppContext.for_database(ctx.db, "reader", user=Actor("xem", frozenset({Role.VIEWER})))
    window = MainWindow(reader)
    qtbot.addWidget(window)
    assert window.excel_action.isEnabled()
    dialog = ExcelExportDialog(reader, window)
    qtbot.addWidget(dialog)
    assert dialog.anonymise_check.isChecked() and not dialog.anonymise_check.isEnabled()
    assert not dialog.personal_warning.isVisibleTo(dialog)
    out = tmp_path / "thong-ke.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.result_ is not None, timeout=20_000)
    assert not dialog.anonymise_check.isEnabled()  # still locked once the export is done
    texts = {
        str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True) for v in row
    }  # fmt: skip
    assert "Hà Văn Đức" not in texts and "Đinh Thị Ngọc Ánh" not in texts


def test_the_data_menu_export_is_disabled_for_the_administrator(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from commune_care.domain.access import Actor, Role
    from commune_care.ui.main_window import MainWindow

    admin = AppContext.for_database(ctx.db, "admin", user=Actor("qt", frozenset({Role.ADMIN})))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert not window.excel_action.isEnabled() and window.excel_action.toolTip()
