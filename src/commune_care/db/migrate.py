"""Bring a database file to the schema of this version of the app (run at every start)."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from commune_care.db.backup import snapshot
from commune_care.db.session import Database
from commune_care.domain.errors import DatabaseDamaged, DatabaseError
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


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can open (and upgrade)."""
    return {r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


DAMAGED = (
    "Tệp «{path}» không phải là tệp dữ liệu của phần mềm, hoặc đã bị hỏng. Hãy chọn đúng tệp "
    "dữ liệu (.sqlite3) hoặc khôi phục từ bản sao lưu; tệp không bị thay đổi."
)


def sqlite_problem(error: BaseException | None, path: object) -> str | None:
    """The Vietnamese message for an SQLite error the user can do something about."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "Tệp dữ liệu đang được một chương trình khác ghi. Hãy thử lại sau ít phút."
    if "disk is full" in text:
        return "Ổ đĩa đã đầy, không ghi được tệp dữ liệu. Hãy giải phóng chỗ trống rồi thử lại."
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return (
            f"Không mở hoặc không ghi được tệp dữ liệu «{path}». Hãy kiểm tra đường dẫn và quyền "
            "ghi vào thư mục."
        )
    if "not a database" in text or "malformed" in text:
        return DAMAGED.format(path=path)
    return None


def _newer(revision: str) -> DatabaseError:
    return DatabaseError(
        "Tệp dữ liệu này được tạo bởi một phiên bản mới hơn của phần mềm "
        f"(lược đồ {revision}). Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi."
    )


def check_file(path: Path) -> None:
    """Look at an existing file with plain SQLite before the app's engine opens it.

    The engine turns on WAL when it connects, which rewrites the file's header: a file that has
    to be refused (newer schema, another program's, damaged) must stay exactly as it was."""
    if not path.exists() or path.stat().st_size == 0:  # SQLite takes an empty file as new
        return
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        ) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            row = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        message = sqlite_problem(exc, path) or DAMAGED.format(path=path)
        if message == DAMAGED.format(path=path):
            raise DatabaseDamaged(message, [str(exc)]) from None
        raise DatabaseError(message) from None
    if row is None:
        if tables:  # a database, but not ours: never add our tables to it
            raise DatabaseError(DAMAGED.format(path=path))
        return
    if row[0] not in known_revisions():
        raise _newer(row[0])


def migrate(
    db: Database,
    backup_dir: Path | None = None,
    before_change: Callable[[], None] | None = None,
) -> MigrationResult:
    """Upgrade to head. A copy of the file is kept in ``backup_dir`` before any change;
    a database written by a newer version of the app is refused untouched. ``before_change`` runs
    when there is something to upgrade, before anything is written (the start-up integrity
    check is awaited there: a damaged file is never migrated)."""
    path = db.path
    if path is not None:
        check_file(path)
    before = current_revision(db)
    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    if before is not None and before not in {r.revision for r in script.walk_revisions()}:
        raise _newer(before)  # a server database (no file to look at first)
    if before == head:
        return MigrationResult(before, head, None)
    if before_change is not None:
        before_change()
    backup = None
    if before is not None and path is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = snapshot(path, backup_dir / f"{path.stem}-truoc-nang-cap-{before}-{stamp}.sqlite3")
        log.info("Backed up %s to %s before migrating", path, backup)
    config = _config()
    with db.engine.connect() as conn:
        # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so alembic's
        # CREATE and DROP would each commit on their own: a crash or an error half-way left
        # tables without their revision. One explicit transaction makes the upgrade whole or
        # nothing (SQLite's DDL is transactional).
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    log.info("Migrated %s from %s to %s", db.url, before, head)
    return MigrationResult(before, head, backup)
