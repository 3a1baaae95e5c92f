"""A full disk (issue #7, item 5): during a write to the data file and during a backup, a clear
error, nothing lost, and no half-written backup left looking valid.

Two kinds of test: portable ones that always run (SQLite's ``max_page_count`` makes the data
file "full"; the backup writer's ENOSPC after N bytes is in tests/services/test_backup_service.py)
and ones on a real size-limited file system (a tmpfs with ``size=``), which need root and a
kernel that allows the mount: they are skipped, with the reason, where that is impossible.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from commune_care.db.backup_format import KdfParams
from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.errors import DiskFull
from commune_care.services.backup import BackupService
from commune_care.services.commune import CommuneService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.safety.helpers import file_state
from tests.services.test_backup_service import add_child

FAST = KdfParams(n=1 << 10)
PASSWORD = "Mật khẩu của xã 2026"


def _names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [r[0] for r in conn.execute("SELECT full_name FROM children ORDER BY id")]


def _fill(db: Database, limit: int = 5000) -> list[str]:
    """Add children until the disk is full; returns the names saved before that."""
    saved: list[str] = []
    for i in range(limit):
        name = f"Nguyễn Văn Tèo {i}"
        try:
            add_child(db, name)
        except DiskFull as exc:
            assert "KHÔNG được lưu" in exc.message and "vẫn còn nguyên" in exc.message
            return saved
        saved.append(name)
    raise AssertionError("the disk never filled up")


def test_a_full_data_disk_is_a_clear_error_and_loses_nothing(db: Database) -> None:
    """Portable: SQLite reports SQLITE_FULL when the file may not grow (max_page_count), as it
    does when the disk is full; every unit of work turns that into ``DiskFull``."""
    assert db.path is not None
    with contextlib.closing(sqlite3.connect(db.path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    def no_room(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

    db.dispose()
    event.listen(db.engine, "connect", no_room)
    saved = _fill(db)
    assert saved  # some fitted
    db.dispose()
    assert _names(db.path) == saved  # all of them, and nothing of the one that did not fit


# --- a real size-limited file system -------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, like a full USB stick or a nearly full disk."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a size-limited tmpfs needs Linux and root; the portable tests still run")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def test_a_backup_to_a_full_stick(db: Database, tmp_path: Path, small_disk: Path) -> None:
    for i in range(100):
        add_child(db, f"Lò Văn Pọm {i}")
    stats = os.statvfs(small_disk)  # a stick with 64 kB left: less than the data file
    filler = small_disk / "tai-lieu-khac.pdf"
    filler.write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - 64 * 1024))
    service = BackupService(
        db, user="t", backups_dir=tmp_path / "b", work_dir=tmp_path / "w", kdf=FAST
    )
    before = file_state(db.path)
    with pytest.raises(DiskFull) as caught:
        service.backup_to(small_disk, PASSWORD)
    assert "không còn đủ chỗ trống" in caught.value.message
    assert list(small_disk.iterdir()) == [filler]  # not even the .part file
    assert file_state(db.path) == before
    assert service.last_external_backup() is None


def test_a_full_disk_under_the_data_file(small_disk: Path) -> None:
    db = Database(small_disk / "commune.sqlite3")
    try:
        migrate(db)
        CommuneService(db, user="t").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
        saved = _fill(db)
        assert saved
        with db.session():  # the database still answers after the failed write
            pass
    finally:
        db.dispose()
    assert db.path is not None
    assert _names(db.path) == saved
