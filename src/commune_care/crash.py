"""Crash hooks (DESIGN.md §6): an unexpected exception is logged with its traceback and shown
once, and the app keeps running; a hard crash (segfault in Qt, killed interpreter) leaves a
``crash.log`` written by ``faulthandler`` that the next start reports.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger("commune_care.crash")

CRASH_FILE = "crash.log"
REPORTED_SUFFIX = ".reported"

BugReporter = Callable[[BaseException], None]

_crash_stream: IO[str] | None = None
_reporter: BugReporter | None = None


def previous_crash(folder: Path) -> str | None:
    """What the last run left in ``crash.log`` if it died hard, or None.

    The file is renamed once read, so a crash is reported at exactly one start."""
    path = folder / CRASH_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    try:
        path.replace(path.with_name(CRASH_FILE + REPORTED_SUFFIX))
    except OSError:
        log.warning("Could not rename %s", path)
    return text or None


def enable_faulthandler(folder: Path) -> None:
    """Have the interpreter write a hard crash's stacks to ``folder/crash.log``."""
    global _crash_stream
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Kept open for the life of the process: faulthandler writes to its descriptor.
        _crash_stream = (folder / CRASH_FILE).open("w", encoding="utf-8")
    except OSError:
        log.warning("No crash file in %s; hard crashes go to stderr", folder)
        faulthandler.enable()
        return
    faulthandler.enable(file=_crash_stream, all_threads=True)


def disable_faulthandler() -> None:
    """At a clean exit: stop writing and remove the empty crash file."""
    global _crash_stream
    faulthandler.disable()
    if _crash_stream is None:
        return
    path = Path(_crash_stream.name)
    _crash_stream.close()
    _crash_stream = None
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def set_bug_reporter(reporter: BugReporter | None) -> None:
    """The UI registers how to show a bug (a dialog); before that, bugs are only logged."""
    global _reporter
    _reporter = reporter


def report_bug(exc: BaseException) -> None:
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if _reporter is None:  # no window yet: one line for whoever started the program
        sys.stderr.write(f"Lỗi không mong muốn ({exc.__class__.__name__}); xem nhật ký.\n")
        return
    try:
        _reporter(exc)
    except Exception:  # showing the bug must never crash the app
        log.exception("Could not show the error dialog")


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report_bug(exc.with_traceback(tb))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        # Worker threads never touch widgets; the log is enough, the worker reports failure.
        log.error(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def install_hooks() -> None:
    """Route every uncaught exception to the log and the bug reporter. Qt calls Python slots
    from its event loop; an exception there reaches ``sys.excepthook`` and the loop goes on."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
