"""What the backup, restore and check dialogs share: the words for each step, a progress panel
with Cancel, and the bridge that carries a service's progress from the worker thread."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from commune_care.domain.schemas.backup import BackupStep

OK_STYLE = "QLabel { color: #1b5e20; }"
ERROR_STYLE = "QLabel { color: #b3261e; }"
NOTE_STYLE = "QLabel { color: #7a5200; }"
MUTED_STYLE = "QLabel { color: #555; }"
PASSWORD_CHARS = 8


def step_label(step: BackupStep) -> str:
    # QCoreApplication.translate spelled out each time: lupdate reads only literal calls.
    labels = {
        BackupStep.SNAPSHOT: QCoreApplication.translate(
            "Backup", "Making a consistent copy of the data…"
        ),
        BackupStep.CHECKSUM: QCoreApplication.translate("Backup", "Computing the checksum…"),
        BackupStep.KEY: QCoreApplication.translate("Backup", "Deriving the key from the password…"),
        BackupStep.ENCRYPT: QCoreApplication.translate("Backup", "Encrypting and writing…"),
        BackupStep.VERIFY: QCoreApplication.translate(
            "Backup", "Reading the file back and decrypting it…"
        ),
        BackupStep.CHECK: QCoreApplication.translate(
            "Backup", "Checking the data (integrity, record counts)…"
        ),
        BackupStep.MIGRATE: QCoreApplication.translate(
            "Backup", "Upgrading the backup to this version…"
        ),
        BackupStep.REPLACE: QCoreApplication.translate("Backup", "Putting the file in place…"),
    }
    return labels[step]


def format_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


def format_moment(moment: datetime) -> str:
    """dd/mm/yyyy hh:mm in the PC's local time."""
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d/%m/%Y %H:%M")


class StepBridge(QObject):
    """Lives in the UI thread; a worker calls ``report`` and the panel is updated there."""

    step = Signal(str, float)  # step, fraction done (-1: no measure of progress)

    def report(self, step: BackupStep, done: int, total: int) -> None:
        self.step.emit(step.value, done / total if total > 0 else -1.0)


class ProgressPanel(QWidget):
    """A step label, a progress bar and a Cancel button; hidden while idle."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setStyleSheet(MUTED_STYLE)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.setVisible(False)

    def start(self) -> None:
        self.label.setText("")
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.setVisible(True)

    def on_step(self, step: str, fraction: float) -> None:
        self.label.setText(step_label(BackupStep(step)))
        if fraction < 0:
            self.bar.setRange(0, 0)  # busy: this step has no measure of progress
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(fraction * 1000))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.label.setText(self.tr("Stopping at the next safe point…"))
        self.cancel_requested.emit()

    def stop(self) -> None:
        self.setVisible(False)


def word_wrapped(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label
