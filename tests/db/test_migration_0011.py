"""Migration 0011 (activities, sponsorships, social-assistance levels and payments) on a
database saved with schema 0001: up to head with the register's rows intact and the shipped
base levels; rows written by the new code; the database's own rules; down and up again; the ORM
and the migrations agree."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.activities import ActivityKind
from commune_care.domain.schemas.activities import ActivityIn, PaymentsIn
from commune_care.services.activities import ActivitiesService
from commune_care.services.assistance import AssistanceService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema

NEW_TABLES = {
    "activities", "activity_children", "sponsorships", "assistance_levels", "assistance_payments",
}  # fmt: skip
NEW_INDEXES = {
    "ix_activities_archived_held", "ix_activity_children_child", "ix_sponsorships_child",
    "ix_sponsorships_archived_start", "uq_assistance_payments_child_month",
    "ix_assistance_payments_month", "ix_children_stats",
}  # fmt: skip


def test_schema_0001_upgrades_to_head_with_its_rows(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    after = schema(path)
    assert set(after) >= NEW_TABLES | NEW_INDEXES
    assert "WHERE archived = 0" in after["uq_assistance_payments_child_month"]
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before
    assert rows(path, "SELECT effective_from, base_vnd FROM assistance_levels ORDER BY 1") == [
        ("2021-07-01", 360000), ("2024-07-01", 500000)]  # fmt: skip

    child_id = int(children_before[0][0])  # type: ignore[call-overload]
    ActivitiesService(db, user="test").add_activity(ActivityIn(
        held_on=date(2025, 6, 1), kind=ActivityKind.VISIT_GIFTS, title="Tặng quà 1/6",
        participants_children=1, child_ids=(child_id,)))  # fmt: skip
    AssistanceService(db, user="test").add_payments(PaymentsIn(
        child_id=child_id, category="khac", coefficient="1,5", first_month="06/2025"))  # fmt: skip
    assert rows(path, "SELECT child_id FROM activity_children") == [(child_id,)]
    assert rows(path, "SELECT amount_vnd FROM assistance_payments") == [(750000,)]
    db.dispose()


def test_the_database_refuses_what_the_rules_forbid(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    migrate(db)
    db.dispose()
    with sqlite3.connect(path) as conn:
        child_id = conn.execute("SELECT min(id) FROM children").fetchone()[0]
        payment = (
            "INSERT INTO assistance_payments (child_id, category, month, base_vnd, coefficient,"
            " amount_vnd, note, archived, created_at, updated_at) VALUES (?, 'khac',"
            " '2025-06-01', 500000, '1.5', 750000, '', ?, '2025-06-01', '2025-06-01')"
        )
        conn.execute(payment, (child_id, 0))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(payment, (child_id, 0))  # the same month twice
        conn.execute(payment, (child_id, 1))  # beside an archived row: allowed
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO activities (held_on, kind, title, place, organiser,"
                " participants_total, participants_children, participants_parents,"
                " participants_staff, budget_source, note, archived, created_at, updated_at)"
                " VALUES ('2025-01-01', 'tap_huan', 'x', '', '', 5, 3, 3, 0, '', '', 0,"
                " '2025-01-01', '2025-01-01')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO assistance_levels (effective_from, base_vnd, legal_basis)"
                         " VALUES ('2021-07-01', 1, '')")  # fmt: skip


def test_0011_downgrades_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    migrate(db)
    children_before = rows(path, "SELECT id, code, full_name FROM children")
    before = previous_revision("0011")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    down = schema(path)
    assert not NEW_TABLES & set(down) and not NEW_INDEXES & set(down)
    assert rows(path, "SELECT id, code, full_name FROM children") == children_before
    migrate(db)
    assert current_revision(db) == head_revision()
    assert set(schema(path)) >= NEW_TABLES
    db.dispose()
