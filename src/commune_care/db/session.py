"""The handle every service gets: one engine, one session factory, one unit of work per call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from commune_care.db.engine import database_url, make_engine, sqlite_path


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
        """A unit of work: committed at the end, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
