"""The login screen, and the same screen as the lock screen over a locked window.

As a login (``locked_user`` None) it asks for a name and a password; Quit closes the program.
As a lock screen it names the person whose work is behind it and asks for their password; "Log
in as someone else" opens the name field, after ``confirm_other_user`` has said what happens to
that work. Esc never unlocks: the lock screen can only be left by a login or by quitting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Actor
from commune_care.domain.accounts import USERNAME_MAX, Login, LoginRefused, username_key
from commune_care.services.accounts import AccountsService
from commune_care.ui.dialogs.accounts.fields import error_label, password_edit


class LoginDialog(QDialog):
    """After a successful login ``login`` is set and the dialog is accepted (also when shown
    with ``open()``: then ``logged_in`` tells). ``quit_requested``: the user chose Quit."""

    logged_in = Signal(object)  # Login
    quit_requested = Signal()

    def __init__(
        self,
        accounts: AccountsService,
        commune_name: str = "",
        locked_user: Actor | None = None,
        confirm_other_user: Callable[[], bool] | None = None,
        ask_name: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.locked_user = locked_user
        self.confirm_other_user = confirm_other_user
        self._other_confirmed = False  # the locked person's work may be closed
        self.login: Login | None = None
        self.setObjectName("lockScreen" if locked_user else "loginDialog")
        self.setWindowTitle(
            self.tr("Locked — commune_care") if locked_user else self.tr("Log in — commune_care")
        )
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, locked_user is None)
        self._build(commune_name)
        self.setMinimumWidth(460)
        if ask_name and locked_user is not None:
            self._open_name_field()
            self.intro.setText(
                self.tr(
                    "%1 logged out. Their open windows are kept until someone else logs in."
                ).replace("%1", locked_user.username)
            )

    def _build(self, commune_name: str) -> None:
        heading = QLabel(self.tr("The screen is locked") if self.locked_user else self.tr("Log in"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        place = QLabel(commune_name)
        place.setVisible(bool(commune_name))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(USERNAME_MAX * 4)  # a longer paste is refused, not cut
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = password_edit(self.tr("Password"))
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Unlock") if self.locked_user else self.tr("Log in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Quit the program"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAutoDefault(False)
        self.other_button = QPushButton(self.tr("Log in as someone else…"))
        self.other_button.setAutoDefault(False)
        self.other_button.setVisible(self.locked_user is not None)
        self.other_button.clicked.connect(self.switch_user)
        self.login_button.clicked.connect(self.try_login)
        self.quit_button.clicked.connect(self._quit)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(place)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._show_mode()

    def _show_mode(self) -> None:
        user = self.locked_user
        if user is None:
            self.intro.setText(self.tr("Enter your user name and password."))
            self.username_edit.setReadOnly(False)
            self.username_edit.setFocus()
            return
        who = f"{user.full_name} ({user.username})" if user.full_name else user.username
        self.intro.setText(
            self.tr(
                "%1 is working here; their open windows are kept. Enter the password to go on."
            ).replace("%1", who)
        )
        self.username_edit.setText(user.username)
        self.username_edit.setReadOnly(True)
        self.password_edit.setFocus()

    # --- actions ----------------------------------------------------------------------------
    def switch_user(self) -> None:
        """Another person logs in: the locked person's work will be closed (asked first)."""
        if not self._confirm_other():
            return
        self._open_name_field()
        self.intro.setText(self.tr("Enter your user name and password."))

    def _confirm_other(self) -> bool:
        if not self._other_confirmed and self.confirm_other_user is not None:
            self._other_confirmed = self.confirm_other_user()
            return self._other_confirmed
        return True

    def _open_name_field(self) -> None:
        self.username_edit.setReadOnly(False)
        self.username_edit.clear()
        self.password_edit.clear()
        self.other_button.setVisible(False)
        self.username_edit.setFocus()

    def is_other_user(self, username: str) -> bool:
        return self.locked_user is not None and username_key(username) != username_key(
            self.locked_user.username
        )

    def try_login(self) -> None:
        username = self.username_edit.text()
        if not username.strip():
            self._refused(self.tr("Enter your user name."), self.username_edit)
            return
        if not self.password_edit.text():
            self._refused(self.tr("Enter your password."), self.password_edit)
            return
        if self.is_other_user(username) and not self._confirm_other():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            login = self.accounts.authenticate(username, self.password_edit.text())
        except LoginRefused as exc:
            self._refused(exc.message, self.password_edit)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.password_edit.clear()  # never kept in the widget longer than needed
        self.login = login
        self.logged_in.emit(login)
        super().accept()

    def _refused(self, message: str, focus: QLineEdit) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        focus.setFocus()

    def _quit(self) -> None:
        self.quit_requested.emit()
        if self.locked_user is None:
            super().reject()

    # Enter on the default button, and Esc / the close button, end up here.
    def accept(self) -> None:
        self.try_login()

    def reject(self) -> None:
        if self.locked_user is None:
            super().reject()  # the login at start: closing it quits the program

    def dismiss(self) -> None:
        """Close the lock screen without a login (the program is closing)."""
        super().reject()
