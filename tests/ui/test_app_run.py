"""The first start as the officer meets it: ``app.run`` on a new file asks for the
administrator's account, then for the commune, then opens the main window on it; cancelling
either quits with nothing written. Later starts ask for a login; a password reset by the
administrator is replaced before the window opens."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from commune_care import app
from commune_care.db.session import Database
from commune_care.domain.access import Role
from commune_care.services.accounts import AccountsService
from commune_care.services.commune import CommuneService
from commune_care.ui.dialogs.accounts.account_form import AccountFormDialog, Mode
from commune_care.ui.dialogs.accounts.login_dialog import LoginDialog
from commune_care.ui.dialogs.accounts.password_dialog import ChangePasswordDialog
from commune_care.ui.dialogs.setup_dialog import SetupDialog
from commune_care.ui.main_window import MainWindow
from tests.ui.test_setup_dialog import _pick as pick
from tests.ui.typing_helpers import press_key, type_text


@pytest.fixture(autouse=True)
def _keep_hooks() -> object:
    hook = sys.excepthook
    yield None
    sys.excepthook = hook


def _close_main_window_when_shown(seen: list[str]) -> None:
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if not visible:
            QTimer.singleShot(20, poll)
            return
        seen.append(visible[0].commune_label.text())
        seen.append(visible[0].user_label.text())
        visible[0].close()

    QTimer.singleShot(0, poll)


def _fill_and_save(dialog: SetupDialog) -> None:
    form = dialog.form
    pick(form.province_combo, "lang son")
    type_text(form.name_edit, "Xã Tân Lập")
    type_text(form.officer_edit, "Trần Thị Hạnh")
    press_key(form.officer_edit, Qt.Key.Key_Return)
    if dialog.isVisible():  # not saved: fail the test rather than wait forever
        dialog.discard()
        raise AssertionError("the set-up was not saved: " + form.error_text("province_name"))


def _create_admin(dialog: AccountFormDialog) -> None:
    assert dialog.mode is Mode.FIRST
    type_text(dialog.full_name_edit, "Trần Thị Hạnh")
    type_text(dialog.username_edit, "hanh.tt")
    type_text(dialog.password_edit, "mat-khau-xa")
    type_text(dialog.repeat_edit, "mat-khau-xa")
    press_key(dialog.repeat_edit, Qt.Key.Key_Return)
    if dialog.isVisible():
        dialog.done(0)
        raise AssertionError("the administrator was not created: " + dialog.error_label.text())


def _login(username: str, password: str) -> Callable[[LoginDialog], None]:
    def log_in(dialog: LoginDialog) -> None:
        type_text(dialog.username_edit, username)
        type_text(dialog.password_edit, password)
        press_key(dialog.password_edit, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()
            raise AssertionError("not logged in: " + dialog.error_label.text())

    return log_in


def test_first_start_creates_the_administrator_sets_up_the_commune_then_opens(
    qtbot, modal, tmp_path: Path
) -> None:
    path = tmp_path / "moi.sqlite3"
    seen: list[str] = []
    modal.next(_create_admin)
    modal.next(_fill_and_save)
    _close_main_window_when_shown(seen)
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    assert seen == ["Xã Tân Lập", "Trần Thị Hạnh (hanh.tt) · Cán bộ phụ trách trẻ em, Quản trị"]
    db = Database(path)
    profile = CommuneService(db).profile()
    login = AccountsService(db).authenticate("hanh.tt", "mat-khau-xa")
    db.dispose()
    assert profile is not None and profile.commune_name == "Xã Tân Lập"
    assert profile.agency_name == "XÃ TÂN LẬP"
    assert login.actor.roles == {Role.ADMIN, Role.OFFICER}

    # The next start asks for a login, and a password reset by the administrator is replaced.
    db = Database(path)
    admin = AccountsService(db)
    admin.reset_password(admin.find("hanh.tt").id, "tam-thoi-123")
    db.dispose()
    seen.clear()

    def change(dialog: ChangePasswordDialog) -> None:
        assert dialog.forced
        type_text(dialog.old_edit, "tam-thoi-123")
        type_text(dialog.new_edit, "mat-khau-rieng")
        type_text(dialog.repeat_edit, "mat-khau-rieng")
        dialog.save_button.click()

    modal.next(_login("hanh.tt", "tam-thoi-123"))
    modal.next(change)
    _close_main_window_when_shown(seen)
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    assert seen[0] == "Xã Tân Lập"
    db = Database(path)
    assert not AccountsService(db).authenticate("hanh.tt", "mat-khau-rieng").must_change_password
    db.dispose()


def test_cancelling_the_set_up_quits_with_nothing_saved(qtbot, modal, tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite3"
    modal.next(_create_admin)
    modal.next(lambda dialog: dialog.reject())
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    db = Database(path)
    assert not CommuneService(db).is_set_up()
    db.dispose()


def test_quitting_at_the_first_administrator_writes_nothing(qtbot, modal, tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite3"
    modal.next(lambda dialog: dialog.reject())
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    db = Database(path)
    assert not AccountsService(db).has_accounts()
    db.dispose()
