"""The alternative-care placements list as a Qt table model over ``PlacementOut`` rows.

A commune has tens of placements: the filtered list is loaded at once and sorted in memory.
The next thing to do (the handover, or the next follow-up) is coloured by its state as the
cases list colours its deadlines; an ended placement says when it ended, greyed.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.schemas.care import PlacementFilter, PlacementOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.placement_steps import follow_up_short
from commune_care.ui.models.case_table_model import STATE_COLORS

_Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#666666")


def handover_text(p: PlacementOut) -> str:
    """The handover: its day, or that it is still due (and by when)."""
    if p.handover_date is not None:
        return format_date(p.handover_date)
    if p.handover_due is not None and p.current:
        text = QCoreApplication.translate("PlacementTableModel", "not yet (by {0})")
        return text.format(format_date(p.handover_due))
    return ""


class PlacementTableModel(QAbstractTableModel):
    COL_CODE = 0
    COL_CHILD = 1
    COL_FORM = 2
    COL_CARER = 3
    COL_START = 4
    COL_HANDOVER = 5
    COL_NEXT = 6
    COL_DUE = 7
    COL_STATE = 8
    COLUMN_COUNT = 9

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
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
        self._filter = PlacementFilter(current=True)
        self._rows: list[PlacementOut] = []
        self._sort_column = self.COL_DUE
        self._order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("Code"),
            self.tr("Child"),
            self.tr("Form"),
            self.tr("Carer"),
            self.tr("Since"),
            self.tr("Handover"),
            self.tr("Next follow-up"),
            self.tr("Due"),
            self.tr("State"),
        ]

    # --- loading -----------------------------------------------------------------------
    @property
    def placement_filter(self) -> PlacementFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def set_filter(self, flt: PlacementFilter, today: date | None = None) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._ctx.care.placements(flt, today)
        self._sort_rows()
        self.endResetModel()

    def placement(self, row: int) -> PlacementOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def placement_id(self, row: int) -> int | None:
        p = self.placement(row)
        return p.id if p else None

    def row_of(self, placement_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == placement_id), None)

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
            return self.tooltip(row, column) or None
        if role == self.ID_ROLE:
            return row.id
        if role == self.STATE_ROLE:
            return row.next_state
        if not row.current:
            return QBrush(MUTED) if role == Qt.ItemDataRole.ForegroundRole else None
        state = row.next_state
        if state is not None and column in (self.COL_DUE, self.COL_STATE):
            bg, fg = STATE_COLORS[state]
            if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATE:
                return QBrush(QColor(bg))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(fg))
        if (
            column == self.COL_HANDOVER
            and role == Qt.ItemDataRole.ForegroundRole
            and row.handover_date is None
            and row.handover_due is not None
        ):
            return QBrush(QColor(STATE_COLORS[DeadlineState.DUE_SOON][1]))
        return None

    def display(self, row: PlacementOut, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_CHILD:
            return row.child_name
        if column == self.COL_FORM:
            return row.form.short_label
        if column == self.COL_CARER:
            return row.carer_name
        if column == self.COL_START:
            return format_date(row.start_date)
        if column == self.COL_HANDOVER:
            return handover_text(row)
        if column == self.COL_NEXT:
            if not row.current:
                return row.end_reason_label  # why it ended, where the next step would be
            if row.next_due_kind is not None:
                return follow_up_short(row.next_due_kind)
            return row.next_due_label
        if column == self.COL_DUE:
            return format_date(row.next_due if row.current else row.end_date)
        if column == self.COL_STATE:
            if not row.current:
                return self.tr("Ended")
            return row.next_state.label if row.next_state is not None else ""
        return ""

    def tooltip(self, row: PlacementOut, column: int) -> str:
        if column == self.COL_CHILD:
            return f"{row.child_name} ({row.child_code})"
        if column == self.COL_FORM:
            return f"{row.form_label} — {row.term_label}"
        if column == self.COL_CARER and row.relationship:
            return f"{row.carer_name} ({row.relationship})"
        if column in (self.COL_DUE, self.COL_STATE) and not row.current:
            return self.tr("Ended on {0}: {1}").format(
                format_date(row.end_date), row.end_reason_label
            )
        if column == self.COL_NEXT:
            return row.next_due_label if row.current else ""
        return self.display(row, column)

    def sort_key(self, row: PlacementOut, column: int) -> Any:
        if column == self.COL_START:
            return row.start_date
        if column == self.COL_HANDOVER:
            return (row.handover_date is None, row.handover_date or date.max)
        if column == self.COL_DUE:
            return (not row.current, row.next_due is None, row.next_due or date.max)
        if column == self.COL_STATE:
            return (not row.current, self._STATE_ORDER[row.next_state], row.next_due or date.max)
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


__all__ = ["PlacementTableModel", "handover_text"]
