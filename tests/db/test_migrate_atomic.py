"""A migration applies whole or not at all (issue #7): SQLite's DDL is transactional, but Python's
sqlite3 commits each CREATE on its own unless the upgrade runs in one explicit transaction."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database

FIXTURE_0001 = Path(__file__).parents[1] / "fixtures" / "schema-0001.sqlite3"


def _tables(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_first_start_that_fails_half_way_leaves_no_tables(tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite3"
    full = Database(path)

    @event.listens_for(full.engine, "connect")
    def _tiny_file(dbapi_connection: Any, _record: Any) -> None:
        # the file may not grow past a few pages: the schema's creation fails part-way
        dbapi_connection.execute("PRAGMA max_page_count=12")

    with pytest.raises(Exception, match="full"):
        migrate(full)
    full.engine.dispose()
    assert _tables(path) == set()  # not a half schema the next start would refuse as foreign

    db = Database(path)
    assert migrate(db).after == head_revision()
    assert current_revision(db) == head_revision()
    db.engine.dispose()


def test_an_upgrade_that_fails_keeps_the_old_schema(tmp_path: Path) -> None:
    path = tmp_path / "cu.sqlite3"
    shutil.copy(FIXTURE_0001, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE carers (id INTEGER PRIMARY KEY)")  # 0005 will collide
    before = _tables(path)
    db = Database(path)
    with pytest.raises(Exception, match="already exists"):
        migrate(db)
    assert current_revision(db) == "0001"
    db.engine.dispose()
    assert _tables(path) == before
