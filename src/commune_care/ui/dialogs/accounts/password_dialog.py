"""Changing one's own password: asked from the menu, and required after an administrator has
reset it (then the only other way out is to log out)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.services.accounts import AccountsService
from commune_care.ui.dialogs.accounts.fields import error_label, password_edit, show_errors


class ChangePasswordDialog(QDialog):
    def __init__(
        self, accounts: AccountsService, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.forced = forced
        self.setWindowTitle(self.tr("Change my password"))
        min_length = accounts.settings().min_password_length

        intro = QLabel()
        intro.setWordWrap(True)
        if forced:
            intro.setText(
                self.tr(
                    "Your password was set by the administrator. Choose your own password before"
                    " you start: only you should know it."
                )
            )
        else:
            intro.setText(self.tr("Enter your current password, then the new one twice."))
        rule = QLabel(
            self.tr("At least %1 characters, not the same as your user name.").replace(
                "%1", str(min_length)
            )
        )
        rule.setStyleSheet("QLabel { color: #555; }")
        self.old_edit = password_edit(self.tr("Current password"))
        self.new_edit = password_edit(self.tr("New password"))
        self.repeat_edit = password_edit(self.tr("New password again"))
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        form.addRow("", rule)
        self.error_label = error_label()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Change the password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Log out") if forced else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.old_edit.setFocus()

    def save(self) -> None:
        fields = {
            "old_password": self.old_edit,
            "new_password": self.new_edit,
            "repeat": self.repeat_edit,
        }
        if self.new_edit.text() != self.repeat_edit.text():
            errors = {"repeat": self.tr("The two new passwords are not the same; type them again.")}
            show_errors(self.error_label, fields, errors)
            return
        try:
            self.accounts.change_own_password(self.old_edit.text(), self.new_edit.text())
        except InvalidInput as exc:
            show_errors(self.error_label, fields, exc.errors)
            return
        except UserError as exc:
            show_errors(self.error_label, fields, {"__all__": exc.message})
            return
        for edit in fields.values():
            edit.clear()
        super().accept()

    def accept(self) -> None:  # Enter
        self.save()
