"""One check box per role, each with what it allows, for an account's roles."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from commune_care.domain.access import Role


class RoleChecks(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Role, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for role in Role:
            box = QCheckBox(role.label)
            box.setToolTip(self._what(role))
            box.toggled.connect(self.changed)
            self.boxes[role] = box
            layout.addWidget(box)
            note = QLabel(self._what(role))
            note.setWordWrap(True)
            note.setStyleSheet("QLabel { color: #555; margin-left: 22px; }")
            layout.addWidget(note)

    def _what(self, role: Role) -> str:
        return {
            Role.OFFICER: self.tr("All the work on the children's records, cases and documents"),
            Role.LEADER: self.tr("Reads everything, approves plans and decisions; edits nothing"),
            Role.JUSTICE: self.tr("Adoption, and the children's data it needs"),
            Role.ADMIN: self.tr("Accounts, settings, backups and restore"),
            Role.VIEWER: self.tr("Lists and statistics, nothing confidential"),
        }[role]

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: Iterable[Role]) -> None:
        chosen = set(roles)
        for role, box in self.boxes.items():
            box.setChecked(role in chosen)
