"""SQLite's own checks on a database file, with plain ``sqlite3`` (no engine, no WAL switch).

``quick_check`` runs at every start (in a thread, while the window is being built: it reads the
whole file, ~0.15 s at 100,000 children); ``integrity_check`` on every backup's decrypted copy
(after writing it and before restoring it); ``integrity_check`` and ``foreign_key_check`` when the
officer asks for a check of the data.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final, Literal

from commune_care.domain.errors import OperationCancelled

MAX_PROBLEMS = 20
_PROGRESS_EVERY = 1000  # SQLite VM steps between two looks at ``cancelled``


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that never changes the file (nor its journal mode)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, sql: str, cancelled: Callable[[], bool] | None) -> list[str]:
    if cancelled is not None:
        if cancelled():
            raise OperationCancelled()
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_EVERY)
    try:
        return [" ".join(str(v) for v in row) for row in conn.execute(sql).fetchall()]
    except sqlite3.OperationalError as exc:
        if cancelled is not None and "interrupt" in str(exc).lower():
            raise OperationCancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


Level = Literal["quick", "integrity", "full"]
QUICK: Final[Level] = "quick"  # PRAGMA quick_check: pages and records, O(size)
INTEGRITY: Final[Level] = "integrity"  # PRAGMA integrity_check: also every index vs its table
FULL: Final[Level] = "full"  # integrity_check, then foreign_key_check (links between records)


def problems(
    conn: sqlite3.Connection, level: Level, cancelled: Callable[[], bool] | None = None
) -> list[str]:
    """[] when the file is sound; otherwise SQLite's own descriptions (at most 20)."""
    name = "quick_check" if level == QUICK else "integrity_check"
    try:
        rows = _rows(conn, f"PRAGMA {name}({MAX_PROBLEMS})", cancelled)
        lines = [line for row in rows for line in row.splitlines()]
        found = [line for line in lines if line not in ("ok", "*** in database main ***")]
        found = found[:MAX_PROBLEMS]
        if level == FULL and not found:
            for row in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
                table, rowid, parent, _fk = row
                found.append(f"Bảng {table}, dòng {rowid}: trỏ tới bản ghi không có trong {parent}")
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
            raise
        found = [str(exc)]
    return found


def check_file(path: Path, level: Level, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """``problems`` of the file at ``path``; a file SQLite cannot open at all is a problem too."""
    try:
        with read_only(path) as conn:
            return problems(conn, level, cancelled)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _data_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without SQLite's own and the FTS index's shadow tables (those are
    rebuilt from the data and hold no records of their own)."""
    try:
        rows = conn.execute("PRAGMA table_list").fetchall()  # SQLite 3.37+
        names = [r[1] for r in rows if r[0] == "main" and r[2] == "table"]
    except sqlite3.OperationalError:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        names = [r[0] for r in rows]
        virtual = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
            )
        }
        names = [n for n in names if n not in virtual and not any(n.startswith(v) for v in virtual)]
    return sorted(n for n in names if not n.startswith("sqlite_"))


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per data table: what a backup's header records and its verification compares."""
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in _data_tables(conn)
    }


def schema_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def engine_leaves_unchanged(path: Path) -> bool:
    """Would opening (and closing) ``path`` with the app's engine leave its bytes as they are?

    Yes for a file already in WAL mode with no pending WAL: turning WAL on is then a no-op and
    closing checkpoints nothing. Otherwise (a rollback-journal file, whose header the engine
    rewrites; a WAL left by a crash, which closing folds in) the start-up check must be awaited
    first, so that a damaged file is refused exactly as it was."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
        wal = Path(f"{path}-wal")
        pending = wal.exists() and wal.stat().st_size > 0
    except OSError:
        return False
    return len(header) == 20 and header[18:20] == b"\x02\x02" and not pending


class BackgroundCheck:
    """``quick_check`` of a file in a thread: SQLite releases the GIL while it reads, so the
    check runs on the other core while Qt builds the window. ``result()`` waits for it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started = time.perf_counter()
        self.seconds = 0.0
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = check_file(self.path, QUICK)
        except BaseException as exc:  # reported by result()
            self._error = exc
        self.seconds = time.perf_counter() - self.started

    def result(self) -> list[str]:
        """The problems found ([] when sound). A locked file is not a damaged one: [] then, the
        engine waits on the lock itself."""
        self._thread.join()
        if self._error is not None and not (
            isinstance(self._error, sqlite3.OperationalError)
            and "locked" in str(self._error).lower()
        ):
            return [str(self._error)]
        return list(self._problems)
