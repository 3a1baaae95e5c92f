"""Helpers of the data-safety tests: damage a database file, read a file's exact state."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from pathlib import Path
from typing import Any, BinaryIO


def damage(path: Path, table: str = "children") -> None:
    """Overwrite the header of ``table``'s root page: quick_check fails, the file still opens."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        root_page = root.fetchone()[0]
        conn.execute("PRAGMA journal_mode=DELETE")  # the change must be in the main file
    with open(path, "r+b") as handle:
        handle.seek((root_page - 1) * page_size)
        handle.write(b"\xff" * 200)  # page type, cell count, cell pointers: all invalid


def file_state(path: Path) -> dict[str, bytes | None]:
    """The bytes of the data file and of its WAL (an empty or missing WAL are the same: a
    read-only reader of a WAL file creates an empty one). The -shm file is not part of it:
    readers write their marks there."""
    state: dict[str, bytes | None] = {}
    for suffix in ("", "-wal"):
        side = Path(f"{path}{suffix}")
        state[suffix or "main"] = side.read_bytes() if side.exists() else b""
    return state


class FullDisk:
    """A file object that takes ``limit`` bytes and then fails as a full disk does (ENOSPC):
    injected where the backup writer opens its output file."""

    def __init__(self, path: Path, limit: int) -> None:
        self._file: BinaryIO = open(path, "xb")  # noqa: SIM115 - closed in close()
        self.limit = limit
        self.written = 0

    def write(self, data: bytes) -> int:
        room = self.limit - self.written
        if len(data) > room:
            if room > 0:
                self._file.write(data[:room])
                self.written += room
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def full_disk_after(limit: int) -> Any:
    return lambda path: FullDisk(path, limit)
