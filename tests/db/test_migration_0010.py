"""Migration 0010 (the audit trail's hash chain) on a database saved with schema 0001: the
entries already there are chained in id order and verify; new entries continue the chain; the
triggers make the table append-only; down to the revision before and up again."""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.audit_trail import AuditTrailService
from commune_care.services.children import ChildrenService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema

REVISION = "0010"
TRIGGERS = {"audit_log_no_update", "audit_log_no_delete"}
INDEXES = {"ix_audit_log_user", "ix_audit_log_action", "ix_audit_log_at"}


def test_existing_entries_are_chained_at_upgrade(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    old = rows(path, "SELECT id, at, user, action, entity, entity_id, changes FROM audit_log")
    assert len(old) >= 6
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    after = schema(path)
    assert set(after) >= TRIGGERS | INDEXES
    # The old entries are unchanged, and each now carries its link and hash.
    chained = rows(path, "SELECT id, at, user, action, entity, entity_id, changes, prev_hash, hash "
                   "FROM audit_log ORDER BY id")  # fmt: skip
    assert [r[:7] for r in chained[: len(old)]] == old
    assert chained[0][7] == "" and all(len(str(r[8])) == 64 for r in chained)
    assert all(cur[7] == prev[8] for prev, cur in pairwise(chained))
    result = AuditTrailService(db).verify()
    assert result.intact and result.checked == len(chained)

    # New entries continue the chain from the migrated ones.
    children = ChildrenService(db, user="test")
    children.create(children.validate({"full_name": "Lò Văn Páo", "birth": PartialDate(2014)}))
    assert AuditTrailService(db).verify().checked == len(chained) + 1
    db.dispose()


def test_after_upgrade_the_old_entries_cannot_be_changed(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    migrate(db)
    db.dispose()
    with (
        pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"),
        sqlite3.connect(path) as c,
    ):
        c.execute("UPDATE audit_log SET changes = '{}' WHERE id = 1")


def test_0010_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", REVISION)
    before = previous_revision("0010")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    tables = schema(path)
    assert not (TRIGGERS | INDEXES) & set(tables)
    assert "hash" not in tables["audit_log"]
    migrate(db)
    assert current_revision(db) == head_revision()
    assert AuditTrailService(db).verify().intact
    db.dispose()
