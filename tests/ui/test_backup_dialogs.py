"""The data-safety dialogs as the officer uses them: back up with progress and cancel, restore
after seeing what the file holds, the check, the damaged-file choices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from commune_care.db.backup import daily_snapshot
from commune_care.db.backup_format import KdfParams
from commune_care.db.integrity import QUICK, check_file
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn
from commune_care.services.backup import BackupService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.backup_dialog import BackupDialog
from commune_care.ui.dialogs.check_dialog import CheckDialog
from commune_care.ui.dialogs.damaged_dialog import DamagedDialog
from commune_care.ui.dialogs.restore_dialog import RestoreDialog
from tests.safety.helpers import damage, file_state
from tests.ui.typing_helpers import type_text

FAST = KdfParams(n=1 << 10)
PASSWORD = "mật khẩu xã Hòa Cư"


@pytest.fixture
def service(ctx: AppContext, tmp_path: Path) -> BackupService:
    ctx.backup.kdf = FAST  # the app's 2^17 costs ~0.4 s a key: fine for people, slow for tests
    return ctx.backup


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def add(ctx: AppContext, name: str) -> None:
    ctx.children.create(ChildIn(full_name=name, sex=Sex.FEMALE, birth=PartialDate(2016, 5, 2)))


def backup_dialog(qtbot, service: BackupService, usb: Path) -> BackupDialog:
    dialog = BackupDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(usb))
    type_text(dialog.password_edit, PASSWORD)
    type_text(dialog.repeat_edit, PASSWORD)
    return dialog


def test_backup_runs_in_a_worker_and_says_when_it_is_checked(
    qtbot, ctx: AppContext, service: BackupService, usb: Path
) -> None:
    add(ctx, "Lò Thị Mai")
    dialog = backup_dialog(qtbot, service, usb)
    assert "sao-luu_xa-hoa-cu_" in dialog.name_label.text()
    assert dialog.folder_note.isVisibleTo(dialog)  # tmp_path is the data file's own drive
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        dialog.start_button.click()
        assert dialog.is_running()
        assert not dialog.password_edit.isEnabled() and not dialog.close_button.isEnabled()
        assert dialog.progress.isVisibleTo(dialog)
    result = done.args[0]
    assert Path(result.path).exists() and result.verified
    assert "read back and checked" in dialog.message.text()
    assert dialog.password_edit.text() == "" and dialog.repeat_edit.text() == ""
    assert not dialog.is_running() and dialog.close_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog)
    assert service.last_folder() == usb  # recorded on the UI thread once it was verified


def test_passwords_that_differ_or_are_short_write_nothing(
    qtbot, service: BackupService, usb: Path
) -> None:
    dialog = backup_dialog(qtbot, service, usb)
    dialog.repeat_edit.setText(PASSWORD + "x")
    dialog.start_button.click()
    assert "not the same" in dialog.message.text()
    assert dialog.repeat_edit.text() == ""
    dialog.password_edit.setText("ngan")
    dialog.repeat_edit.setText("ngan")
    dialog.start_button.click()
    assert "ít nhất 8 ký tự" in dialog.message.text()
    dialog.folder_edit.setText("")
    dialog.start_button.click()
    assert "Choose the folder" in dialog.message.text()
    assert not dialog.is_running() and list(usb.iterdir()) == []


def test_cancel_leaves_nothing_on_the_stick(qtbot, service: BackupService, usb: Path) -> None:
    dialog = backup_dialog(qtbot, service, usb)
    dialog.start_button.click()
    assert dialog.worker is not None
    with qtbot.waitSignal(dialog.worker.signals.cancelled, timeout=20_000):
        dialog.progress.cancel_button.click()
    assert "Cancelled" in dialog.message.text()
    assert list(usb.iterdir()) == []
    assert dialog.start_button.isEnabled()


def test_esc_while_working_cancels_then_closes(qtbot, service: BackupService, usb: Path) -> None:
    dialog = backup_dialog(qtbot, service, usb)
    dialog.start_button.click()
    worker = dialog.worker
    assert worker is not None
    dialog.reject()  # Esc
    assert dialog.isVisible()  # not while the worker runs
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert list(usb.iterdir()) == []


# --- restore ----------------------------------------------------------------------------------


@pytest.fixture
def backup_file(ctx: AppContext, service: BackupService, usb: Path) -> Path:
    add(ctx, "Lò Thị Mai")
    add(ctx, "Vàng A Dế")
    return Path(service.backup_to(usb, PASSWORD).path)


def restore_dialog(qtbot, service: BackupService, file: Path) -> RestoreDialog:
    dialog = RestoreDialog(service, file=file)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_header_is_shown_before_any_password(
    qtbot, service: BackupService, backup_file: Path
) -> None:
    dialog = restore_dialog(qtbot, service, backup_file)
    assert dialog.about.isVisibleTo(dialog)
    assert dialog.commune_value.text() == "Xã Hòa Cư, Quảng Ngãi"
    assert dialog.children_value.text() == "2"
    assert dialog.created_value.text().count("/") == 2
    assert not dialog.other_commune.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()  # no password yet
    type_text(dialog.password_edit, PASSWORD)
    assert dialog.restore_button.isEnabled()


def test_a_file_that_is_not_a_backup_is_explained(
    qtbot, service: BackupService, tmp_path: Path
) -> None:
    other = tmp_path / "ghi-chu.txt"
    other.write_text("không phải bản sao lưu", encoding="utf-8")
    dialog = restore_dialog(qtbot, service, other)
    assert dialog.file_message.isVisibleTo(dialog)
    assert "không phải là bản sao lưu" in dialog.file_message.text()
    assert not dialog.about.isVisibleTo(dialog)
    type_text(dialog.password_edit, PASSWORD)
    assert not dialog.restore_button.isEnabled()


def test_a_wrong_password_keeps_the_data_and_the_dialog(
    qtbot, modal, ctx: AppContext, service: BackupService, backup_file: Path
) -> None:
    add(ctx, "Người Thêm Sau")
    assert service.db.path is not None
    before = file_state(service.db.path)
    dialog = restore_dialog(qtbot, service, backup_file)
    type_text(dialog.password_edit, "sai mật khẩu")
    modal.next(modal.yes)  # "Replace all the data…?"
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    assert "Mật khẩu không đúng" in dialog.message.text()
    assert dialog.isVisible() and dialog.password_edit.hasSelectedText()
    assert file_state(service.db.path) == before


def test_restore_replaces_the_data_after_a_confirmation(
    qtbot, modal, ctx: AppContext, service: BackupService, backup_file: Path
) -> None:
    add(ctx, "Người Thêm Sau")
    dialog = restore_dialog(qtbot, service, backup_file)
    type_text(dialog.password_edit, PASSWORD)
    modal.next(modal.yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.result_ is not None and dialog.result_.safety_copy
    assert ctx.children.search("nguoi them sau") == []
    assert [c.full_name for c in ctx.children.search("lo thi mai")] == ["Lò Thị Mai"]


def test_declining_the_confirmation_changes_nothing(
    qtbot, modal, service: BackupService, backup_file: Path
) -> None:
    dialog = restore_dialog(qtbot, service, backup_file)
    type_text(dialog.password_edit, PASSWORD)
    modal.next(modal.no)
    dialog.restore_button.click()
    assert dialog.worker is None and dialog.result_ is None and dialog.isVisible()


def test_another_communes_backup_needs_the_box_ticked(
    qtbot, ctx: AppContext, service: BackupService, backup_file: Path
) -> None:
    from commune_care.domain.schemas.commune import CommuneProfileIn
    from tests.conftest import SAMPLE_PROFILE

    ctx.commune.save_profile(
        CommuneProfileIn(**{**SAMPLE_PROFILE.model_dump(), "commune_name": "Xã Bình Minh"})
    )
    dialog = restore_dialog(qtbot, service, backup_file)
    assert dialog.other_commune.isVisibleTo(dialog)
    assert "Xã Hòa Cư" in dialog.other_commune.text()
    type_text(dialog.password_edit, PASSWORD)
    assert not dialog.restore_button.isEnabled()
    dialog.other_commune.setChecked(True)
    assert dialog.restore_button.isEnabled()


# --- check and damage ---------------------------------------------------------------------


def test_the_check_of_sound_data(qtbot, service: BackupService) -> None:
    dialog = CheckDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert "No problem found" in dialog.text.text()
    assert not dialog.damaged and dialog.close_button.isVisible()


def test_the_check_finds_damage(qtbot, service: BackupService, db: Database) -> None:
    assert db.path is not None
    db.dispose()
    damage(db.path)
    dialog = CheckDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.damaged and dialog.details.isVisible()
    assert "found problems" in dialog.text.text()


def test_the_damaged_dialog_restores_the_newest_good_copy(
    qtbot, modal, ctx: AppContext, service: BackupService, db: Database
) -> None:
    add(ctx, "Lò Thị Mai")
    assert db.path is not None
    daily_snapshot(db.path, service.backups_dir, today=date(2026, 11, 19))
    db.dispose()
    damage(db.path)
    dialog = DamagedDialog(service, ["database disk image is malformed"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.local_button.isVisible() and "19/11/2026" not in dialog.local_button.text()
    modal.next(modal.yes)
    dialog.local_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert check_file(db.path, QUICK) == []
    assert [c.full_name for c in ctx.children.search("mai")] == ["Lò Thị Mai"]


def test_without_a_good_copy_only_a_backup_file_is_offered(qtbot, service: BackupService) -> None:
    dialog = DamagedDialog(service, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.local_button.isVisible()
    assert dialog.file_button.isVisible() and dialog.file_button.isDefault()
    assert "USB" in dialog.local_note.text()
