"""The audit trail as a Qt table model that pages through a million entries: newest first, one
page of ``PAGE_SIZE`` at a time by keyset (``id < last id shown``) as the view scrolls
(``canFetchMore`` / ``fetchMore``), so the first page and the thousandth cost the same and only
what was scrolled past is in memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from commune_care.domain.schemas.audit import AuditEntryOut, AuditFilter
from commune_care.services.audit_trail import PAGE_SIZE, AuditTrailService

_Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    COL_TIME = 0
    COL_USER = 1
    COL_ACTION = 2
    COL_ENTITY = 3
    COL_SUMMARY = 4
    COLUMN_COUNT = 5

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service: AuditTrailService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = AuditFilter()
        self._rows: list[AuditEntryOut] = []
        self._exhausted = True
        self._headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Summary"),
        ]

    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the entries matching ``wanted`` from the newest; the first page is loaded now
        (a UserError — no permission — reaches the caller with the model left empty)."""
        self.beginResetModel()
        self._filter = wanted
        self._rows = []
        self._exhausted = True
        self.endResetModel()
        first = self._service.page(wanted, None, PAGE_SIZE)
        self._append(first)

    def reload(self) -> None:
        self.set_filter(self._filter)

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def entry(self, row: int) -> AuditEntryOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def exhausted(self) -> bool:
        """Every matching entry is loaded."""
        return self._exhausted

    def _append(self, page: list[AuditEntryOut]) -> None:
        self._exhausted = len(page) < PAGE_SIZE  # known before the views hear of the rows
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    # --- Qt ----------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        self._append(self._service.page(self._filter, self._rows[-1].id, PAGE_SIZE))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == self.ID_ROLE:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.COL_TIME:
                return entry.at.strftime("%d/%m/%Y %H:%M:%S")
            if column == self.COL_USER:
                return entry.user
            if column == self.COL_ACTION:
                return entry.action_label
            if column == self.COL_ENTITY:
                suffix = f" #{entry.entity_id}" if entry.entity_id is not None else ""
                return entry.entity_label + suffix
            if column == self.COL_SUMMARY:
                return entry.summary or ", ".join(c.label for c in entry.changes)
        return None
