"""The lines of an Excel list as the import wizard previews them: each line's number in the
sheet, what will happen to it, the child as read, and why (or what to check).

Up to 20,000 lines: held in memory, filtered by status in memory (DESIGN.md §4 allows that
for lists of this size); rows are built into text only when the view asks for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.schemas.children_import import ImportRow, RowStatus

_Index = QModelIndex | QPersistentModelIndex

# Background / text colour of each status.
STATUS_COLORS: dict[RowStatus, tuple[str, str]] = {
    RowStatus.READY: ("#e3f1e5", "#1d5b2a"),
    RowStatus.DUPLICATE: ("#fff1cc", "#5c3b00"),
    RowStatus.REJECTED: ("#fbd5d1", "#8c1d18"),
    RowStatus.SKIPPED: ("#ececec", "#555555"),
}


def group_letters(row: ImportRow) -> str:
    """'a, d (2)' for a row's groups: the Điều 10 letter, or the group's name outside it."""
    parts = []
    for g in row.groups:
        group = GROUP_BY_CODE[g.group_code]
        text = group.letter or group.name.removeprefix("Trẻ em ")
        parts.append(f"{text} ({g.subgroup})" if g.subgroup else text)
    return ", ".join(parts)


class ImportPreviewModel(QAbstractTableModel):
    COL_ROW = 0
    COL_STATUS = 1
    COL_NAME = 2
    COL_BIRTH = 3
    COL_SEX = 4
    COL_VILLAGE = 5
    COL_GROUPS = 6
    COL_MESSAGE = 7
    COLUMN_COUNT = 8

    STATUS_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ImportRow] = []
        self._rows: list[ImportRow] = []
        self._villages: Mapping[int, str] = {}
        self._status: RowStatus | None = None
        self._warnings_only = False
        self._headers = [
            self.tr("Line"),
            self.tr("Result"),
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Sex"),
            self.tr("Village"),
            self.tr("Groups"),
            self.tr("Reason / to check"),
        ]

    # --- content -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ImportRow], villages: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._villages = dict(villages)
        self._apply()
        self.endResetModel()

    def set_filter(self, status: RowStatus | None, warnings_only: bool = False) -> None:
        """Only the lines of ``status`` (all when None); or only the lines with a warning."""
        self.beginResetModel()
        self._status, self._warnings_only = status, warnings_only
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = self._all
        if self._status is not None:
            rows = [r for r in rows if r.status is self._status]
        if self._warnings_only:
            rows = [r for r in rows if r.warnings]
        self._rows = rows

    def row_at(self, row: int) -> ImportRow:
        return self._rows[row]

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
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
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_MESSAGE, self.COL_NAME):
            return "\n".join((*row.reasons, *row.warnings)) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_GROUPS:
            return "\n".join(GROUP_BY_CODE[g.group_code].label for g in row.groups) or None
        if role == self.STATUS_ROLE:
            return row.status.value
        if column == self.COL_STATUS and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, foreground = STATUS_COLORS[row.status]
            color = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ImportRow, column: int) -> str:
        child = row.child
        if column == self.COL_ROW:
            return str(row.row)
        if column == self.COL_STATUS:
            return row.status.label
        if column == self.COL_NAME:
            return child.full_name if child is not None else row.name
        if column == self.COL_BIRTH:
            return child.birth.display() if child is not None and child.birth else ""
        if column == self.COL_SEX:
            return child.sex.label if child is not None else ""
        if column == self.COL_VILLAGE:
            if child is None or child.village_id is None:
                return ""
            return self._villages.get(child.village_id, "")
        if column == self.COL_GROUPS:
            return group_letters(row)
        if column == self.COL_MESSAGE:
            return " ".join((*row.reasons, *row.warnings))
        return ""
