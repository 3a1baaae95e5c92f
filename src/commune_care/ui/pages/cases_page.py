"""Hỗ trợ, can thiệp: the cases list with its filters, and "Việc cần làm" — the next action of
every open case, soonest first. Each row opens its case; Ctrl+N opens a new case from an
intake report."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.cases import CaseStage, RiskLevel
from commune_care.domain.schemas.cases import CaseFilter, TodoItem
from commune_care.domain.schemas.todo import TodoEntry
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_dialogs import IntakeDialog
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data
from commune_care.ui.models.case_table_model import CaseTableModel
from commune_care.ui.widgets.todo_table import TodoTable

M = CaseTableModel
# Column widths in average characters of the UI font (1366×768, 10 pt).
_COLUMN_CHARS = {
    M.COL_CODE: 12,
    M.COL_CHILD: 20,
    M.COL_OPENED: 11,
    M.COL_LEVEL: 10,
    M.COL_STAGE: 24,
    M.COL_NEXT: 34,  # stretches
    M.COL_DUE: 16,
    M.COL_STATE: 13,
}
OPEN, CLOSED, ALL = "open", "closed", "all"


class CasesPage(QWidget):
    open_case = Signal(int)
    case_opened = Signal(int)  # a new case was saved from an intake report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self.todo_items: list[TodoItem] = []
        self.model = CaseTableModel(ctx, self)
        # Test seam: the "now" of the deadline states (None: the clock).
        self.now: datetime | None = None
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Support and intervention"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(self.tr("New case (intake)…"))
        self.new_button.setToolTip(self.tr("Record a report about a child at risk (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected case (Enter)"))
        for button in (self.new_button, self.open_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_case)
        hide_unless(self.ctx.actor, Permission.EDIT_CASES, self.new_button)
        self.open_button.clicked.connect(self.open_selected)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_case)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        # Filters
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Open cases"), OPEN)
        self.state_combo.addItem(self.tr("Closed cases"), CLOSED)
        self.state_combo.addItem(self.tr("All cases"), ALL)
        fit_combo(self.state_combo, 12)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in RiskLevel:
            self.level_combo.addItem(level.label, level.value)
        fit_combo(self.level_combo, 10)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in CaseStage:
            self.stage_combo.addItem(stage.label, stage.value)
        fit_combo(self.stage_combo, 22, 320)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.state_combo)
        filters.addWidget(show)
        for name, combo in (
            (self.tr("Open or closed"), self.state_combo),
            (self.tr("Level"), self.level_combo),
            (self.tr("Stage"), self.stage_combo),
        ):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        self.overdue_check.toggled.connect(lambda _c: self.reload())

        # The list
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
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.empty_label, 1)
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(bottom)

        # Việc cần làm
        self.todo_table = TodoTable(show_programme=False)
        self.todo_table.open_entry.connect(lambda entry: self.open_case.emit(entry.subject_id))
        self.todo_empty = QLabel(self.tr("Nothing to do: no open case has a next step."))
        self.todo_empty.setStyleSheet("QLabel { color: #666; }")
        todo_tab = QWidget()
        todo_layout = QVBoxLayout(todo_tab)
        hint = QLabel(
            self.tr("The next action of every open case, soonest first. Enter opens the case.")
        )
        hint.setStyleSheet("QLabel { color: #444; }")
        todo_layout.addWidget(hint)
        todo_layout.addWidget(self.todo_table, 1)
        todo_layout.addWidget(self.todo_empty)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_tab, self.tr("Cases"))
        self.tabs.addTab(todo_tab, self.tr("To do"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.todo_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- the filter --------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        state = self.state_combo.currentData()
        level = self.level_combo.currentData()
        stage = self.stage_combo.currentData()
        return CaseFilter(
            closed={OPEN: False, CLOSED: True, ALL: None}[state],
            level=RiskLevel(level) if level else None,
            stage=CaseStage(stage) if stage else None,
            overdue=self.overdue_check.isChecked(),
        )

    def apply_filter(self, flt: CaseFilter) -> None:
        widgets = (self.state_combo, self.level_combo, self.stage_combo, self.overdue_check)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            state = {False: OPEN, True: CLOSED, None: ALL}[flt.closed]
            select_data(self.state_combo, state)
            select_data(self.level_combo, flt.level.value if flt.level else None)
            select_data(self.stage_combo, flt.stage.value if flt.stage else None)
            self.overdue_check.setChecked(flt.overdue)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        self.apply_filter(CaseFilter())

    def reload(self) -> None:
        """Fetch the list and the to-do list again; keep the selection."""
        self._loaded = True
        selected = self.selected_case_id()
        now = self.now or datetime.now()
        self.model.set_filter(self.current_filter(), now)
        self._update_count()
        if selected is not None:
            self.select_case(selected)
        self._fill_todo(self.ctx.cases.todo(now))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 case") if n == 1 else self.tr("{0} cases").format(n))
        if n:
            self.empty_label.clear()
        elif self.current_filter() != CaseFilter():
            self.empty_label.setText(self.tr("No case matches the filters."))
        else:
            self.empty_label.setText(
                self.tr("No open case. Press New case (intake) when a report comes in (Ctrl+N).")
            )

    def _fill_todo(self, items: list[TodoItem]) -> None:
        self.todo_items = items
        self.todo_table.set_entries([TodoEntry.of_case(item) for item in items])
        overdue = self.todo_table.overdue_count()
        title = self.tr("To do ({0})").format(len(items))
        if overdue:
            title = self.tr("To do ({0}, {1} overdue)").format(len(items), overdue)
        self.tabs.setTabText(1, title)
        self.todo_empty.setVisible(not items)
        self._update_buttons()

    # --- selection and actions ---------------------------------------------------------
    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
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

    def _update_buttons(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.open_button.setEnabled(self.todo_table.currentRow() >= 0)
        else:
            self.open_button.setEnabled(self.selected_case_id() is not None)

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.open_case.emit(case_id)

    def open_selected(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.todo_table.open_row(self.todo_table.currentRow())
            return
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case.emit(case_id)

    def make_intake_dialog(self) -> IntakeDialog:
        return IntakeDialog(self.ctx, self)

    def new_case(self) -> None:
        dialog = self.make_intake_dialog()
        dialog.exec()
        if dialog.saved is not None:
            self.reload()
            self.case_opened.emit(dialog.saved.id)
            self.open_case.emit(dialog.saved.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "table", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                case_id = self.selected_case_id()
                if case_id is not None:
                    self.open_case.emit(case_id)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()  # the deadline states move with the clock


__all__ = ["CasesPage"]
