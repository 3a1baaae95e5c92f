"""Choose a child of the register: type part of a name, code or parent's name, pick a row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.schemas.children import ChildSummary
from commune_care.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 150
LIMIT = 30


def child_line(child: ChildSummary) -> str:
    born = child.birth.display() if child.birth else ""
    parts = [child.full_name, child.code, born, child.village_name]
    parents = " / ".join(p for p in (child.father_name, child.mother_name) if p)
    return " · ".join(p for p in (*parts, parents) if p)


class ChildPickerDialog(QDialog):
    """After ``exec()``: ``chosen`` is the child picked (None when cancelled)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: ChildSummary | None = None
        self.matches: list[ChildSummary] = []
        self.setWindowTitle(title or self.tr("Choose a child"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Name, code, personal ID number or a parent's name…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAlternatingRowColors(True)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("QLabel { color: #666; }")
        self.buttons = QDialogButtonBox()
        self.choose_button = self.buttons.addButton(
            self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.choose_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.choose_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find the child in the register:")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(lambda _row: self._update())
        self.search_edit.installEventFilter(self)
        self.search_edit.setFocus()
        self._update()
        self.resize(640, 420)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search_edit.text()
        self.matches = self.ctx.children.search(text, limit=LIMIT) if text.strip() else []
        self.results.clear()
        for child in self.matches:
            item = QListWidgetItem(child_line(child))
            item.setData(ID_ROLE, child.id)
            self.results.addItem(item)
        if self.matches:
            self.results.setCurrentRow(0)
        if text.strip() and not self.matches:
            self.empty_label.setText(self.tr("No child matches. Try fewer letters."))
        else:
            self.empty_label.clear()
        self._update()

    def _update(self) -> None:
        self.choose_button.setEnabled(self.results.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search box move in the results; Enter chooses.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._timer.isActive():
                self.refresh()
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self._timer.isActive():
            self.refresh()
        row = self.results.currentRow()
        if row < 0 or row >= len(self.matches):
            return
        self.chosen = self.matches[row]
        super().accept()


__all__ = ["ChildPickerDialog", "child_line"]
