""" "Mẫu của cấp trên": choose the province's .xlsx template and its sheet; the app finds the
header row and guesses which of our fields each column holds; the officer corrects each column
in a table of combo boxes, names the template, chooses the list it is filled with, and saves.
Opened from the Excel export dialog, for a new template or to edit a saved one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.excel_templates import (
    ExcelTemplate,
    TemplateColumn,
    TemplateDataset,
    TemplateField,
    TemplateLayout,
)
from commune_care.domain.groups import GROUPS
from commune_care.services.excel_templates import ExcelTemplatesService
from commune_care.ui.context import AppContext

__all__ = ["ExcelTemplateDialog"]

COL_LETTER, COL_HEADER, COL_FIELD = range(3)


def _letter(column: int) -> str:
    letters, n = "", column
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ExcelTemplateDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 template: ExcelTemplate | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = ExcelTemplatesService(ctx.db, ctx.actor)
        self.template = template
        self.layout_: TemplateLayout | None = None
        self.path: Path | None = None
        self.saved: ExcelTemplate | None = None
        self._combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Template of the upper level"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.list_combo = QComboBox()
        for dataset in TemplateDataset:
            self.list_combo.addItem(dataset.label, dataset.value)
        self.group_combo = QComboBox()
        for group in GROUPS:
            self.group_combo.addItem(group.label, group.code)
        self.list_combo.currentIndexChanged.connect(self._list_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&List:"), self.list_combo)
        form.addRow(self.tr("&Group:"), self.group_combo)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the template"), self.tr("What the app writes")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_HEADER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the Excel file the upper level sent. The app finds the row of column "
            "headers and guesses what goes in each column; correct any column below. Exports "
            "then fill a copy of this file: its title rows, header, formatting and signatures "
            "stay as they are."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.found_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        if template is not None:
            self._load_saved(template)
        self._list_changed()

    # --- the file and the sheet -----------------------------------------------------------------
    def _load_saved(self, template: ExcelTemplate) -> None:
        self.name_edit.setText(template.name)
        self.file_edit.setText(template.file_name)
        self.list_combo.setCurrentIndex(self.list_combo.findData(template.dataset.value))
        if template.group_code:
            self.group_combo.setCurrentIndex(self.group_combo.findData(template.group_code))
        try:
            self._show(self.service.stored_layout(template.id))
        except UserError as exc:
            self.message.setText(exc.message)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the template"), "", self.tr("Excel workbook (*.xlsx *.xlsm)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        try:
            layout = self.service.inspect(path, sheet)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.path = path
        self.file_edit.setText(str(path))
        if not self.name_edit.text().strip():
            self.name_edit.setText(path.stem)
        changed = False
        if self.template is not None:  # a new file for a saved template: keep what still fits
            if layout.labels == tuple(c.label for c in self.template.columns):
                layout = replace(layout, columns=self.template.columns)
            else:
                changed = True
        self._show(layout)
        if changed:
            self.message.setText(self.tr(
                "The column headers of this file differ from the saved template: check what "
                "goes in each column before saving."))  # fmt: skip

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentText()
        if self.path is not None and self.layout_ is not None and sheet != self.layout_.sheet:
            self.open_file(self.path, sheet)

    def _show(self, layout: TemplateLayout) -> None:
        self.layout_ = layout
        self.message.clear()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(layout.sheets))
        self.sheet_combo.setCurrentText(layout.sheet)
        self.sheet_combo.setEnabled(self.path is not None)
        rows = ", ".join(str(r) for r in layout.header_rows)
        found = self.tr("Column headers found on row %1; the list starts on row %2.")
        found = found.replace("%1", rows).replace("%2", str(layout.data_first))
        if layout.has_totals:
            found += " " + self.tr("The template's totals line is filled in.")
        self.found_label.setText(found)
        self.table.setRowCount(len(layout.columns))
        self._combos = []
        for row, column in enumerate(layout.columns):
            letter = QTableWidgetItem(_letter(column.column))
            label = QTableWidgetItem(column.label)
            for item in (letter, label):
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.table.setItem(row, COL_LETTER, letter)
            self.table.setItem(row, COL_HEADER, label)
            combo = QComboBox()
            for field in TemplateField:
                combo.addItem(field.label, field.value)
            combo.setCurrentIndex(combo.findData(column.field.value))
            self.table.setCellWidget(row, COL_FIELD, combo)
            self._combos.append(combo)
        self.table.resizeColumnToContents(COL_LETTER)

    def _list_changed(self, _index: int = 0) -> None:
        self.group_combo.setEnabled(self.list_combo.currentData() == TemplateDataset.GROUP.value)

    # --- the mapping ------------------------------------------------------------------------------
    def mapping(self) -> tuple[TemplateColumn, ...]:
        assert self.layout_ is not None
        return tuple(
            TemplateColumn(c.column, c.label, TemplateField(combo.currentData()))
            for c, combo in zip(self.layout_.columns, self._combos, strict=True)
        )

    def set_field(self, row: int, field: TemplateField) -> None:
        self._combos[row].setCurrentIndex(self._combos[row].findData(field.value))

    def save(self) -> None:
        if self.layout_ is None:
            self.message.setText(self.tr("Choose the template file first."))
            return
        dataset = TemplateDataset(self.list_combo.currentData())
        try:
            self.saved = self.service.save(
                self.name_edit.text(), self.path, self.layout_, self.mapping(), dataset,
                self.group_combo.currentData() or "",
                self.template.id if self.template is not None else None,
            )  # fmt: skip
        except InvalidInput as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
