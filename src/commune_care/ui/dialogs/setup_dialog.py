"""The first-run set-up: who the commune is, before the register opens.

Shown when ``ctx.commune.is_set_up()`` is False. Save validates and writes the profile and its
villages in one transaction (nothing is written when something is wrong); Cancel returns
Rejected and the app then quits. On a new computer the officer may instead restore a backup
from a USB stick ("Restore from a backup…"): the dialog is then Accepted with ``restored`` set.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.schemas.commune import CommuneProfileOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.restore_dialog import RestoreDialog
from commune_care.ui.feedback import confirm
from commune_care.ui.widgets.commune_form import CommuneForm


class SetupDialog(QDialog):
    """After ``exec()``: ``saved_profile`` is the profile saved (None when cancelled)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_profile: CommuneProfileOut | None = None
        self.restored = False
        self.setWindowTitle(self.tr("Set up the commune"))

        heading = QLabel(self.tr("Welcome. First, tell the program which commune it serves."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "The commune's name, the agency lines and the officials' names are printed on"
                " every document and report; you can change them later in Settings."
            )
        )
        intro.setWordWrap(True)

        self.form = CommuneForm(show_village_usage=False)
        # The form starts with the province: the first thing to choose.
        self.form.province_combo.setFocus()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save and start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore from a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setToolTip(
            self.tr("A new computer: bring back the data from a backup on a USB stick")
        )
        self.restore_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_backup)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        hint = QLabel(self.tr("Fields marked * are required.   Enter: save   ·   Esc: cancel"))
        hint.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)
        self.resize(1120, 620)

    def save(self) -> None:
        saved = self.form.save(self.ctx.commune)
        if saved is None:
            return
        self.saved_profile = saved
        super().accept()

    def restore_backup(self) -> None:
        dialog = RestoreDialog(self.ctx.backup, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            self.restored = True
            self.form.mark_clean()
            super().accept()

    def accept(self) -> None:  # Enter on the default button ends up here too
        self.save()

    def discard(self) -> None:
        """Close without asking (e.g. the app is closing)."""
        self.form.mark_clean()
        super().reject()

    def reject(self) -> None:
        if self.form.is_dirty() and not confirm(
            self,
            self.tr("Leave the set-up?"),
            self.tr(
                "Nothing has been saved. Without a commune the program cannot open the register"
                " and will close. Leave anyway?"
            ),
        ):
            return
        super().reject()
