"""One form for an account, in four uses:

- ``FIRST``: the administrator of a new data file, at the first start (Quản trị is required,
  Cán bộ phụ trách trẻ em proposed, and the dialog says why); the person is then logged in;
- ``CREATE``: a new account made by the administrator (its user changes the password at the
  first login);
- ``EDIT``: the full name and roles of an account;
- ``RESET``: a new password for an account (its user must change it at the next login).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Role
from commune_care.domain.accounts import (
    FULL_NAME_MAX,
    USERNAME_MAX,
    AccountOut,
    Login,
    password_problem,
)
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.services.accounts import AccountsService
from commune_care.ui.dialogs.accounts.fields import error_label, password_edit, show_errors
from commune_care.ui.widgets.role_checks import RoleChecks


class Mode(Enum):
    FIRST = "first"
    CREATE = "create"
    EDIT = "edit"
    RESET = "reset"


class AccountFormDialog(QDialog):
    """After ``exec()``: ``saved`` (the account) or, for ``FIRST``, ``login``."""

    def __init__(
        self,
        accounts: AccountsService,
        mode: Mode,
        account: AccountOut | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.mode = mode
        self.account = account
        self.saved: AccountOut | None = None
        self.login: Login | None = None
        self.min_length = accounts.settings().min_password_length
        self.setWindowTitle(self._title())
        self._build()

    def _title(self) -> str:
        return {
            Mode.FIRST: self.tr("Create the administrator account"),
            Mode.CREATE: self.tr("New account"),
            Mode.EDIT: self.tr("Edit the account"),
            Mode.RESET: self.tr("Reset the password"),
        }[self.mode]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        if self.mode is Mode.FIRST:
            layout.addWidget(self._first_start_text())
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(USERNAME_MAX * 4)  # longer is refused with the rule
        self.username_edit.setPlaceholderText(self.tr("e.g. hanh.tt"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(FULL_NAME_MAX * 2)
        self.password_edit = password_edit(self.tr("Password"))
        self.repeat_edit = password_edit(self.tr("Password again"))
        self.roles = RoleChecks()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        if self.mode in (Mode.FIRST, Mode.CREATE):
            form.addRow(self.tr("Full name *"), self.full_name_edit)
            form.addRow(self.tr("User name *"), self.username_edit)
        elif self.account is not None:
            who = QLabel(f"{self.account.username} — {self.account.full_name}")
            who.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Account"), who)
            if self.mode is Mode.EDIT:
                form.addRow(self.tr("Full name *"), self.full_name_edit)
                self.full_name_edit.setText(self.account.full_name)
        if self.mode is not Mode.EDIT:
            form.addRow(self.tr("Password *"), self.password_edit)
            form.addRow(self.tr("Password again *"), self.repeat_edit)
            rule = QLabel(self._password_rule())
            rule.setWordWrap(True)
            rule.setStyleSheet("QLabel { color: #555; }")
            form.addRow("", rule)
        if self.mode is not Mode.RESET:
            form.addRow(self.tr("Roles *"), self.roles)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)

        if self.mode is Mode.FIRST:
            self.roles.set_roles({Role.ADMIN, Role.OFFICER})
            self.roles.boxes[Role.ADMIN].setEnabled(False)  # the first account administers
        elif self.mode is Mode.CREATE:
            self.roles.set_roles({Role.OFFICER})
        elif self.account is not None:
            self.roles.set_roles(self.account.roles)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self._save_text(), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            self.tr("Quit the program") if self.mode is Mode.FIRST else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        first = self.full_name_edit if self.mode is not Mode.RESET else self.password_edit
        first.setFocus()

    def _first_start_text(self) -> QLabel:
        text = QLabel(
            self.tr(
                "This data file has no account yet. Create the administrator's account: the"
                " administrator creates the other accounts, resets forgotten passwords and"
                " changes the settings.\n\n"
                "The roles proposed are Administrator and Child protection officer, because in"
                " most communes the officer also looks after the program. If the administrator"
                " does not work on the children's records, untick Child protection officer and"
                " create an account for the officer afterwards."
            )
        )
        text.setWordWrap(True)
        return text

    def _password_rule(self) -> str:
        rule = self.tr("At least %1 characters, not the same as the user name.").replace(
            "%1", str(self.min_length)
        )
        if self.mode in (Mode.CREATE, Mode.RESET):
            rule += " " + self.tr("The person must change it when they next log in.")
        return rule

    def _save_text(self) -> str:
        return {
            Mode.FIRST: self.tr("Create and log in"),
            Mode.CREATE: self.tr("Create the account"),
            Mode.EDIT: self.tr("Save"),
            Mode.RESET: self.tr("Reset the password"),
        }[self.mode]

    # --- saving -----------------------------------------------------------------------------
    def _fields(self) -> dict[str, QWidget]:
        return {
            "full_name": self.full_name_edit,
            "username": self.username_edit,
            "password": self.password_edit,
            "repeat": self.repeat_edit,
            "roles": self.roles,
        }

    def save(self) -> None:
        try:
            self._save()
        except InvalidInput as exc:
            show_errors(self.error_label, self._fields(), exc.errors)
            return
        except UserError as exc:
            show_errors(self.error_label, self._fields(), {"__all__": exc.message})
            return
        self.password_edit.clear()
        self.repeat_edit.clear()
        super().accept()

    def _save(self) -> None:
        if self.mode is not Mode.EDIT:
            self._check_repeat()
        if self.mode is Mode.EDIT:
            assert self.account is not None
            self.saved = self.accounts.update(
                self.account.id, self.full_name_edit.text(), self.roles.roles()
            )
            return
        if self.mode is Mode.RESET:
            assert self.account is not None
            self.saved = self.accounts.reset_password(self.account.id, self.password_edit.text())
            return
        data = self.accounts.validate_account(
            {
                "username": self.username_edit.text(),
                "full_name": self.full_name_edit.text(),
                "roles": self.roles.roles(),
                "password": self.password_edit.text(),
            }
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # hashing: a fraction of a s
        try:
            if self.mode is Mode.FIRST:
                self.login = self.accounts.create_first_admin(data)
            else:
                self.saved = self.accounts.create(data)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _check_repeat(self) -> None:
        password = self.password_edit.text()
        username = self.account.username if self.account else self.username_edit.text()
        problem = password_problem(password, username, self.min_length)
        if problem is not None:
            raise InvalidInput({"password": problem})
        if password != self.repeat_edit.text():
            raise InvalidInput(
                {"repeat": self.tr("The two passwords are not the same; type them again.")}
            )

    def accept(self) -> None:  # Enter
        self.save()
