"""Chăm sóc thay thế (issue #4; Luật Trẻ em Điều 60–69, Nghị định 56 Điều 38–48): three tabs.

- The children in alternative care: the placements, current, ended or all, by form, with the
  next thing to do (the handover, or the next follow-up) coloured by its state. Enter or a
  double-click opens the placement's page (``open_placement``).
- The carers of the registry (Mẫu số 08), by status and kind of registration, found by name
  with or without accents; Enter opens a carer's record; "Quarterly list (Mẫu 09)…" shows the
  list of a chosen quarter.
- The follow-ups due: ``CareService.due_items``, soonest first; Enter opens the placement.

Ctrl+N decides a new placement.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.care import CareForm, CarerRegistration, CarerStatus
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.care import CarerFilter, CarerOut, PlacementFilter
from commune_care.domain.schemas.todo import DueItem
from commune_care.ui.access import disable_unless, hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care import (
    CarerFormDialog,
    CarerRecordDialog,
    PlacementDialog,
    QuarterListDialog,
)
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data
from commune_care.ui.dialogs.providers_dialog import (
    HINT_STYLE,
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)
from commune_care.ui.feedback import show_user_error
from commune_care.ui.models.case_table_model import STATE_COLORS
from commune_care.ui.models.placement_table_model import PlacementTableModel

M = PlacementTableModel
# Column widths in average characters of the UI font (1366×768, 10 pt).
_COLUMN_CHARS = {
    M.COL_CODE: 16,
    M.COL_CHILD: 18,
    M.COL_FORM: 16,
    M.COL_CARER: 17,
    M.COL_START: 11,  # dd/mm/yyyy: digits are wider than the average character
    M.COL_HANDOVER: 12,
    M.COL_NEXT: 22,  # stretches
    M.COL_DUE: 11,
    M.COL_STATE: 12,
}
CURRENT, ENDED, ALL = "current", "ended", "all"
SEARCH_DELAY_MS = 250
STOPPED_COLOR = QColor("#8a8a8a")


def registration_short(registration: CarerRegistration) -> str:
    """The kind of registration for a table column (the law's wording is in the tooltip)."""
    if registration is CarerRegistration.APPLICATION:
        return QCoreApplication.translate("CarePage", "Application (Mẫu 08)")
    return QCoreApplication.translate("CarePage", "Relative's notice (Điều 65.4)")


class CarePage(QWidget):
    """``open_placement(int)`` / ``open_child(int)`` ask the main window to show a placement's
    page or a child's; ``placement_saved(int)`` says a placement was decided here."""

    open_placement = Signal(int)
    open_child = Signal(int)
    placement_saved = Signal(int)

    TAB_PLACEMENTS, TAB_CARERS, TAB_DUE = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.carers: list[CarerOut] = []
        self.due_items: list[DueItem] = []
        self.model = PlacementTableModel(ctx, self)
        # Test seam: the "today" of the deadline states (None: the clock).
        self.today: date | None = None
        self._loaded = False
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Alternative care"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(self.tr("New placement…"))
        self.new_button.setToolTip(self.tr("Record a decision to place a child (Mẫu 12, Ctrl+N)"))
        self.register_button = QPushButton(self.tr("Register carer (Mẫu 08)…"))
        self.register_button.setToolTip(
            self.tr("A person or family who applies to take a child, or a relative's notice")
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected line (Enter)"))
        for button in (self.new_button, self.register_button, self.open_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_placement())
        self.register_button.clicked.connect(self.register_carer)
        hide_unless(self.ctx.actor, Permission.EDIT_CARE, self.new_button, self.register_button)
        self.open_button.clicked.connect(self.open_selected)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.new_placement())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.register_button)
        top.addWidget(self.open_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._placements_tab(), self.tr("Children in alternative care"))
        self.tabs.addTab(self._carers_tab(), self.tr("Carers"))
        self.tabs.addTab(self._due_tab(), self.tr("Follow-ups due"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def _placements_tab(self) -> QWidget:
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Current placements"), CURRENT)
        self.state_combo.addItem(self.tr("Ended placements"), ENDED)
        self.state_combo.addItem(self.tr("All placements"), ALL)
        fit_combo(self.state_combo, 18)
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("All forms"), None)
        for form in CareForm:
            self.form_combo.addItem(form.short_label, form.value)
            self.form_combo.setItemData(
                self.form_combo.count() - 1, form.label, Qt.ItemDataRole.ToolTipRole
            )
        fit_combo(self.form_combo, 20, 420)
        self.placement_search = QLineEdit()
        self.placement_search.setPlaceholderText(self.tr("Child, carer or code…"))
        self.placement_search.setClearButtonEnabled(True)
        self.placement_search.setMinimumWidth(220)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.state_combo)
        filters.addWidget(show)
        for name, combo in (
            (self.tr("Current or ended"), self.state_combo),
            (self.tr("Form of care"), self.form_combo),
        ):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload_placements())
        filters.addWidget(self.placement_search)
        filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        self.overdue_check.toggled.connect(lambda _c: self.reload_placements())
        self._placement_timer = QTimer(self)
        self._placement_timer.setSingleShot(True)
        self._placement_timer.setInterval(SEARCH_DELAY_MS)
        self._placement_timer.timeout.connect(self.reload_placements)
        self.placement_search.textChanged.connect(lambda _t: self._placement_timer.start())
        self.placement_search.returnPressed.connect(self.reload_placements)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(M.COL_NEXT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(M.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self._open_placement_row(index.row()))
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(HINT_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.empty_label, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return tab

    def _carers_tab(self) -> QWidget:
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in CarerStatus:
            self.status_combo.addItem(status.label, status.value)
        fit_combo(self.status_combo, 22, 300)
        self.registration_combo = QComboBox()
        self.registration_combo.addItem(self.tr("Any registration"), None)
        for registration in CarerRegistration:
            self.registration_combo.addItem(registration_short(registration), registration.value)
            self.registration_combo.setItemData(
                self.registration_combo.count() - 1,
                registration.label,
                Qt.ItemDataRole.ToolTipRole,
            )
        fit_combo(self.registration_combo, 24, 320)
        self.carer_search = QLineEdit()
        self.carer_search.setPlaceholderText(self.tr("Name (with or without accents)…"))
        self.carer_search.setClearButtonEnabled(True)
        self.carer_search.setMinimumWidth(240)
        self.quarter_button = QPushButton(self.tr("Quarterly list (Mẫu 09)…"))
        self.quarter_button.setAutoDefault(False)
        self.quarter_button.setToolTip(
            self.tr("Those registered by the end of a quarter, as sent every quarter")
        )
        self.quarter_button.clicked.connect(self.show_quarter_list)
        disable_unless(self.ctx.actor, self.quarter_button, permission=Permission.EXPORT_PERSONAL)
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.status_combo)
        filters.addWidget(show)
        for name, combo in (
            (self.tr("Status"), self.status_combo),
            (self.tr("Registration"), self.registration_combo),
        ):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload_carers())
        filters.addWidget(self.carer_search)
        filters.addStretch(1)
        filters.addWidget(self.quarter_button)
        self._carer_timer = QTimer(self)
        self._carer_timer.setSingleShot(True)
        self._carer_timer.setInterval(SEARCH_DELAY_MS)
        self._carer_timer.timeout.connect(self.reload_carers)
        self.carer_search.textChanged.connect(lambda _t: self._carer_timer.start())
        self.carer_search.returnPressed.connect(self.reload_carers)

        self.carers_table = make_table(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Registration"),
                self.tr("Status"),
                self.tr("Village"),
                self.tr("Members"),
                self.tr("Children in care"),
            ]
        )
        self.carers_table.setWordWrap(False)
        set_widths(self.carers_table, (240, 90, 230, 230, 150, 80, 120), stretch=0)
        self.carers_table.doubleClicked.connect(lambda _i: self.open_selected_carer())
        self.carers_table.itemSelectionChanged.connect(self._update_buttons)
        self.carers_table.installEventFilter(self)
        self.carers_count = QLabel()
        self.carers_empty = QLabel()
        self.carers_empty.setStyleSheet(HINT_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.carers_count)
        bottom.addSpacing(16)
        bottom.addWidget(self.carers_empty, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.carers_table, 1)
        layout.addLayout(bottom)
        return tab

    def _due_tab(self) -> QWidget:
        self.due_table = make_table(
            [
                self.tr("Due"),
                self.tr("State"),
                self.tr("Placement"),
                self.tr("Child"),
                self.tr("To do"),
            ]
        )
        set_widths(self.due_table, (100, 120, 130, 200), stretch=4)
        self.due_table.doubleClicked.connect(lambda index: self._open_due(index.row()))
        self.due_table.itemSelectionChanged.connect(self._update_buttons)
        self.due_table.installEventFilter(self)
        self.due_empty = QLabel(self.tr("Nothing due: no handover or follow-up is close."))
        self.due_empty.setStyleSheet(HINT_STYLE)
        hint = QLabel(
            self.tr(
                "Handovers not yet recorded, and follow-ups due soon or overdue (the worker's"
                " visits on Mẫu 13, the carer's reports, the commune's 6-monthly reviews),"
                " soonest first. Enter opens the placement."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #444; }")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.due_table, 1)
        layout.addWidget(self.due_empty)
        return tab

    # --- the filters -------------------------------------------------------------------
    def placement_filter(self) -> PlacementFilter:
        state = self.state_combo.currentData()
        form = self.form_combo.currentData()
        return PlacementFilter(
            current={CURRENT: True, ENDED: False, ALL: None}[state],
            form=CareForm(form) if form else None,
            text=self.placement_search.text().strip(),
            overdue=self.overdue_check.isChecked(),
        )

    def apply_filter(self, flt: PlacementFilter) -> None:
        widgets = (self.state_combo, self.form_combo, self.overdue_check, self.placement_search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            select_data(self.state_combo, {True: CURRENT, False: ENDED, None: ALL}[flt.current])
            select_data(self.form_combo, flt.form.value if flt.form else None)
            self.overdue_check.setChecked(flt.overdue)
            self.placement_search.setText(flt.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.tabs.setCurrentIndex(self.TAB_PLACEMENTS)
        self.reload_placements()

    def clear_filters(self) -> None:
        self.apply_filter(PlacementFilter(current=True))

    def carer_filter(self) -> CarerFilter:
        status = self.status_combo.currentData()
        registration = self.registration_combo.currentData()
        return CarerFilter(
            text=self.carer_search.text().strip(),
            status=CarerStatus(status) if status else None,
            registration=CarerRegistration(registration) if registration else None,
        )

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        self._loaded = True
        self.reload_placements()
        self.reload_carers()
        self.reload_due()

    def reload_placements(self) -> None:
        self._placement_timer.stop()
        selected = self.selected_placement_id()
        try:
            self.model.set_filter(self.placement_filter(), self.today)
        except UserError as exc:
            show_user_error(self, exc)
            return
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 placement") if n == 1 else self.tr("{0} placements").format(n)
        )
        if n:
            self.empty_label.clear()
        elif self.placement_filter() != PlacementFilter(current=True):
            self.empty_label.setText(self.tr("No placement matches the filters."))
        else:
            self.empty_label.setText(
                self.tr("No child is in alternative care. Press New placement (Ctrl+N).")
            )
        if selected is not None:
            self.select_placement(selected)
        self._update_buttons()

    def reload_carers(self, select_id: int | None = None) -> None:
        self._carer_timer.stop()
        current = self.selected_carer()
        select_id = select_id or (current.id if current else None)
        try:
            self.carers = self.ctx.care.carers(self.carer_filter())
        except UserError as exc:
            show_user_error(self, exc)
            return
        table = self.carers_table
        table.setRowCount(len(self.carers))
        for row, c in enumerate(self.carers):
            present = [m for m in c.members if m.active]
            refusing = sum(1 for m in present if not m.agrees)
            members = str(len(present))
            if refusing:
                members = self.tr("{0} ({1} not agreeing)").format(len(present), refusing)
            cells = (
                c.full_name,
                c.kind_label,
                registration_short(c.registration),
                c.status_label,
                c.village_name,
                members,
                str(c.current_placements) if c.current_placements else "",
            )
            stopped = c.status is CarerStatus.STOPPED
            for column, text in enumerate(cells):
                item = table_item(text, c.id, muted=stopped)
                if column == 2:
                    item.setToolTip(c.registration_label)
                if column == 3 and stopped:
                    item.setToolTip(
                        f"{c.status_label} ({format_date(c.status_date)}): {c.status_reason}"
                    )
                table.setItem(row, column, item)
        fit_rows(table)
        n = len(self.carers)
        self.carers_count.setText(self.tr("1 carer") if n == 1 else self.tr("{0} carers").format(n))
        if n:
            self.carers_empty.clear()
        elif self.carer_filter() != CarerFilter():
            self.carers_empty.setText(self.tr("Nobody on the registry matches the filters."))
        else:
            self.carers_empty.setText(
                self.tr("Nobody on the registry yet. Press Register carer (Mẫu 08).")
            )
        if select_id is not None:
            for row, c in enumerate(self.carers):
                if c.id == select_id:
                    table.selectRow(row)
                    break
        self._update_buttons()

    def reload_due(self) -> None:
        try:
            items = self.ctx.care.due_items(self.today)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.due_items = items
        table = self.due_table
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                format_date(item.due),
                item.state.label,
                item.subject_code,
                item.child_name,
                item.label,
            )
            for column, text in enumerate(cells):
                cell = table_item(text, item.subject_id)
                if column in (0, 1):
                    bg, fg = STATE_COLORS[item.state]
                    cell.setForeground(QBrush(QColor(fg)))
                    if column == 1:
                        cell.setBackground(QBrush(QColor(bg)))
                table.setItem(row, column, cell)
        fit_rows(table)
        overdue = sum(1 for i in items if i.state is DeadlineState.OVERDUE)
        title = self.tr("Follow-ups due ({0})").format(len(items))
        if overdue:
            title = self.tr("Follow-ups due ({0}, {1} overdue)").format(len(items), overdue)
        self.tabs.setTabText(self.TAB_DUE, title)
        self.due_empty.setVisible(not items)
        self._update_buttons()

    # --- selection ---------------------------------------------------------------------
    def selected_placement_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.placement_id(rows[0].row()) if rows else None

    def select_placement(self, placement_id: int) -> bool:
        row = self.model.row_of(placement_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_carer(self) -> CarerOut | None:
        row = selected_row(self.carers_table)
        return self.carers[row] if row is not None and row < len(self.carers) else None

    def _update_buttons(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == self.TAB_CARERS:
            enabled = self.selected_carer() is not None
        elif tab == self.TAB_DUE:
            enabled = selected_row(self.due_table) is not None
        else:
            enabled = self.selected_placement_id() is not None
        self.open_button.setEnabled(enabled)

    # --- actions -----------------------------------------------------------------------
    def _open_placement_row(self, row: int) -> None:
        placement_id = self.model.placement_id(row)
        if placement_id is not None:
            self.open_placement.emit(placement_id)

    def _open_due(self, row: int) -> None:
        if 0 <= row < len(self.due_items):
            self.open_placement.emit(self.due_items[row].subject_id)

    def open_selected(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == self.TAB_CARERS:
            self.open_selected_carer()
        elif tab == self.TAB_DUE:
            row = selected_row(self.due_table)
            if row is not None:
                self._open_due(row)
        else:
            placement_id = self.selected_placement_id()
            if placement_id is not None:
                self.open_placement.emit(placement_id)

    def open_carer(self, carer_id: int) -> None:
        dialog = CarerRecordDialog(self.ctx, carer_id, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.reload_carers(carer_id)
        if dialog.open_placement_id is not None:
            if dialog.changed:  # "Place a child with this carer…" decided it
                self.placement_saved.emit(dialog.open_placement_id)
            self.open_placement.emit(dialog.open_placement_id)

    def open_selected_carer(self) -> None:
        carer = self.selected_carer()
        if carer is not None:
            self.open_carer(carer.id)

    def new_placement(self, child_id: int | None = None) -> None:
        dialog = PlacementDialog(self.ctx, self, child_id=child_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            self.placement_saved.emit(dialog.saved.id)
            self.open_placement.emit(dialog.saved.id)

    def register_carer(self) -> None:
        dialog = CarerFormDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.tabs.setCurrentIndex(self.TAB_CARERS)
            self.reload_carers(dialog.saved.id)
            self.open_carer(dialog.saved.id)  # the next steps: conditions, verification

    def show_quarter_list(self) -> None:
        dialog = QuarterListDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
        if dialog.open_placement_id is not None:
            self.open_placement.emit(dialog.open_placement_id)

    # --- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tables = (
            getattr(self, "table", None),
            getattr(self, "carers_table", None),
            getattr(self, "due_table", None),
        )
        if watched in tables and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.table:
                    placement_id = self.selected_placement_id()
                    if placement_id is not None:
                        self.open_placement.emit(placement_id)
                elif watched is self.carers_table:
                    self.open_selected_carer()
                else:
                    assert isinstance(watched, QTableWidget)
                    row = selected_row(self.due_table)
                    if row is not None:
                        self._open_due(row)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # the states move with the clock; placements change from other pages


__all__ = ["CarePage", "registration_short"]
