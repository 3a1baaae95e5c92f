"""Check the data: SQLite's full check (integrity_check and foreign_key_check) in a worker,
with Cancel; the result in plain words. ``damaged`` tells the caller to offer a restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import OperationCancelled, UserError
from commune_care.domain.schemas.backup import IntegrityReport
from commune_care.services.backup import BackupService
from commune_care.ui.dialogs.backup_common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, word_wrapped
from commune_care.ui.workers import Cancelled, Worker


class CheckDialog(QDialog):
    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.report: IntegrityReport | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Check the data"))
        self.text = word_wrapped(
            self.tr(
                "Checking every page, record and index of the data file, and the links between "
                "records. This takes a few seconds for a large register."
            ),
            MUTED_STYLE,
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 220)

    @property
    def damaged(self) -> bool:
        return self.report is not None and not self.report.ok

    def start(self) -> None:
        service = self.service

        def job(_progress: object, cancelled) -> IntegrityReport:
            try:
                return service.check(full=True, cancelled=cancelled)
            except OperationCancelled:
                raise Cancelled() from None

        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self.worker.start()

    def exec(self) -> int:
        self.start()
        return super().exec()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def _end(self, text: str, style: str) -> None:
        self.worker = None
        self.bar.setVisible(False)
        self.text.setText(text)
        self.text.setStyleSheet(style)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self, report: IntegrityReport) -> None:
        self.report = report
        if report.ok:
            children = f"{report.counts.get('children', 0):,}".replace(",", ".")
            text = self.tr(
                "No problem found: every page, record, index and link between records is sound "
                "(%1 children; %2 s)."
            )
            text = text.replace("%1", children)
            self._end(text.replace("%2", f"{report.seconds:.1f}".replace(".", ",")), OK_STYLE)
            return
        self.details.setPlainText("\n".join(report.problems))
        self.details.setVisible(True)
        self._end(
            self.tr(
                "The check found problems in the data file. Close this window to see how to "
                "restore the most recent good backup."
            ),
            ERROR_STYLE,
        )

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else f"{exc.__class__.__name__}: {exc}"
        self._end(self.tr("The check could not run: %1").replace("%1", message), ERROR_STYLE)

    def _cancelled(self) -> None:
        self.reject_now()

    def reject_now(self) -> None:
        self.worker = None
        super().reject()

    def reject(self) -> None:
        if self.worker is not None:  # Esc while checking: stop, close when the worker is done
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
