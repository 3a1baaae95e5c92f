"""Migration 0006 (adoption referrals) on a database saved with schema 0001: up to head with the
register's rows intact, an adoption written by the new code; down to the revision before and up
again; the ORM and the migrations agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.adoption import ChildSituation
from commune_care.domain.schemas.adoption import ProposalIn
from commune_care.services.adoption import AdoptionService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema

NEW_TABLES = {"adoptions", "adopters", "adoption_consents", "adoption_reports"}
NEW_INDEXES = {"ix_adoptions_child", "ix_adoptions_stage_due", "ix_adoption_reports_due"}


def test_schema_0001_upgrades_to_head_with_its_rows(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name, birth_latest FROM children")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    after = schema(path)
    assert set(after) >= NEW_TABLES | NEW_INDEXES
    assert rows(path, "SELECT id, code, full_name, birth_latest FROM children") == children_before
    assert "REFERENCES children (id)" in after["adoptions"]
    for table in ("adopters", "adoption_consents", "adoption_reports"):
        assert "REFERENCES adoptions (id)" in after[table]

    # An old child is proposed with the new code.
    child_id = int(children_before[0][0])  # type: ignore[call-overload]
    service = AdoptionService(db, user="test")
    out = service.propose(
        ProposalIn(
            child_id=child_id,
            situation=ChildSituation.ORPHAN,
            proposed_on=date.today(),
            proposed_by="Trần Thị Hạnh",
            reason="Trẻ mồ côi cả cha và mẹ, không có người nuôi dưỡng",
        )
    )
    assert out.code.startswith("CN") and out.child_id == child_id
    assert rows(path, "SELECT count(*) FROM adoptions") == [(1,)]
    db.dispose()


def test_0006_downgrades_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0006")
    children_before = rows(path, "SELECT id, code, full_name FROM children")
    before = previous_revision("0006")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    down = schema(path)
    assert not NEW_TABLES & set(down) and not NEW_INDEXES & set(down)
    assert {"children", "cases", "providers", "referrals"} <= set(down)  # earlier tables stay
    assert rows(path, "SELECT id, code, full_name FROM children") == children_before
    assert rows(path, "PRAGMA foreign_key_check") == []
    migrate(db)
    assert current_revision(db) == head_revision()
    assert set(schema(path)) >= NEW_TABLES
    db.dispose()
