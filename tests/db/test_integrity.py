"""SQLite's checks through ``db/integrity.py``: never changing the file, and finding damage."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from commune_care.db.integrity import (
    FULL,
    INTEGRITY,
    QUICK,
    BackgroundCheck,
    check_file,
    read_only,
    table_counts,
)
from commune_care.db.session import Database
from commune_care.domain.errors import OperationCancelled
from tests.safety.helpers import damage, file_state


def test_a_sound_file_passes_every_level_unchanged(db: Database) -> None:
    assert db.path is not None
    db.dispose()
    before = file_state(db.path)
    for level in (QUICK, INTEGRITY, FULL):
        assert check_file(db.path, level) == []
    assert file_state(db.path) == before


def test_damage_is_found_and_reported_briefly(db: Database) -> None:
    assert db.path is not None
    db.dispose()
    damage(db.path)
    found = check_file(db.path, QUICK)
    assert found and len(found) <= 20
    assert any("page" in line or "malformed" in line for line in found)
    assert check_file(db.path, FULL)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"khong phai" * 500)
    assert check_file(path, QUICK) == ["file is not a database"]


def test_links_between_records_are_checked_in_full(db: Database) -> None:
    assert db.path is not None
    db.dispose()
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO classifications (child_id, group_code, start_date, basis, note,"
            " created_at) VALUES (999, 'mo_coi', '2026-01-01', '', '', '2026-01-01 00:00:00')"
        )
    conn.close()
    assert check_file(db.path, INTEGRITY) == []
    found = check_file(db.path, FULL)
    assert found and "classifications" in found[0]


def test_counts_leave_out_the_search_index(db: Database) -> None:
    assert db.path is not None
    with read_only(db.path) as conn:
        counts = table_counts(conn)
    assert counts["children"] == 0 and counts["villages"] == 3
    assert not any(name.startswith(("children_fts", "sqlite_")) for name in counts)


def test_a_check_can_be_cancelled(db: Database) -> None:
    assert db.path is not None
    with pytest.raises(OperationCancelled):
        check_file(db.path, FULL, cancelled=lambda: True)


def test_the_start_up_check_runs_beside(db: Database) -> None:
    assert db.path is not None
    check = BackgroundCheck(db.path)
    assert check.result() == []
    db.dispose()
    damage(db.path)
    started = time.perf_counter()
    assert BackgroundCheck(db.path).result()
    assert time.perf_counter() - started < 5


def test_when_the_engine_would_change_the_file(db: Database, tmp_path: Path) -> None:
    """The start-up check is awaited before the engine opens a file it would rewrite."""
    from commune_care.db.integrity import engine_leaves_unchanged

    assert db.path is not None
    db.dispose()  # WAL mode, WAL folded in and gone: opening it changes nothing
    assert engine_leaves_unchanged(db.path)
    with sqlite3.connect(db.path) as conn:  # a WAL with committed frames (as after a crash)
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        conn.commit()
        assert not engine_leaves_unchanged(db.path)
    conn.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # the engine would turn WAL on: a rewrite
    conn.close()
    assert not engine_leaves_unchanged(db.path)
    assert not engine_leaves_unchanged(tmp_path / "missing.sqlite3")
