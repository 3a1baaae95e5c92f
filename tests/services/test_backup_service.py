"""Backups to a folder (a USB stick) through ``BackupService``: verified before success,
nothing half-written left behind, the reminder and the settings."""

from __future__ import annotations

import errno
import os
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.backup_format import KdfParams
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import (
    BackupDamaged,
    BackupTargetError,
    DiskFull,
    InvalidInput,
    OperationCancelled,
)
from commune_care.domain.schemas.backup import BackupSettings, BackupStep
from commune_care.services import backup as backup_module
from commune_care.services.backup import BackupService
from commune_care.services.children import ChildrenService
from tests.safety.helpers import FullDisk, file_state, full_disk_after

FAST = KdfParams(n=1 << 10)
PASSWORD = "Hòa Cư 2026 an toàn"


@pytest.fixture
def service(db: Database, tmp_path: Path) -> BackupService:
    return BackupService(
        db, user="test", backups_dir=tmp_path / "backups", work_dir=tmp_path / "work", kdf=FAST
    )


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def add_child(db: Database, name: str) -> int:
    service = ChildrenService(db, user="test")
    data = service.validate({"full_name": name, "birth": PartialDate(2015, 4)})
    return service.create(data, allow_duplicate=True).id


def test_a_backup_is_verified_named_and_readable_without_the_password(
    service: BackupService, db: Database, usb: Path, tmp_path: Path
) -> None:
    add_child(db, "Lò Văn Pọm")
    add_child(db, "Hoàng Thị Mỷ")
    result = service.backup_to(usb, PASSWORD)

    path = Path(result.path)
    assert result.verified and path.parent == usb and path.exists()
    assert re.fullmatch(r"sao-luu_xa-hoa-cu_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.ccbak", path.name)
    assert result.bytes == path.stat().st_size
    assert [p.name for p in usb.iterdir()] == [path.name]  # no .part left
    assert not any((tmp_path / "work").iterdir())  # no plain scratch copy left
    assert "Lò Văn Pọm".encode() not in path.read_bytes()

    info = service.read_info(path)
    assert info.commune_name == "Xã Hòa Cư" and info.province_name == "Quảng Ngãi"
    assert info.children == 2 and info.counts["villages"] == 3
    assert info.counts == result.counts
    assert info.sha256 == result.sha256
    assert info.kdf == "scrypt n=1024 r=8 p=1"
    assert not info.newer_schema and not info.other_commune
    assert abs(info.created_at - result.created_at) < timedelta(seconds=1)


def test_progress_goes_through_every_step_in_order(service: BackupService, usb: Path) -> None:
    seen: list[BackupStep] = []
    service.backup_to(usb, PASSWORD, progress=lambda step, _d, _t: seen.append(step))
    order = [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s]
    assert order == [
        BackupStep.SNAPSHOT,
        BackupStep.CHECKSUM,
        BackupStep.KEY,
        BackupStep.ENCRYPT,
        BackupStep.VERIFY,
        BackupStep.CHECK,
        BackupStep.REPLACE,
    ]


def test_a_short_password_is_refused_before_anything_is_written(
    service: BackupService, usb: Path
) -> None:
    with pytest.raises(InvalidInput) as caught:
        service.backup_to(usb, "1234567")
    assert "ít nhất 8 ký tự" in caught.value.errors["password"]
    assert list(usb.iterdir()) == []


def test_a_missing_folder_says_to_plug_the_stick_in(service: BackupService, tmp_path: Path) -> None:
    with pytest.raises(BackupTargetError, match="Hãy cắm USB"):
        service.backup_to(tmp_path / "E:", PASSWORD)


@pytest.mark.parametrize(
    "step",
    [
        BackupStep.SNAPSHOT,
        BackupStep.CHECKSUM,
        BackupStep.ENCRYPT,
        BackupStep.VERIFY,
        BackupStep.CHECK,
    ],
)
def test_cancel_at_any_step_leaves_nothing(
    service: BackupService, db: Database, usb: Path, tmp_path: Path, step: BackupStep
) -> None:
    add_child(db, "Lò Văn Pọm")
    assert db.path is not None
    before = file_state(db.path)
    asked = [False]

    def progress(current: BackupStep, _done: int, _total: int) -> None:
        if current == step:
            asked[0] = True

    with pytest.raises(OperationCancelled):
        service.backup_to(usb, PASSWORD, progress=progress, cancelled=lambda: asked[0])
    assert list(usb.iterdir()) == []
    assert not any((tmp_path / "work").iterdir())
    assert file_state(db.path) == before


@pytest.mark.parametrize("room", [0, 50, 2000, 60_000])
def test_a_full_stick_is_a_clear_error_and_leaves_no_file(
    db: Database, usb: Path, tmp_path: Path, room: int
) -> None:
    """The portable disk-full test: the output file fails with ENOSPC after ``room`` bytes."""
    for i in range(30):
        add_child(db, f"Nguyễn Văn Tèo {i}")
    service = BackupService(
        db,
        user="test",
        backups_dir=tmp_path / "b",
        work_dir=tmp_path / "w",
        kdf=FAST,
        open_output=full_disk_after(room),
    )
    assert db.path is not None
    before = file_state(db.path)
    with pytest.raises(DiskFull) as caught:
        service.backup_to(usb, PASSWORD)
    assert "không còn đủ chỗ trống" in caught.value.message
    assert "không có bản sao lưu dở dang nào" in caught.value.message
    assert list(usb.iterdir()) == []
    assert file_state(db.path) == before
    assert service.last_external_backup() is None


class BadStick(FullDisk):
    """A stick that loses a byte: what it stores differs from what was written."""

    def write(self, data: bytes) -> int:
        if self.written < 3000 <= self.written + len(data):
            data = bytearray(data)
            data[3000 - self.written] ^= 0xFF
            data = bytes(data)
        return super().write(data)


def test_a_stick_that_stores_other_bytes_fails_the_read_back(
    db: Database, usb: Path, tmp_path: Path
) -> None:
    for i in range(10):
        add_child(db, f"Trẻ {i}")
    service = BackupService(
        db,
        user="test",
        backups_dir=tmp_path / "b",
        work_dir=tmp_path / "w",
        kdf=FAST,
        open_output=lambda path: BadStick(path, 10**9),
    )
    with pytest.raises(BackupDamaged, match="Đọc lại tệp vừa ghi không khớp"):
        service.backup_to(usb, PASSWORD)
    assert list(usb.iterdir()) == []


def test_fat_sticks_no_permissions_no_rename_across_folders(
    service: BackupService, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT32/exFAT have no permissions and only rename within a folder atomically: the writer
    never calls chmod and renames only inside the target folder."""

    def no_chmod(*_args: Any, **_kwargs: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    for name in ("chmod", "fchmod", "lchmod"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, no_chmod)
    monkeypatch.setattr(shutil, "copymode", no_chmod)
    monkeypatch.setattr(shutil, "copystat", no_chmod)
    real_replace = os.replace
    renames: list[tuple[Path, Path]] = []

    def replace(src: Any, dst: Any) -> None:
        renames.append((Path(src), Path(dst)))
        assert Path(src).parent == Path(dst).parent
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    result = service.backup_to(usb, PASSWORD)
    assert (Path(result.path).with_name(Path(result.path).name + ".part"), Path(result.path)) in [
        (s, d) for s, d in renames
    ]


def test_a_second_backup_in_the_same_second_gets_its_own_name(
    service: BackupService, usb: Path
) -> None:
    moment = datetime(2026, 11, 20, 9, 30, 5)
    first = service.backup_to(usb, PASSWORD, now=moment)
    second = service.backup_to(usb, PASSWORD, now=moment)
    assert Path(first.path).name == "sao-luu_xa-hoa-cu_2026-11-20_09-30-05.ccbak"
    assert Path(second.path).name == "sao-luu_xa-hoa-cu_2026-11-20_09-30-05-2.ccbak"


# --- the reminder ---------------------------------------------------------------------------


def test_the_reminder_counts_only_backups_to_another_drive(
    service: BackupService, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert service.reminder().due and service.reminder().days_since is None
    same = service.backup_to(usb, PASSWORD)
    assert not same.other_drive  # tmp_path: the data file's own drive
    assert service.reminder().due
    assert service.last_folder() == usb

    monkeypatch.setattr(backup_module, "other_drive", lambda _f, _d: True)
    moment = datetime(2026, 11, 20, 9, 30)
    result = service.backup_to(usb, PASSWORD, now=moment)
    assert result.other_drive
    assert service.last_external_backup() == moment
    assert not service.reminder(now=moment + timedelta(days=6)).due
    later = service.reminder(now=moment + timedelta(days=7))
    assert later.due and later.days_since == 7 and later.threshold_days == 7


def test_settings_are_validated_saved_and_audited(service: BackupService, db: Database) -> None:
    assert service.settings() == BackupSettings(keep_days=7, keep_months=12, reminder_days=7)
    with pytest.raises(InvalidInput) as caught:
        service.validate_settings({"keep_days": 0, "keep_months": 12, "reminder_days": "bảy"})
    assert set(caught.value.errors) == {"keep_days", "reminder_days"}
    assert "từ 1 đến 365" in caught.value.errors["keep_days"]
    saved = service.save_settings(BackupSettings(keep_days=10, keep_months=6, reminder_days=3))
    assert service.settings() == saved
    moment = datetime.now()
    assert service.reminder(now=moment).threshold_days == 3
    from sqlalchemy import select

    from commune_care.db.models import AuditRecord

    with db.session() as s:
        rows = s.scalars(select(AuditRecord).where(AuditRecord.entity == "setting")).all()
        assert any("giữ 10 ngày" in r.changes for r in rows)


def test_a_setting_edited_by_hand_falls_back_to_the_defaults(
    service: BackupService, db: Database
) -> None:
    from commune_care.db.models import SettingRecord

    with db.session() as s:
        s.add(SettingRecord(key="backup.keep_days", value="nhiều"))
    assert service.settings() == BackupSettings()


def test_the_backup_is_in_the_audit_trail(service: BackupService, db: Database, usb: Path) -> None:
    result = service.backup_to(usb, PASSWORD)
    from sqlalchemy import select

    from commune_care.db.models import AuditRecord

    with db.session() as s:
        row = s.scalars(select(AuditRecord).where(AuditRecord.action == "backup")).one()
        assert Path(result.path).name in row.changes


def test_the_automatic_copies_follow_the_settings(
    service: BackupService, db: Database, tmp_path: Path
) -> None:
    from datetime import date

    from commune_care.db.backup import daily_name, local_copies

    assert db.path is not None
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in (date(2025, 12, 31), date(2026, 1, 5), date(2026, 1, 6)):
        (folder / daily_name(db.path.stem, day)).write_bytes(b"x")
    service.save_settings(BackupSettings(keep_days=2, keep_months=0, reminder_days=7))
    today = service.daily_copy()
    assert today is not None and today.exists()
    assert service.daily_copy() is None  # once a day
    assert service.closing_copy() == today  # the state at closing replaces it
    kept = sorted(c.path.name for c in local_copies(folder, db.path.stem))
    assert kept == sorted([today.name, daily_name(db.path.stem, date(2026, 1, 6))])
    assert [c.kind for c in service.local_copies()] == ["daily", "daily"]
