"""The children register: search as you type, filters, the lazy list, add / open / edit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.groups import GROUPS
from commune_care.domain.rules import DEFAULT_AGE_BANDS
from commune_care.domain.schemas.children import ChildFilter, ChildSubset
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import ChildDialog, fit_combo, select_data
from commune_care.ui.models.child_table_model import ChildTableModel, thousands

if TYPE_CHECKING:
    from commune_care.ui.dialogs.import_children_dialog import ImportChildrenDialog

SEARCH_DELAY_MS = 200
M = ChildTableModel
# Column widths in average characters of the UI font (readable at 1366×768, 10 pt).
_COLUMN_CHARS = {
    M.COL_CODE: 9,
    M.COL_NAME: 24,
    M.COL_SEX: 7,
    M.COL_BIRTH: 17,
    M.COL_AGE: 4,
    M.COL_VILLAGE: 14,
    M.COL_GROUPS: 9,
    M.COL_PARENTS: 30,  # stretches with the window
    M.COL_STATUS: 12,
}


class ChildrenPage(QWidget):
    open_child = Signal(int)
    first_page_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        # The programme figure the list was opened from (ChildFilter.subset, its year and day):
        # kept until cleared, shown above the list.
        self._subset: tuple[ChildSubset, int | None, date | None] | None = None
        self.model = ChildTableModel(ctx, self)
        self.model.first_page_loaded.connect(self.first_page_loaded)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._build()
        self._fill_villages()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Children"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, code, personal ID number, parents' names…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)

        self.add_button = QPushButton(self.tr("Add child"))
        self.add_button.setToolTip(self.tr("Register a new child (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected child's record (Enter)"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected child's details"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setToolTip(
            self.tr("Add the children of an existing Excel list, checked line by line")
        )
        self.add_button.clicked.connect(self.add_child)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_excel)
        buttons = (self.add_button, self.open_button, self.edit_button, self.import_button)
        for button in buttons:
            button.setAutoDefault(False)
        editing = (self.add_button, self.edit_button, self.import_button)
        hide_unless(self.ctx.actor, Permission.EDIT_CHILDREN, *editing)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.add_child)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(16)
        top.addWidget(self.add_button)
        top.addWidget(self.open_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)

        # Filters
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group in GROUPS:
            self.group_combo.addItem(group.label, group.code)
        fit_combo(self.group_combo, 15, 560)
        self.group_combo.setMaxVisibleItems(22)

        self.village_combo = QComboBox()

        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("Both sexes"), None)
        for sex in Sex:
            self.sex_combo.addItem(sex.label, sex.value)
        fit_combo(self.sex_combo, 7)

        self.age_combo = QComboBox()
        self.age_combo.addItem(self.tr("All ages"), None)
        for number, band in enumerate(DEFAULT_AGE_BANDS):
            self.age_combo.addItem(band.label, number)
        fit_combo(self.age_combo, 10, 220)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in ChildStatus:
            self.status_combo.addItem(status.label, status.value)
        fit_combo(self.status_combo, 9, 160)

        self.archived_check = QCheckBox(self.tr("Archived records only"))
        self.archived_check.setToolTip(
            self.tr("Show only the records that were archived, instead of the register.")
        )
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)

        # The first item of each combo says what it filters ("All villages"), so one label
        # serves the row; each combo has its own tooltip and accessible name.
        filters = QHBoxLayout()
        filter_label = QLabel(self.tr("Show:"))
        filter_label.setBuddy(self.group_combo)
        filters.addWidget(filter_label)
        for name, combo in (
            (self.tr("Group"), self.group_combo),
            (self.tr("Village"), self.village_combo),
            (self.tr("Sex"), self.sex_combo),
            (self.tr("Age"), self.age_combo),
            (self.tr("Status"), self.status_combo),
        ):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        filters.addSpacing(8)
        filters.addWidget(self.archived_check)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        self.archived_check.toggled.connect(lambda _checked: self.reload())

        # The list
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never asks for rows it does not show.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 16)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(M.COL_PARENTS, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order())
        header.sectionClicked.connect(self._on_header_clicked)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)

        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.empty_label, 1)

        # What a home-page figure narrowed the list to ("chưa được tiếp cận", …)
        self.subset_banner = QFrame()
        self.subset_banner.setObjectName("subsetBanner")
        self.subset_banner.setStyleSheet(
            "QFrame#subsetBanner { background: #eef3fd; border: 1px solid #b6c8ef;"
            " border-radius: 4px; }"
        )
        self.subset_label = QLabel()
        self.subset_label.setWordWrap(True)
        self.subset_clear = QPushButton(self.tr("Show all children"))
        self.subset_clear.setAutoDefault(False)
        self.subset_clear.clicked.connect(self.clear_subset)
        banner = QHBoxLayout(self.subset_banner)
        banner.setContentsMargins(10, 4, 10, 4)
        banner.addWidget(self.subset_label, 1)
        banner.addWidget(self.subset_clear)
        self.subset_banner.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.subset_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _fill_villages(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("All villages"), None)
        for village in self.ctx.commune.villages(include_inactive=True):
            self.village_combo.addItem(village.name, village.id)
        select_data(self.village_combo, current)
        fit_combo(self.village_combo, 10, 260)
        self.village_combo.blockSignals(False)

    # --- the filter --------------------------------------------------------------------
    def current_filter(self) -> ChildFilter:
        band = self.age_combo.currentData()
        sex = self.sex_combo.currentData()
        status = self.status_combo.currentData()
        subset, year, on = self._subset or (None, None, None)
        return ChildFilter(
            subset=subset,
            year=year,
            on=on,
            text=self.search_edit.text(),
            group_code=self.group_combo.currentData(),
            village_id=self.village_combo.currentData(),
            sex=Sex(sex) if sex else None,
            age_band=DEFAULT_AGE_BANDS[band] if band is not None else None,
            status=ChildStatus(status) if status else None,
            archived=self.archived_check.isChecked(),
        )

    def apply_filter(self, flt: ChildFilter) -> None:
        """Show the list narrowed as ``flt`` says (e.g. from a number on the home page)."""
        widgets = (
            self.search_edit, self.group_combo, self.village_combo, self.sex_combo,
            self.age_combo, self.status_combo, self.archived_check,
        )  # fmt: skip
        self._subset = (flt.subset, flt.year, flt.on) if flt.subset is not None else None
        self._show_subset()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._fill_villages()
            self.search_edit.setText(flt.text)
            select_data(self.group_combo, flt.group_code)
            select_data(self.village_combo, flt.village_id)
            select_data(self.sex_combo, flt.sex.value if flt.sex else None)
            band = (
                DEFAULT_AGE_BANDS.index(flt.age_band) if flt.age_band in DEFAULT_AGE_BANDS else None
            )
            select_data(self.age_combo, band)
            select_data(self.status_combo, flt.status.value if flt.status else None)
            self.archived_check.setChecked(flt.archived)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        self.apply_filter(ChildFilter())

    def clear_subset(self) -> None:
        """Leave the figure the list was opened from; keep the other filters."""
        self._subset = None
        self._show_subset()
        self.reload()

    def _show_subset(self) -> None:
        if self._subset is None:
            self.subset_banner.setVisible(False)
            return
        subset, year, _on = self._subset
        text = self.tr("Showing: {0} (year {1})").format(subset.label, year or date.today().year)
        self.subset_label.setText(text)
        self.subset_banner.setVisible(True)

    def reload(self) -> None:
        """Fetch the list again (filters, search, or data changed); keep the selection."""
        self._search_timer.stop()
        self._loaded = True
        selected = self.selected_child_id()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if selected is None or not self.select_child(selected):
            self.table.scrollToTop()

    def _search_now(self) -> None:
        self.reload()
        if self.model.rowCount() and self.selected_child_id() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n == 1:
            self.count_label.setText(self.tr("1 child"))
        else:
            self.count_label.setText(self.tr("{0} children").format(thousands(n)))
        flt = self.model.child_filter
        filtered = flt != ChildFilter(archived=flt.archived, on=flt.on, year=flt.year)
        if n == 0 and filtered:
            self.empty_label.setText(
                self.tr(
                    "No child matches the search and filters. Try fewer words or clear the filters."
                )
            )
        elif n == 0 and not flt.archived:
            self.empty_label.setText(
                self.tr("No child is registered yet. Press Add child (Ctrl+N).")
            )
        else:
            self.empty_label.clear()

    # --- sorting -----------------------------------------------------------------------
    def _on_header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if not self.model.is_sortable(column):
            header.setSortIndicator(self.model.sort_column, self.model.sort_order())
            return
        if column == self.model.sort_column:
            ascending = self.model.sort_order() == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
        else:
            order = Qt.SortOrder.AscendingOrder
        selected = self.selected_child_id()
        self.model.sort(column, order)
        header.setSortIndicator(column, order)
        if selected is not None:
            self.select_child(selected)

    # --- selection and actions ---------------------------------------------------------
    def selected_child_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.child_id(rows[0].row()) if rows else None

    def select_child(self, child_id: int) -> bool:
        row = self.model.row_of(child_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _update_buttons(self) -> None:
        has = self.selected_child_id() is not None
        self.open_button.setEnabled(has)
        self.edit_button.setEnabled(has)

    def _open_row(self, row: int) -> None:
        child_id = self.model.child_id(row)
        if child_id is not None:
            self.open_child.emit(child_id)

    def open_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            self.open_child.emit(child_id)

    def make_child_dialog(self, child_id: int | None) -> ChildDialog:
        return ChildDialog(self.ctx, child_id, self)

    def add_child(self) -> None:
        if not self.ctx.can(Permission.EDIT_CHILDREN):  # Ctrl+N of a read-only account
            return
        dialog = self.make_child_dialog(None)
        dialog.exec()
        self._after_dialog(dialog)

    def make_import_dialog(self) -> ImportChildrenDialog:
        # openpyxl is loaded when the wizard opens, not when the app starts (≈130 ms).
        from commune_care.ui.dialogs.import_children_dialog import ImportChildrenDialog

        return ImportChildrenDialog(self.ctx, self)

    def import_excel(self) -> None:
        dialog = self.make_import_dialog()
        dialog.imported.connect(self._after_import)
        dialog.exec()

    def _after_import(self, added: int) -> None:
        if added:
            self._fill_villages()  # the wizard may have added villages
            self.reload()

    def edit_selected(self) -> None:
        child_id = self.selected_child_id()
        if child_id is None:
            return
        dialog = self.make_child_dialog(child_id)
        dialog.exec()
        self._after_dialog(dialog)

    def _after_dialog(self, dialog: ChildDialog) -> None:
        if dialog.opened_existing_id is not None:
            self.open_child.emit(dialog.opened_existing_id)
        elif dialog.saved_child_id is not None:
            self._fill_villages()
            self.reload()
            if not self.select_child(dialog.saved_child_id):
                # Saved, but hidden by the search or filters: show it anyway.
                self.clear_filters()
                self.select_child(dialog.saved_child_id)
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
