"""The window obeys the roles too: what the logged-in account may not use is hidden, or disabled
with a tooltip that says why. (The services refuse anyway — this spares the user the refusal.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from commune_care.domain.access import Actor, Permission


def denied_tooltip(permission: Permission) -> str:
    """'Your account may not …' with what the permission allows (Vietnamese, from the domain)."""
    text = QCoreApplication.translate(
        "Access", "Your account may not %1. Ask the administrator if you need it."
    )
    return text.replace("%1", permission.label)


class _KeepHidden(QObject):
    """Hides again a widget that its page shows (pages set their buttons' visibility from the
    record's state; a button the account may not use must stay hidden whatever the state)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.hide()
        return False


_KEEP_HIDDEN = _KeepHidden()


def hide_unless(actor: Actor, permission: Permission, *widgets: QWidget) -> bool:
    """Hide ``widgets`` for good unless ``actor`` holds ``permission`` (buttons whose state the
    page sets itself). Returns whether it is allowed."""
    allowed = actor.can(permission)
    if not allowed:
        for widget in widgets:
            widget.setVisible(False)
            widget.setEnabled(False)
            widget.installEventFilter(_KEEP_HIDDEN)
    return allowed


def disable_unless(actor: Actor, *items: QWidget | QAction, permission: Permission) -> bool:
    """Disable ``items`` with a tooltip saying why, unless ``actor`` holds ``permission``
    (menu actions and fixed buttons: the user sees that the action exists)."""
    allowed = actor.can(permission)
    if not allowed:
        for item in items:
            item.setEnabled(False)
            item.setToolTip(denied_tooltip(permission))
    return allowed


def workbook_export_missing(actor: Actor) -> Permission | None:
    """What the Excel workbook for the upper level needs that ``actor`` lacks (None: nothing).
    It holds the cases and placements, so their views are needed besides an export right."""
    for permission in (Permission.VIEW_CASES, Permission.VIEW_CARE):
        if not actor.can(permission):
            return permission
    if not actor.can_any(Permission.EXPORT_PERSONAL, Permission.EXPORT_STATISTICS):
        return Permission.EXPORT_STATISTICS
    return None


__all__ = ["denied_tooltip", "disable_unless", "hide_unless", "workbook_export_missing"]
