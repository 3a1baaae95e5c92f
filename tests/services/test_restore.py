"""Restoring a backup: the data comes back, a copy of what it replaced is kept, an older backup
is upgraded; every refusal leaves the current data file byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from commune_care.db.backup import daily_snapshot, snapshot, write_encrypted_backup
from commune_care.db.backup_format import MAGIC, KdfParams
from commune_care.db.integrity import QUICK, check_file
from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.models import AuditRecord, ChildRecord
from commune_care.db.session import Database
from commune_care.domain.errors import (
    BackupDamaged,
    BackupTooNew,
    DatabaseInUse,
    NotABackup,
    OtherCommuneBackup,
    UserError,
    WrongPassword,
)
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.services.backup import BackupService
from commune_care.services.commune import CommuneService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.safety.helpers import damage, file_state
from tests.services.test_backup_service import FAST, PASSWORD, add_child

FIXTURES = Path(__file__).parents[1] / "fixtures"
META = {"app_version": "0.0.9", "created_at": "2026-01-02T08:00:00+07:00", "commune": {}}


@pytest.fixture
def service(db: Database, tmp_path: Path) -> BackupService:
    return BackupService(
        db, user="test", backups_dir=tmp_path / "backups", work_dir=tmp_path / "work", kdf=FAST
    )


@pytest.fixture
def backup(service: BackupService, db: Database, tmp_path: Path) -> Path:
    """A backup with two children, made before the data changes."""
    add_child(db, "Lò Văn Pọm")
    add_child(db, "Hoàng Thị Mỷ")
    usb = tmp_path / "usb"
    usb.mkdir()
    return Path(service.backup_to(usb, PASSWORD).path)


def names(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(ChildRecord.full_name)))


def test_restore_brings_the_backup_back_and_keeps_the_replaced_data(
    service: BackupService, db: Database, backup: Path, tmp_path: Path
) -> None:
    add_child(db, "Người Thêm Sau")
    assert len(names(db)) == 3
    result = service.restore(backup, PASSWORD)

    assert names(db) == ["Hoàng Thị Mỷ", "Lò Văn Pọm"]  # the same Database works on
    assert result.commune_name == "Xã Hòa Cư" and result.counts["children"] == 2
    assert result.migrated_from is None and result.restored_from == str(backup)
    assert db.path is not None and result.database == str(db.path)
    safety = Path(result.safety_copy or "")
    assert safety.parent == tmp_path / "backups" and "-truoc-khoi-phuc-" in safety.name
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM children").fetchone()[0] == 3
    conn.close()
    assert check_file(db.path, QUICK) == []
    assert [p.name for p in db.path.parent.glob("*.tmp")] == []
    with db.session() as s:
        restored = s.scalars(select(AuditRecord).where(AuditRecord.action == "restore")).one()
        assert backup.name in restored.changes


def test_the_reminder_settings_of_this_pc_stay(
    service: BackupService, db: Database, backup: Path
) -> None:
    from commune_care.domain.schemas.backup import BackupSettings

    service.save_settings(BackupSettings(keep_days=3, keep_months=2, reminder_days=14))
    service.restore(backup, PASSWORD)
    assert service.settings().reminder_days == 14


# --- refusals: the current data stays byte-identical -----------------------------------------


def refused(
    service: BackupService,
    db: Database,
    tmp_path: Path,
    error: type[UserError],
    restore: Callable[[], object],
) -> UserError:
    assert db.path is not None
    add_child(db, "Người Thêm Sau")
    before, children = file_state(db.path), names(db)
    with pytest.raises(error) as caught:
        restore()
    assert file_state(db.path) == before
    assert names(db) == children
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
    assert [p.name for p in db.path.parent.glob("*.tmp")] == []
    assert "không bị thay đổi" in caught.value.message or "chưa bị thay đổi" in caught.value.message
    return caught.value


def test_a_wrong_password_is_refused(
    service: BackupService, db: Database, backup: Path, tmp_path: Path
) -> None:
    error = refused(
        service, db, tmp_path, WrongPassword, lambda: service.restore(backup, "sai mật khẩu")
    )
    assert "Mật khẩu không đúng" in error.message


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.99])
def test_a_truncated_backup_is_refused(
    service: BackupService, db: Database, backup: Path, tmp_path: Path, keep: float
) -> None:
    data = backup.read_bytes()
    cut = tmp_path / "cut.ccbak"
    cut.write_bytes(data[: int(len(data) * keep)])
    refused(service, db, tmp_path, BackupDamaged, lambda: service.restore(cut, PASSWORD))


@pytest.mark.parametrize("where", [0.3, 0.6, -20])
def test_a_tampered_backup_is_refused(
    service: BackupService, db: Database, backup: Path, tmp_path: Path, where: float
) -> None:
    data = bytearray(backup.read_bytes())
    at = int(len(data) * where) if where > 0 else len(data) + int(where)
    data[at] ^= 0x20
    changed = tmp_path / "changed.ccbak"
    changed.write_bytes(bytes(data))
    refused(service, db, tmp_path, BackupDamaged, lambda: service.restore(changed, PASSWORD))


def test_a_backup_from_a_newer_app_is_refused(
    service: BackupService, db: Database, tmp_path: Path
) -> None:
    """A newer schema (a revision this version does not know) and a newer file format."""
    assert db.path is not None
    future = snapshot(db.path, tmp_path / "future.sqlite3")
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    newer = tmp_path / "newer.ccbak"
    write_encrypted_backup(future, newer, PASSWORD, META, work_dir=tmp_path / "w", kdf=FAST)
    assert service.read_info(newer).newer_schema
    error = refused(service, db, tmp_path, BackupTooNew, lambda: service.restore(newer, PASSWORD))
    assert "phiên bản mới hơn" in error.message

    data = newer.read_bytes()
    format2 = tmp_path / "format2.ccbak"
    format2.write_bytes(MAGIC + struct.pack(">H", 2) + data[len(MAGIC) + 2 :])
    with pytest.raises(BackupTooNew):
        service.restore(format2, PASSWORD)


def test_a_file_that_is_not_a_backup_is_refused(
    service: BackupService, db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    plain = tmp_path / "copy.sqlite3"
    daily = daily_snapshot(db.path, tmp_path / "daily")
    assert daily is not None
    shutil.copyfile(daily, plain)
    shutil.rmtree(tmp_path / "daily")
    refused(service, db, tmp_path, NotABackup, lambda: service.restore(plain, PASSWORD))


def test_another_communes_backup_needs_a_confirmation(
    db: Database, tmp_path: Path, empty_db: Database
) -> None:
    other_db = Database(tmp_path / "other" / "xa-khac.sqlite3")
    other_db.path.parent.mkdir()  # type: ignore[union-attr]
    migrate(other_db)
    CommuneService(other_db, user="t").save_profile(
        CommuneProfileIn(**{**SAMPLE_PROFILE.model_dump(), "commune_name": "Xã Nghĩa Hành"}),
        SAMPLE_VILLAGES,
    )
    add_child(other_db, "Đinh Văn Núp")
    other = BackupService(other_db, user="t", backups_dir=tmp_path / "ob", work_dir=tmp_path / "w")
    other.kdf = FAST
    usb = tmp_path / "usb"
    usb.mkdir()
    file = Path(other.backup_to(usb, PASSWORD).path)
    other_db.dispose()

    service = BackupService(
        db, user="test", backups_dir=tmp_path / "backups", work_dir=tmp_path / "work", kdf=FAST
    )
    assert service.read_info(file).other_commune
    error = refused(
        service, db, tmp_path, OtherCommuneBackup, lambda: service.restore(file, PASSWORD)
    )
    assert "Xã Nghĩa Hành" in error.message and "Xã Hòa Cư" in error.message
    service.restore(file, PASSWORD, allow_other_commune=True)
    assert names(db) == ["Đinh Văn Núp"]


def test_an_older_backup_is_upgraded(db: Database, service: BackupService, tmp_path: Path) -> None:
    old = tmp_path / "schema-0001.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", old)
    file = tmp_path / "old.ccbak"
    write_encrypted_backup(old, file, PASSWORD, META, work_dir=tmp_path / "w", kdf=FAST)
    result = service.restore(file, PASSWORD, allow_other_commune=True)
    assert result.migrated_from == "0001"
    assert current_revision(db) == head_revision()
    assert check_file(Path(result.database), QUICK) == []


def test_restore_on_a_new_pc_creates_the_data_file(backup: Path, tmp_path: Path) -> None:
    fresh = Database(tmp_path / "may-moi" / "commune_care.sqlite3")
    fresh.path.parent.mkdir()  # type: ignore[union-attr]
    service = BackupService(fresh, user="t", backups_dir=tmp_path / "nb", work_dir=tmp_path / "w")
    assert not service.read_info(backup).other_commune  # no commune yet: nothing to confirm
    result = service.restore(backup, PASSWORD)
    assert result.safety_copy is None
    assert names(fresh) == ["Hoàng Thị Mỷ", "Lò Văn Pọm"]
    fresh.dispose()


def test_a_file_open_elsewhere_is_not_replaced(
    service: BackupService, db: Database, backup: Path
) -> None:
    assert db.path is not None
    add_child(db, "Người Thêm Sau")
    other = sqlite3.connect(db.path)  # another program (or a second window) holds the file
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM children").fetchone()
    try:
        with pytest.raises(DatabaseInUse):
            service.restore(backup, PASSWORD)
    finally:
        other.rollback()
        other.close()
    assert len(names(db)) == 3
    assert [p.name for p in db.path.parent.glob("*.tmp")] == []


# --- local copies (the damaged file at start-up) ---------------------------------------------


def test_the_newest_good_local_copy_replaces_a_damaged_file(
    service: BackupService, db: Database, tmp_path: Path
) -> None:
    from datetime import date

    assert db.path is not None
    add_child(db, "Lò Văn Pọm")
    good = daily_snapshot(db.path, tmp_path / "backups", today=date(2026, 11, 18))
    assert good is not None
    bad = daily_snapshot(db.path, tmp_path / "backups", today=date(2026, 11, 19))
    assert bad is not None
    damage(bad)  # a newer copy that is itself damaged is passed over
    db.dispose()
    damage(db.path)
    before = db.path.read_bytes()

    copy = service.newest_good_local_copy()
    assert copy is not None and Path(copy.path) == good
    result = service.restore_local(Path(copy.path))

    assert check_file(db.path, QUICK) == []
    assert names(db) == ["Lò Văn Pọm"]
    kept = Path(result.safety_copy or "")
    assert "-hong-" in kept.name and kept.read_bytes() == before  # the damaged file, as it was


def test_no_good_local_copy(service: BackupService) -> None:
    assert service.newest_good_local_copy() is None


def test_the_check_reports_damage(service: BackupService, db: Database) -> None:
    report = service.check(full=True)
    assert report.ok and report.full and report.counts["villages"] == 3
    assert db.path is not None
    db.dispose()
    damage(db.path)
    bad = service.check(full=False)
    assert not bad.ok and bad.problems


def test_fast_kdf_is_only_for_tests() -> None:
    assert KdfParams().n == 1 << 17  # the app's default: see docs/decisions/data-safety.md
