"""The administrator's list of accounts (from Settings): create, edit roles, reset a password,
disable and enable. Never a password or its hash; the service checks the permission."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.accounts import AccountOut
from commune_care.domain.errors import UserError
from commune_care.services.accounts import AccountsService
from commune_care.ui.dialogs.accounts.account_form import AccountFormDialog, Mode
from commune_care.ui.dialogs.providers_dialog import make_table, set_widths
from commune_care.ui.feedback import confirm, show_user_error

INACTIVE_COLOR = QColor("#8a8a8a")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountsDialog(QDialog):
    def __init__(
        self,
        accounts: AccountsService,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self._now = now
        self._rows: list[AccountOut] = []
        self.setWindowTitle(self.tr("Accounts"))
        intro = QLabel(
            self.tr(
                "Who may log in, and with which roles. A new account or a reset password must be"
                " changed by its user at the next login. Accounts are never deleted: disable one"
                " that is no longer used (the audit trail keeps its name)."
            )
        )
        intro.setWordWrap(True)
        self.table = make_table(
            [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("State"),
             self.tr("Last login")]
        )  # fmt: skip
        set_widths(self.table, [130, 190, 260, 200, 130], stretch=2)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.create_button = QPushButton(self.tr("New account…"))
        self.edit_button = QPushButton(self.tr("Edit name and roles…"))
        self.reset_button = QPushButton(self.tr("Reset the password…"))
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.create_button.clicked.connect(self.create_account)
        self.edit_button.clicked.connect(self.edit)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        for button in (self.create_button, self.edit_button, self.reset_button,
                       self.toggle_button):  # fmt: skip
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(980, 460)
        self.reload()

    def now(self) -> datetime:
        return self._now or datetime.now()

    def reload(self, select_id: int | None = None) -> None:
        self._rows = self.accounts.list()
        self.table.setRowCount(len(self._rows))
        for row, account in enumerate(self._rows):
            last = account.last_login_at
            values = (
                account.username,
                account.full_name,
                account.roles_label,
                self._state(account),
                last.strftime("%d/%m/%Y %H:%M") if last else self.tr("never"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, account.id)
                if not account.active:
                    item.setForeground(INACTIVE_COLOR)
                self.table.setItem(row, column, item)
            if account.id == select_id:
                self.table.selectRow(row)
        if select_id is None and self._rows:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _state(self, account: AccountOut) -> str:
        if not account.active:
            return self.tr("Disabled")
        parts = [self.tr("In use")]
        if account.locked_at(self.now()):
            assert account.locked_until is not None
            parts.append(
                self.tr("locked until %1").replace("%1", account.locked_until.strftime("%H:%M"))
            )
        if account.must_change_password:
            parts.append(self.tr("must change the password"))
        return ", ".join(parts)

    def selected(self) -> AccountOut | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.reset_button, self.toggle_button):
            button.setEnabled(account is not None)
        if account is not None and (not account.active or account.locked_at(self.now())):
            self.toggle_button.setText(self.tr("Enable"))
        else:
            self.toggle_button.setText(self.tr("Disable"))

    # --- actions ----------------------------------------------------------------------------
    def _form(self, mode: Mode, account: AccountOut | None = None) -> AccountOut | None:
        dialog = AccountFormDialog(self.accounts, mode, account, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved

    def create_account(self) -> None:
        saved = self._form(Mode.CREATE)
        if saved is not None:
            self.reload(saved.id)

    def edit(self) -> None:
        account = self.selected()
        if account is not None and (saved := self._form(Mode.EDIT, account)) is not None:
            self.reload(saved.id)

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None and (saved := self._form(Mode.RESET, account)) is not None:
            self.reload(saved.id)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            if account.active and not account.locked_at(self.now()):
                question = self.tr(
                    "Disable the account %1? Its user can no longer log in; what they recorded"
                    " stays, with their name."
                ).replace("%1", account.username)
                if not confirm(self, self.tr("Disable the account"), question):
                    return
                saved = self.accounts.disable(account.id)
            else:
                saved = self.accounts.enable(account.id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.reload(saved.id)
