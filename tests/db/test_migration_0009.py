"""Migration 0009 (accounts) on a database saved with schema 0001: up to head with the register
intact and an account that logs in; the ORM and the migrations agree; down and up again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from argon2 import PasswordHasher

from commune_care.db.base import Base
from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.access import Role
from commune_care.domain.accounts import AccountIn
from commune_care.services.accounts import AccountsService
from tests.db.test_migration_0002 import FIXTURE, alembic, schema

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "0009_accounts.py"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    return path


def down_revision() -> str:
    for line in MIGRATION.read_text(encoding="utf-8").splitlines():
        if line.startswith("down_revision"):
            return line.split("=")[1].strip().strip("'\"")
    raise AssertionError("no down_revision")


def test_schema_0001_upgrades_to_head_and_an_account_logs_in(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    table = schema(path)["accounts"]
    assert "uq_accounts_username_key" in table and "ck_accounts_failed_attempts" in table
    assert rows(path, "SELECT count(*) FROM accounts") == [(0,)]  # the first start asks
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before
    accounts = AccountsService(db, hasher=PasswordHasher(1, 1024, 1))
    accounts.create_first_admin(
        AccountIn(username="quantri", full_name="Quản trị", roles=frozenset({Role.ADMIN}),
                  password="quan-tri-xa")
    )  # fmt: skip
    assert accounts.authenticate("QuanTri", "quan-tri-xa").actor.username == "quantri"
    db.dispose()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = Database(old_database(tmp_path))
    migrate(db)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [
            d
            for d in compare_metadata(context, Base.metadata)
            if not (d[0] == "remove_table" and d[1].name.startswith("children_fts"))
        ]
    assert diffs == []
    db.dispose()


def test_0009_downgrades_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0009")
    children_before = rows(path, "SELECT id, code, full_name FROM children")
    before = down_revision()
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    assert "accounts" not in schema(path)
    assert rows(path, "SELECT id, code, full_name FROM children") == children_before
    migrate(db)
    assert current_revision(db) == head_revision()
    assert "accounts" in schema(path)
    db.dispose()
