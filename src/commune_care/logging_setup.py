"""The app's log: a rotating UTF-8 file in the per-user log folder (DESIGN.md §6).

Nothing is printed; the log is what a support person asks for. Confidential case text is never
logged — services log ids and actions, not contents.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from commune_care import paths

LOG_FILE = "commune_care.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_installed: logging.Handler | None = None


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Log to ``folder`` (the per-user log folder by default); returns the log file, or None
    when the folder cannot be written (then only warnings go to stderr — the app still runs)."""
    folder = folder or paths.log_dir()
    root = logging.getLogger()
    root.setLevel(level)
    global _installed
    if _installed is not None:  # set up again (tests, a second start): replace, never double
        root.removeHandler(_installed)
        _installed.close()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        target: Path | None = folder / LOG_FILE
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        target = None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _installed = handler
    return target
