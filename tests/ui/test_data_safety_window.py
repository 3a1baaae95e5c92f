"""Data safety in the main window and at start-up: the Data menu, the USB reminder and the
status bar, the backup settings, a restore that rebuilds the window, restoring on a new PC from
the set-up, and a damaged file at start-up leading to the newest good copy."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from commune_care import app, paths
from commune_care.db.backup import daily_snapshot
from commune_care.db.integrity import QUICK, check_file
from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn
from commune_care.services import backup as backup_module
from commune_care.services.backup import BackupService
from commune_care.services.commune import CommuneService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.backup_dialog import BackupDialog
from commune_care.ui.dialogs.damaged_dialog import DamagedDialog
from commune_care.ui.dialogs.restore_dialog import RestoreDialog
from commune_care.ui.dialogs.setup_dialog import SetupDialog
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.settings_page import SettingsPage
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.safety.helpers import damage
from tests.ui.test_app_run import _create_admin as create_admin
from tests.ui.test_backup_dialogs import FAST, PASSWORD
from tests.ui.typing_helpers import type_text


@pytest.fixture(autouse=True)
def _keep_hooks() -> object:
    hook = sys.excepthook
    yield None
    sys.excepthook = hook


def _window(qtbot, ctx: AppContext) -> MainWindow:
    ctx.backup.kdf = FAST
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _add(ctx: AppContext, name: str) -> None:
    ctx.children.create(ChildIn(full_name=name, sex=Sex.MALE, birth=PartialDate(2017, 1, 9)))


def _make_backup(tmp_path: Path, commune: str = "Xã Hòa Cư") -> Path:
    """A backup of another data file with one child, as a USB stick would bring it."""
    source = Database(tmp_path / "khac" / "du-lieu.sqlite3")
    source.path.parent.mkdir(exist_ok=True)  # type: ignore[union-attr]
    migrate(source)
    profile = SAMPLE_PROFILE.model_copy(update={"commune_name": commune})
    CommuneService(source, user="t").save_profile(profile, SAMPLE_VILLAGES)
    _add(AppContext.for_database(source, "x"), "Đinh Văn Núp")
    service = BackupService(source, user="t", backups_dir=tmp_path / "kb", kdf=FAST)
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    file = Path(service.backup_to(usb, PASSWORD).path)
    source.dispose()
    return file


def _fill_restore(modal, file: Path, yes_to_info: bool = True):
    def action(dialog: RestoreDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.file_edit.setText(str(file))
        dialog.load_file()
        type_text(dialog.password_edit, PASSWORD)
        modal.next(modal.yes)  # "Replace all the data…?"
        if yes_to_info:
            modal.next(modal.yes)  # "The data was restored…" (the main window's message)
        dialog.restore_button.click()

    return action


def test_the_data_menu(qtbot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    assert "&Data" in [a.text() for a in window.menuBar().actions()]
    texts = [a.text() for a in window.data_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Back up to USB…", "&Restore from a backup…", "&Check the data", "Check the &audit trail",
        "Export to &Excel…",
    ]  # fmt: skip
    assert window.backup_action.shortcut().toString() == "Ctrl+B"


def test_the_reminder_is_shown_until_a_usb_backup(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ctx)
    assert window.backup_banner.isVisible()
    assert "No backup to a USB stick has been made yet" in window.banner_label.text()
    assert window.backup_label.text() == "Last USB backup: none yet"
    window.dismiss_banner()
    assert not window.backup_banner.isVisible()

    monkeypatch.setattr(backup_module, "other_drive", lambda _f, _d: True)
    usb = tmp_path / "usb"
    usb.mkdir()

    def run_backup(dialog: BackupDialog) -> None:
        dialog.folder_edit.setText(str(usb))
        type_text(dialog.password_edit, PASSWORD)
        type_text(dialog.repeat_edit, PASSWORD)
        dialog.backed_up.connect(lambda _r: QTimer.singleShot(0, dialog.accept))
        dialog.start_button.click()

    window._banner_dismissed = False
    from tests.ui.conftest import ModalDriver

    modal = ModalDriver()
    modal.next(run_backup)
    window.backup_action.trigger()
    assert not modal.failures
    assert not window.backup_banner.isVisible()
    assert window.backup_label.text() == f"Last USB backup: {date.today():%d/%m/%Y}"


def test_an_old_usb_backup_is_counted_in_days(qtbot, ctx: AppContext) -> None:
    from commune_care.db.models import SettingRecord

    with ctx.backup.db.session() as s:
        s.add(SettingRecord(key="backup.last_external", value='{"at": "2026-01-02T08:00:00"}'))
    window = _window(qtbot, ctx)
    days = (date.today() - date(2026, 1, 2)).days
    if days >= 7:
        assert window.backup_banner.isVisible()
        assert f"{days} days ago (02/01/2026)" in window.banner_label.text()
    assert window.backup_label.text() == "Last USB backup: 02/01/2026"


def test_a_restore_from_the_menu_rebuilds_the_window(
    qtbot, modal, db: Database, tmp_path: Path
) -> None:
    file = _make_backup(tmp_path)
    windows = app.Windows(db, str(db.path))
    first = windows.open()
    first.ctx.backup.kdf = FAST
    first.show()
    _add(first.ctx, "Người Thêm Sau")
    first.children_page.reload()
    assert first.children_page.model.rowCount() == 1
    modal.next(_fill_restore(modal, file))
    first.restore_action.trigger()
    qtbot.waitUntil(lambda: windows.window is not first, timeout=10_000)
    second = windows.window
    assert second is not None
    qtbot.addWidget(second)
    qtbot.waitUntil(second.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5_000)  # closed, deleted
    assert second.children_page.model.rowCount() == 1
    assert second.children_page.model.child_id(0) is not None
    assert [c.full_name for c in second.ctx.children.search("nup")] == ["Đinh Văn Núp"]
    assert second.ctx.children.search("them sau") == []


def test_backup_settings_on_the_settings_page(qtbot, ctx: AppContext) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert (page.keep_days_spin.value(), page.keep_months_spin.value()) == (7, 12)
    assert page.reminder_spin.value() == 7
    assert str(ctx.backup.backups_dir) in page.backups_folder_value.text()
    page.keep_days_spin.setValue(14)
    page.reminder_spin.setValue(3)
    assert page.is_dirty() and page.status_label.text() == "Changes not saved yet."
    with qtbot.waitSignal(page.backup_settings_saved, timeout=1000):
        page.save_button.click()
    saved = ctx.backup.settings()
    assert (saved.keep_days, saved.keep_months, saved.reminder_days) == (14, 12, 3)
    assert not page.is_dirty()


def test_a_new_pc_restores_from_the_set_up(
    qtbot, modal, empty_db: Database, tmp_path: Path
) -> None:
    file = _make_backup(tmp_path)
    ctx = AppContext.for_database(empty_db, str(empty_db.path), user="test")
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    modal.next(_fill_restore(modal, file, yes_to_info=False))
    dialog.restore_button.click()
    assert dialog.restored and dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.commune.is_set_up()
    assert [c.full_name for c in ctx.children.search("nup")] == ["Đinh Văn Núp"]


# --- start-up ---------------------------------------------------------------------------------


def _close_when_shown(seen: list[str]) -> None:
    def poll() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, poll)
            return
        seen.append(shown[0].commune_label.text())
        shown[0].close()

    QTimer.singleShot(0, poll)


def test_a_damaged_file_at_start_leads_to_the_newest_good_copy(qtbot, modal, db: Database) -> None:
    assert db.path is not None
    _add(AppContext.for_database(db, "x"), "Lò Văn Pọm")
    daily_snapshot(db.path, paths.backups_dir(), today=date(2026, 11, 19))
    db.dispose()
    damage(db.path)

    def restore_local(dialog: DamagedDialog) -> None:
        assert isinstance(dialog, DamagedDialog)
        assert dialog.copy is not None

        def yes_then_the_administrator(box: QWidget) -> None:
            modal.next(create_admin)  # the restored copy has no account yet: asked for first
            modal.yes(box)

        modal.next(yes_then_the_administrator)
        dialog.local_button.click()

    seen: list[str] = []
    modal.next(restore_local)
    _close_when_shown(seen)
    assert app.run(["--db", str(db.path)]) == app.EXIT_OK
    assert seen == ["Xã Hòa Cư"]
    assert check_file(db.path, QUICK) == []
    kept = list(paths.backups_dir().glob("*-hong-*.sqlite3"))
    assert len(kept) == 1  # the damaged file, kept as it was
    # the closing copy is today's, and sound
    today = paths.backups_dir() / f"{db.path.stem}-hang-ngay-{datetime.now():%Y%m%d}.sqlite3"
    assert today.exists() and check_file(today, QUICK) == []


def test_quitting_on_a_damaged_file_leaves_it_as_it_is(qtbot, modal, db: Database) -> None:
    assert db.path is not None
    db.dispose()
    damage(db.path)
    before = db.path.read_bytes()
    modal.next(lambda dialog: dialog.reject())
    assert app.run(["--db", str(db.path)]) == app.EXIT_DATABASE
    assert db.path.read_bytes() == before
