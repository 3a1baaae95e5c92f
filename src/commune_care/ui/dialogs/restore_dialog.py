"""Restore from a backup: pick the file, see what it holds (commune, date, counts — no password
needed for that), type the password, confirm; the backup is decrypted and checked in a worker,
and only then, on the UI thread, a copy of the current data is kept and the file is replaced.

After ``exec()`` returns Accepted, ``result_`` is the ``RestoreResult``; the caller reloads what
it shows (the main window is rebuilt on the restored data).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import OperationCancelled, UserError, WrongPassword
from commune_care.domain.schemas.backup import BackupInfo, RestoreResult
from commune_care.services.backup import BackupService, PreparedRestore
from commune_care.ui.dialogs.backup_common import (
    ERROR_STYLE,
    MUTED_STYLE,
    NOTE_STYLE,
    OK_STYLE,
    ProgressPanel,
    StepBridge,
    format_moment,
    format_size,
    word_wrapped,
)
from commune_care.ui.feedback import confirm
from commune_care.ui.workers import Cancelled, Worker

log = logging.getLogger(__name__)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class RestoreDialog(QDialog):
    def __init__(
        self, service: BackupService, parent: QWidget | None = None, file: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.info: BackupInfo | None = None
        self.result_: RestoreResult | None = None
        self.worker: Worker | None = None
        self._close_when_done = False
        self.bridge = StepBridge(self)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._build()
        if file is not None:
            self.file_edit.setText(str(file))
            self.load_file()
        self._update_buttons()

    def _build(self) -> None:
        intro = word_wrapped(
            self.tr(
                "Restoring replaces ALL the data in this program with the data of the backup. "
                "A copy of the current data is kept first, in the backups folder."
            ),
            NOTE_STYLE,
        )
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("A backup file (.ccbak), for example on E:\\"))
        self.file_edit.editingFinished.connect(self.load_file)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.about = QGroupBox(self.tr("This backup"))
        about = QFormLayout(self.about)
        about.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.commune_value = QLabel()
        self.created_value = QLabel()
        self.version_value = QLabel()
        self.children_value = QLabel()
        self.cases_value = QLabel()
        self.size_value = QLabel()
        about.addRow(self.tr("Commune"), self.commune_value)
        about.addRow(self.tr("Made on"), self.created_value)
        about.addRow(self.tr("Program version"), self.version_value)
        about.addRow(self.tr("Children"), self.children_value)
        about.addRow(self.tr("Support cases"), self.cases_value)
        about.addRow(self.tr("Size"), self.size_value)
        self.about.setVisible(False)
        self.file_message = word_wrapped("", ERROR_STYLE)
        self.file_message.setVisible(False)
        self.other_commune = QCheckBox()
        self.other_commune.setVisible(False)
        self.other_commune.toggled.connect(self._update_buttons)

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.textChanged.connect(self._update_buttons)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Backup file"), file_row)
        form.addRow(self.file_message)  # full width: what the file holds, then the password
        form.addRow(self.about)
        form.addRow(self.other_commune)
        form.addRow(self.tr("Password"), self.password_edit)

        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel)
        self.bridge.step.connect(self.progress.on_step)
        self.message = word_wrapped("")

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 440)

    # --- the file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = self.file_edit.text().strip()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            start,
            self.tr("commune_care backups (*.ccbak);;All files (*)"),
        )
        if chosen:
            self.file_edit.setText(chosen)
            self.load_file()

    def load_file(self) -> None:
        """Read the plain header and show it (or why the file cannot be used)."""
        text = self.file_edit.text().strip()
        self.info = None
        self.about.setVisible(False)
        self.other_commune.setChecked(False)
        self.other_commune.setVisible(False)
        self._file_problem("")
        if not text:
            self._update_buttons()
            return
        try:
            info = self.service.read_info(Path(text))
        except UserError as exc:
            self._file_problem(exc.message)
            self._update_buttons()
            return
        self.info = info
        self.commune_value.setText(
            ", ".join(p for p in (info.commune_name, info.province_name) if p)
            or self.tr("(not set up)")
        )
        self.created_value.setText(format_moment(info.created_at))
        self.version_value.setText(info.app_version)
        self.children_value.setText(_number(info.children))
        self.cases_value.setText(_number(info.cases))
        self.size_value.setText(format_size(info.file_bytes))
        self.about.setVisible(True)
        if info.newer_schema:
            self._file_problem(
                self.tr(
                    "This backup was made by a newer version of the program. Install the newest "
                    "version, then restore it; the current data is not changed."
                )
            )
        elif info.other_commune:
            self.other_commune.setText(
                self.tr(
                    "This backup belongs to %1. I still want to replace the data with it."
                ).replace("%1", info.commune_name)
            )
            self.other_commune.setStyleSheet("QCheckBox { color: #b3261e; }")
            self.other_commune.setVisible(True)
        self._update_buttons()
        self.password_edit.setFocus()

    def _file_problem(self, text: str) -> None:
        self.file_message.setText(text)
        self.file_message.setVisible(bool(text))

    def _ready(self) -> bool:
        info = self.info
        return bool(
            info is not None
            and not info.newer_schema
            and (not info.other_commune or self.other_commune.isChecked())
            and self.password_edit.text()
        )

    def _update_buttons(self) -> None:
        running = self.worker is not None
        self.restore_button.setEnabled(self._ready() and not running)
        self.restore_button.setDefault(self._ready())

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # --- the work ----------------------------------------------------------------------------
    def start(self) -> None:
        info = self.info
        if info is None or not self._ready() or self.worker is not None:
            return
        question = self.tr(
            "Replace all the data in this program with the backup of %1 made on %2?\n\nA copy "
            "of the current data is kept in the backups folder first."
        )
        question = question.replace("%1", info.commune_name or "?")
        question = question.replace("%2", format_moment(info.created_at))
        if not confirm(self, self.tr("Restore from a backup"), question):
            return
        file, password = Path(info.file), self.password_edit.text()
        allow = self.other_commune.isChecked()
        service, bridge = self.service, self.bridge

        def job(_progress: object, cancelled) -> PreparedRestore:
            try:
                return service.prepare_restore(
                    file,
                    password,
                    allow_other_commune=allow,
                    progress=bridge.report,
                    cancelled=cancelled,
                )
            except OperationCancelled:
                raise Cancelled() from None

        self._say("", MUTED_STYLE)
        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._prepared)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self._set_running(True)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.file_edit,
            self.choose_button,
            self.password_edit,
            self.other_commune,
            self.close_button,
        ):
            widget.setEnabled(not running)
        if running:
            self.progress.start()
        else:
            self.progress.stop()
        self._update_buttons()

    def _prepared(self, prepared: PreparedRestore) -> None:
        """The backup is verified: replace the data file here, on the UI thread, where nothing
        else can be reading the database at the same moment."""
        self.worker = None
        if self._close_when_done:  # cancelled too late: the verified copy is simply dropped
            prepared.discard()
            self._set_running(False)
            self.reject()
            return
        try:
            result = self.service.finish_restore(prepared)
        except Exception as exc:  # a UserError says what to do; anything else is logged
            if not isinstance(exc, UserError):
                log.exception("Restore failed")
            self._failed(exc)
            return
        finally:
            prepared.discard()
        self.result_ = result
        self._set_running(False)
        text = self.tr("Restored. The program now shows the data of the backup.")
        if result.safety_copy:
            text += "\n" + self.tr("The replaced data was kept in: %1").replace(
                "%1", result.safety_copy
            )
        self._say(text, OK_STYLE)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self._set_running(False)
        if isinstance(exc, UserError):
            self._say(exc.message, ERROR_STYLE)
        else:
            self._say(
                self.tr(
                    "The restore failed because of an unexpected error (see the log): %1"
                ).replace("%1", f"{exc.__class__.__name__}: {exc}"),
                ERROR_STYLE,
            )
        if isinstance(exc, WrongPassword):
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        if self._close_when_done:
            self.reject()

    def _cancelled(self) -> None:
        self.worker = None
        self._set_running(False)
        self._say(self.tr("Cancelled. The current data was not changed."), MUTED_STYLE)
        if self._close_when_done:
            self.reject()

    def reject(self) -> None:
        if self.worker is not None:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
