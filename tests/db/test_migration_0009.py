"""Migration 0009 (accounts) on a database saved with schema 0001: up to head with the register
intact and an account that logs in; the ORM and the migrations agree; down and up again."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.access import Role
from commune_care.domain.accounts import AccountIn
from commune_care.services.accounts import AccountsService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "0009_accounts.py"


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


def test_0009_downgrades_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0009")
    children_before = rows(path, "SELECT id, code, full_name FROM children")
    before = previous_revision("0009")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    assert "accounts" not in schema(path)
    assert rows(path, "SELECT id, code, full_name FROM children") == children_before
    migrate(db)
    assert current_revision(db) == head_revision()
    assert "accounts" in schema(path)
    db.dispose()
