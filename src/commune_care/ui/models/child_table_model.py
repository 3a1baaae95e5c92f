"""The children list as a lazy Qt table model (DESIGN.md §4).

As Anki's browser does: ``set_filter`` fetches the ids of *all* matching children at once (a
fast, narrow query even at 100,000 rows), and the rows themselves are fetched in pages of
``PAGE_SIZE`` only when the view asks ``data()`` for a row that is not loaded. A bounded cache
keeps the most recently used pages.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from commune_care.domain.groups import GROUP_BY_CODE, group_label
from commune_care.domain.schemas.children import ChildFilter, ChildSummary
from commune_care.services.children import ChildSort
from commune_care.ui.context import AppContext

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40  # 8,000 rows in memory at most

# Short forms for the list; the full label is in the tooltip. Groups of Điều 10 use their
# letter; the others an abbreviation of the Vietnamese name (data, as the letters are).
GROUP_ABBREVIATIONS = {
    "nguy_co": "NC",
    "bi_xam_hai": "XH",
    "sktt_van_de": "SKTT",
    "sktt_nguy_co_cao": "NC-SKTT",
    "mo_coi_cha_hoac_me": "MCCM",
}

_Index = QModelIndex | QPersistentModelIndex


def group_abbreviation(code: str) -> str:
    group = GROUP_BY_CODE.get(code)
    if group is None:
        return code
    return group.letter or GROUP_ABBREVIATIONS.get(code, code)


def thousands(number: int) -> str:
    """1234567 → '1.234.567' (the Vietnamese way)."""
    return f"{number:,}".replace(",", ".")


class ChildTableModel(QAbstractTableModel):
    COL_CODE = 0
    COL_NAME = 1
    COL_SEX = 2
    COL_BIRTH = 3
    COL_AGE = 4
    COL_VILLAGE = 5
    COL_GROUPS = 6
    COL_PARENTS = 7
    COL_STATUS = 8
    COLUMN_COUNT = 9

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    # Column → (sort of the register, reversed?). Age sorts by birth, the other way round.
    SORTABLE: ClassVar[dict[int, tuple[ChildSort, bool]]] = {
        COL_CODE: (ChildSort.CODE, False),
        COL_NAME: (ChildSort.NAME, False),
        COL_BIRTH: (ChildSort.BIRTH, False),
        COL_AGE: (ChildSort.BIRTH, True),
        COL_VILLAGE: (ChildSort.VILLAGE, False),
        COL_STATUS: (ChildSort.STATUS, False),
    }

    first_page_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = ChildFilter()
        self._sort = ChildSort.NAME
        self._descending = False
        self._sort_column = self.COL_NAME
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ChildSummary]] = OrderedDict()
        self._on = date.today()

    # --- what is shown -----------------------------------------------------------------
    @property
    def child_filter(self) -> ChildFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(
        self,
        flt: ChildFilter,
        sort: ChildSort | None = None,
        descending: bool | None = None,
    ) -> None:
        """Show the children matching ``flt``: fetch all their ids, then the first page."""
        self._filter = flt
        if sort is not None:
            self._sort = sort
            self._sort_column = next(
                (c for c, (s, rev) in self.SORTABLE.items() if s is sort and not rev),
                self._sort_column,
            )
        if descending is not None:
            self._descending = descending
        self._refetch()

    def reload(self) -> None:
        """Fetch again with the same filter and sort (after a child was saved)."""
        self._refetch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORTABLE:
            return
        sort, reverse = self.SORTABLE[column]
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort_column = column
        self._sort = sort
        self._descending = descending != reverse
        self._refetch()

    def is_sortable(self, column: int) -> bool:
        return column in self.SORTABLE

    def sort_order(self) -> Qt.SortOrder:
        """The order the header should show for the current sort column."""
        _sort, reverse = self.SORTABLE.get(self._sort_column, (self._sort, False))
        descending = self._descending != reverse
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def _refetch(self) -> None:
        self.beginResetModel()
        self._on = date.today()
        self._ids = self._ctx.children.list_ids(self._filter, self._sort, self._descending)
        self._pages.clear()
        self.endResetModel()
        if self._ids:
            self._page(0)
        self.first_page_loaded.emit()

    # --- ids and rows ------------------------------------------------------------------
    def child_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, child_id: int) -> int | None:
        try:
            return self._ids.index(child_id)
        except ValueError:
            return None

    def summary(self, row: int) -> ChildSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // PAGE_SIZE).get(self._ids[row])

    def loaded_pages(self) -> list[int]:
        """The pages in the cache, least recently used first (for tests and diagnostics)."""
        return list(self._pages)

    def _page(self, number: int) -> dict[int, ChildSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        rows = self._ctx.children.summaries(ids, self._on)
        page = {row.id: row for row in rows}
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.COL_AGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.COL_GROUPS:
                return self.tr(
                    "Current groups: the letter of Article 10 of the Law on Children, or a short"
                    " form. Point at a cell to see the full names."
                )
            if section not in self.SORTABLE:
                return self.tr("This column cannot be sorted.")
            return self.tr("Click to sort by this column.")
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Full name"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("Age"),
            self.tr("Village"),
            self.tr("Groups"),
            self.tr("Father / mother"),
            self.tr("Status"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row, column = index.row(), index.column()
        if role == self.ID_ROLE:
            return self._ids[row]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            self.SORT_ROLE,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.COL_AGE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        child = self.summary(row)
        if child is None:  # the row vanished since the ids were fetched
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == self.SORT_ROLE:
            return self._sort_value(child, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(child, column)
        return self._display(child, column)

    def _display(self, child: ChildSummary, column: int) -> str:
        if column == self.COL_CODE:
            return child.code
        if column == self.COL_NAME:
            return child.full_name
        if column == self.COL_SEX:
            return child.sex.label
        if column == self.COL_BIRTH:
            return child.birth.display() if child.birth else ""
        if column == self.COL_AGE:
            return "" if child.age is None else str(child.age)
        if column == self.COL_VILLAGE:
            return child.village_name
        if column == self.COL_GROUPS:
            return ", ".join(group_abbreviation(code) for code in child.group_codes)
        if column == self.COL_PARENTS:
            if not child.father_name and not child.mother_name:
                return ""
            return f"{child.father_name or '—'} / {child.mother_name or '—'}"
        if column == self.COL_STATUS:
            if child.archived:
                return self.tr("Archived")
            return child.effective_status.label
        return ""

    def _tooltip(self, child: ChildSummary, column: int) -> str | None:
        if column == self.COL_GROUPS and child.group_codes:
            return "\n".join(group_label(code) for code in child.group_codes)
        if column in (self.COL_NAME, self.COL_PARENTS):
            text = self._display(child, column)
            return text or None
        return None

    def _sort_value(self, child: ChildSummary, column: int) -> Any:
        if column == self.COL_BIRTH:
            return child.birth.latest.isoformat() if child.birth else ""
        if column == self.COL_AGE:
            return -1 if child.age is None else child.age
        return self._display(child, column)
