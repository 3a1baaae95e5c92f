"""The cases list as a Qt table model over ``CaseSummary`` rows.

A commune has hundreds of cases, not 100,000: the filtered list is loaded at once and sorted in
memory (DESIGN.md §4 allows that for small lists). No confidential field is ever in a row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from commune_care.domain.cases import DeadlineState
from commune_care.domain.schemas.cases import CaseFilter, CaseSummary
from commune_care.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex

# Background / text colour of a deadline state (the same everywhere in the cases UI).
STATE_COLORS: dict[DeadlineState, tuple[str, str]] = {
    DeadlineState.ON_TIME: ("#e3f1e5", "#1d5b2a"),
    DeadlineState.DUE_SOON: ("#ffe9b3", "#5c3b00"),
    DeadlineState.OVERDUE: ("#fbd5d1", "#8c1d18"),
    DeadlineState.DONE: ("#e8e8e8", "#333333"),
}


def format_due(due: datetime | None, all_day: bool) -> str:
    """dd/mm/yyyy for a day deadline, dd/mm/yyyy HH:MM for an hour clock."""
    if due is None:
        return ""
    return due.strftime("%d/%m/%Y") if all_day else due.strftime("%d/%m/%Y %H:%M")


class CaseTableModel(QAbstractTableModel):
    COL_CODE = 0
    COL_CHILD = 1
    COL_OPENED = 2
    COL_LEVEL = 3
    COL_STAGE = 4
    COL_NEXT = 5
    COL_DUE = 6
    COL_STATE = 7
    COLUMN_COUNT = 8

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    STATE_ROLE = Qt.ItemDataRole.UserRole + 3

    _STATE_ORDER: ClassVar[dict[DeadlineState | None, int]] = {
        DeadlineState.OVERDUE: 0,
        DeadlineState.DUE_SOON: 1,
        DeadlineState.ON_TIME: 2,
        DeadlineState.DONE: 3,
        None: 4,
    }

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = CaseFilter()
        self._rows: list[CaseSummary] = []
        self._sort_column = self.COL_DUE
        self._order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("Code"),
            self.tr("Child"),
            self.tr("Opened"),
            self.tr("Level"),
            self.tr("Stage"),
            self.tr("Next action"),
            self.tr("Due"),
            self.tr("State"),
        ]

    # --- loading -----------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def set_filter(self, flt: CaseFilter, now: datetime | None = None) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._ctx.cases.list(flt, now)
        self._sort_rows()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def summary(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def case_id(self, row: int) -> int | None:
        summary = self.summary(row)
        return summary.id if summary else None

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(row, column)
            if column == self.COL_CHILD and row.child_code:
                return f"{row.child_name} ({row.child_code})"
            return text or None
        if role == self.ID_ROLE:
            return row.id
        if role == self.SORT_ROLE:
            return self.sort_key(row, column)
        if role == self.STATE_ROLE:
            return row.next_state
        state = row.next_state if row.closed_on is None else None
        if state is not None and column in (self.COL_DUE, self.COL_STATE):
            bg, fg = STATE_COLORS[state]
            if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATE:
                return QBrush(QColor(bg))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(fg))
        if role == Qt.ItemDataRole.ForegroundRole and row.closed_on is not None:
            return QBrush(QColor("#666666"))
        return None

    def display(self, row: CaseSummary, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_CHILD:
            return row.child_name
        if column == self.COL_OPENED:
            return row.opened_at.strftime("%d/%m/%Y")
        if column == self.COL_LEVEL:
            return row.level.label if row.level else ""
        if column == self.COL_STAGE:
            return row.stage.label
        if column == self.COL_NEXT:
            return row.next_action_label
        if column == self.COL_DUE:
            return format_due(row.next_due, row.next_due_all_day)
        if column == self.COL_STATE:
            if row.closed_on is not None:
                return self.tr("Closed {0}").format(row.closed_on.strftime("%d/%m/%Y"))
            if row.next_state is None or row.next_due is None:
                return ""
            return row.next_state.label
        return ""

    def sort_key(self, row: CaseSummary, column: int) -> Any:
        if column == self.COL_OPENED:
            return row.opened_at
        if column == self.COL_LEVEL:
            return -(row.level.rank if row.level else 0)
        if column == self.COL_STAGE:
            return row.stage.order
        if column == self.COL_DUE:
            return (row.next_due is None, row.next_due or datetime.max)
        if column == self.COL_STATE:
            return (self._STATE_ORDER[row.next_state], row.next_due or datetime.max)
        return self.display(row, column).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._order = column, order
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        self._rows.sort(
            key=lambda r: (self.sort_key(r, column), r.code),
            reverse=self._order == Qt.SortOrder.DescendingOrder,
        )


__all__ = ["STATE_COLORS", "CaseTableModel", "format_due"]
