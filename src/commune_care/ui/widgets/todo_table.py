"""The table of "Việc cần làm" lines, shared by the cases page and the to-do page.

Enter or a double click asks to open the line's subject (a case, a placement, an adoption …)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from commune_care.domain.schemas.todo import TodoEntry
from commune_care.ui.models.case_table_model import STATE_COLORS, format_due


class TodoTable(QTableWidget):
    open_entry = Signal(object)  # the TodoEntry of the row

    COL_DUE, COL_STATE = 0, 1

    def __init__(self, show_programme: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 6 if show_programme else 5, parent)
        self.show_programme = show_programme
        self.entries: list[TodoEntry] = []
        headers = [self.tr("Due"), self.tr("State")]
        widths = [17, 13]
        if show_programme:
            headers.append(self.tr("Programme"))
            widths.append(18)
        headers += [self.tr("Record"), self.tr("Child"), self.tr("To do")]
        widths += [15, 22]
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        # A follow-up's label ends with "— sau 42 tháng": keep both ends readable.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(widths):
            header.resizeSection(column, chars * char + 16)
        header.setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.installEventFilter(self)

    def set_entries(self, entries: list[TodoEntry]) -> None:
        self.entries = entries
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [format_due(entry.due, entry.all_day), entry.state.label if entry.due else ""]
            if self.show_programme:
                cells.append(entry.area_label)
            cells += [entry.subject_code, entry.child_name, entry.label]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if entry.due is not None and column in (self.COL_DUE, self.COL_STATE):
                    bg, fg = STATE_COLORS[entry.state]
                    cell.setForeground(QBrush(QColor(fg)))
                    if column == self.COL_STATE:
                        cell.setBackground(QBrush(QColor(bg)))
                self.setItem(row, column, cell)

    def overdue_count(self) -> int:
        return sum(1 for e in self.entries if e.overdue)

    def current_entry(self) -> TodoEntry | None:
        row = self.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.open_entry.emit(self.entries[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.currentRow())
                return True
        return super().eventFilter(watched, event)


__all__ = ["TodoTable"]
