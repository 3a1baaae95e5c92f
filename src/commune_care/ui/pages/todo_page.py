"""Việc cần làm: what is due in every programme — case steps, placement follow-ups, adoption
deadlines — in one list, soonest first. Each line opens what it is about."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.schemas.todo import AREA_KINDS, TodoEntry, area_label
from commune_care.domain.support import Programme
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import fit_combo
from commune_care.ui.widgets.todo_table import TodoTable

# Programmes with no deadlines of their own: their services show under the others.
_NO_DUE_WORK = frozenset({Programme.MENTAL_HEALTH, Programme.OTHER})


class TodoPage(QWidget):
    open_entry = Signal(object)  # the TodoEntry to open; the main window knows where it goes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now: datetime | None = None  # test seam: the clock of the deadline states
        self._all: list[TodoEntry] = []
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("To do"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open what the selected line is about (Enter)"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_current)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.open_button)

        self.programme_combo = QComboBox()
        self.programme_combo.addItem(self.tr("All programmes"), None)
        for programme in Programme:
            if programme in _NO_DUE_WORK:
                continue
            self.programme_combo.addItem(programme.label, programme.value)
        for kind in AREA_KINDS:  # documents awaiting a number, the USB backup
            self.programme_combo.addItem(area_label(kind), kind)
        fit_combo(self.programme_combo, 20)
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.overdue_check.toggled.connect(lambda _c: self._show())
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.programme_combo)
        filters.addWidget(show)
        filters.addWidget(self.programme_combo)
        filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)

        hint = QLabel(
            self.tr(
                "What is due in every programme, soonest first: case steps with their legal time"
                " limits, placement follow-ups and adoption deadlines, documents awaiting a"
                " number and the USB backup. Enter opens the record."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #444; }")
        self.table = TodoTable(show_programme=True)
        self.table.open_entry.connect(self.open_entry)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.empty_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def reload(self) -> None:
        self._all = self.ctx.todo.items(self.now or datetime.now())
        self._show()

    def _show(self) -> None:
        chosen = self.programme_combo.currentData()
        entries = [
            e
            for e in self._all
            if (
                chosen is None
                or e.subject_kind == chosen
                or (e.programme.value == chosen and e.subject_kind not in AREA_KINDS)
            )
            and (not self.overdue_check.isChecked() or e.overdue)
        ]
        self.table.set_entries(entries)
        n, overdue = len(entries), self.table.overdue_count()
        text = self.tr("1 thing to do") if n == 1 else self.tr("{0} things to do").format(n)
        if overdue:
            text += self.tr(", {0} overdue").format(overdue)
        self.count_label.setText(text)
        if n:
            self.empty_label.clear()
        elif self._all:
            self.empty_label.setText(self.tr("Nothing matches the filters."))
        else:
            self.empty_label.setText(self.tr("Nothing is due in any programme."))
        self._update_buttons()

    def _open_current(self) -> None:
        self.table.open_row(self.table.currentRow())

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.current_entry() is not None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()  # the deadline states move with the clock


__all__ = ["TodoPage"]
