"""The search box at the top of the main window: find a child from anywhere (Ctrl+F).

Typing shows the best matches in a popup (same search as the children list: words are
prefixes, case, diacritics and đ ignored); choosing one opens the child. Enter without a choice
opens the only match, or shows all matches in the children list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from commune_care.domain.schemas.children import ChildSummary
from commune_care.ui.context import AppContext

POPUP_ROWS = 12
DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickSearch(QLineEdit):
    open_child = Signal(int)
    show_all = Signal(str)  # the text, to list every match in the children page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Find a child: name, code, ID number, parent… (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.matches: list[ChildSummary] = []
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(POPUP_ROWS)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._enter)

    def refresh(self) -> None:
        """Search now and show the popup (the timer calls this while the user types)."""
        self._timer.stop()
        text = self.text()
        self.matches = self.ctx.children.search(text, limit=POPUP_ROWS) if text.strip() else []
        self.results.clear()
        for child in self.matches:
            self.results.appendRow(self._item(child))
        if self.matches:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _item(self, child: ChildSummary) -> QStandardItem:
        born = child.birth.display() if child.birth else self.tr("birth date unknown")
        parts = [child.full_name, born, child.village_name, child.code]
        item = QStandardItem(" · ".join(p for p in parts if p))
        item.setData(child.id, ID_ROLE)
        item.setEditable(False)
        return item

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        child_id = index.data(ID_ROLE)
        if child_id is None:
            return
        self._finish()
        self.open_child.emit(int(child_id))

    def _enter(self) -> None:
        if self.completer_.popup().isVisible():
            return  # the popup handles Enter on its current row
        text = self.text().strip()
        if not text:
            return
        self.refresh()
        if len(self.matches) == 1:
            child_id = self.matches[0].id
            self._finish()
            self.open_child.emit(child_id)
        else:
            self._finish()
            self.show_all.emit(text)

    def _finish(self) -> None:
        self.completer_.popup().hide()
        # Leave the box empty for the next search; the text is not needed once a child opens.
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.matches = []
