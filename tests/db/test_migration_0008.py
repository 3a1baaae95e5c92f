"""Migration 0008 (the templates of the upper level) on a database saved with schema 0001: up to
head with the register intact and a template saved; the models agree with the migrations; the
database's own rules on a template row; down to the revision before it and up again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from commune_care.db.base import Base
from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.services.excel_templates import ExcelTemplatesService
from tests.db.migrations import alembic, old_database, previous_revision, rows, schema
from tests.excel_template_samples import plain_template

REVISION = "0008"


def test_schema_0001_upgrades_and_a_template_is_saved(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    children = rows(path, "SELECT id, code, full_name FROM children ORDER BY id")
    db = Database(path)
    migrate(db)
    assert current_revision(db) == head_revision()
    table = schema(path)["excel_templates"]
    assert "uq_excel_templates_name_key" in table and "ck_excel_templates_group" in table
    assert rows(path, "SELECT id, code, full_name FROM children ORDER BY id") == children
    service = ExcelTemplatesService(db, user="test")
    source = plain_template(tmp_path / "mau.xlsx")
    layout = service.inspect(source)
    saved = service.save("Mẫu huyện", source, layout, layout.columns)
    assert rows(path, "SELECT name, length(file_data) FROM excel_templates") == [
        ("Mẫu huyện", source.stat().st_size)
    ]
    assert service.get(saved.id).columns == layout.columns
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, Base.metadata)
                 if not (d[0] == "remove_table" and d[1].name.startswith("children_fts"))]  # fmt: skip
    assert diffs == []
    db.dispose()


@pytest.mark.parametrize(
    "values",
    [
        "'mau', 'mau', 'all', '', 1, 1, 2",  # not a list we know
        "'mau', 'mau', 'group', '', 1, 1, 2",  # a group's list without its group
        "'mau', 'mau', 'children', 'hcdb_a', 1, 1, 2",  # a group on another list
        "'mau', 'mau', 'children', '', 3, 2, 4",  # header ends before it starts
        "'mau', 'mau', 'children', '', 1, 2, 2",  # the list starts inside the header
    ],
)
def test_the_database_refuses_a_broken_template_row(tmp_path: Path, values: str) -> None:
    path = tmp_path / "new.sqlite3"
    db = Database(path)
    migrate(db)
    db.dispose()
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO excel_templates (name, name_key, dataset, group_code, header_first, "
            "header_last, data_first, sheet, columns, file_name, file_sha256, file_data, "
            f"created_by, created_at, updated_at) VALUES ({values}, 'S', '[]', 'a.xlsx', 'x', "
            "x'00', '', '2026-11-23', '2026-11-23')"
        )


def test_0008_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    db = Database(path)
    alembic(db, "upgrade", REVISION)
    before = previous_revision("0008")
    alembic(db, "downgrade", before)
    assert current_revision(db) == before
    assert "excel_templates" not in schema(path)
    assert rows(path, "PRAGMA foreign_key_check") == []
    migrate(db)
    assert current_revision(db) == head_revision()
    assert "excel_templates" in schema(path)
    db.dispose()
