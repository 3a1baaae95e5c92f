"""The child page's tabs of issue #3: the child's cases ("Support & intervention") and the
services and referrals the child received ("Services").

Each tab has ``show_child(child)`` (``ChildPage.add_tab``). ``ChildCasesTab.open_case(int)``
asks the main window to open a case; ``ChildServicesTab`` saves through its dialogs and reloads
itself (services and referrals change nothing of the child's record).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.cases import CaseSummary
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.support import ReferralOut, ServiceOut
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.providers_dialog import (
    HINT_STYLE,
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)
from commune_care.ui.dialogs.service_dialogs import (
    EndServiceDialog,
    ReferralDialog,
    ReferralStatusDialog,
    ServiceDialog,
)
from commune_care.ui.feedback import show_user_error

OVERDUE_COLOR = QColor("#b3261e")
DUE_SOON_COLOR = QColor("#8a5a00")


def _due_text(case: CaseSummary) -> str:
    due = case.next_due
    if due is None:
        return ""
    return format_date(due.date()) if case.next_due_all_day else due.strftime("%d/%m/%Y %H:%M")


class _EnterFilter(QObject):
    """Enter on a table does what a double-click does."""

    def __init__(self, table: QTableWidget, action: object) -> None:
        super().__init__(table)
        self._action = action
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._action()  # type: ignore[operator]
                return True
        return super().eventFilter(watched, event)


# --- cases ---------------------------------------------------------------------------------------
class ChildCasesTab(QWidget):
    """The child's support and intervention cases, newest first; Enter or a double-click opens
    one (``open_case``)."""

    open_case = Signal(int)

    COL_CODE, COL_OPENED, COL_LEVEL, COL_STAGE, COL_NEXT, COL_DUE, COL_STATE = range(7)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: ChildOut | None = None
        self.rows: list[CaseSummary] = []
        self.table = make_table(
            [
                self.tr("Case"),
                self.tr("Opened"),
                self.tr("Risk level"),
                self.tr("Stage"),
                self.tr("Next action"),
                self.tr("Due"),
                self.tr("State"),
            ]
        )
        set_widths(self.table, (110, 130, 100, 220, 330, 130, 150), stretch=self.COL_NEXT)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        _EnterFilter(self.table, self.open_selected)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setToolTip(self.tr("Open the selected case (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.empty_label = QLabel(self.tr("No support or intervention case for this child."))
        self.empty_label.setStyleSheet(HINT_STYLE)
        note = QLabel(self.tr("Case details are confidential: they are shown on the case page."))
        note.setStyleSheet(HINT_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def show_child(self, child: ChildOut) -> None:
        self.child = child
        try:
            self.rows = self.ctx.cases.for_child(child.id)
        except UserError as exc:
            show_user_error(self, exc)
            self.rows = []
        self.table.setRowCount(len(self.rows))
        for row, case in enumerate(self.rows):
            closed = case.closed_on is not None
            if closed:
                state = self.tr("Closed on {0}").format(format_date(case.closed_on))
            elif case.next_state is not None:
                state = case.next_state.label
            else:
                state = self.tr("Open")
            cells = (
                case.code,
                f"{case.opened_at:%d/%m/%Y %H:%M}",
                case.level.label if case.level else "",
                case.stage.label,
                "" if closed else case.next_action_label,
                "" if closed else _due_text(case),
                state,
            )
            for column, text in enumerate(cells):
                item = table_item(text, case.id, muted=closed)
                if not closed and column in (self.COL_DUE, self.COL_STATE):
                    if case.overdue or case.next_state is DeadlineState.OVERDUE:
                        item.setForeground(QBrush(OVERDUE_COLOR))
                    elif case.next_state is DeadlineState.DUE_SOON:
                        item.setForeground(QBrush(DUE_SOON_COLOR))
                self.table.setItem(row, column, item)
        fit_rows(self.table)
        self.empty_label.setVisible(not self.rows)
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> CaseSummary | None:
        row = selected_row(self.table)
        return self.rows[row] if row is not None and row < len(self.rows) else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].id)


# --- services and referrals -----------------------------------------------------------------------
class ChildServicesTab(QWidget):
    """Services the child received and referrals made for the child, with their actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: ChildOut | None = None
        self.services: list[ServiceOut] = []
        self.referrals: list[ReferralOut] = []
        self.cases: list[CaseSummary] = []
        self._case_codes: dict[int, str] = {}

        # services
        self.services_table = make_table(
            [
                self.tr("Type"),
                self.tr("Setting"),
                self.tr("Provider"),
                self.tr("From – to"),
                self.tr("Outcome"),
                self.tr("Case"),
            ]
        )
        set_widths(self.services_table, (170, 200, 230, 165, 260, 100), stretch=4)
        self.services_table.doubleClicked.connect(lambda _index: self.edit_service())
        self.services_table.itemSelectionChanged.connect(self._update_buttons)
        _EnterFilter(self.services_table, self.edit_service)
        self.add_service_button = QPushButton(self.tr("Add service…"))
        self.edit_service_button = QPushButton(self.tr("Edit…"))
        self.end_service_button = QPushButton(self.tr("End service…"))
        self.end_service_button.setToolTip(
            self.tr("The service ended on a date: write the date and its outcome.")
        )
        self.add_service_button.clicked.connect(self.add_service)
        self.edit_service_button.clicked.connect(self.edit_service)
        self.end_service_button.clicked.connect(self.end_service)
        hide_unless(
            self.ctx.actor, Permission.EDIT_CASES, self.add_service_button,
            self.edit_service_button, self.end_service_button,
        )  # fmt: skip
        self.services_empty = QLabel(self.tr("No service recorded."))
        self.services_empty.setStyleSheet(HINT_STYLE)
        services_box = self._box(
            self.tr("Services received"),
            self.services_table,
            (self.add_service_button, self.edit_service_button, self.end_service_button),
            self.services_empty,
        )

        # referrals
        self.referrals_table = make_table(
            [
                self.tr("Referred to"),
                self.tr("Date"),
                self.tr("Reason"),
                self.tr("Status"),
                self.tr("Feedback"),
            ]
        )
        set_widths(self.referrals_table, (240, 100, 300, 210, 260), stretch=2)
        self.referrals_table.doubleClicked.connect(lambda _index: self.edit_referral())
        self.referrals_table.itemSelectionChanged.connect(self._update_buttons)
        _EnterFilter(self.referrals_table, self.edit_referral)
        self.add_referral_button = QPushButton(self.tr("Add referral…"))
        self.edit_referral_button = QPushButton(self.tr("Edit…"))
        self.status_button = QPushButton(self.tr("Update status…"))
        self.status_button.setToolTip(
            self.tr("The provider's answer: accepted, service given or declined, with feedback.")
        )
        self.add_referral_button.clicked.connect(self.add_referral)
        self.edit_referral_button.clicked.connect(self.edit_referral)
        self.status_button.clicked.connect(self.update_status)
        hide_unless(
            self.ctx.actor, Permission.EDIT_CASES, self.add_referral_button,
            self.edit_referral_button, self.status_button,
        )  # fmt: skip
        self.referrals_empty = QLabel(self.tr("No referral recorded."))
        self.referrals_empty.setStyleSheet(HINT_STYLE)
        referrals_box = self._box(
            self.tr("Referrals"),
            self.referrals_table,
            (self.add_referral_button, self.edit_referral_button, self.status_button),
            self.referrals_empty,
        )

        self.archived_label = QLabel(
            self.tr("The record is archived: restore it before recording anything new.")
        )
        self.archived_label.setStyleSheet(HINT_STYLE)
        self.archived_label.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(services_box)
        splitter.addWidget(referrals_box)
        splitter.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.addWidget(self.archived_label)
        layout.addWidget(splitter, 1)
        for button in (self.add_service_button, self.edit_service_button,
                       self.end_service_button, self.add_referral_button,
                       self.edit_referral_button, self.status_button):  # fmt: skip
            button.setAutoDefault(False)
        self._update_buttons()

    @staticmethod
    def _box(
        title: str,
        table: QTableWidget,
        buttons: tuple[QPushButton, ...],
        empty: QLabel,
    ) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(empty)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return box

    # --- showing ---------------------------------------------------------------------------
    def show_child(self, child: ChildOut) -> None:
        self.child = child
        self.reload()

    def reload(self) -> None:
        if self.child is None:
            return
        support = self.ctx.support
        self.services = support.services_for_child(self.child.id)
        self.referrals = support.referrals_for_child(self.child.id)
        self.cases = self.ctx.cases.for_child(self.child.id)
        self._case_codes = {c.id: c.code for c in self.cases}
        self._fill_services()
        self._fill_referrals()
        self.archived_label.setVisible(self.child.archived)
        self._update_buttons()

    def _fill_services(self) -> None:
        table = self.services_table
        table.setRowCount(len(self.services))
        for row, s in enumerate(self.services):
            if s.end_date is None:
                period = self.tr("{0} – ongoing").format(format_date(s.start_date))
            else:
                period = f"{format_date(s.start_date)} – {format_date(s.end_date)}"
            provider = s.provider
            if s.description:
                provider = f"{provider}\n{s.description}" if provider else s.description
            cells = (
                s.type_label,
                s.setting_label,
                provider,
                period,
                s.outcome,
                self._case_codes.get(s.case_id, "") if s.case_id else "",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, s.id))
        fit_rows(table)
        self.services_empty.setVisible(not self.services)

    def _fill_referrals(self) -> None:
        table = self.referrals_table
        table.setRowCount(len(self.referrals))
        for row, r in enumerate(self.referrals):
            recipient = r.recipient
            if r.service_type_label:
                recipient = f"{recipient}\n({r.service_type_label})"
            status = r.status_label
            if r.status_date is not None and r.status_date != r.referred_on:
                status = self.tr("{0} on {1}").format(status, format_date(r.status_date))
            cells = (recipient, format_date(r.referred_on), r.reason, status, r.feedback)
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, r.id, muted=not r.is_open))
        fit_rows(table)
        self.referrals_empty.setVisible(not self.referrals)

    def selected_service(self) -> ServiceOut | None:
        row = selected_row(self.services_table)
        return self.services[row] if row is not None and row < len(self.services) else None

    def selected_referral(self) -> ReferralOut | None:
        row = selected_row(self.referrals_table)
        return self.referrals[row] if row is not None and row < len(self.referrals) else None

    def _update_buttons(self) -> None:
        can_add = self.child is not None and not self.child.archived
        service = self.selected_service()
        referral = self.selected_referral()
        self.add_service_button.setEnabled(can_add)
        self.add_referral_button.setEnabled(can_add)
        self.edit_service_button.setEnabled(service is not None)
        self.end_service_button.setEnabled(service is not None and service.end_date is None)
        self.edit_referral_button.setEnabled(referral is not None)
        self.status_button.setEnabled(referral is not None)

    # --- actions ---------------------------------------------------------------------------
    def _after(self, dialog: QDialog, table: QTableWidget, saved_id: int | None) -> None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.reload()
        if saved_id is None:
            saved = getattr(dialog, "saved", None)
            saved_id = saved.id if saved is not None else None
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == saved_id:
                table.selectRow(row)
                break
        table.setFocus()

    def add_service(self) -> None:
        if self.child is None:
            return
        dialog = ServiceDialog(self.ctx, self.child.id, parent=self, cases=self.cases)
        self._after(dialog, self.services_table, None)

    def edit_service(self) -> None:
        service = self.selected_service()
        if self.child is None or service is None:
            return
        dialog = ServiceDialog(self.ctx, self.child.id, service, parent=self, cases=self.cases)
        self._after(dialog, self.services_table, service.id)

    def end_service(self) -> None:
        service = self.selected_service()
        if service is None or service.end_date is not None:
            return
        self._after(EndServiceDialog(self.ctx, service, parent=self), self.services_table,
                    service.id)  # fmt: skip

    def add_referral(self) -> None:
        if self.child is None:
            return
        dialog = ReferralDialog(self.ctx, self.child.id, parent=self, cases=self.cases)
        self._after(dialog, self.referrals_table, None)

    def edit_referral(self) -> None:
        referral = self.selected_referral()
        if self.child is None or referral is None:
            return
        dialog = ReferralDialog(self.ctx, self.child.id, referral, parent=self, cases=self.cases)
        self._after(dialog, self.referrals_table, referral.id)

    def update_status(self) -> None:
        referral = self.selected_referral()
        if referral is None:
            return
        dialog = ReferralStatusDialog(self.ctx, referral, parent=self)
        self._after(dialog, self.referrals_table, referral.id)


__all__ = ["ChildCasesTab", "ChildServicesTab"]
