"""The data file is damaged: say so plainly and lead to the newest good backup.

Shown at start-up when ``quick_check`` fails (the program never runs on a damaged file), and
after "Check the data" finds damage. The choices: restore the newest automatic copy that passes
the check (no password: it is on this computer), restore from a backup file (a USB stick), or
quit. The damaged file itself is kept, byte for byte, in the backups folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import UserError
from commune_care.domain.schemas.backup import LocalCopy, RestoreResult
from commune_care.services.backup import BackupService
from commune_care.ui.dialogs.backup_common import (
    ERROR_STYLE,
    NOTE_STYLE,
    format_moment,
    word_wrapped,
)
from commune_care.ui.dialogs.restore_dialog import RestoreDialog
from commune_care.ui.feedback import confirm

log = logging.getLogger(__name__)


class DamagedDialog(QDialog):
    """Accepted: the data file was replaced (``result_``); Rejected: the user chose to quit."""

    def __init__(
        self,
        service: BackupService,
        problems: list[str] | tuple[str, ...],
        parent: QWidget | None = None,
        at_start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.result_: RestoreResult | None = None
        self.copy: LocalCopy | None = service.newest_good_local_copy()
        self.setWindowTitle(self.tr("The data file is damaged"))

        where = str(service.db.path or service.db.url)
        text = self.tr(
            "The check of the data file found damage:\n%1\n\nThe program does not work on a "
            "damaged file, so that nothing more is lost. Restore the most recent good backup; "
            "the damaged file is kept as it is in the backups folder."
        ).replace("%1", where)
        self.text = word_wrapped(text)
        self.details = QPlainTextEdit("\n".join(problems) or self.tr("(no details)"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.message = word_wrapped("", ERROR_STYLE)
        self.message.setVisible(False)

        if self.copy is not None:
            label = self.tr("Restore the automatic copy of %1").replace(
                "%1", format_moment(self.copy.made_at)
            )
            note = self.tr(
                "The automatic copy holds the data as it was then; what was entered after it "
                "has to be entered again."
            )
        else:
            label = ""
            note = self.tr(
                "There is no good automatic copy on this computer. Restore from a backup on a "
                "USB stick."
            )
        self.local_button = QPushButton(label)
        self.local_button.setVisible(self.copy is not None)
        self.local_button.clicked.connect(self.restore_local)
        self.local_note = word_wrapped(note, NOTE_STYLE)
        self.file_button = QPushButton(self.tr("Restore from a backup file…"))
        self.file_button.clicked.connect(self.restore_file)
        self.quit_button = QPushButton(self.tr("Quit") if at_start else self.tr("Close"))
        self.quit_button.clicked.connect(self.reject)
        (self.local_button if self.copy is not None else self.file_button).setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.local_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addWidget(self.local_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(680, 320)

    def restore_local(self) -> None:
        if self.copy is None:
            return
        question = self.tr("Replace the damaged data file with the automatic copy of %1?").replace(
            "%1", format_moment(self.copy.made_at)
        )
        if not confirm(self, self.tr("Restore the automatic copy"), question):
            return
        try:
            self.result_ = self.service.restore_local(Path(self.copy.path))
        except UserError as exc:
            self.message.setText(exc.message)
            self.message.setVisible(True)
            return
        self.accept()

    def restore_file(self) -> None:
        dialog = RestoreDialog(self.service, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            self.result_ = dialog.result_
            self.accept()
