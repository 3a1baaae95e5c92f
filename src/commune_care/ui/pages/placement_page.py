"""One alternative-care placement: the child, the carer, the decision (Mẫu số 12), the handover
(due within 15 working days), the child's view, why not a relative, the warnings confirmed at
the decision, the end; the follow-up schedule with what was found at each follow-up; the
history. The buttons record a follow-up (Mẫu số 13), the handover, a change of carer or form
(the current placement ends in the same save) or the end (Mẫu số 15/16).

Reached from the alternative-care page, the child's page and a carer's record, like the case
page; Back (Esc, Alt+Left) returns there.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.care import CareForm, FollowUpKind
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.care import FollowUpOut, PlacementOut
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care import (
    CarerRecordDialog,
    EndPlacementDialog,
    FollowUpDialog,
    HandoverDialog,
    PlacementDialog,
    follow_up_short,
    follow_up_when,
)
from commune_care.ui.dialogs.child_dialog import show_user_error
from commune_care.ui.dialogs.providers_dialog import (
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)
from commune_care.ui.feedback import show_info
from commune_care.ui.models.case_table_model import STATE_COLORS

_MUTED = "#666"
_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
_BANNER = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; border-radius: 4px;"
    " padding: 6px 8px; }}"
)
_NEUTRAL = ("#eceff1", "#263238", "#b0bec5")
_LINK_STYLE = (
    "QPushButton { color: #0b57d0; text-decoration: underline; border: none; padding: 0;"
    " text-align: left; }"
    " QPushButton:disabled { color: #222; text-decoration: none; }"
)

if TYPE_CHECKING:
    from commune_care.ui.dialogs.document_form_dialog import DocumentForms


def _banner_style(state: DeadlineState | None) -> str:
    if state is None:
        bg, fg, border = _NEUTRAL
    else:
        bg, fg = STATE_COLORS[state]
        border = fg
    return _BANNER.format(bg=bg, fg=fg, border=border)


def _link(tooltip: str) -> QPushButton:
    button = QPushButton()
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(_LINK_STYLE)
    button.setToolTip(tooltip)
    button.setAutoDefault(False)
    return button


class PlacementPage(QWidget):
    back_requested = Signal()
    placement_changed = Signal(int)
    open_child = Signal(int)

    COL_DUE, COL_STATE, COL_WHAT, COL_DONE, COL_BY, COL_FINDINGS = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placement: PlacementOut | None = None
        self.follow_ups: list[FollowUpOut] = []
        # Test seam: the "today" of the states (None: the clock).
        self.today: date | None = None
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
        self.state_badge = QLabel()
        self.form_badge = QLabel()
        self.form_badge.setStyleSheet(_BADGE.format(bg="#e6ecf5", fg="#23395d"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addSpacing(12)
        title_row.addWidget(self.code_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.state_badge)
        title_row.addWidget(self.form_badge)
        title_row.addStretch(1)

        self.child_button = _link(self.tr("Open the child's page"))
        self.child_button.clicked.connect(self._open_child)
        self.child_meta = QLabel()
        self.child_meta.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        self.carer_button = _link(self.tr("Open the carer's record"))
        self.carer_button.clicked.connect(self.open_carer)
        people = QHBoxLayout()
        people.addWidget(QLabel(self.tr("Child:")))
        people.addWidget(self.child_button)
        people.addWidget(self.child_meta)
        people.addSpacing(24)
        people.addWidget(QLabel(self.tr("Cared for by:")))
        people.addWidget(self.carer_button)
        people.addStretch(1)

        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)

        self.follow_up_button = QPushButton(self.tr("Record follow-up (Mẫu 13)…"))
        self.follow_up_button.setToolTip(
            self.tr("A visit, a carer's report or a review done: what was found (Ctrl+Enter)")
        )
        self.handover_button = QPushButton(self.tr("Record handover…"))
        self.change_button = QPushButton(self.tr("Change carer or form…"))
        self.change_button.setToolTip(
            self.tr("A new decision for the child; this placement ends in the same save")
        )
        self.end_button = QPushButton(self.tr("End placement (Mẫu 15/16)…"))
        self.follow_up_button.clicked.connect(lambda: self.record_follow_up())
        self.handover_button.clicked.connect(self.record_handover)
        self.change_button.clicked.connect(self.change)
        self.end_button.clicked.connect(self.end)
        hide_unless(
            self.ctx.actor, Permission.EDIT_CARE, self.follow_up_button, self.handover_button,
            self.change_button, self.end_button,
        )  # fmt: skip
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.record_follow_up())
        actions = QHBoxLayout()
        for button in (self.follow_up_button, self.handover_button, self.change_button,
                       self.end_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        self._document_button(actions)
        for button in (self.back_button, self.child_button, self.carer_button,
                       self.follow_up_button, self.handover_button, self.change_button,
                       self.end_button):  # fmt: skip
            button.setAutoDefault(False)

        # the decision and the care
        details = QGroupBox(self.tr("Decision and care"))
        columns = QHBoxLayout(details)
        columns.setSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        left = (
            ("form", self.tr("Form")),
            ("decision", self.tr("Decision (Mẫu 12)")),
            ("start", self.tr("Care started")),
            ("handover", self.tr("Handover")),
            ("relationship", self.tr("Relationship")),
            ("view", self.tr("Child's view")),
        )
        right = (
            ("reason", self.tr("Why not a relative")),
            ("warnings", self.tr("Warnings confirmed")),
            ("note", self.tr("Note")),
            ("end", self.tr("Ended")),
        )
        for rows in (left, right):
            grid = QGridLayout()  # each column its own rows: a long text on one side
            grid.setHorizontalSpacing(12)  # does not push the other side down
            grid.setVerticalSpacing(4)
            for row, (key, caption) in enumerate(rows):
                label = QLabel(caption)
                label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                value = QLabel()
                value.setWordWrap(True)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, 0)
                grid.addWidget(value, row, 1)
                self.values[key] = value
                self.captions[key] = label
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(len(rows), 1)
            columns.addLayout(grid, 1)
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(details)
        self.details_box = details

        # the schedule and the history
        self.schedule_table = make_table(
            [
                self.tr("Due"),
                self.tr("State"),
                self.tr("Follow-up"),
                self.tr("Done on"),
                self.tr("By"),
                self.tr("Findings, next steps"),
            ]
        )
        set_widths(self.schedule_table, (96, 120, 300, 96, 140, 300), stretch=self.COL_FINDINGS)
        self.schedule_table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.schedule_table.installEventFilter(self)
        self.schedule_hint = QLabel()
        self.schedule_hint.setWordWrap(True)
        self.schedule_hint.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")
        schedule_tab = QWidget()
        schedule_layout = QVBoxLayout(schedule_tab)
        schedule_layout.setContentsMargins(0, 4, 0, 0)
        schedule_layout.addWidget(self.schedule_hint)
        schedule_layout.addWidget(self.schedule_table, 1)
        self.history_table = make_table(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Summary")]
        )
        set_widths(self.history_table, (140, 120, 230), stretch=3)
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_table)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(schedule_tab, self.tr("Follow-up schedule"))
        self.tabs.addTab(history_tab, self.tr("History"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(details_scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(people)
        layout.addWidget(self.next_label)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    # --- showing -----------------------------------------------------------------------
    def show_placement(self, placement_id: int) -> None:
        try:
            p = self.ctx.care.placement(placement_id)
            follow_ups = self.ctx.care.follow_ups(placement_id, self.today)
            history = self.ctx.care.placement_history(placement_id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if self.placement is None or self.placement.id != placement_id:
            self.tabs.setCurrentIndex(0)
        self.placement = p
        self.follow_ups = follow_ups
        self.code_label.setText(p.code)
        if p.current:
            self.state_badge.setText(self.tr("Current"))
            self.state_badge.setStyleSheet(_BADGE.format(bg="#e3f1e5", fg="#1d5b2a"))
        else:
            self.state_badge.setText(self.tr("Ended {0}").format(format_date(p.end_date)))
            self.state_badge.setStyleSheet(_BADGE.format(bg="#e8e8e8", fg="#333333"))
        self.form_badge.setText(f"{p.form.short_label} · {p.term_label.lower()}")
        self.form_badge.setToolTip(p.form_label)
        self.child_button.setText(p.child_name)
        self.child_meta.setText(p.child_code)
        self.carer_button.setText(p.carer_name)
        self.carer_button.setEnabled(p.carer_id is not None)
        self._show_next(p)
        self._show_details(p)
        self._fill_schedule(p, follow_ups)
        self.history_table.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (f"{entry.at:%d/%m/%Y %H:%M}", entry.user, entry.action, entry.summary)
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, table_item(text))
        fit_rows(self.history_table)
        self._update_buttons(p)
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """The decision as tall as it needs (at most half), the schedule the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        layout = self.details_box.layout()
        width = self.splitter.width() - 24
        if layout is not None and layout.hasHeightForWidth() and width > 0:
            wanted = layout.totalHeightForWidth(width) + 4
        else:
            wanted = self.details_box.sizeHint().height() + 4
        top = max(120, min(wanted, total // 2))
        self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_splitter()

    def refresh(self) -> None:
        if self.placement is not None:
            self.show_placement(self.placement.id)

    def _show_next(self, p: PlacementOut) -> None:
        if not p.current:
            text = self.tr("Ended on {0}: {1}").format(
                format_date(p.end_date), html.escape(p.end_reason_label)
            )
            self.next_label.setStyleSheet(_banner_style(None))
        elif p.next_due is not None and p.next_state is not None:
            text = self.tr("Next: {0} — due {1} ({2})").format(
                f"<b>{html.escape(p.next_due_label)}</b>",
                format_date(p.next_due),
                html.escape(p.next_state.label),
            )
            self.next_label.setStyleSheet(_banner_style(p.next_state))
        else:
            text = self.tr("Nothing is due for this placement.")
            self.next_label.setStyleSheet(_banner_style(None))
        self.next_label.setText(text)

    def _set(self, key: str, text: str, visible: bool = True) -> None:
        self.values[key].setText(text)
        self.values[key].setVisible(visible)
        self.captions[key].setVisible(visible)

    def _show_details(self, p: PlacementOut) -> None:
        self._set("form", f"{p.form_label}\n{p.term_label}")
        decision = self.tr("No. {0} of {1}, signed by {2}").format(
            p.decision_number, format_date(p.decision_date), p.decision_signer
        )
        self._set("decision", decision)
        self._set("start", format_date(p.start_date))
        if p.handover_date is not None:
            handover = format_date(p.handover_date)
            if p.handover_due is not None and p.handover_date > p.handover_due:
                handover += " " + self.tr("(late: due by {0})").format(format_date(p.handover_due))
        elif p.handover_due is not None:
            handover = self.tr("Not yet — due by {0} (15 working days after the decision)")
            handover = handover.format(format_date(p.handover_due))
        else:
            handover = self.tr("Not followed here (facility or adoption)")
        self._set("handover", handover, p.form.is_family)
        self._set("relationship", p.relationship, bool(p.relationship))
        if p.child_view:
            view = p.child_view
            if p.child_view_date is not None:
                view += "\n" + self.tr("(asked on {0})").format(format_date(p.child_view_date))
        else:
            view = self.tr("Not recorded")
        self._set("view", view)
        self._set("reason", p.non_relative_reason, bool(p.non_relative_reason))
        warnings = "\n".join(f"• {w}" for w in p.confirmed_warnings)
        self._set("warnings", warnings, bool(warnings))
        self._set("note", p.note, bool(p.note))
        if p.end_date is not None:
            end = f"{format_date(p.end_date)}: {p.end_reason_label}"
            if p.end_request_date is not None:
                end += "\n" + self.tr("Carer's request (Mẫu 15) of {0}").format(
                    format_date(p.end_request_date)
                )
            if p.end_decision_number or p.end_decision_date is not None:
                end += "\n" + self.tr("Decision to end (Mẫu 16) No. {0} of {1}").format(
                    p.end_decision_number, format_date(p.end_decision_date)
                )
            if p.end_note:
                end += "\n" + p.end_note
            self._set("end", end)
        else:
            self._set("end", "", False)

    def _fill_schedule(self, p: PlacementOut, follow_ups: list[FollowUpOut]) -> None:
        table = self.schedule_table
        table.setRowCount(len(follow_ups))
        for row, f in enumerate(follow_ups):
            state = f.state.label
            if f.done and f.late:
                state = self.tr("{0} (late)").format(state)
            findings = f.findings
            if f.next_steps:
                findings += "\n" + self.tr("Next: {0}").format(f.next_steps)
            cells = (
                format_date(f.due),
                state,
                f"{follow_up_short(f.kind)}, {follow_up_when(f)}",
                format_date(f.done_on),
                f.done_by,
                findings,
            )
            for column, text in enumerate(cells):
                item = table_item(text, row)
                if column == self.COL_WHAT:
                    item.setToolTip(f"{f.label}\n{f.kind.basis}")
                if column in (self.COL_DUE, self.COL_STATE):
                    bg, fg = STATE_COLORS[f.state]
                    item.setForeground(QBrush(QColor(fg)))
                    if column == self.COL_STATE:
                        item.setBackground(QBrush(QColor(bg)))
                table.setItem(row, column, item)
        fit_rows(table)
        first_open = next((i for i, f in enumerate(follow_ups) if not f.done), None)
        table.clearSelection()
        if first_open is not None:
            table.selectRow(first_open)
            table.scrollTo(
                table.model().index(first_open, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        if p.form is CareForm.ADOPTION:
            hint = self.tr("The reports after an adoption are followed in the adoption section.")
        elif p.form is CareForm.FACILITY:
            hint = self.tr(
                "A child in a facility is reviewed every 6 months to be moved to a family"
                " (Điều 67.2). Double-click a line to record it."
            )
        else:
            anchor = p.handover_date or p.start_date
            hint = self.tr(
                "Counted from {0} ({1}): the worker's visits after 1 and 3 months then every 6"
                " months (Mẫu 13), the carer's reports after 6 months then yearly, the commune's"
                " review every 6 months; up to a year ahead. Double-click a line to record it."
            ).format(
                format_date(anchor),
                self.tr("the handover") if p.handover_date else self.tr("the start"),
            )
        self.schedule_hint.setText(hint)
        done = sum(1 for f in follow_ups if f.done)
        overdue = sum(1 for f in follow_ups if f.state is DeadlineState.OVERDUE)
        title = self.tr("Follow-up schedule ({0} done)").format(done)
        if overdue:
            title = self.tr("Follow-up schedule ({0} done, {1} overdue)").format(done, overdue)
        self.tabs.setTabText(0, title)

    def _update_buttons(self, p: PlacementOut) -> None:
        family_or_facility = p.form is not CareForm.ADOPTION
        open_slots = any(not f.done and f.seq is not None for f in self.follow_ups)
        self.follow_up_button.setEnabled(family_or_facility and (p.current or open_slots))
        self.follow_up_button.setText(
            self.tr("Record review…")
            if p.form is CareForm.FACILITY
            else self.tr("Record follow-up (Mẫu 13)…")
        )
        self.handover_button.setVisible(p.handover_due is not None)
        self.handover_button.setText(
            self.tr("Correct handover…") if p.handover_date else self.tr("Record handover…")
        )
        self.change_button.setEnabled(p.current and family_or_facility)
        self.end_button.setEnabled(p.current and family_or_facility)
        tip = "" if family_or_facility else self.tr("Managed in the adoption section")
        self.end_button.setToolTip(tip)
        self.print_decision_button.setEnabled(p.form.is_family)

    # --- the decision (Mẫu 12) ----------------------------------------------------------
    def _document_button(self, row: QHBoxLayout) -> None:
        self._placement_documents: DocumentForms | None = None
        self.print_decision_button = QPushButton(self.tr("Print decision (Mẫu 12)…"))
        self.print_decision_button.setToolTip(
            self.tr("Draft the decision placing the child with this carer, preview and print it,"
                    " and register its number")
        )  # fmt: skip
        self.print_decision_button.setAutoDefault(False)
        hide_unless(self.ctx.actor, Permission.DRAFT_DOCUMENTS, self.print_decision_button)
        self.print_decision_button.clicked.connect(self.print_decision)
        row.addWidget(self.print_decision_button)

    @property
    def placement_documents(self) -> DocumentForms:
        """Documents of this page (built on first use: the PDF modules load then)."""
        if self._placement_documents is None:
            from commune_care.ui.dialogs.document_form_dialog import DocumentForms

            self._placement_documents = DocumentForms(self.ctx, self)
        return self._placement_documents

    def print_decision(self) -> None:
        if self.placement is not None and self.placement.form.is_family:
            self.placement_documents.placement(self.placement.id)

    # --- actions -----------------------------------------------------------------------
    def _after(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted or self.placement is None:
            return False
        placement_id = self.placement.id
        self.refresh()
        self.placement_changed.emit(placement_id)
        return True

    def record_follow_up(self, slot: tuple[FollowUpKind, int] | None = None) -> None:
        p = self.placement
        if p is None or not self.follow_up_button.isEnabled():
            return
        self._after(FollowUpDialog(self.ctx, p, self.follow_ups, self, slot=slot))

    def record_handover(self) -> None:
        if self.placement is not None and self.placement.handover_due is not None:
            self._after(HandoverDialog(self.ctx, self.placement, self))

    def end(self) -> None:
        if self.placement is not None and self.placement.current:
            self._after(EndPlacementDialog(self.ctx, self.placement, self))

    def change(self) -> None:
        p = self.placement
        if p is None or not p.current:
            return
        dialog = PlacementDialog(self.ctx, self, change_from=p)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.placement_changed.emit(p.id)
            self.show_placement(dialog.saved.id)
            self.placement_changed.emit(dialog.saved.id)

    def open_carer(self) -> None:
        p = self.placement
        if p is None or p.carer_id is None:
            return
        dialog = CarerRecordDialog(self.ctx, p.carer_id, self)
        dialog.exec()
        if dialog.open_placement_id is not None:
            self.show_placement(dialog.open_placement_id)
        elif dialog.changed:
            self.refresh()

    def _open_child(self) -> None:
        if self.placement is not None:
            self.open_child.emit(self.placement.child_id)

    def _open_row(self, row: int) -> None:
        if not 0 <= row < len(self.follow_ups):
            return
        f = self.follow_ups[row]
        if not f.done and f.seq is not None:
            self.record_follow_up((f.kind, f.seq))
            return
        if f.done:
            text = self.tr("{0}\nDone on {1} by {2}.\n\n{3}").format(
                f.label, format_date(f.done_on), f.done_by, f.findings
            )
            if f.next_steps:
                text += "\n\n" + self.tr("Next: {0}").format(f.next_steps)
            show_info(self, self.tr("Follow-up"), text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = getattr(self, "schedule_table", None)
        if watched is table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row = selected_row(self.schedule_table)
                if row is not None:
                    self._open_row(row)
                return True
        return super().eventFilter(watched, event)


__all__ = ["PlacementPage"]
