import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from commune_care.db.base import Base
from commune_care.db.migrate import current_revision, head_revision, migrate
from commune_care.db.session import Database
from commune_care.domain.errors import DatabaseError
from tests.db.migrations import old_database

FIXTURES = Path(__file__).parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_is_migrated_to_head(db_path: Path) -> None:
    db = Database(db_path)
    result = migrate(db)
    assert result.before is None and result.after == head_revision()
    assert current_revision(db) == head_revision()
    with sqlite3.connect(db_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"children", "classifications", "villages", "commune_profile", "audit_log"} <= tables
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # A second start changes nothing.
    assert migrate(db).backup is None
    db.dispose()


def test_pragmas_on_every_connection(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_newer_schema_is_refused_and_left_untouched(empty_db: Database, db_path: Path) -> None:
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    empty_db.dispose()
    before = digest(db_path)
    again = Database(db_path)
    with pytest.raises(DatabaseError, match="phiên bản mới hơn"):
        migrate(again)
    again.dispose()
    assert digest(db_path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Danh sách trẻ em", encoding="utf-8")
    with pytest.raises(DatabaseError, match="không phải là tệp dữ liệu của phần mềm"):
        migrate(Database(path))
    assert path.read_text(encoding="utf-8") == "Danh sách trẻ em"


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ke-toan.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE so_cai (id INTEGER PRIMARY KEY, so_tien INTEGER)")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="không phải là tệp dữ liệu của phần mềm"):
        migrate(Database(path))
    assert digest(path) == before


def test_newer_schema_in_rollback_journal_mode_stays_byte_identical(
    empty_db: Database, db_path: Path
) -> None:
    """WAL is switched on when our engine connects; a refused file must not get even that."""
    empty_db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="phiên bản mới hơn"):
        migrate(Database(db_path))
    assert digest(db_path) == before


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3")))
def test_released_schemas_upgrade_to_head(fixture: str, tmp_path: Path) -> None:
    """Every released schema, saved with data, opens in this version with its data intact."""
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    with sqlite3.connect(path) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT full_name FROM children"))
    db = Database(path)
    result = migrate(db, backup_dir=tmp_path / "backups")
    assert result.after == head_revision()
    if result.before != head_revision():
        assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(path) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT full_name FROM children")) == names
        hits = conn.execute(
            "SELECT count(*) FROM children_fts WHERE children_fts MATCH 'duc*'"
        ).fetchone()
        assert hits[0] >= 1
    db.dispose()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """The tables the ORM declares are exactly what the migrations make (FTS tables aside),
    upgrading the oldest saved schema (0001) to head."""
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
