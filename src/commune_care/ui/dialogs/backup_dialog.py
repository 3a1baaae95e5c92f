"""Back up to a USB stick: choose the folder, type the password twice, and the whole data is
written as one encrypted file, read back and checked before the dialog says it is done.

The work runs in a worker (the window stays responsive); Cancel stops it at the next chunk and
nothing is left on the stick. ``backed_up`` fires after a verified backup.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, OperationCancelled, UserError
from commune_care.domain.schemas.backup import BackupResult
from commune_care.services.backup import BackupService
from commune_care.ui.dialogs.backup_common import (
    ERROR_STYLE,
    MUTED_STYLE,
    NOTE_STYLE,
    OK_STYLE,
    PASSWORD_CHARS,
    ProgressPanel,
    StepBridge,
    format_size,
    word_wrapped,
)
from commune_care.ui.workers import Cancelled, Worker


class BackupDialog(QDialog):
    backed_up = Signal(object)  # the BackupResult

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.result_: BackupResult | None = None
        self.worker: Worker | None = None
        self._close_when_done = False
        self.bridge = StepBridge(self)
        self.setWindowTitle(self.tr("Back up to a USB stick"))
        self._build()
        last = service.last_folder()
        if last is not None and last.is_dir():
            self.folder_edit.setText(str(last))
        self._update_folder_note()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        intro = word_wrapped(
            self.tr(
                "All the data is written to the folder you choose as one encrypted file, named "
                "with the commune, the date and the time. The file is read back and checked "
                "before the program says it is done."
            )
        )
        warning = word_wrapped(
            self.tr(
                "Without the password nobody can open the backup — not even you. Write the "
                "password down and keep it in a locked place, apart from the USB stick."
            ),
            NOTE_STYLE,
        )

        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("The USB stick, for example E:\\"))
        self.folder_edit.textChanged.connect(self._update_folder_note)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.folder_note = word_wrapped("", NOTE_STYLE)
        self.folder_note.setVisible(False)
        self.name_label = QLabel()
        self.name_label.setStyleSheet(MUTED_STYLE)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(PASSWORD_CHARS))
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Show the password"))
        self.show_password.toggled.connect(self._toggle_echo)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("File name"), self.name_label)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.repeat_edit)
        form.addRow("", self.show_password)

        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel)
        self.bridge.step.connect(self.progress.on_step)
        self.message = word_wrapped("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    # --- inputs ------------------------------------------------------------------------------
    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text) if text else None

    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick or folder"), start
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _update_folder_note(self) -> None:
        self.name_label.setText(self.service.suggested_name(datetime.now()))
        folder = self.folder()
        same_drive = (
            folder is not None and folder.is_dir() and not self.service.is_other_drive(folder)
        )
        self.folder_note.setText(
            self.tr(
                "This folder is on the same drive as the data: a backup here is lost with the "
                "computer. Choose a USB stick if you can."
            )
            if same_drive
            else ""
        )
        self.folder_note.setVisible(same_drive)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # --- the work ----------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.is_running():
            return
        folder = self.folder()
        password = self.password_edit.text()
        if folder is None:
            self._say(self.tr("Choose the folder (the USB stick) first."), ERROR_STYLE)
            self.folder_edit.setFocus()
            return
        try:
            self.service.check_password(password)
        except InvalidInput as exc:
            self._say(exc.message, ERROR_STYLE)
            self.password_edit.setFocus()
            return
        if password != self.repeat_edit.text():
            self._say(self.tr("The two passwords are not the same. Type them again."), ERROR_STYLE)
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self._say("", MUTED_STYLE)
        service, bridge = self.service, self.bridge

        def job(_progress: object, cancelled) -> BackupResult:
            try:
                return service.backup_to(folder, password, bridge.report, cancelled, record=False)
            except OperationCancelled:
                raise Cancelled() from None

        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self._set_running(True)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.folder_edit,
            self.choose_button,
            self.password_edit,
            self.repeat_edit,
            self.show_password,
            self.start_button,
            self.close_button,
        ):
            widget.setEnabled(not running)
        if running:
            self.progress.start()
        else:
            self.progress.stop()

    def _done(self) -> None:
        self.worker = None
        self._set_running(False)
        self._update_folder_note()  # the next backup's name, with the time now
        if self._close_when_done:
            self.reject()

    def _finished(self, result: BackupResult) -> None:
        self.service.record_backup(result)  # here, on the thread that writes to the database
        self.result_ = result
        self.password_edit.clear()
        self.repeat_edit.clear()
        text = self.tr(
            "Done. The backup was written, read back and checked:\n%1\n(%2, %3 children, %4 s)"
        )
        text = text.replace("%1", result.path).replace("%2", format_size(result.bytes))
        text = text.replace("%3", f"{result.counts.get('children', 0):,}".replace(",", "."))
        text = text.replace("%4", f"{result.seconds:.1f}".replace(".", ","))
        if not result.other_drive:
            text += "\n" + self.tr(
                "This folder is on the computer's own drive: copy the file to a USB stick too."
            )
        self._say(text, OK_STYLE)
        self.backed_up.emit(result)
        self._done()
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(exc.message, ERROR_STYLE)
        else:
            self._say(
                self.tr(
                    "The backup failed because of an unexpected error (see the log): %1"
                ).replace("%1", f"{exc.__class__.__name__}: {exc}"),
                ERROR_STYLE,
            )
        self._done()

    def _cancelled(self) -> None:
        self._say(self.tr("Cancelled. Nothing was left on the stick."), MUTED_STYLE)
        self._done()

    # --- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_running():  # Esc while working: stop first, close when the worker is done
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
