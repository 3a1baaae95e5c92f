"""The handle every service gets: one engine, one session factory, one unit of work per call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from commune_care.db.engine import database_url, make_engine, sqlite_path
from commune_care.domain.errors import DatabaseDamaged, DiskFull, UserError

DISK_FULL = (
    "Ổ đĩa chứa tệp dữ liệu đã đầy nên thay đổi vừa rồi KHÔNG được lưu; mọi thứ đã lưu trước đó "
    "vẫn còn nguyên. Hãy giải phóng chỗ trống trên ổ đĩa rồi lưu lại."
)
DAMAGED_AT_RUN = (
    "Tệp dữ liệu bị hỏng (SQLite báo: {detail}); thay đổi vừa rồi không được lưu. Hãy đóng phần "
    "mềm rồi mở lại: phần mềm sẽ kiểm tra tệp và hướng dẫn khôi phục từ bản sao lưu gần nhất."
)


def runtime_problem(error: DBAPIError) -> UserError | None:
    """SQLite's errors that are not bugs, as the typed errors the UI and the CLI show."""
    text = str(error.orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(DISK_FULL)
    if "malformed" in text or "not a database" in text:
        return DatabaseDamaged(DAMAGED_AT_RUN.format(detail=error.orig), [str(error.orig)])
    return None


class Database:
    def __init__(self, target: str | Path) -> None:
        self.url = database_url(target)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back on any error. A full disk or a
        damaged file raise ``DiskFull`` / ``DatabaseDamaged`` (nothing of the unit is kept)."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            problem = runtime_problem(exc)
            if problem is None:
                raise
            raise problem from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def hold_write_lock(session: Session) -> None:
    """Take SQLite's write lock now, for a unit of work that reads ids or checks duplicates
    before it writes: a write statement that changes nothing (writers are serialised, so no
    one else writes until this unit of work ends)."""
    session.execute(text("DELETE FROM alembic_version WHERE 0"))
