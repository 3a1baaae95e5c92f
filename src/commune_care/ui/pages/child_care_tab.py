"""The child page's "Alternative care" tab (issue #4, item 7): the child's current placement —
form, carer, since when, the handover, the next follow-up and its state — and every placement
of the child, newest first, with why each ended. "New placement…" decides one for this child
(the child chosen already); "Change carer or form…" replaces the current one; Enter, a
double-click or "Open" shows a placement's page (``open_placement``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.care import PlacementOut
from commune_care.domain.schemas.children import ChildOut
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care import PlacementDialog
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
from commune_care.ui.models.placement_table_model import handover_text


class ChildCareTab(QWidget):
    """``open_placement(int)`` asks the main window to show a placement; ``changed`` says a
    placement was decided here (the child's page reloads)."""

    open_placement = Signal(int)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: ChildOut | None = None
        self.current: PlacementOut | None = None
        self.rows: list[PlacementOut] = []

        self.current_box = QGroupBox(self.tr("Current placement"))
        self.none_label = QLabel(self.tr("The child is not in alternative care."))
        self.none_label.setStyleSheet(HINT_STYLE)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        fields = (
            ("code", self.tr("Placement")),
            ("form", self.tr("Form")),
            ("carer", self.tr("Cared for by")),
            ("since", self.tr("Since")),
            ("handover", self.tr("Handover")),
            ("next", self.tr("Next follow-up")),
        )
        for row, (key, caption) in enumerate(fields):
            label = QLabel(caption)
            label.setStyleSheet(HINT_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
            self.captions[key] = label
        grid.setColumnStretch(1, 1)
        self.open_current_button = QPushButton(self.tr("Open"))
        self.open_current_button.setToolTip(self.tr("Open the current placement"))
        self.new_button = QPushButton(self.tr("New placement…"))
        self.new_button.setToolTip(self.tr("Record a decision to place this child (Mẫu 12)"))
        self.change_button = QPushButton(self.tr("Change carer or form…"))
        self.change_button.setToolTip(
            self.tr("A new decision for the child; the current placement ends in the same save")
        )
        self.open_current_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(self.new_placement)
        self.change_button.clicked.connect(self.change)
        hide_unless(self.ctx.actor, Permission.EDIT_CARE, self.new_button, self.change_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_current_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(self.current_box)
        box_layout.addWidget(self.none_label)
        box_layout.addLayout(grid)
        box_layout.addLayout(buttons)

        self.history_box = QGroupBox(self.tr("All placements, newest first"))
        self.table = make_table(
            [
                self.tr("Placement"),
                self.tr("Form"),
                self.tr("Cared for by"),
                self.tr("From – to"),
                self.tr("Why it ended"),
            ]
        )
        set_widths(self.table, (130, 230, 220, 190, 300), stretch=4)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected placement (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.empty_label = QLabel(self.tr("No placement recorded."))
        self.empty_label.setStyleSheet(HINT_STYLE)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.open_button)
        history_buttons.addSpacing(16)
        history_buttons.addWidget(self.empty_label)
        history_buttons.addStretch(1)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addLayout(history_buttons)
        history_layout.addWidget(self.table, 1)

        self.archived_label = QLabel(
            self.tr("The record is archived: restore it before recording anything new.")
        )
        self.archived_label.setStyleSheet(HINT_STYLE)
        self.archived_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.archived_label)
        layout.addWidget(self.current_box)
        layout.addWidget(self.history_box, 1)
        for button in (self.open_current_button, self.new_button, self.change_button,
                       self.open_button):  # fmt: skip
            button.setAutoDefault(False)
        self._update_buttons()

    # --- showing -----------------------------------------------------------------------
    def show_child(self, child: ChildOut) -> None:
        self.child = child
        try:
            self.rows = self.ctx.care.placements_of(child.id)
            self.current = self.ctx.care.current_placement(child.id)
        except UserError as exc:
            show_user_error(self, exc)
            self.rows, self.current = [], None
        if self.current is not None:
            # the list's row carries the next follow-up and its state
            self.current = next((r for r in self.rows if r.id == self.current.id), self.current)
        self._show_current(self.current)
        self._fill_history()
        self.archived_label.setVisible(child.archived)
        self._update_buttons()

    def _show_current(self, p: PlacementOut | None) -> None:
        self.none_label.setVisible(p is None)
        for key in self.values:
            self.values[key].setVisible(p is not None)
            self.captions[key].setVisible(p is not None)
        if p is None:
            return
        self.values["code"].setText(p.code)
        self.values["form"].setText(f"{p.form_label} ({p.term_label.lower()})")
        carer = p.carer_name
        if p.relationship:
            carer += f" ({p.relationship})"
        self.values["carer"].setText(carer)
        self.values["since"].setText(
            self.tr("{0} (decision {1} of {2})").format(
                format_date(p.start_date), p.decision_number, format_date(p.decision_date)
            )
        )
        handover = handover_text(p)
        self.values["handover"].setText(handover)
        self.values["handover"].setVisible(bool(handover))
        self.captions["handover"].setVisible(bool(handover))
        value = self.values["next"]
        if p.next_due is not None and p.next_state is not None:
            value.setText(
                self.tr("{0} — due {1} ({2})").format(
                    p.next_due_label, format_date(p.next_due), p.next_state.label
                )
            )
            bg, fg = STATE_COLORS[p.next_state]
            value.setStyleSheet(
                f"QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 2px 6px; }}"
            )
        else:
            value.setText(self.tr("nothing due"))
            value.setStyleSheet("")

    def _fill_history(self) -> None:
        table = self.table
        table.setRowCount(len(self.rows))
        for row, p in enumerate(self.rows):
            period = (
                self.tr("{0} – now").format(format_date(p.start_date))
                if p.end_date is None
                else f"{format_date(p.start_date)} – {format_date(p.end_date)}"
            )
            ended = p.end_reason_label
            if p.end_note:
                ended = f"{ended}\n{p.end_note}" if ended else p.end_note
            cells = (
                p.code,
                f"{p.form.short_label} ({p.term_label.lower()})",
                p.carer_name,
                period,
                ended,
            )
            for column, text in enumerate(cells):
                item = table_item(text, p.id, muted=not p.current)
                if p.current and column == 0:
                    item.setForeground(QBrush(QColor("#1d5b2a")))
                table.setItem(row, column, item)
        fit_rows(table)
        self.empty_label.setVisible(not self.rows)
        if self.rows:
            table.selectRow(0)

    def _update_buttons(self) -> None:
        can_add = self.child is not None and not self.child.archived
        self.new_button.setVisible(self.current is None)
        self.new_button.setEnabled(can_add)
        self.change_button.setVisible(self.current is not None)
        self.change_button.setEnabled(can_add)
        self.open_current_button.setVisible(self.current is not None)
        self.open_button.setEnabled(selected_row(self.table) is not None)

    # --- actions -----------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_placement.emit(self.rows[row].id)

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._open_row(row)

    def open_current(self) -> None:
        if self.current is not None:
            self.open_placement.emit(self.current.id)

    def new_placement(self) -> None:
        if self.child is None or self.child.archived:
            return
        dialog = PlacementDialog(self.ctx, self, child_id=self.child.id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def change(self) -> None:
        if self.child is None or self.current is None:
            return
        dialog = PlacementDialog(self.ctx, self, change_from=self.current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_rows(self.table)  # the columns have their real widths once shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "table", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)


__all__ = ["ChildCareTab"]
