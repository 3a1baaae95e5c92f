"""Confidential fields on screen (Nghị định 56 Điều 24): masked until the user asks, with a reason.

A role that may see them still finds them masked ("••• Thông tin bảo mật — bấm Xem"): the officer
at a shared desk reveals one on purpose, the service records who, when and why, and the value
shows. A role that may not see them gets a plain "hidden" line and no button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.confidential import REASON_MAX
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.ui.access import denied_tooltip
from commune_care.ui.feedback import show_user_error

T = TypeVar("T")

MASK_STYLE = "QLabel { color: #4a2a66; font-style: italic; }"


class RevealDialog(QDialog):
    """Asks why the confidential field is needed; OK calls ``reveal(reason)`` (the service
    checks the permission and writes the audit row). A refused reason stays in the dialog."""

    def __init__(
        self, what: str, reveal: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self.value: object = None
        self.setWindowTitle(self.tr("Show confidential information"))
        intro = QLabel(
            self.tr(
                "%1 is confidential (Nghị định 56, Điều 24). Say why you need it: the reason is"
                " kept in the audit trail with your name and the time."
            ).replace("%1", what)
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("e.g. Preparing the support plan"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #b00020; }")
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Show"))
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.value = self._reveal(self.reason_edit.text())
        except InvalidInput as exc:  # the reason: say what to fix, keep the dialog open
            self.error_label.setText(exc.message)
            self.error_label.setVisible(True)
            self.reason_edit.setFocus()
            return
        except UserError as exc:  # e.g. AccessDenied: nothing to fix here
            show_user_error(self, exc)
            self.reject()
            return
        super().accept()


def ask_reveal(parent: QWidget | None, what: str, reveal: Callable[[str], T]) -> T | None:
    """The value ``reveal(reason)`` returns once the user gave a reason, or None (cancelled)."""
    dialog = RevealDialog(what, reveal, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value  # type: ignore[return-value]


def mask_text() -> str:
    return QCoreApplication.translate("Confidential", "••• Confidential information — click Show")


def hidden_text() -> str:
    return QCoreApplication.translate(
        "Confidential", "Hidden: your account may not see confidential information."
    )


class ConfidentialValue(QWidget):
    """A confidential text shown masked, with "Show" (reason asked) for a role that may see it."""

    revealed = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self._reveal: Callable[[str], str] | None = None
        # Test seam: how the reason is asked (a dialog by default).
        self.ask: Callable[[QWidget | None, str, Callable[[str], str]], str | None] = ask_reveal
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("Show…"))
        self.show_button.setAutoDefault(False)
        self.show_button.setToolTip(self.tr("Show it; you will be asked for the reason"))
        self.show_button.clicked.connect(self.reveal)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def masked(self) -> bool:
        return self.label.text() == mask_text()

    def set_content(
        self, has_value: bool, hidden: bool, reveal: Callable[[str], str] | None
    ) -> None:
        """``hidden``: the role may not see it (the service left it out). ``has_value``:
        something is recorded. ``reveal(reason)`` returns the value and records the reason."""
        self._reveal = reveal
        if hidden:
            self._show(hidden_text(), muted=True)
            self.show_button.setVisible(False)
            self.setToolTip(denied_tooltip(Permission.VIEW_CONFIDENTIAL))
        elif not has_value:
            self._show("—", muted=True)
            self.show_button.setVisible(False)
            self.setToolTip("")
        else:
            self._show(mask_text(), muted=True)
            self.show_button.setVisible(reveal is not None)
            self.setToolTip("")

    def reveal(self) -> None:
        if self._reveal is None:
            return
        value = self.ask(self, self.what, self._reveal)
        if value is None:
            return
        self._show(value, muted=False)
        self.show_button.setVisible(False)
        self.revealed.emit(value)

    def _show(self, text: str, muted: bool) -> None:
        self.label.setText(text or "—")
        self.label.setStyleSheet(MASK_STYLE if muted else "")


__all__ = ["ConfidentialValue", "RevealDialog", "ask_reveal"]
