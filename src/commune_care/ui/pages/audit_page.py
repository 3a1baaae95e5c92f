"""Nhật ký hệ thống: every change, export, print, backup and restore, newest first, filtered by
user, action, kind of object, dates and text; the selected entry's old → new value per field;
"Kiểm tra tính toàn vẹn" checks the hash chain in the background (issue #8). The list pages
through the trail by keyset (``AuditTableModel``), so a million entries open at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.audit import FILTER_TEXT_MAX, AuditEntryOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.audit_verify_dialog import AuditVerifyDialog
from commune_care.ui.dialogs.backup_common import ERROR_STYLE, MUTED_STYLE, OK_STYLE
from commune_care.ui.feedback import show_user_error
from commune_care.ui.models.audit_table_model import AuditTableModel
from commune_care.ui.widgets.date_edit import DateLineEdit

M = AuditTableModel
_COLUMN_CHARS = {M.COL_TIME: 19, M.COL_USER: 14, M.COL_ACTION: 26, M.COL_ENTITY: 22}


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.audit
        self.model = AuditTableModel(self.service, self)
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Audit trail"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.user_combo = self._combo(self.tr("User"))
        self.action_combo = self._combo(self.tr("Action"))
        self.entity_combo = self._combo(self.tr("Object"))
        self.from_edit = DateLineEdit()
        self.to_edit = DateLineEdit()
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(FILTER_TEXT_MAX)
        self.text_edit.setPlaceholderText(self.tr("Words in the entry (accents optional)"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.returnPressed.connect(self.apply_filter)
        self.apply_button = QPushButton(self.tr("&Filter"))
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("C&lear filter"))
        self.clear_button.clicked.connect(self.clear_filter)

        filters = QGridLayout()
        for column, (label, widget) in enumerate(
            ((self.tr("&User:"), self.user_combo), (self.tr("&Action:"), self.action_combo),
             (self.tr("&Object:"), self.entity_combo))
        ):  # fmt: skip
            filters.addWidget(self._buddy(label, widget), 0, column * 2)
            filters.addWidget(widget, 0, column * 2 + 1)
        filters.addWidget(self._buddy(self.tr("F&rom:"), self.from_edit), 1, 0)
        filters.addWidget(self.from_edit, 1, 1)
        filters.addWidget(self._buddy(self.tr("&To:"), self.to_edit), 1, 2)
        filters.addWidget(self.to_edit, 1, 3)
        filters.addWidget(self._buddy(self.tr("Te&xt:"), self.text_edit), 1, 4)
        filters.addWidget(self.text_edit, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        filters.addLayout(buttons, 2, 0, 1, 6)
        filters.setColumnStretch(5, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Audit trail entries"))
        header = self.table.horizontalHeader()
        width = self.table.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * width + 16)
        header.setSectionResizeMode(M.COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)

        self.detail_label = QLabel(self.tr("Select an entry to see what it changed."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Old value"), self.tr("New value")]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("Old and new values"))
        changes_header = self.changes.horizontalHeader()
        changes_header.resizeSection(0, 24 * width)
        changes_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED_STYLE)
        self.verify_button = QPushButton(self.tr("Check &integrity"))
        self.verify_button.setToolTip(
            self.tr(
                "Check that no entry was edited, deleted, inserted or reordered outside the program"
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.verify_label)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """The filter lists and the entries as they are now (new entries since last shown)."""
        try:
            values = self.service.filter_values()
            self._fill(self.user_combo, values["user"])
            self._fill(self.action_combo, values["action"])
            self._fill(self.entity_combo, values["entity"])
            self.model.reload()
        except UserError as exc:  # no permission: an empty page that says why
            self.count_label.setText(exc.message)
            self.count_label.setStyleSheet(ERROR_STYLE)
            return
        if self.model.rowCount():
            self.table.selectRow(0)

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(all)"), "")
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_values(self) -> dict[str, Any]:
        return {
            "user": self.user_combo.currentData() or "",
            "action": self.action_combo.currentData() or "",
            "entity": self.entity_combo.currentData() or "",
            "date_from": self.from_edit.date(),
            "date_to": self.to_edit.date(),
            "text": self.text_edit.text(),
        }

    def apply_filter(self) -> None:
        if not (self.from_edit.validate() and self.to_edit.validate()):
            return
        try:
            wanted = self.service.validate_filter(self.current_values())
            self.model.set_filter(wanted)
        except InvalidInput as exc:
            show_user_error(self, exc)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._show_selected()
        if self.model.rowCount():
            self.table.selectRow(0)

    def clear_filter(self) -> None:
        for combo in (self.user_combo, self.action_combo, self.entity_combo):
            combo.setCurrentIndex(0)
        self.from_edit.set_date(None)
        self.to_edit.set_date(None)
        self.text_edit.clear()
        self.apply_filter()

    def _update_count(self) -> None:
        shown = f"{self.model.rowCount():,}".replace(",", ".")
        if self.model.rowCount() == 0:
            text = self.tr("No entry matches the filter.")
        elif self.model.exhausted:
            text = self.tr("%1 entries.").replace("%1", shown)
        else:
            text = self.tr("%1 entries shown; scroll down for older ones.").replace("%1", shown)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(MUTED_STYLE)

    # --- the selected entry ------------------------------------------------------------
    def selected_entry(self) -> AuditEntryOut | None:
        return self.model.entry(self.table.currentIndex().row())

    def _show_selected(self, *_args: object) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail_label.setText(self.tr("Select an entry to see what it changed."))
            self.changes.setRowCount(0)
            return
        heading = self.tr("Entry %1 — %2, %3: %4 (%5)")
        for placeholder, value in (
            ("%1", str(entry.id)), ("%2", entry.at.strftime("%d/%m/%Y %H:%M:%S")),
            ("%3", entry.user), ("%4", entry.action_label),
            ("%5", entry.entity_label + (f" #{entry.entity_id}" if entry.entity_id else "")),
        ):  # fmt: skip
            heading = heading.replace(placeholder, value)
        if entry.summary:
            heading += "\n" + entry.summary
        self.detail_label.setText(heading)
        self.changes.setRowCount(len(entry.changes))
        for row, change in enumerate(entry.changes):
            for column, text in enumerate((change.label, change.old, change.new)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
        self.changes.resizeRowsToContents()

    # --- integrity ---------------------------------------------------------------------
    def make_verify_dialog(self) -> AuditVerifyDialog:
        return AuditVerifyDialog(self.service, self)

    def verify(self) -> None:
        dialog = self.make_verify_dialog()
        dialog.exec()
        self.show_verification(dialog)

    def show_verification(self, dialog: AuditVerifyDialog) -> None:
        if dialog.result_ is None:
            return
        self.verify_label.setText(dialog.result_.message)
        self.verify_label.setStyleSheet(OK_STYLE if dialog.result_.intact else ERROR_STYLE)
