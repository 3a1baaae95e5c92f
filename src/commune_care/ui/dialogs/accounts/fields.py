"""What the account dialogs share: a password field, and showing a service's field errors."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from commune_care.ui.widgets.date_edit import set_error_state

ERROR_STYLE = "QLabel { color: #b3261e; }"


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    edit.setAccessibleName(accessible_name)
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def show_errors(label: QLabel, fields: Mapping[str, QWidget], errors: Mapping[str, str]) -> None:
    """Each message under the form, each wrong field marked; an empty mapping clears them."""
    for name, widget in fields.items():
        set_error_state(widget, errors.get(name, ""))
    label.setText("\n".join(errors.values()))
    label.setVisible(bool(errors))
    for name, widget in fields.items():
        if name in errors:
            widget.setFocus()
            break
