"""Who the program works for, decided at start-up (``app.py``):

- interactive: a file without accounts asks for its administrator ("Tạo tài khoản quản trị",
  who is then logged in); otherwise the login screen. A password reset by an administrator must
  be replaced before the window opens (declining logs out, back to the login screen).
- unattended (``--exit-when-ready``, the start-up benchmark and CI): never a dialog. A file
  without accounts opens as the operating-system user, exactly as the first interactive start
  would let anyone create the administrator; a file with accounts needs ``--user`` and
  ``--password-file`` and goes through the same ``authenticate`` (lock-out, audit row) as the
  login screen. The run quits as soon as the first page shows, so it is no way into the data.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from commune_care.domain.access import Actor
from commune_care.domain.accounts import Login
from commune_care.domain.errors import UserError
from commune_care.password_file import read_password
from commune_care.services import Database
from commune_care.services.accounts import AccountsService
from commune_care.services.commune import CommuneService
from commune_care.ui.dialogs.accounts.account_form import AccountFormDialog, Mode
from commune_care.ui.dialogs.accounts.login_dialog import LoginDialog
from commune_care.ui.dialogs.accounts.password_dialog import ChangePasswordDialog
from commune_care.ui.main_window import MainWindow
from commune_care.ui.session import SessionController

UNATTENDED_NEEDS_LOGIN = (
    "Tệp dữ liệu này có tài khoản: khởi động không hỏi (--exit-when-ready) cần --user TÊN và "
    "--password-file TỆP để đăng nhập."
)
LOGIN_OPTIONS_ALONE = (
    "--user và --password-file chỉ dùng cùng --exit-when-ready. Hãy mở phần mềm bình thường và "
    "đăng nhập trên màn hình đăng nhập."
)


def check_login_options(args: argparse.Namespace) -> None:
    """A password file never opens the window for people: only the unattended run takes it."""
    if (args.user or args.password_file) and not args.exit_when_ready:
        raise UserError(LOGIN_OPTIONS_ALONE)


def unattended_actor(
    db: Database, args: argparse.Namespace, before_write: Callable[[], None]
) -> Actor | None:
    """The actor of an unattended start (None: the OS user, on a file without accounts)."""
    accounts = AccountsService(db)
    if not accounts.has_accounts():
        return None
    if not (args.user and args.password_file):
        raise UserError(UNATTENDED_NEEDS_LOGIN)
    password = read_password(args.password_file)
    # The login writes to the audit trail: after the integrity check, which runs meanwhile.
    return accounts.authenticate(args.user, password, before_write=before_write).actor


def interactive_login(db: Database) -> Actor | None:
    """The person who logged in, or None when they quit."""
    accounts = AccountsService(db)
    while True:
        login = _first_admin(accounts) if not accounts.has_accounts() else _login(db, accounts)
        if login is None:
            return None
        if not login.must_change_password:
            return login.actor
        own = AccountsService(db, login.actor)
        if ChangePasswordDialog(own, forced=True).exec() == QDialog.DialogCode.Accepted:
            return login.actor
        own.record_event("logout", "Chưa đổi mật khẩu được đặt lại")


def _first_admin(accounts: AccountsService) -> Login | None:
    dialog = AccountFormDialog(accounts, Mode.FIRST)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.login


def _login(db: Database, accounts: AccountsService) -> Login | None:
    profile = CommuneService(db).profile()
    dialog = LoginDialog(accounts, profile.commune_name if profile else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.login


def start_session(
    db: Database, window: MainWindow, open_window: Callable[[Actor], MainWindow]
) -> SessionController | None:
    """The idle lock and the lock screen, for a person who logged in."""
    if window.ctx.actor.account_id is None:
        return None
    profile = window.ctx.commune.profile()
    return SessionController(
        window,
        AccountsService(db),
        open_window,
        commune_name=profile.commune_name if profile else "",
    )
