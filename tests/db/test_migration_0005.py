"""Migration 0005 (alternative care: carers, members, the Điều 63.2 checklist, placements,
follow-ups) on a database saved with schema 0001: up to head with the register's rows intact;
down to 0004 and up again; the ORM and the migrations agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.care import CareForm, CarerRegistration
from commune_care.domain.schemas.care import CarerIn, PlacementIn
from commune_care.services.care import CareService
from tests.db.migrations import alembic, old_database, rows, schema

NEW_TABLES = {"carers", "carer_members", "carer_conditions", "placements", "placement_follow_ups"}
NEW_INDEXES = {
    "ix_carers_name_status",
    "ix_carers_status_name",
    "ix_carer_members_carer",
    "ix_carer_conditions_carer",
    "ix_placements_child_start",
    "ix_placements_current",
    "ix_placements_carer",
    "ix_placements_provider",
    "ix_placements_case",
    "ix_placements_adoption",
    "ix_placement_follow_ups_placement",
}


def test_schema_0001_upgrades_to_head_with_its_rows(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    groups_before = rows(path, "SELECT id, child_id, group_code, basis FROM classifications")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    assert head_revision() >= "0005"

    after = schema(path)
    assert set(after) >= NEW_TABLES and set(after) >= NEW_INDEXES
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before
    assert rows(path, "SELECT id, child_id, group_code, basis FROM classifications") == (
        groups_before
    )
    # Foreign keys as written in the tables themselves.
    assert "REFERENCES children (id)" in after["placements"]
    assert "REFERENCES carers (id)" in after["placements"]
    assert "REFERENCES providers (id)" in after["placements"]
    assert "REFERENCES placements (id)" in after["placement_follow_ups"]
    assert "REFERENCES carers (id)" in after["carer_members"]

    # An old child gets a placement with the new code.
    child_id = int(children_before[0][0])  # type: ignore[call-overload]
    care = CareService(db, user="test")
    carer = care.register_carer(
        CarerIn(
            full_name="Trần Thị Bình",
            birth="1958",
            registered_on=date(2025, 1, 6),
            registration=CarerRegistration.RELATIVE_NOTICE,
        )
    )
    placement = care.decide_placement(
        PlacementIn(
            child_id=child_id, form=CareForm.RELATIVE, term="dai_han", carer_id=carer.id,
            relationship="Bà nội", decision_number="05/QĐ-UBND", decision_date=date(2025, 2, 3),
            decision_signer="Nguyễn Văn Bình", child_view="Em muốn ở với bà",
            child_view_date=date(2025, 1, 20),
        ),
        confirm_warnings=True,
    )  # fmt: skip
    assert [p.id for p in care.placements_of(child_id)] == [placement.id]
    db.dispose()


def test_0005_downgrades_to_0004_and_up_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", "0005")
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    alembic(db, "downgrade", "0004")
    assert current_revision(db) == "0004"
    before = schema(path)
    assert not NEW_TABLES & set(before) and not NEW_INDEXES & set(before)
    assert {"providers", "child_services", "referrals", "cases"} <= set(before)  # kept
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before
    assert rows(path, "PRAGMA foreign_key_check") == []
    migrate(db)
    assert current_revision(db) == head_revision()
    assert set(schema(path)) >= NEW_TABLES | NEW_INDEXES
    db.dispose()
