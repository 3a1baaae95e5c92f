"""Long work off the UI thread (DESIGN.md §4): a ``Worker`` runs a plain function in the
global ``QThreadPool`` and reports back through signals. The function gets a ``progress``
callback and a ``cancelled`` check; it returns plain data and never touches widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("commune_care.ui.workers")

Progress = Callable[[int, int], None]  # done, total
Job = Callable[[Progress, Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by a job that saw ``cancelled()`` become true."""


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (a UserError, or a bug already logged)
    cancelled = Signal()


class Worker(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it while its signals are connected

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            log.info("Worker job failed: %r", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
