"""The register of outgoing documents as a Qt table model over ``DocumentOut`` rows.

A commune issues hundreds of documents a year, not thousands: the filtered list is loaded at
once and sorted in memory (DESIGN.md §4 allows that for small lists)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from commune_care.domain.dates import format_date
from commune_care.domain.documents import DocumentStatus
from commune_care.domain.schemas.documents import DocumentFilter, DocumentOut
from commune_care.services.documents import DocumentsService

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLORS: dict[DocumentStatus, tuple[str, str]] = {
    DocumentStatus.DRAFT: ("#ffe9b3", "#5c3b00"),
    DocumentStatus.ISSUED: ("#e3f1e5", "#1d5b2a"),
    DocumentStatus.CANCELLED: ("#e8e8e8", "#666666"),
}


class DocumentTableModel(QAbstractTableModel):
    COL_NUMBER = 0
    COL_DATE = 1
    COL_SYMBOL = 2
    COL_SUBJECT = 3
    COL_SIGNER = 4
    COL_STATUS = 5
    COLUMN_COUNT = 6

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, documents: DocumentsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._filter = DocumentFilter()
        self._rows: list[DocumentOut] = []
        self._sort_column = -1  # the service's order: drafts first, then the latest
        self._order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("No."),
            self.tr("Date"),
            self.tr("Number and symbol"),
            self.tr("Subject"),
            self.tr("Signed by"),
            self.tr("Status"),
        ]

    def set_filter(self, flt: DocumentFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._documents.list(flt)
        if self._sort_column >= 0:
            self._sort_rows()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def document(self, row: int) -> DocumentOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == doc_id), None)

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, doc: DocumentOut, column: int) -> str:
        if column == self.COL_NUMBER:
            return f"{doc.number:02d}" if doc.number is not None else "—"
        if column == self.COL_DATE:
            return format_date(doc.issued_on)
        if column == self.COL_SYMBOL:
            return doc.number_symbol or self.tr("(draft) {0}").format(doc.symbol)
        if column == self.COL_SUBJECT:
            return doc.subject
        if column == self.COL_SIGNER:
            return doc.signer_label
        label = doc.status_label
        if doc.status is DocumentStatus.CANCELLED and doc.cancel_reason:
            label = f"{label}: {doc.cancel_reason}"
        return label

    def _sort_key(self, doc: DocumentOut, column: int) -> Any:
        if column == self.COL_NUMBER:
            return (doc.number is not None, doc.year or 0, doc.number or 0)
        if column == self.COL_DATE:
            return doc.issued_on or date.max
        return self._text(doc, column).casefold()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(doc, column)
        if role == self.ID_ROLE:
            return doc.id
        if role == self.SORT_ROLE:
            return self._sort_key(doc, column)
        if column == self.COL_STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLORS[doc.status][0]))
        if column == self.COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLORS[doc.status][1]))
        if role == Qt.ItemDataRole.ForegroundRole and doc.status is DocumentStatus.CANCELLED:
            return QBrush(QColor("#777777"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column; column -1: the register's own order (drafts, then the latest)."""
        if column < 0:
            self._sort_column = -1
            self.reload()
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._order = column, order
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        self._rows.sort(
            key=lambda d: self._sort_key(d, self._sort_column),
            reverse=self._order == Qt.SortOrder.DescendingOrder,
        )


__all__ = ["STATUS_COLORS", "DocumentTableModel"]
