"""The export dialog's period and its "Mẫu của cấp trên": add a template (file, sheet, the
guessed columns corrected in the table), export through it in the background, rename, delete."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from commune_care.domain.excel_templates import TemplateField
from commune_care.services.excel_templates import ExcelTemplatesService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.excel_export_dialog import ExcelExportDialog
from commune_care.ui.dialogs.excel_template_dialog import ExcelTemplateDialog
from tests.excel_template_samples import province_template
from tests.ui.test_excel_export_dialog import add_children
from tests.ui.typing_helpers import type_text

YEAR = date.today().year


def run_export(dialog: ExcelExportDialog, qtbot: QtBot) -> Any:
    dialog.result_ = None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    return dialog.result_


def test_a_quarter_is_exported_with_its_title(ctx: AppContext, qtbot: QtBot,
                                              tmp_path: Path) -> None:  # fmt: skip
    add_children(ctx)
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quarter"))
    assert dialog.part_combo.count() == 4 and not dialog.from_edit.isVisibleTo(dialog)
    dialog.part_combo.setCurrentIndex(0)
    out = tmp_path / "quy-1.xlsx"
    dialog.path_edit.setText(str(out))
    result = run_export(dialog, qtbot)
    assert result is not None and result.period.title == f"Quý I năm {YEAR}"
    assert load_workbook(out)["Tổng hợp"]["A5"].value.startswith(f"Quý I năm {YEAR}")


def test_two_days_typed_wrong_are_refused(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("range"))
    dialog.from_edit.setText(f"01/07/{YEAR}")
    dialog.to_edit.setText(f"30/06/{YEAR}")
    dialog.path_edit.setText(str(tmp_path / "x.xlsx"))
    dialog.start()
    assert dialog.worker is None and "ở trước ngày bắt đầu" in dialog.message.text()
    assert not (tmp_path / "x.xlsx").exists()


def test_add_correct_export_rename_and_delete_a_template(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    add_children(ctx)
    source = province_template(tmp_path / "mau-so.xlsx")
    editor = ExcelTemplateDialog(ctx)
    qtbot.addWidget(editor)
    editor.open_file(source)
    assert editor.sheet_combo.currentText() == "DS tre em"
    assert editor.table.rowCount() == 11 and editor.table.item(2, 1).text() == "Ngày sinh / Nam"
    assert "row 6, 7" in editor.found_label.text()
    editor.name_edit.clear()
    type_text(editor.name_edit, "Mẫu Sở Y tế")
    editor.set_field(9, TemplateField.SCHOOL_CLASS)  # "Trình độ văn hóa": the officer's choice
    editor.set_field(10, TemplateField.FULL_NAME)  # twice "Họ và tên": refused
    editor.save()
    assert "Họ và tên" in editor.message.text() and editor.saved is None
    editor.set_field(10, TemplateField.NOTES)
    editor.save()
    assert editor.saved is not None and editor.saved.name == "Mẫu Sở Y tế"
    assert editor.saved.columns[9].field is TemplateField.SCHOOL_CLASS

    dialog = ExcelExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.template_combo.count() == 2 and not dialog.edit_template_button.isEnabled()
    dialog.template_combo.setCurrentIndex(1)
    assert dialog.edit_template_button.isEnabled()
    out = tmp_path / "gui-so.xlsx"
    dialog.path_edit.setText(str(out))
    result = run_export(dialog, qtbot)
    assert result is not None and result.rows == 2 and "(2 children)" in dialog.message.text()
    ws = load_workbook(out)["DS tre em"]
    assert {ws["B9"].value, ws["B10"].value} == {"Đinh Thị Ngọc Ánh", "Hà Văn Đức"}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mẫu tỉnh 2027", True))
    dialog.rename_template()
    assert dialog.template_combo.currentText().startswith("Mẫu tỉnh 2027")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    dialog.delete_template()
    assert dialog.template_combo.count() == 1
    assert ExcelTemplatesService(ctx.db).list() == []


def test_a_new_file_with_other_headers_is_flagged(ctx: AppContext, qtbot: QtBot,
                                                  tmp_path: Path) -> None:  # fmt: skip
    source = province_template(tmp_path / "mau.xlsx")
    service = ExcelTemplatesService(ctx.db, "test")
    layout = service.inspect(source)
    saved = service.save("Mẫu", source, layout, layout.columns)
    book = load_workbook(source)
    book["DS tre em"]["E6"] = "Quốc tịch"
    book.save(tmp_path / "moi.xlsx")
    editor = ExcelTemplateDialog(ctx, None, saved)
    qtbot.addWidget(editor)
    assert editor.table.rowCount() == 11 and editor.message.text() == ""
    editor.open_file(tmp_path / "moi.xlsx")
    assert "differ from the saved template" in editor.message.text()
