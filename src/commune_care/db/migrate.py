"""Bring a database file to the schema of this version of the app (run at every start)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from commune_care.db.backup import snapshot
from commune_care.db.session import Database
from commune_care.domain.errors import DatabaseError
from commune_care.paths import migrations_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(
                f"Tệp «{path.name}» không phải là cơ sở dữ liệu của phần mềm. "
                "Hãy chọn đúng tệp dữ liệu (.sqlite3)."
            )


def migrate(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Upgrade to head. A copy of the file is kept in ``backup_dir`` before any change;
    a database written by a newer version of the app is refused untouched."""
    path = db.path
    if path is not None:
        _check_is_sqlite(path)
    try:
        before = current_revision(db)
    except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the damage
        raise DatabaseError(f"Không đọc được tệp dữ liệu: {exc}.") from exc
    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    if before is not None and before not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseError(
            "Tệp dữ liệu này được tạo bởi một phiên bản mới hơn của phần mềm "
            f"(lược đồ {before}). Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi."
        )
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    if before is not None and path is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = snapshot(path, backup_dir / f"{path.stem}-truoc-nang-cap-{before}-{stamp}.sqlite3")
        log.info("Backed up %s to %s before migrating", path, backup)
    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("Migrated %s from %s to %s", db.url, before, head)
    return MigrationResult(before, head, backup)
