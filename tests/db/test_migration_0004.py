"""Migration 0004 (providers, services, referrals, who identified a classification) on a database
saved with schema 0001: up to head, the register's rows intact; down to 0003 and up again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.schemas.children import ClassificationIn
from commune_care.domain.support import ServiceType
from commune_care.services.children import ChildrenService
from commune_care.services.support import SupportService
from tests.db.migrations import alembic, old_database, rows, schema

NEW_TABLES = {"providers", "child_services", "referrals"}
NEW_INDEXES = {
    "ix_providers_active_name",
    "ix_child_services_child",
    "ix_child_services_type_start",
    "ix_child_services_case",
    "ix_child_services_provider",
    "ix_referrals_child",
    "ix_referrals_status",
    "ix_referrals_case",
    "ix_referrals_provider",
}


def columns(path: Path, table: str) -> list[str]:
    return [r[1] for r in rows(path, f"PRAGMA table_info({table})")]  # type: ignore[misc]


def test_schema_0001_upgrades_to_head_with_its_rows(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    groups_before = rows(path, "SELECT id, child_id, group_code, basis FROM classifications")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    assert head_revision() >= "0004"

    after = schema(path)
    assert set(after) >= NEW_TABLES and set(after) >= NEW_INDEXES
    assert "identified_by" in columns(path, "classifications")
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before
    assert rows(path, "SELECT id, child_id, group_code, basis FROM classifications") == (
        groups_before
    )
    assert rows(path, "SELECT count(*) FROM classifications WHERE identified_by IS NOT NULL") == [
        (0,)
    ]
    # A foreign key to cases, as written in the table itself.
    assert "REFERENCES cases (id)" in after["child_services"]
    assert "REFERENCES cases (id)" in after["referrals"]

    # The old rows work with the new code: a classification read back, a service added.
    children = ChildrenService(db, user="test")
    child_id = int(children_before[0][0])  # type: ignore[call-overload]
    assert all(c.identified_by == "" for c in children.get(child_id).classifications)
    flag = children.classify(
        child_id,
        ClassificationIn(group_code="sktt_nguy_co_cao", start_date=date(2025, 1, 6),
                         identified_by="Trường THCS Hòa Cư", basis="Phiếu sàng lọc"),
    )  # fmt: skip
    assert flag.identified_by == "Trường THCS Hòa Cư"
    support = SupportService(db, user="test")
    added = support.add_service(
        support.validate_service(
            {"child_id": child_id, "type": ServiceType.COUNSELLING, "start_date": date(2025, 2, 1)}
        )
    )
    assert [s.id for s in support.services_for_child(child_id)] == [added.id]
    db.dispose()


def test_0004_downgrades_to_0003_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0004")
    groups_before = rows(path, "SELECT id, child_id, group_code, basis FROM classifications")
    indexes_before = {n for n in schema(path) if n.startswith("ix_classifications")}
    alembic(db, "downgrade", "0003")
    assert current_revision(db) == "0003"
    before = schema(path)
    assert not NEW_TABLES & set(before) and not NEW_INDEXES & set(before)
    assert "cases" in before  # 0003's tables stay
    assert "identified_by" not in columns(path, "classifications")
    assert {n for n in before if n.startswith("ix_classifications")} == indexes_before
    assert rows(path, "SELECT id, child_id, group_code, basis FROM classifications") == (
        groups_before
    )
    assert rows(path, "PRAGMA foreign_key_check") == []
    migrate(db)
    assert current_revision(db) == head_revision()
    assert set(schema(path)) >= NEW_TABLES
    db.dispose()
