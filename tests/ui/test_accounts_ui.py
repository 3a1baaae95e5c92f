"""Accounts in the window: the login dialog (refusals, lock-out, the injectable clock), the
idle lock with a tiny interval (unsaved text in an open form survives the same person's unlock;
someone else gets a fresh window after confirming), logout, the account menu and status bar,
and the administrator's accounts dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import shiboken6
from argon2 import PasswordHasher
from PySide6.QtWidgets import QDialog

from commune_care.db.session import Database
from commune_care.domain.access import Actor, Role
from commune_care.domain.accounts import AccountIn
from commune_care.services.accounts import AccountsService
from commune_care.services.children import ChildrenService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.accounts.account_form import AccountFormDialog, Mode
from commune_care.ui.dialogs.accounts.accounts_dialog import AccountsDialog
from commune_care.ui.dialogs.accounts.login_dialog import LoginDialog
from commune_care.ui.dialogs.child_dialog import ChildDialog
from commune_care.ui.main_window import MainWindow
from commune_care.ui.session import SessionController
from tests.ui.conftest import ModalDriver
from tests.ui.typing_helpers import type_text

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
IDLE_MS = 150


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(db: Database, clock: Clock) -> AccountsService:
    return AccountsService(db, hasher=CHEAP, clock=clock)


def person(accounts: AccountsService, username: str, password: str, admin: bool = False) -> Actor:
    """An account ready to work (its first password already changed)."""
    roles = frozenset({Role.ADMIN, Role.OFFICER} if admin else {Role.OFFICER})
    data = AccountIn(username=username, full_name="Trần Thị Hạnh" if admin else "Nguyễn Thị Lan",
                     roles=roles, password="tam-thoi-" + password)  # fmt: skip
    if admin and not accounts.has_accounts():
        return accounts.create_first_admin(data.model_copy(update={"password": password})).actor
    AccountsService(accounts.db, hasher=CHEAP).create(data)
    actor = accounts.authenticate(username, data.password).actor
    AccountsService(accounts.db, actor, hasher=CHEAP).change_own_password(data.password, password)
    return actor


_OPEN: list[MainWindow] = []


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    """Windows the session hands over are deleted by it: close only those still alive."""
    yield
    for window in _OPEN:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    _OPEN.clear()


def window_for(qtbot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext.for_database(db, str(db.path), user=actor))
    _OPEN.append(window)
    window.show()
    return window


def session_for(qtbot, db: Database, accounts: AccountsService, actor: Actor) -> SessionController:
    return SessionController(
        window_for(qtbot, db, actor),
        accounts,
        lambda other: window_for(qtbot, db, other),
        idle_ms=IDLE_MS,
    )


def login(dialog: LoginDialog, password: str, username: str | None = None) -> None:
    if username is not None:
        dialog.username_edit.clear()
        type_text(dialog.username_edit, username)
    dialog.password_edit.clear()
    type_text(dialog.password_edit, password)
    dialog.login_button.click()


# --- the login dialog ----------------------------------------------------------------------------
def test_login_refuses_locks_out_and_lets_in_after_five_minutes(qtbot, accounts, clock) -> None:
    person(accounts, "quantri", "quan-tri-xa", admin=True)
    dialog = LoginDialog(accounts, "Xã Hòa Cư")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_button.click()
    assert dialog.error_label.text() == "Enter your user name."
    for _ in range(4):
        login(dialog, "sai-mat-khau", "quantri")
        assert "không đúng" in dialog.error_label.text()
        assert dialog.password_edit.text() == ""  # never kept
    login(dialog, "sai-mat-khau", "quantri")
    assert "sau 5 phút" in dialog.error_label.text()
    clock.now += timedelta(minutes=3)
    login(dialog, "quan-tri-xa", "quantri")
    assert "sau 2 phút" in dialog.error_label.text() and dialog.isVisible()
    clock.now += timedelta(minutes=2)
    login(dialog, "quan-tri-xa", "QuanTri")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.login is not None and dialog.login.actor.username == "quantri"


def test_a_disabled_account_is_told_so_at_login(qtbot, accounts) -> None:
    person(accounts, "quantri", "quan-tri-xa", admin=True)
    lan = person(accounts, "lan.nt", "mat-khau-lan")
    assert lan.account_id is not None
    AccountsService(accounts.db, hasher=CHEAP).disable(lan.account_id)
    dialog = LoginDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    login(dialog, "mat-khau-lan", "lan.nt")
    assert "ngừng sử dụng" in dialog.error_label.text() and dialog.login is None


def test_first_administrator_form_says_why_and_keeps_the_admin_role(qtbot, accounts) -> None:
    dialog = AccountFormDialog(accounts, Mode.FIRST)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.roles.roles() == {Role.ADMIN, Role.OFFICER}
    assert not dialog.roles.boxes[Role.ADMIN].isEnabled()
    type_text(dialog.full_name_edit, "Trần Thị Hạnh")
    type_text(dialog.username_edit, "hanh\u200btt")  # a zero-width space, pasted
    type_text(dialog.password_edit, "mat-khau-xa")
    type_text(dialog.repeat_edit, "mat-khau-xa")
    dialog.save_button.click()
    assert "ký tự ẩn" in dialog.error_label.text() and dialog.isVisible()
    dialog.username_edit.clear()
    type_text(dialog.username_edit, "hanh.tt")
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "mat-khau-xb")
    dialog.save_button.click()
    assert "not the same" in dialog.error_label.text()
    assert not accounts.has_accounts()  # nothing written by the refusals
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "mat-khau-xa")
    dialog.save_button.click()
    assert dialog.login is not None and dialog.login.actor.roles == {Role.ADMIN, Role.OFFICER}


# --- the window ----------------------------------------------------------------------------------
def test_status_bar_and_account_menu_follow_who_is_logged_in(qtbot, db, accounts, ctx) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    window = window_for(qtbot, db, hanh)
    assert window.user_label.text() == (
        "Trần Thị Hạnh (quantri) · Cán bộ phụ trách trẻ em, Quản trị"
    )
    assert window.account_menu.isEnabled()
    plain = MainWindow(ctx)  # the tests' own windows: no login, the OS user "test"
    qtbot.addWidget(plain)
    assert plain.user_label.text() == "Computer user: test"
    assert not plain.account_menu.isEnabled()


def test_auto_lock_keeps_unsaved_text_for_the_same_person(qtbot, modal, db, accounts) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    session = session_for(qtbot, db, accounts, hanh)
    window = session.window
    seen: dict[str, object] = {}

    def in_the_form(dialog: QDialog) -> None:
        assert isinstance(dialog, ChildDialog)
        title = dialog.windowTitle()
        type_text(dialog.name_edit, "Nguyễn Văn Đức")
        qtbot.waitUntil(lambda: session.locked, timeout=5000)  # nobody touches anything
        screen = session.lock_screen
        assert screen is not None
        seen["covered"] = session.covers.covered(dialog) and session.covers.covered(window)
        seen["title while locked"] = dialog.windowTitle()
        seen["name field"] = screen.username_edit.text(), screen.username_edit.isReadOnly()
        screen.reject()  # Esc does not unlock
        seen["still locked"] = session.locked and screen.isVisible()
        login(screen, "sai")
        seen["refused"] = session.locked and "không đúng" in screen.error_label.text()
        login(screen, "quan-tri-xa")
        seen["unlocked"] = not session.locked and not session.covers.covered(dialog)
        seen["text"] = dialog.name_edit.text()
        seen["form open"] = dialog.isVisible() and dialog.windowTitle() == title
        seen["watching again"] = session.idle.active
        QDialog.done(dialog, QDialog.DialogCode.Rejected.value)

    modal.next(in_the_form)
    window.children_page.add_child()
    assert seen == {
        "covered": True,
        "title while locked": "Locked — commune_care",
        "name field": ("quantri", True),
        "still locked": True,
        "refused": True,
        "unlocked": True,
        "text": "Nguyễn Văn Đức",
        "form open": True,
        "watching again": True,
    }
    assert session.window is window
    actions = [e.action for e in accounts_history(db)]
    assert "Khóa màn hình" in actions and "Đăng nhập" in actions
    session.stop()


def test_someone_else_gets_a_fresh_window_after_confirming(qtbot, modal, db, accounts) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    person(accounts, "lan.nt", "mat-khau-lan")
    session = session_for(qtbot, db, accounts, hanh)
    first = session.window
    asked: list[str] = []

    def answer(box: QDialog) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        ModalDriver.yes(box)

    def in_the_form(dialog: QDialog) -> None:
        assert isinstance(dialog, ChildDialog)
        type_text(dialog.name_edit, "Nguyễn Văn Đức")
        session.lock()  # Ctrl+L
        screen = session.lock_screen
        assert screen is not None
        modal.next(answer)
        screen.other_button.click()
        login(screen, "mat-khau-lan", "lan.nt")

    modal.next(in_the_form)
    first.children_page.add_child()  # returns once the form was closed for the new person
    assert len(asked) == 1 and "1 open form(s)" in asked[0] and "LOST" in asked[0]
    assert session.window is not first and not first.isVisible()
    assert session.window.ctx.actor.username == "lan.nt"
    assert session.window.user_label.text().startswith("Nguyễn Thị Lan (lan.nt)")
    assert not session.locked and not ChildrenService(db).search("Đức")  # nothing was saved
    session.stop()


def test_logout_then_the_same_person_finds_the_window_as_it_was(qtbot, db, accounts) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    session = session_for(qtbot, db, accounts, hanh)
    window = session.window
    window.show_page("settings")
    window.logout_action.trigger()
    screen = session.lock_screen
    assert screen is not None and screen.username_edit.text() == ""
    assert not screen.username_edit.isReadOnly()
    login(screen, "quan-tri-xa", "quantri")
    assert not session.locked and session.window is window
    assert window.current_page_key() == "settings"
    actions = [e.action for e in accounts_history(db)]
    assert actions[:2] == ["Đăng nhập", "Đăng xuất"]  # newest first
    session.stop()


def test_the_lock_interval_follows_the_setting(qtbot, db, accounts) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    window = window_for(qtbot, db, hanh)
    session = SessionController(window, accounts, lambda a: window_for(qtbot, db, a))
    assert session.idle.timeout_ms == 10 * 60_000
    window.show_page("settings")
    window.settings_page.lock_minutes_spin.setValue(3)
    window.settings_page.save()
    assert session.idle.timeout_ms == 3 * 60_000 and not session.locked
    session.stop()


# --- administration ----------------------------------------------------------------------------
def test_the_administrator_creates_resets_and_disables_accounts(qtbot, modal, db, accounts) -> None:
    hanh = person(accounts, "quantri", "quan-tri-xa", admin=True)
    admin = AccountsService(db, hanh, hasher=CHEAP)
    dialog = AccountsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill_new(form: QDialog) -> None:
        assert isinstance(form, AccountFormDialog)
        type_text(form.full_name_edit, "Nguyễn Thị Lan")
        type_text(form.username_edit, "lan.nt")
        type_text(form.password_edit, "tam-thoi-123")
        type_text(form.repeat_edit, "tam-thoi-123")
        form.roles.set_roles({Role.VIEWER})
        form.save_button.click()

    modal.next(fill_new)
    dialog.create_button.click()
    assert [a.username for a in admin.list()] == ["lan.nt", "quantri"]
    lan = admin.find("lan.nt")
    assert lan.roles == {Role.VIEWER} and lan.must_change_password
    assert dialog.table.item(0, 3).text() == "In use, must change the password"

    modal.next(ModalDriver.yes)  # "Disable the account lan.nt?"
    dialog.toggle_button.click()
    assert not admin.find("lan.nt").active
    assert dialog.table.item(0, 3).text() == "Disabled"
    assert dialog.toggle_button.text() == "Enable"

    def reset(form: QDialog) -> None:
        assert isinstance(form, AccountFormDialog)
        type_text(form.password_edit, "lan.nt")  # the user name: refused
        type_text(form.repeat_edit, "lan.nt")
        form.save_button.click()
        assert "ít nhất 8" in form.error_label.text() or "trùng" in form.error_label.text()
        form.password_edit.clear()
        form.repeat_edit.clear()
        type_text(form.password_edit, "mat-khau-moi-1")
        type_text(form.repeat_edit, "mat-khau-moi-1")
        form.save_button.click()

    modal.next(reset)
    dialog.reset_button.click()
    assert accounts.authenticate("quantri", "quan-tri-xa")  # still fine
    dialog.toggle_button.click()  # enable again
    assert accounts.authenticate("lan.nt", "mat-khau-moi-1").must_change_password


def accounts_history(db: Database) -> list:
    from commune_care.db.models import AuditRecord  # noqa: F401 - registers the table
    from commune_care.services import audit

    with db.session() as s:
        return audit.history(s, "account", 1)
