"""Migration 0002 (search speed) on a database saved with schema 0001: the FTS index is rebuilt
with longer prefixes, the covering index is added, and search finds what it found before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from commune_care.db.migrate import current_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.children import ChildrenService
from tests.db.migrations import FIXTURE, alembic, schema


def search_names(service: ChildrenService, query: str, include_archived: bool = False) -> list[str]:
    return [c.full_name for c in service.search(query, include_archived=include_archived)]


def test_schema_0001_upgrades_to_0002_and_search_works(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    assert "prefix='1 2 3'" in schema(path)["children_fts"]
    db = Database(path)
    alembic(db, "upgrade", "0002")
    assert current_revision(db) == "0002"
    after = schema(path)
    assert "prefix='1 2 3 4 5 6'" in after["children_fts"]
    assert "(archived, sort_key, search_key)" in after["ix_children_search_window"]
    assert {"children_fts_ai", "children_fts_ad", "children_fts_au"} <= set(after)
    migrate(db)  # and on to whatever later versions add

    service = ChildrenService(db, user="test")
    # The rows saved by version 0001 are in the rebuilt index.
    for query in ("Nguyễn Văn Đức", "nguyen", "nguy", "duc", "ĐỨC", "hai", "TE000001", "1"):
        assert search_names(service, query) == ["Nguyễn Văn Đức"], query
    assert search_names(service, "my") == []  # archived
    assert search_names(service, "Hà Thị Mỷ", include_archived=True) == ["Hà Thị Mỷ"]

    # The triggers keep the new index in step with later writes.
    new = service.create(
        service.validate({"full_name": "Nguyễn Thị Phương", "birth": PartialDate(2016)})
    )
    assert search_names(service, "nguyen phuong") == ["Nguyễn Thị Phương"]
    edited = service.validate({"full_name": "Nguyễn Thị Phượng Anh", "birth": PartialDate(2016)})
    service.update(new.id, edited)
    assert search_names(service, "phuong anh") == ["Nguyễn Thị Phượng Anh"]
    assert [c.full_name for c in service.search("nguyen")] == [
        "Nguyễn Thị Phượng Anh",
        "Nguyễn Văn Đức",
    ]
    db.dispose()


def test_0002_downgrades_to_the_0001_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    db = Database(path)
    alembic(db, "upgrade", "0002")
    alembic(db, "downgrade", "0001")
    assert current_revision(db) == "0001"
    before = schema(path)
    assert "prefix='1 2 3'" in before["children_fts"]
    assert "ix_children_search_window" not in before
    with sqlite3.connect(path) as conn:
        hits = conn.execute("SELECT rowid FROM children_fts WHERE children_fts MATCH 'duc*'")
        assert len(hits.fetchall()) == 1
    migrate(db)
    assert search_names(ChildrenService(db, user="test"), "nguyen duc") == ["Nguyễn Văn Đức"]
    db.dispose()
