"""A carer's record on the registry: who they are, the steps from registration to the Chủ
tịch's approval (each with its button), the household, the Điều 63.2 checklist, the children
cared for and the history. Opened from the carers list and from a placement.

After ``exec()``: ``changed`` is True when anything was saved; ``open_placement_id`` is a
placement the user asked to open (the dialog closes so the page can show it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.care import CarerCondition, CarerRegistration, CarerStatus
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.care import CarerOut, PlacementFilter, PlacementOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.carer_forms import (
    ApprovalDialog,
    CarerFormDialog,
    ConditionsDialog,
    EndMemberDialog,
    MemberDialog,
    StopCarerDialog,
    VerificationDialog,
    short_text,
)
from commune_care.ui.dialogs.care.form import hint_label
from commune_care.ui.dialogs.care.placement_forms import PlacementDialog
from commune_care.ui.dialogs.child_dialog import show_user_error
from commune_care.ui.dialogs.providers_dialog import (
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)

BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
STATUS_COLORS = {
    CarerStatus.REGISTERED: ("#e6ecf5", "#23395d"),
    CarerStatus.ELIGIBLE: ("#e3f1e5", "#1d5b2a"),
    CarerStatus.NOT_ELIGIBLE: ("#fbd5d1", "#8c1d18"),
    CarerStatus.STOPPED: ("#e8e8e8", "#333333"),
}
# A step's state: its badge colours and its frame's border.
STEP_STYLE = {
    "done": ("#e3f1e5", "#1d5b2a", "#dddddd"),
    "next": ("#ffe9b3", "#5c3b00", "#e0b34a"),
    "failed": ("#fbd5d1", "#8c1d18", "#c62828"),
    "later": ("#f1f1f1", "#555555", "#dddddd"),
}


def status_badge_style(status: CarerStatus) -> str:
    bg, fg = STATUS_COLORS[status]
    return BADGE.format(bg=bg, fg=fg)


class StepFrame(QFrame):
    """One step of the registry: its state, title, what was recorded, and its button."""

    def __init__(self, title: str, button_text: str = "") -> None:
        super().__init__()
        self.setObjectName("careStep")
        self.state_label = QLabel()
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setFixedWidth(110)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button_text)
        self.button.setAutoDefault(False)
        self.button.setMinimumWidth(220)
        self.button.setVisible(bool(button_text))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.state_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_label, 0, 1)
        grid.addWidget(self.details_label, 1, 1)
        grid.addWidget(self.button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

    def show_state(self, state: str, state_text: str, details: str, enabled: bool = True) -> None:
        bg, fg, border = STEP_STYLE[state]
        self.state_label.setText(state_text)
        self.state_label.setStyleSheet(BADGE.format(bg=bg, fg=fg))
        self.details_label.setText(details)
        self.details_label.setVisible(bool(details))
        self.button.setEnabled(enabled)
        background = "#fffaf0" if state == "next" else "white"
        self.setStyleSheet(
            f"QFrame#careStep {{ border: 1px solid {border}; border-radius: 4px;"
            f" background: {background}; }}"
        )


class CarerRecordDialog(QDialog):
    def __init__(self, ctx: AppContext, carer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.carer_id = carer_id
        self.carer: CarerOut | None = None
        self.placements: list[PlacementOut] = []
        self.changed = False
        self.open_placement_id: int | None = None
        self._build()
        self.reload()
        self.resize(1120, 690)

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_badge = QLabel()
        self.kind_badge.setStyleSheet(BADGE.format(bg="#eceff1", fg="#263238"))
        self.status_badge = QLabel()
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.stop_button = QPushButton(self.tr("Stop taking children…"))
        self.stop_button.setToolTip(
            self.tr("The carer withdrew, moved away or is no longer eligible: kept with the date")
        )
        self.edit_button.clicked.connect(self.edit)
        self.stop_button.clicked.connect(self.stop)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addSpacing(8)
        top.addWidget(self.kind_badge)
        top.addWidget(self.status_badge)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.stop_button)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.registration_label = hint_label()
        self.stopped_banner = QLabel()
        self.stopped_banner.setWordWrap(True)
        self.stopped_banner.setStyleSheet(
            "QLabel { background: #eceff1; color: #263238; border: 1px solid #b0bec5;"
            " border-radius: 4px; padding: 6px 8px; }"
        )

        # steps
        self.registration_step = StepFrame(self.tr("1. Registration"))
        self.conditions_step = StepFrame(
            self.tr("2. Conditions of Điều 63.2"), self.tr("Check conditions…")
        )
        self.verification_step = StepFrame(
            self.tr("3. Verification by the worker (Mẫu 11)"),
            self.tr("Record verification (Mẫu 11)…"),
        )
        self.approval_step = StepFrame(
            self.tr("4. Approval by the Chairman of the commune"),
            self.tr("Record approval…"),
        )
        self.placement_step = StepFrame(
            self.tr("5. Children placed with this carer"),
            self.tr("Place a child with this carer…"),
        )
        self.conditions_step.button.clicked.connect(self.check_conditions)
        self.verification_step.button.clicked.connect(self.verify)
        self.approval_step.button.clicked.connect(self.approve)
        self.placement_step.button.clicked.connect(self.place_child)
        self.wishes_label = QLabel()
        self.wishes_label.setWordWrap(True)
        self.wishes_label.setTextFormat(Qt.TextFormat.PlainText)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setSpacing(6)
        for frame in (self.registration_step, self.conditions_step, self.verification_step,
                      self.approval_step, self.placement_step):  # fmt: skip
            steps_layout.addWidget(frame)
        steps_layout.addWidget(self.wishes_label)
        steps_layout.addStretch(1)
        steps_scroll = QScrollArea()
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steps_scroll.setWidget(steps)

        # household
        self.members_table = make_table(
            [
                self.tr("Full name"),
                self.tr("Relationship"),
                self.tr("Born"),
                self.tr("Agrees"),
                self.tr("Member since"),
                self.tr("Left"),
            ]
        )
        set_widths(self.members_table, (220, 140, 110, 80, 110, 300), stretch=5)
        self.members_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.end_member_button = QPushButton(self.tr("Member left…"))
        self.end_member_button.setToolTip(
            self.tr("The member no longer lives in the household: the date and reason are kept")
        )
        self.add_member_button.clicked.connect(self.add_member)
        self.end_member_button.clicked.connect(self.end_member)
        self.members_empty = hint_label(self.tr("No other household member recorded."))
        members_tab = self._tab(
            self.members_table,
            (self.add_member_button, self.end_member_button),
            self.members_empty,
            self.tr("Everyone living in the household must agree to take the child"
                    " (Điều 63.2.c)."),
        )  # fmt: skip

        # conditions
        self.conditions_table = make_table(
            [
                self.tr("Point"),
                self.tr("Condition (Điều 63.2)"),
                self.tr("Answer"),
                self.tr("Checked on"),
                self.tr("By"),
                self.tr("What was seen"),
            ]
        )
        set_widths(self.conditions_table, (50, 460, 110, 100, 140, 200), stretch=1)
        self.check_button = QPushButton(self.tr("Check conditions…"))
        self.check_button.clicked.connect(self.check_conditions)
        conditions_tab = self._tab(
            self.conditions_table,
            (self.check_button,),
            None,
            self.tr("The latest answer for each condition; earlier checks are in the history."),
        )

        # children
        self.children_table = make_table(
            [
                self.tr("Placement"),
                self.tr("Child"),
                self.tr("Form"),
                self.tr("From – to"),
                self.tr("State"),
            ]
        )
        set_widths(self.children_table, (130, 220, 260, 200, 160), stretch=2)
        self.children_table.doubleClicked.connect(lambda _i: self.open_selected_placement())
        self.children_table.itemSelectionChanged.connect(self._update_buttons)
        self.open_placement_button = QPushButton(self.tr("Open placement"))
        self.open_placement_button.clicked.connect(self.open_selected_placement)
        self.children_empty = hint_label(self.tr("No child has been placed with this carer."))
        children_tab = self._tab(
            self.children_table, (self.open_placement_button,), self.children_empty, ""
        )

        # history
        self.history_table = make_table(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Summary")]
        )
        set_widths(self.history_table, (140, 120, 230), stretch=3)
        history_tab = QWidget()
        QVBoxLayout(history_tab).addWidget(self.history_table)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(steps_scroll, self.tr("Steps"))
        self.tabs.addTab(members_tab, self.tr("Household"))
        self.tabs.addTab(conditions_tab, self.tr("Conditions (Điều 63.2)"))
        self.tabs.addTab(children_tab, self.tr("Children cared for"))
        self.tabs.addTab(history_tab, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self._fit_tables())

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.registration_label)
        layout.addWidget(self.stopped_banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for button in (self.edit_button, self.stop_button, self.add_member_button,
                       self.end_member_button, self.check_button,
                       self.open_placement_button):  # fmt: skip
            button.setAutoDefault(False)

    @staticmethod
    def _tab(
        table: QTableWidget,
        buttons: tuple[QPushButton, ...],
        empty: QLabel | None,
        hint: str,
    ) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addSpacing(16)
        if empty is not None:
            row.addWidget(empty)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addWidget(table, 1)
        return tab

    # --- showing -----------------------------------------------------------------------
    def _fit_tables(self) -> None:
        """Row heights once the columns have their real widths (a hidden tab has none)."""
        for table in (self.members_table, self.conditions_table, self.children_table,
                      self.history_table):  # fmt: skip
            if table.isVisible():
                fit_rows(table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_tables()

    def reload(self) -> None:
        try:
            carer = self.ctx.care.carer(self.carer_id)
            self.placements = self.ctx.care.placements(PlacementFilter(carer_id=self.carer_id))
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.carer = carer
        self.setWindowTitle(self.tr("Carer: {0}").format(carer.full_name))
        self.name_label.setText(carer.full_name)
        self.kind_badge.setText(carer.kind_label)
        self.status_badge.setText(carer.status_label)
        self.status_badge.setStyleSheet(status_badge_style(carer.status))
        meta: list[str] = []
        if carer.birth is not None:
            meta.append(self.tr("born {0}").format(carer.birth.display()))
        meta.append(carer.sex.label)
        if carer.id_number:
            meta.append(self.tr("ID {0}").format(carer.id_number))
        village = carer.village_name if carer.village_name not in carer.address else ""
        place = ", ".join(p for p in (carer.address, village) if p)
        if place:
            meta.append(place)
        if carer.phone:
            meta.append(self.tr("phone {0}").format(carer.phone))
        if carer.occupation:
            meta.append(carer.occupation)
        self.meta_label.setText("   ·   ".join(meta))
        self.registration_label.setText(
            self.tr("{0} — {1}").format(carer.registration_label, format_date(carer.registered_on))
        )
        stopped = carer.status is CarerStatus.STOPPED
        self.stopped_banner.setVisible(stopped)
        if stopped:
            self.stopped_banner.setText(
                self.tr("Stopped on {0}: {1}").format(
                    format_date(carer.status_date), carer.status_reason
                )
            )
        self._show_steps(carer)
        self._fill_members(carer)
        self._fill_conditions(carer)
        self._fill_children()
        history = self.ctx.care.carer_history(carer.id)
        self.history_table.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (f"{entry.at:%d/%m/%Y %H:%M}", entry.user, entry.action, entry.summary)
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, table_item(text))
        fit_rows(self.history_table)
        self._fit_tables()
        present = [m for m in carer.members if m.active]
        self.tabs.setTabText(1, self.tr("Household ({0})").format(len(present)))
        self.tabs.setTabText(3, self.tr("Children cared for ({0})").format(len(self.placements)))
        self._update_buttons()

    def _show_steps(self, c: CarerOut) -> None:
        active = c.status is not CarerStatus.STOPPED
        done_text, next_text = self.tr("Done"), self.tr("To do")
        notice = c.registration is CarerRegistration.RELATIVE_NOTICE
        self.registration_step.show_state(
            "done",
            done_text,
            self.tr("{0} on {1}").format(c.registration_label, format_date(c.registered_on)),
        )
        # conditions
        checked = {x.condition: x for x in c.conditions}
        met = [x for x in c.conditions if x.met]
        not_met = [x for x in c.conditions if not x.met]
        if not c.conditions:
            state, text = "next", next_text
            details = self.tr("Not checked yet.")
        else:
            last = max(c.conditions, key=lambda x: x.checked_on)
            details = self.tr("{0} of 8 met; last checked on {1} by {2}.").format(
                len(met), format_date(last.checked_on), last.checked_by
            )
            missing = [x for x in CarerCondition if x not in checked]
            if not_met:
                state, text = "failed", self.tr("Not met")
                details += (
                    "\n"
                    + self.tr("Not met:")
                    + " "
                    + "; ".join(f"{x.point}) {short_text(x.label, 70)}" for x in not_met)
                )
            elif missing:
                state, text = "next", next_text
                details += (
                    "\n"
                    + self.tr("Not checked yet:")
                    + " "
                    + "; ".join(f"{x.point}) {short_text(x.label, 70)}" for x in missing)
                )
            else:
                state, text = "done", done_text
        self.conditions_step.show_state(state, text, details, active)
        # verification
        v = c.verification
        if v is not None:
            state = "done" if c.status is not CarerStatus.NOT_ELIGIBLE else "failed"
            details = self.tr("{0} — {1}, by {2}.").format(
                v.result_label, format_date(v.verified_on), v.verified_by
            )
            if v.note:
                details += "\n" + v.note
            text = done_text if state == "done" else self.tr("Not eligible")
        else:
            state = "next" if not c.unmet_conditions else "later"
            text = next_text if state == "next" else self.tr("Not yet")
            details = (
                self.tr("The conditions are met: record the worker's verification.")
                if state == "next"
                else self.tr("After the conditions are checked.")
            )
        self.verification_step.show_state(state, text, details, active)
        # approval
        a = c.approval
        eligible = c.status is CarerStatus.ELIGIBLE
        if a is not None:
            state, text = "done", done_text
            details = self.tr("Approved on {0} by {1}").format(
                format_date(a.approved_on), a.approved_by
            )
            if a.document_number:
                details += self.tr(", document {0}").format(a.document_number)
            details += "."
        elif notice:
            state, text = "later", self.tr("Optional")
            details = self.tr(
                "A relative who notified the commune (Điều 65.4) needs no approval; it can still"
                " be recorded."
            )
        else:
            state = "next" if eligible else "later"
            text = next_text if eligible else self.tr("Not yet")
            details = (
                self.tr("Verified eligible: submit to the Chairman for approval.")
                if eligible
                else self.tr("After a verification that finds the carer eligible.")
            )
        self.approval_step.show_state(state, text, details, active and eligible)
        # children
        current = [p for p in self.placements if p.current]
        if current:
            details = self.tr("Now caring for: {0}").format(
                ", ".join(f"{p.child_name} ({p.code})" for p in current)
            )
        else:
            details = self.tr("No child in this carer's care now.")
        ready = c.status.can_take_children
        self.placement_step.show_state(
            "done" if current else ("next" if eligible and a is not None else "later"),
            self.tr("{0} now").format(len(current)),
            details,
            ready,
        )
        wishes = []
        if c.wishes:
            wishes.append(self.tr("Wishes: {0}").format(c.wishes))
        if c.note:
            wishes.append(self.tr("Note: {0}").format(c.note))
        self.wishes_label.setText("\n".join(wishes))
        self.wishes_label.setVisible(bool(wishes))
        self.edit_button.setEnabled(True)
        self.stop_button.setEnabled(active)

    def _fill_members(self, c: CarerOut) -> None:
        table = self.members_table
        table.setRowCount(len(c.members))
        for row, m in enumerate(c.members):
            left = f"{format_date(m.ended_on)} — {m.end_reason}" if m.ended_on is not None else ""
            cells = (
                m.full_name,
                m.relationship,
                m.birth.display() if m.birth else "",
                self.tr("Yes") if m.agrees else self.tr("No"),
                format_date(m.added_on),
                left,
            )
            for column, text in enumerate(cells):
                item = table_item(text, m.id, muted=not m.active)
                if column == 3 and not m.agrees and m.active:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        fit_rows(table)
        self.members_empty.setVisible(not c.members)

    def _fill_conditions(self, c: CarerOut) -> None:
        latest = {x.condition: x for x in c.conditions}
        table = self.conditions_table
        conditions = list(CarerCondition)
        table.setRowCount(len(conditions))
        for row, condition in enumerate(conditions):
            x = latest.get(condition)
            if x is None:
                cells = (condition.point, condition.label, self.tr("not checked yet"), "", "", "")
            else:
                answer = self.tr("Met") if x.met else self.tr("Not met")
                cells = (x.point, x.label, answer, format_date(x.checked_on), x.checked_by, x.note)
            for column, text in enumerate(cells):
                item = table_item(text, condition.value, muted=x is None)
                if column == 2 and x is not None:
                    item.setForeground(
                        Qt.GlobalColor.darkGreen if x.met else Qt.GlobalColor.darkRed
                    )
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                table.setItem(row, column, item)
        fit_rows(table)

    def _fill_children(self) -> None:
        table = self.children_table
        table.setRowCount(len(self.placements))
        for row, p in enumerate(self.placements):
            period = (
                self.tr("since {0}").format(format_date(p.start_date))
                if p.end_date is None
                else f"{format_date(p.start_date)} – {format_date(p.end_date)}"
            )
            state = self.tr("Current") if p.current else p.end_reason_label
            cells = (p.code, p.child_name, p.form.short_label, period, state)
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, p.id, muted=not p.current))
        fit_rows(table)
        self.children_empty.setVisible(not self.placements)

    def _update_buttons(self) -> None:
        c = self.carer
        active = c is not None and c.status is not CarerStatus.STOPPED
        row = selected_row(self.members_table)
        member = c.members[row] if c is not None and row is not None else None
        self.add_member_button.setEnabled(active)
        self.end_member_button.setEnabled(active and member is not None and member.active)
        self.check_button.setEnabled(active)
        self.open_placement_button.setEnabled(selected_row(self.children_table) is not None)

    # --- actions -----------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload()
            return True
        return False

    def edit(self) -> None:
        if self.carer is not None:
            self._run(CarerFormDialog(self.ctx, self.carer, self))

    def stop(self) -> None:
        if self.carer is not None:
            self._run(StopCarerDialog(self.ctx, self.carer, self))

    def check_conditions(self) -> None:
        if self.carer is not None:
            self._run(ConditionsDialog(self.ctx, self.carer, self))

    def verify(self) -> None:
        if self.carer is not None:
            self._run(VerificationDialog(self.ctx, self.carer, self))

    def approve(self) -> None:
        if self.carer is not None:
            self._run(ApprovalDialog(self.ctx, self.carer, self))

    def add_member(self) -> None:
        if self.carer is not None:
            self._run(MemberDialog(self.ctx, self.carer, self))

    def end_member(self) -> None:
        row = selected_row(self.members_table)
        if self.carer is None or row is None or row >= len(self.carer.members):
            return
        member = self.carer.members[row]
        if member.active:
            self._run(EndMemberDialog(self.ctx, member, self))

    def place_child(self) -> None:
        if self.carer is None:
            return
        dialog = PlacementDialog(self.ctx, self, carer_id=self.carer.id)
        if self._run(dialog) and dialog.saved is not None:
            self.open_placement_id = dialog.saved.id
            self.accept()

    def open_selected_placement(self) -> None:
        row = selected_row(self.children_table)
        if row is not None and row < len(self.placements):
            self.open_placement_id = self.placements[row].id
            self.accept()


__all__ = ["CarerRecordDialog", "StepFrame", "status_badge_style"]
