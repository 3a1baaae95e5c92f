"""Migration 0007 (the register of outgoing documents) on a database saved with schema 0001: up
to head with the register's rows intact and a document issued; the database's own rules on the
numbers; down to the revision before it and up again."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.documents import DocumentType, SignerRole
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema

NEW_INDEXES = {"ix_documents_entity", "ix_documents_status_created"}
REVISION = "0007"


def test_schema_0001_upgrades_to_head_and_documents_are_issued(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children_before = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    after = schema(path)
    assert "documents" in after and set(after) >= NEW_INDEXES
    table = after["documents"]
    assert "uq_documents_year_type_number UNIQUE (year, doc_type, number)" in table
    assert "ck_documents_status_number" in table and "ck_documents_number_year" in table
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children_before

    if CommuneService(db).profile() is None:
        CommuneService(db, user="test").save_profile(
            CommuneProfileIn(province_name="Lạng Sơn", commune_name="Xã Hòa Cư",
                             agency_name="XÃ HÒA CƯ", place_name="Hòa Cư")
        )  # fmt: skip
    documents = DocumentsService(db, user="test")
    doc_id = documents.create_draft(
        documents.validate_draft(
            {
                "doc_type": DocumentType.BAO_CAO,
                "subject": "Kết quả năm 2025",
                "recipients": ["UBND xã", "Lưu: VT"],
            }
        )
    ).id
    issued = documents.issue(
        doc_id,
        documents.validate_issue({"issued_on": date(2025, 11, 3), "signer_role": SignerRole.CHAIRMAN,
                                  "signer_name": "Nguyễn Văn Bình"}),
    )  # fmt: skip
    assert issued.number_symbol == "01/BC-UBND"
    db.dispose()


def test_0007_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", REVISION)
    before = previous_revision("0007")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    tables = schema(path)
    assert "documents" not in tables and not NEW_INDEXES & set(tables)
    assert rows(path, "PRAGMA foreign_key_check") == []
    migrate(db)
    assert current_revision(db) == head_revision()
    assert "documents" in schema(path)
    db.dispose()


@pytest.mark.parametrize(
    "values",
    [
        "'da_ban_hanh', NULL, NULL, NULL",  # issued without a number
        "'du_thao', 2025, 3, '2025-03-05'",  # a draft with a number
        "'da_ban_hanh', 2025, NULL, '2025-03-05'",  # a number without its year
        "'da_ban_hanh', 2025, 0, '2025-03-05'",  # numbers start at 1
        "'xong', NULL, NULL, NULL",  # not a status
    ],
)
def test_the_database_refuses_a_status_that_does_not_match_the_number(
    tmp_path: Path, values: str
) -> None:
    path = tmp_path / "new.sqlite3"
    db = Database(path)
    migrate(db)
    db.dispose()
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO documents (doc_type, status, year, number, issued_on, subject, "
            "recipients, signer_role, signer_title, signer_name, entity_kind, template, marking, "
            "content, cancel_reason, created_by, created_at, updated_at) VALUES ('ke_hoach', "
            f"{values}, 'x', '', '', '', '', '', '', '', '', '', '', '2025-03-05', '2025-03-05')"
        )
