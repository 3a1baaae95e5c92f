"""What the migration tests share: the schema-0001 fixture copied aside, alembic run the way the
app runs it, the schema and rows of a file read with plain sqlite3."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from commune_care.db.session import Database
from commune_care.paths import migrations_dir

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.sqlite3"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def schema(path: Path) -> dict[str, str]:
    """name → CREATE statement of every table, index and trigger."""
    with sqlite3.connect(path) as conn:
        return {
            name: sql or ""
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            )
        }


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def alembic(db: Database, step: str, revision: str) -> None:
    """Run alembic's upgrade or downgrade to ``revision`` the way the app runs migrations."""
    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, step)(config, revision)


def old_database(tmp_path: Path) -> Path:
    """A copy of the database saved with schema 0001 (children, villages, classifications)."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    return path


def previous_revision(revision: str) -> str:
    """The revision ``revision`` follows (branches are re-chained when they merge)."""
    script = ScriptDirectory.from_config(_config()).get_revision(revision)
    assert script is not None and isinstance(script.down_revision, str)
    return script.down_revision
