"""A record's history (Lịch sử): its audit entries, newest first, and under them the selected
entry's old → new value of each field. Shared by the child's and the case's pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.schemas.children import HistoryEntry


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    return item


def _plain_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.table = _plain_table(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Summary")]
        )
        self.table.setAccessibleName(self.tr("History"))
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 140, 170)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_changes(row))
        self.changes_label = QLabel(self.tr("What the selected entry changed:"))
        self.changes = _plain_table([self.tr("Field"), self.tr("Old value"), self.tr("New value")])
        self.changes.setAccessibleName(self.tr("Old and new values"))
        changes_header = self.changes.horizontalHeader()
        changes_header.resizeSection(0, 200)
        changes_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.changes_label)
        lower_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.at.strftime("%d/%m/%Y %H:%M"), entry.user, entry.action, entry.summary)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _item(text))
        self.table.resizeRowsToContents()
        if self.entries:
            self.table.selectRow(0)
        self._show_changes(0 if self.entries else -1)

    def _show_changes(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        fields = entry.changes if entry is not None else ()
        self.changes.setRowCount(len(fields))
        for n, change in enumerate(fields):
            for column, text in enumerate((change.label, change.old, change.new)):
                self.changes.setItem(n, column, _item(text))
        self.changes.resizeRowsToContents()
