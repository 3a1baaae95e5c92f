"""Kiểm tra tính toàn vẹn of the audit trail: the hash chain checked in a worker, with progress
and Cancel; an intact trail in green, a trail changed outside the app as a clear red warning
naming the first broken entry — never a crash. ``result`` tells the caller what was found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressBar, QVBoxLayout, QWidget

from commune_care.domain.errors import UserError
from commune_care.domain.schemas.audit import AuditVerification
from commune_care.services.audit_trail import AuditTrailService, VerificationCancelled
from commune_care.ui.dialogs.backup_common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, word_wrapped
from commune_care.ui.workers import Cancelled, Progress, Worker


class AuditVerifyDialog(QDialog):
    def __init__(self, service: AuditTrailService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.result_: AuditVerification | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Check the integrity of the audit trail"))
        self.text = word_wrapped(
            self.tr(
                "Checking that no entry of the audit trail was edited, deleted, inserted or "
                "reordered outside the program. A million entries take about half a minute."
            ),
            MUTED_STYLE,
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 220)

    @property
    def tampered(self) -> bool:
        return self.result_ is not None and not self.result_.intact

    def start(self) -> None:
        service = self.service

        def job(progress: Progress, cancelled: Callable[[], bool]) -> AuditVerification:
            try:
                return service.verify(progress, cancelled)
            except VerificationCancelled:
                raise Cancelled() from None

        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
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

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _end(self, text: str, style: str) -> None:
        self.worker = None
        self.bar.setVisible(False)
        self.text.setText(text)
        self.text.setStyleSheet(style)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self, result: AuditVerification) -> None:
        self.result_ = result
        if result.intact:
            self._end(result.message, OK_STYLE)
            return
        self.setWindowTitle(self.tr("Warning: the audit trail was changed"))
        self._end(result.message, ERROR_STYLE)

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else f"{exc.__class__.__name__}: {exc}"
        self._end(self.tr("The check could not run: %1").replace("%1", message), ERROR_STYLE)

    def _cancelled(self) -> None:
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
