"""Nhận con nuôi: the adoption referrals of the commune (Luật Nuôi con nuôi; issue #4).

The section shows the list of referrals (open, registered, refused, stopped; overdue only) and
"Việc cần làm" of adoption; a row opens the referral: who, what next and by when, the steps of
the law in order — each done (when, by whom, what), next, or not yet — with the button that
records or corrects it, the deadlines, what to check before registering, the reports after the
handover and the timeline. It looks like the case page (the same step rows).

The reason the child was proposed is shown on the referral; the lists and the to-do list carry
none of the referral's free text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.adoption import (
    AdoptionAction,
    AdoptionStage,
    AdoptionStatus,
    ChildSituation,
    ConsentRole,
    Severity,
    required_conditions,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.adoption import (
    AdopterOut,
    AdoptionFilter,
    AdoptionOut,
    AdoptionSummary,
    TimelineEntry,
)
from commune_care.domain.schemas.todo import DueItem
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.adoption_dialogs import (
    AdoptersDialog,
    AdoptionStepDialog,
    ConsentDialog,
    FileDialog,
    NoticeDialog,
    OpinionsDialog,
    ProposeDialog,
    RefuseDialog,
    RegisterDialog,
    ReportDialog,
    WithdrawAdoptersDialog,
    WithdrawDialog,
)
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data
from commune_care.ui.feedback import show_user_error
from commune_care.ui.models.case_table_model import STATE_COLORS
from commune_care.ui.pages.case_page import StepRow, StepState, StepView

_MUTED = "#666"
_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
_BANNER = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 4px;"
    " padding: 6px 8px; }}"
)
_SEVERITY_COLORS = {Severity.BLOCK: "#8c1d18", Severity.WARNING: "#5c3b00"}
ALL = "all"


def _d(value: date | None) -> str:
    return format_date(value)


def _plain_table(table: QTableWidget) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)


def _fit_height(table: QTableWidget, minimum: int = 0) -> None:
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + sum(
        table.rowHeight(r) for r in range(table.rowCount())
    )
    table.setFixedHeight(max(minimum, height + 2 * table.frameWidth()))


def _state_cell(item: QTableWidgetItem, state: DeadlineState) -> None:
    bg, fg = STATE_COLORS[state]
    item.setBackground(QBrush(QColor(bg)))
    item.setForeground(QBrush(QColor(fg)))


# --------------------------------------------------------------------------- the list


class AdoptionListView(QWidget):
    """The referrals with their filters, and "Việc cần làm" of adoption."""

    open_adoption = Signal(int)
    propose_requested = Signal()

    COLUMNS = 7
    COL_CODE, COL_CHILD, COL_PROPOSED, COL_STAGE, COL_NEXT, COL_DUE, COL_STATE = range(7)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AdoptionSummary] = []
        self.todo_items: list[DueItem] = []
        self.today: date | None = None  # test seam: the day of the states (None: today)
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Adoption referrals"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.propose_button = QPushButton(self.tr("Propose a child…"))
        self.propose_button.setToolTip(
            self.tr("Propose a child of the register for adoption (Ctrl+N)")
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected referral (Enter)"))
        for button in (self.propose_button, self.open_button):
            button.setAutoDefault(False)
        self.propose_button.clicked.connect(self.propose_requested)
        hide_unless(self.ctx.actor, Permission.EDIT_ADOPTION, self.propose_button)
        self.open_button.clicked.connect(self.open_selected)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if self.ctx.can(Permission.EDIT_ADOPTION):
            shortcut.activated.connect(self.propose_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.propose_button)
        top.addWidget(self.open_button)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Open referrals"), AdoptionStatus.OPEN.value)
        self.status_combo.addItem(self.tr("Registered"), AdoptionStatus.REGISTERED.value)
        self.status_combo.addItem(self.tr("Refused"), AdoptionStatus.REFUSED.value)
        self.status_combo.addItem(self.tr("Stopped"), AdoptionStatus.WITHDRAWN.value)
        self.status_combo.addItem(self.tr("All referrals"), ALL)
        fit_combo(self.status_combo, 14)
        self.status_combo.setAccessibleName(self.tr("Which referrals"))
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.status_combo)
        filters.addWidget(show)
        filters.addWidget(self.status_combo)
        filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_check.toggled.connect(lambda _c: self.reload())

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Referral"),
                self.tr("Child"),
                self.tr("Proposed"),
                self.tr("Stage"),
                self.tr("Next"),
                self.tr("Due"),
                self.tr("State"),
            ]
        )
        _plain_table(self.table)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        char = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in ((0, 12), (1, 20), (2, 11), (3, 26), (5, 11), (6, 13)):
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(self.COL_NEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.empty_label, 1)
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(bottom)

        self.todo_table = QTableWidget(0, 5)
        self.todo_table.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("State"),
                self.tr("Referral"),
                self.tr("Child"),
                self.tr("To do"),
            ]
        )
        _plain_table(self.todo_table)
        self.todo_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        todo_header = self.todo_table.horizontalHeader()
        for column, chars in enumerate((11, 13, 12, 22)):
            todo_header.resizeSection(column, chars * char + 16)
        todo_header.setStretchLastSection(True)
        self.todo_table.doubleClicked.connect(lambda index: self._open_todo(index.row()))
        self.todo_table.installEventFilter(self)
        self.todo_empty = QLabel(self.tr("Nothing to do on the adoption referrals."))
        self.todo_empty.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        todo_tab = QWidget()
        todo_layout = QVBoxLayout(todo_tab)
        hint = QLabel(
            self.tr(
                "The deadlines of the open referrals and the reports due within 30 days or"
                " overdue, soonest first. Enter opens the referral."
            )
        )
        hint.setStyleSheet("QLabel { color: #444; }")
        todo_layout.addWidget(hint)
        todo_layout.addWidget(self.todo_table, 1)
        todo_layout.addWidget(self.todo_empty)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_tab, self.tr("Referrals"))
        self.tabs.addTab(todo_tab, self.tr("To do"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.todo_table.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self._update_buttons()

    # --- the filter --------------------------------------------------------------------
    def current_filter(self) -> AdoptionFilter:
        status = self.status_combo.currentData()
        return AdoptionFilter(
            status=None if status == ALL else AdoptionStatus(status),
            overdue=self.overdue_check.isChecked(),
        )

    def apply_filter(self, flt: AdoptionFilter) -> None:
        for widget in (self.status_combo, self.overdue_check):
            widget.blockSignals(True)
        try:
            select_data(self.status_combo, flt.status.value if flt.status else ALL)
            self.overdue_check.setChecked(flt.overdue)
        finally:
            for widget in (self.status_combo, self.overdue_check):
                widget.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        self.apply_filter(AdoptionFilter())

    def reload(self) -> None:
        selected = self.selected_id()
        today = self.today or date.today()
        self.rows = self.ctx.adoptions.list(self.current_filter(), today)
        self._fill(self.rows)
        if selected is not None:
            self.select(selected)
        self._fill_todo(self.ctx.adoptions.due_items(today))
        self._update_buttons()

    def _fill(self, rows: list[AdoptionSummary]) -> None:
        table = self.table
        table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            cells = (
                r.code,
                r.child_name,
                _d(r.proposed_on),
                r.stage.label,
                r.next_action_label,
                _d(r.next_due),
                r.next_state.label if r.next_state is not None and r.next_due else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == self.COL_STATE and r.next_state is not None and r.next_due:
                    _state_cell(item, r.next_state)
                elif r.stage.ended and r.stage is not AdoptionStage.REGISTERED:
                    item.setForeground(QBrush(QColor(_MUTED)))
                table.setItem(row, column, item)
        n = len(rows)
        self.count_label.setText(
            self.tr("1 referral") if n == 1 else self.tr("{0} referrals").format(n)
        )
        if n:
            self.empty_label.clear()
        elif self.current_filter() != AdoptionFilter():
            self.empty_label.setText(self.tr("No referral matches the filters."))
        else:
            self.empty_label.setText(
                self.tr("No open referral. Press Propose a child when a child needs a family.")
            )

    def _fill_todo(self, items: list[DueItem]) -> None:
        self.todo_items = items
        table = self.todo_table
        table.setRowCount(len(items))
        for row, i in enumerate(items):
            cells = (_d(i.due), i.state.label, i.subject_code, i.child_name, i.label)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    _state_cell(item, i.state)
                table.setItem(row, column, item)
        overdue = sum(1 for i in items if i.state is DeadlineState.OVERDUE)
        title = self.tr("To do ({0})").format(len(items))
        if overdue:
            title = self.tr("To do ({0}, {1} overdue)").format(len(items), overdue)
        self.tabs.setTabText(1, title)
        self.todo_empty.setVisible(not items)

    # --- selection ---------------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def select(self, adoption_id: int) -> bool:
        for row, r in enumerate(self.rows):
            if r.id == adoption_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.open_button.setEnabled(self.todo_table.currentRow() >= 0)
        else:
            self.open_button.setEnabled(self.selected_id() is not None)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_adoption.emit(self.rows[row].id)

    def _open_todo(self, row: int) -> None:
        if 0 <= row < len(self.todo_items):
            self.open_adoption.emit(self.todo_items[row].subject_id)

    def open_selected(self) -> None:
        if self.tabs.currentIndex() == 1:
            self._open_todo(self.todo_table.currentRow())
        else:
            self._open_row(self.table.currentRow())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tables = (getattr(self, "table", None), getattr(self, "todo_table", None))
        if watched in tables and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.table:
                    self._open_row(self.table.currentRow())
                else:
                    self._open_todo(self.todo_table.currentRow())
                return True
        return super().eventFilter(watched, event)


# --------------------------------------------------------------------------- one referral


class AdoptionDetail(QWidget):
    """One referral: the steps of the law in order, what is next and by when."""

    back_requested = Signal()
    changed = Signal(int)
    open_child = Signal(int)

    STEP_KEYS = (
        "proposal", "notice", "adopters", "file", "consents", "opinions", "register", "reports",
    )  # fmt: skip
    _NEXT_KEYS: ClassVar[dict[AdoptionAction, str]] = {
        AdoptionAction.START_NOTICE: "notice",
        AdoptionAction.AWAIT_ADOPTERS: "adopters",
        AdoptionAction.NOTICE_ENDED: "adopters",
        AdoptionAction.RECEIVE_FILE: "file",
        AdoptionAction.COLLECT_OPINIONS: "consents",
        AdoptionAction.REGISTER: "register",
        AdoptionAction.REFUSE: "register",
        AdoptionAction.REPORT: "reports",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.adoption: AdoptionOut | None = None
        self.step_views: dict[str, StepView] = {}
        self.timeline: list[TimelineEntry] = []
        self.today: date | None = None  # test seam
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        for keys in ("Alt+Left", "Esc"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_requested)
        self.code_label = QLabel()
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_badge = QLabel()
        self.withdraw_adopters_button = QPushButton(self.tr("Applicants withdrew…"))
        self.withdraw_adopters_button.setToolTip(
            self.tr("The people asking to adopt gave up before their file was received")
        )
        self.refuse_button = QPushButton(self.tr("Refuse in writing…"))
        self.refuse_button.setToolTip(
            self.tr("Refuse to register, in writing with the reasons (Điều 22.2)")
        )
        self.withdraw_button = QPushButton(self.tr("Stop the referral…"))
        self.withdraw_button.setToolTip(self.tr("End the referral with its reason"))
        for button, key in (
            (self.withdraw_adopters_button, "withdraw_adopters"),
            (self.refuse_button, "refuse"),
            (self.withdraw_button, "withdraw"),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=key: self.record_step(k))
        hide_unless(
            self.ctx.actor, Permission.EDIT_ADOPTION, self.withdraw_adopters_button,
            self.refuse_button, self.withdraw_button,
        )  # fmt: skip
        for button in (self.back_button,):
            button.setAutoDefault(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addSpacing(12)
        title_row.addWidget(self.code_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.stage_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.withdraw_adopters_button)
        title_row.addWidget(self.refuse_button)
        title_row.addWidget(self.withdraw_button)

        self.child_button = QPushButton()
        self.child_button.setFlat(True)
        self.child_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.child_button.setStyleSheet(
            "QPushButton { color: #0b57d0; text-decoration: underline; border: none;"
            " padding: 0; text-align: left; }"
        )
        self.child_button.setToolTip(self.tr("Open the child's page"))
        self.child_button.setAutoDefault(False)
        self.child_button.clicked.connect(self._open_child)
        self.meta_label = QLabel()
        self.meta_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        child_row = QHBoxLayout()
        child_row.addWidget(QLabel(self.tr("Child:")))
        child_row.addWidget(self.child_button)
        child_row.addSpacing(16)
        child_row.addWidget(self.meta_label, 1)

        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_button = QPushButton(self.tr("Record it now…"))
        self.next_button.setToolTip(self.tr("Open the form of the next step (Ctrl+Enter)"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.record_next_step)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record_next_step)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)

        steps_box = QWidget()
        self.steps_layout = QVBoxLayout(steps_box)
        self.steps_layout.setContentsMargins(0, 0, 6, 0)
        self.steps_layout.setSpacing(4)
        caption = QLabel(self.tr("Steps of Luật Nuôi con nuôi, in order"))
        caption.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        self.steps_layout.addWidget(caption)
        self.rows: dict[str, StepRow] = {}
        for key in self.STEP_KEYS:
            row = StepRow(key, self.record_step)
            row.title_label.setWordWrap(True)  # the law's titles are long: never a side scroll
            self.rows[key] = row
            self.steps_layout.addWidget(row)
        self.steps_layout.addWidget(self._reports_box())
        self.steps_layout.addStretch(1)
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_scroll.setWidget(steps_box)

        self.deadlines_table = QTableWidget(0, 3)
        self.deadlines_table.setHorizontalHeaderLabels(
            [self.tr("Time limit"), self.tr("Due"), self.tr("State")]
        )
        _plain_table(self.deadlines_table)
        self.deadlines_table.setWordWrap(True)
        dh = self.deadlines_table.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        dh.resizeSection(1, 92)
        dh.resizeSection(2, 132)
        self.deadlines_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_deadline_label = QLabel(
            self.tr("No time limit of the law runs until the notice is posted or the file is in.")
        )
        self.no_deadline_label.setWordWrap(True)
        self.no_deadline_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        deadlines_box = QGroupBox(self.tr("Deadlines"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        deadlines_layout.addWidget(self.deadlines_table)
        deadlines_layout.addWidget(self.no_deadline_label)

        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.checks_label.setTextFormat(Qt.TextFormat.RichText)
        self.checks_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks_box = QGroupBox(self.tr("To check before registering"))
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.addWidget(self.checks_label)

        self.timeline_table = QTableWidget(0, 2)
        self.timeline_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What")])
        _plain_table(self.timeline_table)
        self.timeline_table.setWordWrap(True)
        th = self.timeline_table.horizontalHeader()
        th.resizeSection(0, 92)
        th.setStretchLastSection(True)
        timeline_box = QGroupBox(self.tr("Timeline"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline_table)

        right = QVBoxLayout()
        right.addWidget(deadlines_box)
        right.addWidget(self.checks_box)
        right.addWidget(timeline_box, 1)
        body = QHBoxLayout()
        body.addWidget(self.steps_scroll, 5)
        body.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(child_row)
        layout.addLayout(next_row)
        layout.addLayout(body, 1)

    def _reports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reports of the adoptive parents"))
        self.reports_table = QTableWidget(0, 4)
        self.reports_table.setHorizontalHeaderLabels(
            [self.tr("Report"), self.tr("Due"), self.tr("Received"), self.tr("What it says")]
        )
        _plain_table(self.reports_table)
        self.reports_table.setWordWrap(True)
        header = self.reports_table.horizontalHeader()
        for column, width in ((0, 70), (1, 92), (2, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.reports_table.doubleClicked.connect(lambda index: self.record_report(index.row() + 1))
        layout = QVBoxLayout(box)
        layout.addWidget(self.reports_table)
        self.reports_box = box
        return box

    # --- showing -----------------------------------------------------------------------
    def show_adoption(self, adoption_id: int) -> None:
        if self.adoption is None or self.adoption.id != adoption_id:
            self.steps_scroll.verticalScrollBar().setValue(0)
        try:
            adoption = self.ctx.adoptions.get(adoption_id, today=self.today)
            self.timeline = self.ctx.adoptions.timeline(adoption_id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.adoption = adoption
        self._render(adoption)
        QTimer.singleShot(0, self, self._after_layout)

    def _after_layout(self) -> None:
        """Heights of the wrapped tables once their widths are known; the next step in view."""
        _fit_height(self.deadlines_table)
        if self.adoption is not None and self.adoption.reports:
            _fit_height(self.reports_table, 90)
        self.timeline_table.resizeRowsToContents()
        self._scroll_to_next()

    def refresh(self) -> None:
        if self.adoption is not None:
            self.show_adoption(self.adoption.id)

    def _scroll_to_next(self) -> None:
        for key, view in self.step_views.items():
            if view.state is StepState.NEXT:
                target = self.reports_box if key == "reports" else self.rows[key]
                self.steps_scroll.ensureWidgetVisible(target, 0, 40)
                return

    def next_text(self) -> str:
        return self.next_label.text()

    def _render(self, a: AdoptionOut) -> None:
        self.code_label.setText(a.code)
        colors = {
            AdoptionStage.REGISTERED: ("#e3f1e5", "#1d5b2a"),
            AdoptionStage.REFUSED: ("#e8e8e8", "#333333"),
            AdoptionStage.WITHDRAWN: ("#e8e8e8", "#333333"),
        }
        bg, fg = colors.get(a.stage, ("#e6ecf5", "#23395d"))
        self.stage_badge.setText(a.stage.label)
        self.stage_badge.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
        born = self.tr(", born {0}").format(a.child_birth) if a.child_birth else ""
        self.child_button.setText(f"{a.child_name} ({a.child_code}){born}")
        self.meta_label.setText(
            self.tr("Proposed {0} by {1} · {2}").format(
                _d(a.proposed_on), a.proposed_by, a.situation.label
            )
        )
        open_ = not a.stage.ended
        self.withdraw_adopters_button.setVisible(open_ and bool(a.adopters) and a.file is None)
        self.refuse_button.setVisible(open_ and a.file is not None)
        self.withdraw_button.setVisible(open_)
        self._render_next(a)
        self._render_deadlines(a)
        self._render_checks(a)
        self._render_steps(a)
        self._render_reports(a)
        self._render_timeline()

    def _render_next(self, a: AdoptionOut) -> None:
        step = a.next_step
        if a.withdrawal is not None:
            text = self.tr("The referral was stopped on {0}: {1}").format(
                _d(a.withdrawal.withdrawn_on), html.escape(a.withdrawal.reason)
            )
            bg, fg = STATE_COLORS[DeadlineState.DONE]
        elif a.refusal is not None:
            text = self.tr("Registration refused on {0}.").format(_d(a.refusal.refused_on))
            bg, fg = STATE_COLORS[DeadlineState.DONE]
        elif step is None:
            text = self.tr("Nothing left to do: the six reports are in.")
            bg, fg = STATE_COLORS[DeadlineState.DONE]
        else:
            action = f"<b>{html.escape(step.label)}</b>"
            if step.due is not None:
                text = self.tr("Next: {0} by {1} ({2})").format(
                    action, _d(step.due), step.state.label
                )
                bg, fg = STATE_COLORS[step.state]
            else:
                text = self.tr("Next: {0}").format(action)
                bg, fg = STATE_COLORS[DeadlineState.ON_TIME]
            overdue_reports = [r for r in a.reports if r.state is DeadlineState.OVERDUE]
            if len(overdue_reports) > 1:
                text += "<br>" + self.tr("{0} reports are overdue.").format(len(overdue_reports))
        self.next_label.setText(text)
        self.next_label.setStyleSheet(_BANNER.format(bg=bg, fg=fg))

    def _render_deadlines(self, a: AdoptionOut) -> None:
        table = self.deadlines_table
        table.setRowCount(len(a.deadlines))
        for row, d in enumerate(a.deadlines):
            state = d.state.label
            if d.state is DeadlineState.DONE and d.done_on is not None:
                state = (
                    self.tr("Done late, {0}") if d.late else self.tr("Done in time, {0}")
                ).format(_d(d.done_on))
            for column, text in enumerate((d.label, _d(d.due), state)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    _state_cell(item, DeadlineState.DUE_SOON if d.late else d.state)
                table.setItem(row, column, item)
        _fit_height(table)
        table.setVisible(bool(a.deadlines))
        self.no_deadline_label.setText(
            self.tr("The referral has ended: no time limit runs any more.")
            if a.stage.ended
            else self.tr(
                "No time limit of the law runs until the notice is posted or the file is in."
            )
        )
        self.no_deadline_label.setVisible(not a.deadlines)

    def deadline_rows(self) -> list[list[str]]:
        t = self.deadlines_table
        return [
            [item.text() if (item := t.item(r, c)) is not None else "" for c in range(3)]
            for r in range(t.rowCount())
        ]

    def _render_checks(self, a: AdoptionOut) -> None:
        lines = []
        for f in a.findings:
            color = _SEVERITY_COLORS[f.severity]
            lines.append(
                f"<span style='color:{color}'>■</span> <b>{html.escape(f.severity.label)}</b> "
                f"({html.escape(f.article)}): {html.escape(f.message)}"
            )
        self.checks_label.setText("<br>".join(lines))
        self.checks_box.setVisible(bool(lines))

    def check_lines(self) -> list[str]:
        assert self.adoption is not None
        return [f.message for f in self.adoption.findings]

    def _render_timeline(self) -> None:
        table = self.timeline_table
        table.setRowCount(len(self.timeline))
        for row, e in enumerate(self.timeline):
            what = e.label + (f" — {e.detail}" if e.detail else "")
            for column, text in enumerate((_d(e.on), what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not e.done:
                    item.setForeground(QBrush(QColor("#777777")))
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _render_reports(self, a: AdoptionOut) -> None:
        table = self.reports_table
        table.setRowCount(len(a.reports))
        for row, r in enumerate(a.reports):
            received = _d(r.received_on) if r.received_on else r.state.label
            cells = (self.tr("{0} of 6").format(r.number), _d(r.due_on), received, r.summary)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    _state_cell(item, DeadlineState.DUE_SOON if r.late else r.state)
                table.setItem(row, column, item)
        _fit_height(table, 90)
        self.reports_box.setVisible(bool(a.reports))

    # --- the steps ---------------------------------------------------------------------
    def _render_steps(self, a: AdoptionOut) -> None:
        self.step_views = self._views(a)
        labels = {
            StepState.DONE: self.tr("Done"),
            StepState.NEXT: self.tr("Next"),
            StepState.LATER: self.tr("Not yet"),
            StepState.SKIPPED: self.tr("Not needed"),
        }
        overdue = a.next_step is not None and a.next_step.state is DeadlineState.OVERDUE
        for key, row in self.rows.items():
            view = self.step_views[key]
            if view.state is StepState.DONE and not view.enabled:
                view.button_text = ""
            if not self.ctx.can(Permission.EDIT_ADOPTION):
                view.button_text = ""  # a read-only account: the steps, no forms
            row.show_view(view, labels[view.state], overdue)
        self.next_button.setVisible(self.next_step_key() is not None)

    def next_step_key(self) -> str | None:
        return next(
            (
                k
                for k, v in self.step_views.items()
                if v.state is StepState.NEXT
                and v.button_text
                and v.enabled
                and self.ctx.can(Permission.EDIT_ADOPTION)
            ),
            None,
        )

    def record_next_step(self) -> None:
        key = self.next_step_key()
        if key is not None:
            self.record_step(key)

    def _views(self, a: AdoptionOut) -> dict[str, StepView]:
        ended = a.stage.ended
        closed = a.refusal is not None or a.withdrawal is not None
        next_key = None
        if a.next_step is not None and not closed:
            next_key = self._NEXT_KEYS[a.next_step.action]
            if next_key == "consents" and not a.consents_missing:
                next_key = "opinions"

        def state(key: str, done: bool, skipped: bool = False) -> StepState:
            if key == next_key:
                return StepState.NEXT
            if done:
                return StepState.DONE
            return StepState.SKIPPED if skipped or closed else StepState.LATER

        def button(done: bool, allowed: bool, record: str = "") -> tuple[str, bool]:
            if ended:
                return "", False
            if done:
                return self.tr("Correct…"), allowed
            return record or self.tr("Record…"), allowed

        views: dict[str, StepView] = {}
        views["proposal"] = StepView(
            "proposal",
            self.tr("1. Child proposed for adoption (Điều 15)"),
            StepState.DONE,
            "\n".join(
                (
                    self.tr("{0}, {1}").format(_d(a.proposed_on), a.proposed_by),
                    a.situation.label,
                    self.tr("Reason: {0}").format(a.reason),
                )
            ),
        )

        notice = a.notice
        family = a.situation is ChildSituation.FAMILY
        skipped = notice is None and (a.file is not None or family)
        if notice is not None:
            details = self.tr("Posted {0} at {1}; the 60 days end on {2}").format(
                _d(notice.start_on), notice.place, _d(a.notice_end)
            )
        elif family:
            details = self.tr(
                "Not needed when a step-parent, an aunt or an uncle asks to adopt the child."
            )
        elif a.file is not None:
            details = self.tr("Not posted: the adopters came forward without a notice.")
        else:
            details = self.tr("60 days at the commune office to find a family in the country.")
        text, enabled = button(notice is not None, a.file is None)
        if skipped:
            text = ""
        views["notice"] = StepView(
            "notice",
            self.tr("2. Public notice at the commune office — 60 days (Điều 15.2.b)"),
            state("notice", notice is not None, skipped),
            details,
            text,
            enabled,
        )

        lines = [self._person_line(p) for p in a.adopters]
        if a.adopters:
            lines.insert(
                0,
                self.tr("{0}, application of {1}").format(
                    a.adopters[0].kind.label, _d(a.adopters[0].applied_on)
                ),
            )
        for p in a.past_adopters:
            lines.append(
                self.tr("Withdrawn {0}: {1} ({2})").format(
                    _d(p.withdrawn_on), p.full_name, p.withdrawal_reason
                )
            )
        if not a.adopters and not ended:
            lines.append(
                self.tr("Record the people who come forward: one person or a married couple.")
            )
        text, enabled = button(bool(a.adopters), True)
        views["adopters"] = StepView(
            "adopters",
            self.tr("3. People asking to adopt and their conditions (Điều 8, 13, 14)"),
            state("adopters", bool(a.adopters)),
            "\n".join(lines),
            text,
            enabled,
        )

        f = a.file
        details = ""
        if f is not None:
            details = self.tr("Complete file received {0} by {1}").format(
                _d(f.received_on), f.received_by
            )
        text, enabled = button(f is not None, bool(a.adopters) and a.opinions is None)
        views["file"] = StepView(
            "file",
            self.tr("4. The complete file received (Điều 17, 18, 19)"),
            state("file", f is not None),
            details,
            text,
            enabled,
        )

        lines = []
        for c in a.consents:
            line = self.tr("{0}: {1}").format(c.role.label, c.answer.label)
            if c.person_name:
                line += f" — {c.person_name}"
            if c.given_on:
                line += f", {_d(c.given_on)}"
            if c.basis:
                line += f" ({c.basis})"
            lines.append(line)
        if f is not None and a.consents_missing:
            roles = [ConsentRole(m.field).label for m in a.consents_missing
                     if m.field in {r.value for r in ConsentRole}]  # fmt: skip
            lines.append(self.tr("Still to record: {0}").format(", ".join(roles)))
            if a.child_consent_needed is None:
                lines.append(
                    self.tr("Whether the child is 9 yet cannot be told: ask the child too.")
                )
        done = a.opinions is not None or (f is not None and not a.consents_missing)
        allowed = f is not None and a.opinions is None and not ended
        views["consents"] = StepView(
            "consents",
            self.tr("5. Opinions of the parents, the guardian, the child from 9 (Điều 21)"),
            state("consents", done),
            "\n".join(lines),
            "" if ended else self.tr("Record an opinion…"),
            allowed,
        )

        o = a.opinions
        details = ""
        if o is not None:
            details = self.tr("Completed {0} by {1}").format(_d(o.completed_on), o.completed_by)
            if a.declined:
                details += "\n" + self.tr("Did not agree: {0}").format(
                    ", ".join(r.label for r in a.declined)
                )
        text, enabled = button(o is not None, f is not None)
        views["opinions"] = StepView(
            "opinions",
            self.tr("6. Opinions collected — within 10 days of the file (Điều 20)"),
            state("opinions", o is not None),
            details,
            text,
            enabled,
        )

        if a.refusal is not None:
            r = a.refusal
            number = self.tr(", letter {0}").format(r.document_no) if r.document_no else ""
            views["register"] = StepView(
                "register",
                self.tr("7. Registration refused in writing (Điều 22.2)"),
                StepState.DONE,
                self.tr("Refused {0}{1}\nReasons: {2}").format(_d(r.refused_on), number, r.reasons),
            )
        elif a.registration is not None:
            g = a.registration
            views["register"] = StepView(
                "register",
                self.tr("7. Adoption registered, child handed over (Điều 22.1)"),
                StepState.DONE,
                self.tr("Certificate {0} of {1}; handed over {2}").format(
                    g.certificate_no, _d(g.registered_on), _d(g.handover_on)
                ),
            )
        else:
            refuse = bool(a.declined)
            text = "" if ended else (self.tr("Refuse…") if refuse else self.tr("Register…"))
            views["register"] = StepView(
                "register",
                self.tr("7. Registration within 20 days of the consents, or refusal (Điều 22)"),
                state("register", False),
                self.tr("Someone whose consent is needed did not agree: refuse in writing.")
                if refuse
                else "",
                text,
                o is not None and not ended,
            )

        received = sum(r.received_on is not None for r in a.reports)
        details = ""
        if a.reports:
            details = self.tr("Received {0} of 6").format(received)
        registered = a.registration is not None
        views["reports"] = StepView(
            "reports",
            self.tr("8. Reports every 6 months for 3 years after the handover (Điều 23)"),
            state("reports", registered and received == len(a.reports)),
            details,
            self.tr("Record a report…") if registered else "",
            registered,
        )
        return views

    def _person_line(self, p: AdopterOut) -> str:
        total = len(required_conditions(p.relation))
        confirmed = total - len(p.missing_conditions)
        line = self.tr("{0} ({1}), born {2}: {3} of {4} conditions confirmed").format(
            p.full_name, p.relation.label, p.birth.display(), confirmed, total
        )
        return line

    # --- actions -----------------------------------------------------------------------
    _DIALOGS: ClassVar[dict[str, type[AdoptionStepDialog]]] = {
        "notice": NoticeDialog,
        "adopters": AdoptersDialog,
        "withdraw_adopters": WithdrawAdoptersDialog,
        "file": FileDialog,
        "consents": ConsentDialog,
        "opinions": OpinionsDialog,
        "refuse": RefuseDialog,
        "withdraw": WithdrawDialog,
        "reports": ReportDialog,
    }

    def make_dialog(self, key: str) -> AdoptionStepDialog | None:
        a = self.adoption
        if a is None:
            return None
        if key == "register":
            return RefuseDialog(self.ctx, a, self) if a.declined else RegisterDialog(
                self.ctx, a, self)  # fmt: skip
        cls = self._DIALOGS.get(key)
        return cls(self.ctx, a, self) if cls is not None else None

    def record_step(self, key: str) -> None:
        dialog = self.make_dialog(key)
        if dialog is None:
            return
        dialog.exec()
        self._after(dialog)

    def record_report(self, number: int) -> None:
        a = self.adoption
        if a is None or a.registration is None:
            return
        dialog = ReportDialog(self.ctx, a, self, number=number)
        dialog.exec()
        self._after(dialog)

    def _after(self, dialog: AdoptionStepDialog) -> None:
        if dialog.saved is not None and self.adoption is not None:
            self.refresh()
            self.changed.emit(self.adoption.id)

    def _open_child(self) -> None:
        if self.adoption is not None:
            self.open_child.emit(self.adoption.child_id)


# --------------------------------------------------------------------------- the section


class AdoptionPage(QWidget):
    """The "Nhận con nuôi" section: the list, and a referral opened from it."""

    open_child = Signal(int)
    adoption_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list_view = AdoptionListView(ctx)
        self.detail = AdoptionDetail(ctx)
        # Test seam: how a child is proposed (the dialog, answered by the user).
        self.make_propose_dialog: Callable[[], ProposeDialog] = lambda: ProposeDialog(ctx, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_view.open_adoption.connect(self.show_adoption)
        self.list_view.propose_requested.connect(self.propose)
        self.detail.back_requested.connect(self.show_list)
        self.detail.open_child.connect(self.open_child)
        self.detail.changed.connect(self._on_changed)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.reload()
        if self.detail.adoption is not None:
            self.list_view.select(self.detail.adoption.id)

    def show_adoption(self, adoption_id: int) -> None:
        self.detail.show_adoption(adoption_id)
        self.stack.setCurrentWidget(self.detail)

    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail

    def propose(self) -> None:
        dialog = self.make_propose_dialog()
        dialog.exec()
        if dialog.saved is not None:
            self.list_view.reload()
            self.adoption_changed.emit(dialog.saved.id)
            self.show_adoption(dialog.saved.id)

    def _on_changed(self, adoption_id: int) -> None:
        self.adoption_changed.emit(adoption_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.showing_detail():
            self.detail.refresh()
        else:
            self.list_view.reload()  # the states move with the clock


__all__ = ["AdoptionDetail", "AdoptionListView", "AdoptionPage"]
