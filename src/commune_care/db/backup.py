"""Backup primitives: a consistent copy of a live SQLite file through SQLite's backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path


def snapshot(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` consistently, even while it is open elsewhere.

    Written to a temporary name first and renamed into place, so a half copy never exists
    under the final name.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    return destination


DAILY_MARK = "-hang-ngay-"


def daily_snapshot(
    source: Path, folder: Path, keep: int = 7, today: date | None = None
) -> Path | None:
    """The start-up copy: at most one per day, the newest ``keep`` days kept.

    Returns the new copy, or None when today's copy exists already. Runs in a worker after the
    window is shown, so a large file never slows the start."""
    day = (today or date.today()).strftime("%Y%m%d")
    destination = folder / f"{source.stem}{DAILY_MARK}{day}.sqlite3"
    if destination.exists():
        return None
    snapshot(source, destination)
    copies = sorted(folder.glob(f"{source.stem}{DAILY_MARK}*.sqlite3"), reverse=True)
    for old in copies[keep:]:
        old.unlink(missing_ok=True)
    return destination
