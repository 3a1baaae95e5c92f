"""One case: who it is about, what to do next and by when, the deadlines, and the steps of
Nghị định 56 in order — each done (who, when, what), next, or not yet — with the button that
records or corrects it.

Confidential fields (Nghị định 56 Điều 24) are not shown until "Show confidential details" is
pressed; they are loaded then, and dropped again when the user leaves the case.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.cases import CycleStart, DeadlineState, NextAction, TaskStatus
from commune_care.domain.enums import Sex
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.cases import CaseOut, CycleOut, PlanTaskOut
from commune_care.domain.schemas.cases import DetailedAssessmentIn as _D
from commune_care.ui.access import disable_unless, hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_dialogs import (
    ApprovalDialog,
    ChildPickerDialog,
    CloseCaseDialog,
    DetailedAssessmentDialog,
    EmergencyDialog,
    InitialAssessmentDialog,
    LogEntryDialog,
    MeetingDialog,
    PlanDialog,
    ReopenCaseDialog,
    ReviewDialog,
    StepDialog,
    SubmitPlanDialog,
    TaskStatusDialog,
    format_vnd,
)
from commune_care.ui.dialogs.child_dialog import ChildDialog, show_user_error
from commune_care.ui.models.case_table_model import STATE_COLORS, format_due
from commune_care.ui.widgets.confidential import ask_reveal
from commune_care.ui.widgets.history_view import HistoryView

_MUTED = "#666"
_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
_BANNER = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 4px;"
    " padding: 6px 8px; }}"
)
_STEP_STATE_STYLE = {
    "done": ("#e3f1e5", "#1d5b2a"),
    "next": ("#ffe9b3", "#5c3b00"),
    "overdue": ("#fbd5d1", "#8c1d18"),
    "later": ("#f1f1f1", "#555555"),
    "skipped": ("#f1f1f1", "#777777"),
}

if TYPE_CHECKING:
    from commune_care.ui.dialogs.document_form_dialog import DocumentForms


def _brush(color: str) -> QBrush:
    return QBrush(QColor(color))


def _fmt_dt(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def _fmt_d(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class StepState(Enum):
    DONE = "done"
    NEXT = "next"
    LATER = "later"
    SKIPPED = "skipped"


@dataclass
class StepView:
    """What one row of the steps list shows."""

    key: str
    title: str
    state: StepState
    details: str
    button_text: str = ""
    enabled: bool = False


class StepRow(QFrame):
    """One step: its state, title, what was recorded, and its button."""

    def __init__(self, key: str, on_click: Callable[[str], None]) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("stepRow")
        self.state_label = QLabel()
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setFixedWidth(96)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.setMinimumWidth(150)
        self.button.clicked.connect(lambda: on_click(key))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.state_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_label, 0, 1)
        grid.addWidget(self.details_label, 1, 1)
        grid.addWidget(self.button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

    def show_view(self, view: StepView, state_text: str, overdue: bool = False) -> None:
        key = "overdue" if overdue and view.state is StepState.NEXT else view.state.value
        bg, fg = _STEP_STATE_STYLE[key]
        self.state_label.setText(state_text)
        self.state_label.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
        self.title_label.setText(view.title)
        muted = view.state in (StepState.LATER, StepState.SKIPPED)
        self.title_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}" if muted else "")
        self.details_label.setText(view.details)
        self.details_label.setVisible(bool(view.details))
        self.details_label.setStyleSheet(f"QLabel {{ color: {'#555' if muted else '#222'}; }}")
        self.button.setText(view.button_text)
        self.button.setVisible(bool(view.button_text))
        self.button.setEnabled(view.enabled)
        border = "#e0b34a" if view.state is StepState.NEXT else "#dddddd"
        if overdue and view.state is StepState.NEXT:
            border = "#c62828"
        self.setStyleSheet(
            f"QFrame#stepRow {{ border: 1px solid {border}; border-radius: 4px;"
            f" background: {'#fffaf0' if view.state is StepState.NEXT else 'white'}; }}"
        )


class CasePage(QWidget):
    back_requested = Signal()
    case_changed = Signal(int)
    open_child = Signal(int)

    STEP_KEYS = (
        "intake", "initial", "emergency", "detailed", "meeting", "plan", "submit",
        "approval", "implementation", "review", "close",
    )  # fmt: skip
    # Which next actions belong to which step.
    _ACTIONS: ClassVar[dict[str, set[NextAction]]] = {
        "initial": {NextAction.INITIAL_ASSESSMENT},
        "emergency": {NextAction.EMERGENCY, NextAction.END_SEPARATION},
        "detailed": {NextAction.DETAILED_ASSESSMENT},
        "meeting": {NextAction.MEETING},
        "plan": {NextAction.DRAFT_PLAN},
        "submit": {NextAction.SUBMIT_PLAN},
        "approval": {NextAction.APPROVE_PLAN},
        "implementation": {NextAction.IMPLEMENT},
        "review": {NextAction.REVIEW},
        "close": {NextAction.CLOSE},
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseOut | None = None
        self.confidential_shown = False
        self.step_views: dict[str, StepView] = {}
        self.tasks: list[PlanTaskOut] = []
        # Test seam: how a child is chosen for "Link to a child…".
        self.pick_child: Callable[[], int | None] = self._pick_child
        # Test seam: how the reason to show confidential details is asked.
        self.ask: Callable[..., CaseOut | None] = ask_reveal
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
        self.level_badge = QLabel()
        self.confidential_button = QPushButton(self.tr("Show confidential details"))
        self.confidential_button.setToolTip(
            self.tr(
                "The report, the informant, the assessments and the kind of abuse are"
                " confidential (Nghị định 56, Điều 24): shown only when asked."
            )
        )
        self.confidential_button.setStyleSheet(
            "QPushButton { background: #f6f1fa; color: #4a2a66; border: 1px solid #b9a3cc;"
            " border-radius: 4px; padding: 4px 10px; }"
        )
        self.confidential_button.clicked.connect(self.toggle_confidential)
        disable_unless(
            self.ctx.actor, self.confidential_button, permission=Permission.VIEW_CONFIDENTIAL
        )
        for button in (self.back_button, self.confidential_button):
            button.setAutoDefault(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addSpacing(12)
        title_row.addWidget(self.code_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.stage_badge)
        title_row.addWidget(self.level_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.confidential_button)

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
        self.unknown_label = QLabel()
        self.link_button = QPushButton(self.tr("Link to a child…"))
        self.link_button.setToolTip(self.tr("The child is in the register: choose them"))
        self.register_button = QPushButton(self.tr("Register the child…"))
        self.register_button.setToolTip(
            self.tr("The child is not in the register yet: add them and link this case")
        )
        for button in (self.link_button, self.register_button):
            button.setAutoDefault(False)
        self.link_button.clicked.connect(self.link_child)
        self.register_button.clicked.connect(self.register_child)
        self.may_edit = self.ctx.can(Permission.EDIT_CASES)
        self.meta_label = QLabel()
        self.meta_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        child_row = QHBoxLayout()
        child_row.addWidget(QLabel(self.tr("Child:")))
        child_row.addWidget(self.child_button)
        child_row.addWidget(self.unknown_label)
        child_row.addWidget(self.link_button)
        child_row.addWidget(self.register_button)
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

        # Steps (left) and deadlines / log (right).
        steps_box = QWidget()
        self.steps_layout = QVBoxLayout(steps_box)
        self.steps_layout.setContentsMargins(0, 0, 6, 0)
        self.steps_layout.setSpacing(4)
        self.cycle_label = QLabel()
        self.cycle_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        self.steps_layout.addWidget(self.cycle_label)
        self.rows: dict[str, StepRow] = {}
        for key in self.STEP_KEYS:
            row = StepRow(key, self.record_step)
            self.rows[key] = row
            self.steps_layout.addWidget(row)
            if key == "implementation":
                self.steps_layout.addWidget(self._tasks_box())
        self.log_button = self.rows["implementation"].button  # "Add a log entry…"
        self.earlier_label = QLabel()
        self.earlier_label.setWordWrap(True)
        self.earlier_label.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        self.steps_layout.addWidget(self.earlier_label)
        self.steps_layout.addStretch(1)
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_scroll.setWidget(steps_box)

        self.deadlines_table = QTableWidget(0, 3)
        self.deadlines_table.setHorizontalHeaderLabels(
            [self.tr("Time limit"), self.tr("Due"), self.tr("State")]
        )
        self._plain_table(self.deadlines_table)
        deadline_header = self.deadlines_table.horizontalHeader()
        deadline_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        deadline_header.resizeSection(1, 118)
        deadline_header.resizeSection(2, 132)
        self.deadlines_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_deadline_label = QLabel(
            self.tr(
                "No time limit of the decree is running yet; the next step's due time is above."
            )
        )
        self.no_deadline_label.setWordWrap(True)
        self.no_deadline_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        deadlines_box = QGroupBox(self.tr("Deadlines"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        deadlines_layout.addWidget(self.deadlines_table)
        deadlines_layout.addWidget(self.no_deadline_label)

        self.log_table = QTableWidget(0, 3)
        self.log_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Done by"), self.tr("What was done")]
        )
        self._plain_table(self.log_table)
        self.log_table.setWordWrap(True)
        log_header = self.log_table.horizontalHeader()
        log_header.resizeSection(0, 95)
        log_header.resizeSection(1, 130)
        log_header.setStretchLastSection(True)
        log_box = QGroupBox(self.tr("Implementation log"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.log_table)

        # The case's history (Lịch sử): every audit entry, old → new per field.
        self.history_view = HistoryView()
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(log_box, self.tr("Implementation log"))
        self.side_tabs.addTab(self.history_view, self.tr("History"))
        right = QVBoxLayout()
        right.addWidget(deadlines_box)
        right.addWidget(self.side_tabs, 1)
        body = QHBoxLayout()
        body.addWidget(self.steps_scroll, 5)
        body.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(child_row)
        layout.addLayout(next_row)
        layout.addLayout(body, 1)

    @staticmethod
    def _plain_table(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)

    def _tasks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Services and tasks of the plan"))
        self.tasks_table = QTableWidget(0, 6)
        self.tasks_table.setHorizontalHeaderLabels(
            [
                self.tr("Service or task"),
                self.tr("Responsible / provider"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Budget (VND)"),
                self.tr("Status"),
            ]
        )
        self._plain_table(self.tasks_table)
        self.tasks_table.setWordWrap(True)
        header = self.tasks_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 160), (2, 84), (3, 84), (4, 92), (5, 96)):
            header.resizeSection(column, width)
        self.tasks_table.setMinimumHeight(110)
        self.tasks_table.doubleClicked.connect(lambda _i: self.update_selected_task())
        self.tasks_table.itemSelectionChanged.connect(self._update_task_buttons)
        self.task_button = QPushButton(self.tr("Update the selected task…"))
        self.task_button.setAutoDefault(False)
        self.task_button.clicked.connect(self.update_selected_task)
        buttons = QHBoxLayout()
        buttons.addWidget(self.task_button)
        self._document_buttons(buttons)
        buttons.addStretch(1)
        self.budget_label = QLabel()
        buttons.addWidget(self.budget_label)
        layout = QVBoxLayout(box)
        layout.addWidget(self.tasks_table)
        layout.addLayout(buttons)
        self.tasks_box = box
        return box

    # --- the plan's documents (Mẫu 04, Mẫu 05) -------------------------------------------
    def _document_buttons(self, row: QHBoxLayout) -> None:
        self._case_documents: DocumentForms | None = None
        self.print_plan_button = QPushButton(self.tr("Print plan (Mẫu 04)…"))
        self.print_plan_button.setToolTip(
            self.tr("Preview, print or save the plan of this cycle (Kế hoạch hỗ trợ, can thiệp)")
        )
        self.decision_button = QPushButton(self.tr("Decision (Mẫu 05)…"))
        self.decision_button.setToolTip(
            self.tr("Draft the decision approving the plan, with the plan attached, and register"
                    " its number")
        )  # fmt: skip
        for button in (self.print_plan_button, self.decision_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.print_plan_button.clicked.connect(self.print_plan)
        self.decision_button.clicked.connect(self.approval_decision)
        actor = self.ctx.actor
        hide_unless(actor, Permission.EDIT_CASES, self.task_button)
        disable_unless(actor, self.print_plan_button, permission=Permission.EXPORT_PERSONAL)
        disable_unless(actor, self.decision_button, permission=Permission.DRAFT_DOCUMENTS)

    @property
    def case_documents(self) -> DocumentForms:
        """Documents of this page (built on first use: the PDF modules load then)."""
        if self._case_documents is None:
            from commune_care.ui.dialogs.document_form_dialog import DocumentForms

            self._case_documents = DocumentForms(self.ctx, self)
        return self._case_documents

    def print_plan(self) -> None:
        if self.case is not None and self.case.current.plan is not None:
            self.case_documents.case_plan(
                self.case.id, f"{self.case.code} — {self.case.child_name}"
            )

    def approval_decision(self) -> None:
        if self.case is not None and self.case.current.plan is not None:
            self.case_documents.approval(self.case.id)

    # --- showing -----------------------------------------------------------------------
    def show_case(self, case_id: int) -> None:
        if self.case is None or self.case.id != case_id:
            self.confidential_shown = False
            self.steps_scroll.verticalScrollBar().setValue(0)
        self._load(case_id)

    def refresh(self) -> None:
        if self.case is not None:
            self._load(self.case.id)

    def _load(self, case_id: int) -> None:
        try:
            case = self.ctx.cases.get(case_id, include_confidential=self.confidential_shown)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.case = case
        self._render(case)
        QTimer.singleShot(0, self, self._scroll_to_next)  # dropped if the page is gone

    def _scroll_to_next(self) -> None:
        """Bring the step to do next into view (the implementation step shows its tasks)."""
        for key, view in self.step_views.items():
            if view.state is StepState.NEXT:
                target = self.tasks_box if key == "implementation" else self.rows[key]
                self.steps_scroll.ensureWidgetVisible(target, 0, 40)
                return

    def toggle_confidential(self) -> None:
        """Hide the details again, or show them once the user gave a reason (the service
        records it). They stay shown while this case is on screen."""
        if self.confidential_shown or self.case is None:
            self.confidential_shown = False
            self.refresh()
            return
        case_id = self.case.id
        what = self.tr("The confidential details of this case")
        revealed = self.ask(self, what, lambda reason: self.ctx.cases.reveal(case_id, reason))
        if revealed is None:
            return
        self.confidential_shown = True
        self.case = revealed
        self._render(revealed)

    def hide_confidential(self) -> None:
        if self.confidential_shown:
            self.confidential_shown = False
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # leaving the case, not minimising the window
            self.hide_confidential()

    def _render(self, case: CaseOut) -> None:
        self.code_label.setText(case.code)
        self.history_view.set_entries(self.ctx.cases.history(case.id))
        bg, fg = ("#e8e8e8", "#333333") if case.closed_on else ("#e6ecf5", "#23395d")
        self.stage_badge.setText(case.stage.label)
        self.stage_badge.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
        if case.level is not None:
            self.level_badge.setText(self.tr("Level: {0}").format(case.level.label))
            colors = {"cao": ("#fbd5d1", "#8c1d18"), "trung_binh": ("#ffe9b3", "#5c3b00")}
            lbg, lfg = colors.get(case.level.value, ("#e3f1e5", "#1d5b2a"))
            self.level_badge.setStyleSheet(_BADGE.format(bg=lbg, fg=lfg))
        self.level_badge.setVisible(case.level is not None)
        self.confidential_button.setText(
            self.tr("Hide confidential details")
            if self.confidential_shown
            else self.tr("Show confidential details")
        )
        known = case.child_id is not None
        self.child_button.setVisible(known)
        self.unknown_label.setVisible(not known)
        self.link_button.setVisible(self.may_edit and not known)
        self.register_button.setVisible(
            self.may_edit and self.ctx.can(Permission.EDIT_CHILDREN) and not known
        )
        if known:
            self.child_button.setText(f"{case.child_name} ({case.child_code})")
        else:
            intake = case.intake
            parts = []
            if case.child_name and case.child_name != "Chưa rõ":
                parts.append(case.child_name)
            if intake.child_age_estimate is not None:
                parts.append(self.tr("about {0} years old").format(intake.child_age_estimate))
            else:
                parts.append(self.tr("age not known"))
            parts.append(
                self.tr("sex: {0}").format(intake.child_sex.label)
                if intake.child_sex is not Sex.UNKNOWN
                else self.tr("sex not known")
            )
            self.unknown_label.setText(self.tr("unknown child — {0}").format(", ".join(parts)))
        self.meta_label.setText(
            self.tr("Report received {0} · {1}").format(
                _fmt_dt(case.opened_at), case.intake.channel.label
            )
        )
        self._render_next(case)
        self._render_deadlines(case)
        self._render_steps(case)
        self._render_tasks(case)
        self._render_log(case)

    def next_text(self) -> str:
        return self.next_label.text()

    def _render_next(self, case: CaseOut) -> None:
        step = case.next_step
        if case.closed_on is not None:
            text = self.tr("The case was closed on {0}.").format(_fmt_d(case.closed_on))
            bg, fg = STATE_COLORS[DeadlineState.DONE]
        elif step is None:
            text = self.tr("Nothing to do.")
            bg, fg = STATE_COLORS[DeadlineState.DONE]
        else:
            action = f"<b>{html.escape(step.label)}</b>"
            if step.due is not None:
                text = self.tr("Next: {0} by {1} ({2})").format(
                    action, html.escape(format_due(step.due, step.all_day)), step.state.label
                )
            else:
                text = self.tr("Next: {0}").format(action)
            bg, fg = STATE_COLORS[step.state if step.due else DeadlineState.ON_TIME]
            for other in case.also_due:
                text += "<br>" + self.tr("Also: {0} by {1} ({2})").format(
                    html.escape(other.label),
                    html.escape(format_due(other.due, other.all_day)),
                    other.state.label,
                )
                if other.state is DeadlineState.OVERDUE:
                    bg, fg = STATE_COLORS[DeadlineState.OVERDUE]
        self.next_label.setText(text)
        self.next_label.setStyleSheet(_BANNER.format(bg=bg, fg=fg))

    def _render_deadlines(self, case: CaseOut) -> None:
        table = self.deadlines_table
        table.setRowCount(len(case.deadlines))
        for row, d in enumerate(case.deadlines):
            state = d.state.label
            if d.state is DeadlineState.DONE and d.done_at is not None:
                state = (
                    self.tr("Done late, {0}") if d.late else self.tr("Done in time, {0}")
                ).format(format_due(d.done_at, d.all_day))
            cells = (d.label, format_due(d.due, d.all_day), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    bg, fg = STATE_COLORS[d.state]
                    if d.late:
                        bg, fg = STATE_COLORS[DeadlineState.DUE_SOON]
                    item.setBackground(_brush(bg))
                    item.setForeground(_brush(fg))
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth())
        table.setVisible(bool(case.deadlines))
        self.no_deadline_label.setVisible(not case.deadlines)

    def deadline_rows(self) -> list[list[str]]:
        """The deadlines as shown: [time limit, due, state] per row."""
        t = self.deadlines_table
        return [
            [item.text() if (item := t.item(r, c)) is not None else "" for c in range(3)]
            for r in range(t.rowCount())
        ]

    # --- the steps ---------------------------------------------------------------------
    def _render_steps(self, case: CaseOut) -> None:
        c = case.current
        self.step_views = self._views(case, c)
        labels = {
            StepState.DONE: self.tr("Done"),
            StepState.NEXT: self.tr("Next"),
            StepState.LATER: self.tr("Not yet"),
            StepState.SKIPPED: self.tr("Not needed"),
        }
        overdue = case.next_step is not None and case.next_step.state is DeadlineState.OVERDUE
        for key, row in self.rows.items():
            view = self.step_views[key]
            if view.state is StepState.DONE and not view.enabled:
                view.button_text = ""  # nothing to correct any more: no dead button
            if not self.may_record(key):
                view.button_text = ""  # the account may not record this step
            row.show_view(view, labels[view.state], overdue)
        if len(case.cycles) > 1:
            self.cycle_label.setText(
                self.tr("Cycle {0} — began {1}: {2}{3}").format(
                    c.number,
                    _fmt_dt(c.started_at),
                    c.start.label,
                    f" ({c.start_reason})" if c.start_reason else "",
                )
            )
        else:
            self.cycle_label.setText(self.tr("Steps of Nghị định 56/2017, in order"))
        self.earlier_label.setText(self._earlier_cycles(case))
        self.earlier_label.setVisible(len(case.cycles) > 1)
        next_key = self.next_step_key()
        self.next_button.setVisible(next_key is not None)

    def next_step_key(self) -> str | None:
        """The step marked "next" that has a form to fill (None when there is none)."""
        return next(
            (
                k
                for k, v in self.step_views.items()
                if v.state is StepState.NEXT and v.button_text and v.enabled and self.may_record(k)
            ),
            None,
        )

    def may_record(self, key: str) -> bool:
        """The plan's approval is the leader's (APPROVE); every other step, the officer's."""
        needed = Permission.APPROVE if key == "approval" else Permission.EDIT_CASES
        return self.ctx.can(needed)

    def record_next_step(self) -> None:
        key = self.next_step_key()
        if key is not None:
            self.record_step(key)

    def _earlier_cycles(self, case: CaseOut) -> str:
        """What the earlier cycles did (nothing confidential: dates, decisions, outcomes)."""
        lines = [self.tr("Earlier cycles:")]
        for c in case.cycles[:-1]:
            parts = [self.tr("Cycle {0}, began {1}").format(c.number, _fmt_d(c.started_at))]
            if c.initial is not None:
                parts.append(self.tr("level {0}").format(c.initial.level.label))
            if c.approval is not None:
                parts.append(
                    self.tr("plan approved by decision {0} of {1}").format(
                        c.approval.decision_no, _fmt_d(c.approval.approved_on)
                    )
                )
            if c.review is not None:
                parts.append(
                    self.tr("reviewed {0}: {1}").format(
                        _fmt_d(c.review.reviewed_on), c.review.outcome.label
                    )
                )
            if c.closure is not None:
                parts.append(self.tr("closed {0}").format(_fmt_d(c.closure.closed_on)))
            lines.append("• " + " · ".join(parts))
        return "\n".join(lines)

    def _views(self, case: CaseOut, c: CycleOut) -> dict[str, StepView]:
        closed = case.closed_on is not None
        secret = self.confidential_shown
        hidden = self.tr("(confidential details hidden)")
        next_action = case.next_step.action if case.next_step else None
        also = {s.action for s in case.also_due}
        assesses = c.start.assesses
        submitted = c.plan is not None and c.plan.submitted_on is not None
        approved = c.approval is not None
        reviewed = c.review is not None

        def state(key: str, done: bool, skipped: bool = False) -> StepState:
            actions = self._ACTIONS.get(key, set())
            if not closed and (next_action in actions or actions & also):
                return StepState.NEXT
            if done:
                return StepState.DONE
            return StepState.SKIPPED if skipped else StepState.LATER

        def button(done: bool, allowed: bool, correctable: bool = True) -> tuple[str, bool]:
            if closed:
                return "", False
            if done:
                return (self.tr("Correct…"), allowed) if correctable else ("", False)
            return self.tr("Record…"), allowed

        def who(by: str, when: str) -> str:
            return self.tr("{0}, {1}").format(when, by) if by else when

        views: dict[str, StepView] = {}
        # 1. Intake (or how this cycle began)
        intake = case.intake
        if c.number == 1:
            details = [
                self.tr("Received {0} by {1} ({2})").format(
                    _fmt_dt(intake.received_at), intake.received_by, intake.channel.label
                )
            ]
            if secret:
                details += self._secret_lines(
                    (
                        (self.tr("Condition"), intake.child_condition),
                        (self.tr("Place"), intake.incident_place),
                        (self.tr("Family"), intake.family_situation),
                        (self.tr("Already done"), intake.actions_taken),
                        (
                            self.tr("Kind"),
                            ", ".join(k.label for k in sorted(intake.abuse_kinds)),
                        ),
                        (
                            self.tr("Informant"),
                            " · ".join(
                                p
                                for p in (
                                    intake.informant_name,
                                    intake.informant_relationship,
                                    intake.informant_phone,
                                    intake.informant_address,
                                )
                                if p
                            ),
                        ),
                    )
                )
            else:
                details.append(hidden)
            title = self.tr("1. Intake report (Mẫu 01)")
        else:
            details = [f"{_fmt_dt(c.started_at)} — {c.start.label}"]
            if c.start_reason:
                details.append(self.tr("Reason: {0}").format(c.start_reason))
            title = (
                self.tr("1. Case reopened")
                if c.start is CycleStart.REOPEN
                else self.tr("1. New cycle after the review")
            )
        views["intake"] = StepView("intake", title, StepState.DONE, "\n".join(details))

        # 2. Initial assessment
        ia = c.initial
        details_text = ""
        if ia is not None:
            lines = [
                who(ia.assessed_by, _fmt_d(ia.assessed_on)),
                self.tr("Level: {0} · emergency intervention: {1}").format(
                    ia.level.label, self.tr("needed") if ia.emergency_needed else self.tr("no")
                ),
            ]
            if ia.notes or not secret:
                lines.append(ia.notes if secret else hidden)
            details_text = "\n".join(lines)
        elif not assesses:
            details_text = self.tr("Not required in a cycle that follows a review.")
        text, enabled = button(ia is not None, assesses and not submitted)
        views["initial"] = StepView(
            "initial",
            self.tr("2. Initial risk assessment (Mẫu 02)"),
            state("initial", ia is not None, skipped=not assesses),
            details_text,
            text if assesses else "",
            enabled,
        )

        # 3. Emergency intervention (only when the initial assessment asks for it)
        em = c.emergency
        needed = bool(ia and ia.emergency_needed)
        if em is not None:
            lines = [who(em.action_by, _fmt_dt(em.action_at))]
            if em.separation_start:
                lines.append(
                    self.tr("Temporary separation from {0} until {1}").format(
                        _fmt_d(em.separation_start),
                        _fmt_d(em.separation_end) or self.tr("(no end date yet)"),
                    )
                )
            if em.decision_no:
                lines.append(self.tr("Decision {0}").format(em.decision_no))
            lines.append(
                "\n".join(
                    self._secret_lines(
                        (
                            (self.tr("Measures"), em.measures),
                            (self.tr("Place of safety"), em.safe_place),
                        )
                    )
                )
                if secret
                else hidden
            )
            details_text = "\n".join(line for line in lines if line)
        elif ia is not None and not needed:
            details_text = self.tr("Not needed: the initial assessment found no emergency.")
        else:
            details_text = self.tr(
                "Within 12 hours of the report, when the assessment asks for it."
            )
        text, enabled = button(em is not None, ia is not None or not assesses)
        views["emergency"] = StepView(
            "emergency",
            self.tr("3. Emergency intervention / temporary separation (Mẫu 07)"),
            state("emergency", em is not None, skipped=ia is not None and not needed),
            details_text,
            text if (needed or em is not None) else "",
            enabled,
        )

        # 4. Detailed assessment and 5. meeting
        da = c.detailed
        details_text = ""
        if da is not None:
            lines = [who(da.assessed_by, _fmt_d(da.assessed_on))]
            if secret:
                lines += self._secret_lines(
                    tuple(
                        (f"{letter}) {_D.TEXT[field][0]}", getattr(da, field))
                        for letter, field in _D.ITEMS
                    )
                )
            else:
                lines.append(hidden)
            details_text = "\n".join(lines)
        can_detail = (ia is not None and (not needed or em is not None)) or not assesses
        text, enabled = button(da is not None, can_detail and not submitted)
        views["detailed"] = StepView(
            "detailed",
            self.tr("4. Detailed risk assessment (Mẫu 03)"),
            state("detailed", da is not None, skipped=not assesses and da is None),
            details_text,
            text,
            enabled,
        )
        mt = c.meeting
        details_text = ""
        if mt is not None:
            lines = [who(mt.chaired_by, _fmt_d(mt.held_on)), mt.participants]
            lines.append(self.tr("Conclusions: {0}").format(mt.conclusions) if secret else hidden)
            details_text = "\n".join(lines)
        text, enabled = button(mt is not None, (da is not None or not assesses) and not submitted)
        views["meeting"] = StepView(
            "meeting",
            self.tr("5. Case meeting chaired by the commune chairman"),
            state("meeting", mt is not None, skipped=not assesses and mt is None),
            details_text,
            text,
            enabled,
        )

        # 6. Plan, 7. submission, 8. approval
        plan = c.plan
        details_text = ""
        if plan is not None:
            details_text = "\n".join(
                (
                    who(plan.drafted_by, _fmt_d(plan.drafted_on)),
                    self.tr("Goals: {0}").format(plan.goals),
                    self.tr("Services and tasks: {0} · budget {1} VND").format(
                        len(plan.tasks), format_vnd(plan.total_budget) or "0"
                    ),
                )
            )
        can_plan = (da is not None and mt is not None) or not assesses
        text, enabled = button(plan is not None, can_plan and not approved)
        views["plan"] = StepView(
            "plan",
            self.tr("6. Support and intervention plan (Mẫu 04) — 5 working days"),
            state("plan", plan is not None),
            details_text,
            text,
            enabled,
        )
        text, enabled = button(submitted, plan is not None and not approved)
        views["submit"] = StepView(
            "submit",
            self.tr("7. Plan submitted to the commune chairman"),
            state("submit", submitted),
            self.tr("Submitted on {0}").format(_fmt_d(plan.submitted_on))
            if plan is not None and plan.submitted_on
            else "",
            text,
            enabled,
        )
        ap = c.approval
        text, enabled = button(ap is not None, submitted and not reviewed)
        views["approval"] = StepView(
            "approval",
            self.tr("8. Decision approving the plan (Mẫu 05) — 2 working days"),
            state("approval", ap is not None),
            self.tr("Decision {0} of {1}, signed by {2}").format(
                ap.decision_no, _fmt_d(ap.approved_on), ap.signer
            )
            if ap is not None
            else "",
            text,
            enabled,
        )

        # 9. Implementation
        tasks = plan.tasks if plan is not None else ()
        finished = sum(t.status.finished for t in tasks)
        logs = [e for e in case.log if e.cycle == c.number]
        impl_done = approved and bool(tasks) and finished == len(tasks)
        details_text = ""
        if approved:
            details_text = self.tr("Tasks finished: {0} of {1} · log entries: {2}").format(
                finished, len(tasks), len(logs)
            )
        views["implementation"] = StepView(
            "implementation",
            self.tr("9. Carrying out the plan: services, referrals, log"),
            state("implementation", impl_done or reviewed),
            details_text,
            "" if closed else self.tr("Add a log entry…"),
            approved and not closed,
        )

        # 10. Review and 11. closure / reopening
        rv = c.review
        details_text = ""
        if rv is not None:
            lines = [
                who(rv.reviewed_by, _fmt_d(rv.reviewed_on)),
                self.tr("Level now: {0} · {1}").format(rv.level.label, rv.outcome.label),
            ]
            if secret:
                scales = (
                    (self.tr("Harm"), rv.harm_level),
                    (self.tr("Abuser's access"), rv.abuser_access),
                    (self.tr("Obstacles at home"), rv.environment_obstacles),
                )
                lines += self._secret_lines(
                    (
                        *((name, lv.label if lv else "") for name, lv in scales),
                        (self.tr("Notes"), rv.notes),
                    )
                )
            else:
                lines.append(hidden)
            details_text = "\n".join(lines)
        prev_review = (
            case.cycles[-2].review
            if c.start is CycleStart.REVIEW and len(case.cycles) > 1
            else None
        )
        if rv is None and prev_review is not None:
            details_text = self.tr(
                "The previous cycle's review on {0} asked for a new plan."
            ).format(_fmt_d(prev_review.reviewed_on))
        text, enabled = button(reviewed, approved and not reviewed, correctable=False)
        views["review"] = StepView(
            "review",
            self.tr("10. Review after the plan (Mẫu 06)"),
            state("review", reviewed),
            details_text,
            text,
            enabled,
        )
        cl = c.closure
        if closed and cl is not None:
            details_text = _fmt_d(cl.closed_on) + (f" — {cl.reason}" if cl.reason else "")
            views["close"] = StepView(
                "close",
                self.tr("11. Case closed"),
                StepState.DONE,
                details_text,
                self.tr("Reopen…"),
                True,
            )
        else:
            views["close"] = StepView(
                "close",
                self.tr("11. Close the case, or a new cycle"),
                state("close", False),
                self.tr("A new cycle starts from the review when the child is still at risk."),
                self.tr("Close the case…"),
                True,
            )
        return views

    def _secret_lines(self, pairs: tuple[tuple[str, str], ...]) -> list[str]:
        return [self.tr("{0}: {1}").format(name, value) for name, value in pairs if value]

    # --- tasks and log -----------------------------------------------------------------
    def _render_tasks(self, case: CaseOut) -> None:
        plan = case.current.plan
        self.tasks = list(plan.tasks) if plan is not None else []
        table = self.tasks_table
        table.setRowCount(len(self.tasks))
        for row, t in enumerate(self.tasks):
            who = " / ".join(p for p in (t.responsible, t.provider) if p)
            description = t.description + (
                f" ({t.service_type.label})" if t.service_type is not None else ""
            )
            status = t.status.label
            if t.status_on is not None and t.status is not TaskStatus.TODO:
                status = f"{status} {_fmt_d(t.status_on)}"
            cells = (
                description,
                who,
                _fmt_d(t.start_on),
                _fmt_d(t.end_on),
                format_vnd(t.budget_vnd),
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if t.status.finished:
                    item.setForeground(_brush("#555555"))
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(max(110, min(height + 6, 260)))
        self.tasks_box.setVisible(plan is not None)
        if plan is not None:
            self.budget_label.setText(
                self.tr("Total budget: {0} VND").format(format_vnd(plan.total_budget) or "0")
            )
        self._update_task_buttons()

    def _update_task_buttons(self) -> None:
        case = self.case
        c = case.current if case else None
        open_ = case is not None and case.closed_on is None
        approved = c is not None and c.approval is not None and c.review is None
        self.task_button.setEnabled(bool(open_ and approved and self.tasks_table.currentRow() >= 0))

    def _render_log(self, case: CaseOut) -> None:
        entries = list(reversed(case.log))
        table = self.log_table
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, text in enumerate((_fmt_d(e.logged_on), e.logged_by, e.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # --- actions -----------------------------------------------------------------------
    _DIALOGS: ClassVar[dict[str, type[StepDialog]]] = {
        "initial": InitialAssessmentDialog,
        "emergency": EmergencyDialog,
        "detailed": DetailedAssessmentDialog,
        "meeting": MeetingDialog,
        "plan": PlanDialog,
        "submit": SubmitPlanDialog,
        "approval": ApprovalDialog,
        "implementation": LogEntryDialog,
        "log": LogEntryDialog,
        "review": ReviewDialog,
    }

    def make_dialog(self, key: str) -> StepDialog | None:
        """The dialog of a step, on the case with its confidential fields (the user asked to
        record or correct the step: the form shows what is recorded)."""
        if self.case is None:
            return None
        full = self.ctx.cases.get(self.case.id, include_confidential=True)
        if key == "close":
            if full.closed_on is not None:
                return ReopenCaseDialog(self.ctx, full, self)
            return CloseCaseDialog(self.ctx, full, self)
        cls = self._DIALOGS.get(key)
        return cls(self.ctx, full, self) if cls is not None else None

    def record_step(self, key: str) -> None:
        dialog = self.make_dialog(key)
        if dialog is None:
            return
        dialog.exec()
        self._after(dialog)

    def _after(self, dialog: StepDialog) -> None:
        if dialog.saved is not None and self.case is not None:
            self.refresh()
            self.case_changed.emit(self.case.id)

    def update_selected_task(self) -> None:
        row = self.tasks_table.currentRow()
        if not self.may_edit:
            return
        if self.case is None or not 0 <= row < len(self.tasks) or not self.task_button.isEnabled():
            return
        dialog = TaskStatusDialog(self.ctx, self.case, self.tasks[row], self)
        dialog.exec()
        self._after(dialog)

    def _open_child(self) -> None:
        if self.case is not None and self.case.child_id is not None:
            self.open_child.emit(self.case.child_id)

    def _pick_child(self) -> int | None:
        dialog = ChildPickerDialog(self.ctx, self, self.tr("Link the case to a child"))
        dialog.exec()
        return dialog.chosen.id if dialog.chosen else None

    def _link(self, child_id: int) -> None:
        assert self.case is not None
        try:
            self.ctx.cases.link_child(self.case.id, child_id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.refresh()
        self.case_changed.emit(self.case.id)

    def link_child(self) -> None:
        if self.case is None:
            return
        child_id = self.pick_child()
        if child_id is not None:
            self._link(child_id)

    def register_child(self) -> None:
        if self.case is None:
            return
        dialog = ChildDialog(self.ctx, None, self)
        dialog.exec()
        child_id = dialog.saved_child_id or dialog.opened_existing_id
        if child_id is not None:
            self._link(child_id)


__all__ = ["CasePage", "StepRow", "StepState", "StepView"]
