"""The app's message boxes: errors the user can fix, bugs, and yes/no questions.

One place so every page speaks the same way (DESIGN.md §6): a ``UserError`` is shown as its
Vietnamese message; anything else is a bug — logged with its traceback by the caller or the crash
hook, shown once with a "Copy details" button and the log folder, and the app keeps running.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from commune_care.domain.errors import UserError


def show_user_error(parent: QWidget | None, err: UserError | str) -> None:
    """A problem the user can fix: the message says what to do."""
    message = err if isinstance(err, str) else err.message
    title = QCoreApplication.translate("Feedback", "Cannot continue")
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default so Enter never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_problem(parent: QWidget | None, exc: BaseException, log_folder: str = "") -> None:
    """What reaches the crash hook. A ``UserError`` no page caught (an ``AccessDenied`` for an
    action the window should not have offered) is still shown as its Vietnamese message, never
    as a bug; anything else is a bug."""
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
        return
    show_bug(parent, exc, log_folder)


def bug_details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_bug(parent: QWidget | None, exc: BaseException, log_folder: str = "") -> None:
    """An unexpected error: say so plainly, offer the details for the support person."""
    details = bug_details(exc)
    title = QCoreApplication.translate("Feedback", "Unexpected error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, "", parent=parent)
    text = QCoreApplication.translate(
        "Feedback",
        "The program hit an unexpected error. What you have saved is safe; "
        "the last action may not have finished.",
    )
    if log_folder:
        where = QCoreApplication.translate("Feedback", "The details are written to the log in: %1")
        text += "\n\n" + where.replace("%1", log_folder)
    box.setText(text)
    box.setDetailedText(details)
    copy_label = QCoreApplication.translate("Feedback", "Copy details")
    copy = box.addButton(copy_label, QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    while True:
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(details)
            continue  # the action button closes the box; keep it open until Close
        break
