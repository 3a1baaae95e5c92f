"""Migration 0003 (cases) on a database saved with schema 0001: the case tables appear, the
register is untouched, and the downgrade to 0002 removes them again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from commune_care.db.base import Base
from commune_care.db.migrate import current_revision, migrate
from commune_care.db.session import Database
from commune_care.services.children import ChildrenService
from tests.db.migrations import alembic

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.sqlite3"
CASE_TABLES = {"cases", "case_cycles", "case_plan_tasks", "case_log_entries"}


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def copy_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    return path


def test_schema_0001_upgrades_through_0003(tmp_path: Path) -> None:
    path = copy_fixture(tmp_path)
    assert not CASE_TABLES & tables(path)
    db = Database(path)
    alembic(db, "upgrade", "0003")
    assert current_revision(db) == "0003"
    assert tables(path) >= CASE_TABLES
    assert {
        "ix_cases_open_due",
        "ix_cases_stage_due",
        "ix_cases_level_due",
        "ix_cases_child",
        "ix_cases_received",
        "ix_case_plan_tasks_cycle",
        "ix_case_log_entries_case",
    } <= indexes(path)
    # The tables match the models column for column.
    inspector = inspect(db.engine)
    for name in CASE_TABLES:
        in_db = {c["name"] for c in inspector.get_columns(name)}
        assert in_db == set(Base.metadata.tables[name].columns.keys()), name
    fks = inspector.get_foreign_keys("cases")
    assert [(fk["referred_table"], fk["constrained_columns"]) for fk in fks] == [
        ("children", ["child_id"])
    ]
    # The register saved by 0001 is still there and searchable.
    service = ChildrenService(db, user="test")
    assert [c.full_name for c in service.search("nguyen duc")] == ["Nguyễn Văn Đức"]
    migrate(db)  # and on to whatever later versions add
    db.dispose()


def test_0003_downgrades_to_0002(tmp_path: Path) -> None:
    path = copy_fixture(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0003")
    alembic(db, "downgrade", "0002")
    assert current_revision(db) == "0002"
    assert not CASE_TABLES & tables(path)
    assert not {i for i in indexes(path) if i.startswith(("ix_cases", "ix_case_"))}
    alembic(db, "upgrade", "0003")  # and up again
    assert tables(path) >= CASE_TABLES
    db.dispose()
