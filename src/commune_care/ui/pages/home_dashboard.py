"""The top of the home page (issue #9): where the commune stands against QĐ 1591/QĐ-TTg, the
year's figures, the quarters, children by group and what is due — what the officer and the Chủ
tịch look at first. Every number opens the list behind it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.schemas.dashboard import Dashboard, Tile
from commune_care.domain.schemas.stats import RegisterCounts
from commune_care.domain.schemas.todo import TodoEntry
from commune_care.ui.context import AppContext
from commune_care.ui.widgets.charts import Bar, BarChart, ProgressChart, QuarterChart, Series
from commune_care.ui.widgets.charts import vn_int as thousands
from commune_care.ui.widgets.todo_table import TodoTable

CARD_STYLE = (
    "QFrame#card { background: #ffffff; border: 1px solid #d5dbe5; border-radius: 8px; }"
    " QFrame#card QLabel#cardTitle { color: #1f2933; font-weight: bold; }"
)
TILE_STYLE = (
    "QPushButton#tile { background: #f6f8fb; border: 1px solid #d5dbe5; border-radius: 6px;"
    " text-align: left; padding: 6px 10px; color: #1f2933; }"
    " QPushButton#tile:hover { background: #eef3fd; border-color: #0b57d0; }"
    " QPushButton#tile:focus { border: 2px solid #0b57d0; }"
)
ALERT_TILE_STYLE = TILE_STYLE.replace("#f6f8fb", "#fdecea").replace("#d5dbe5", "#e6a7a1")
LINK_STYLE = (
    "QPushButton { border: none; color: #0b57d0; text-align: left; padding: 2px 0; }"
    " QPushButton:hover { text-decoration: underline; }"
    " QPushButton:focus { text-decoration: underline; background: #eef3fd; }"
)
ALERT_LINK_STYLE = LINK_STYLE.replace("#0b57d0", "#b3261e")
DUE_ROWS = 10  # the most urgent lines; "Xem tất cả" opens the whole list
QUARTERS = ("Quý I", "Quý II", "Quý III", "Quý IV")


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 10)
    layout.setSpacing(4)
    if title:
        label = QLabel(title)
        label.setObjectName("cardTitle")
        label.setWordWrap(True)
        layout.addWidget(label)
    return frame, layout


class TargetChart(ProgressChart):
    """A progress chart that opens its list when clicked (or on Enter with the focus)."""

    clicked = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class NumberTile(QPushButton):
    """A figure with its caption; a click opens the list behind it."""

    def __init__(self, tile: Tile, alert: bool = False) -> None:
        super().__init__()
        self.tile = tile
        self.setObjectName("tile")
        self.setStyleSheet(ALERT_TILE_STYLE if alert and tile.value else TILE_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        number = QLabel(thousands(tile.value))
        font = number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        number.setFont(font)
        number.setStyleSheet("color: #b3261e;" if alert and tile.value else "color: #0b57d0;")
        caption = QLabel(tile.label)
        caption.setWordWrap(True)
        caption.setStyleSheet("color: #3e4c59;")
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        caption.setFixedHeight(caption.fontMetrics().lineSpacing() * 2 + 2)  # two lines
        for label in (number, caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(number)
        layout.addWidget(caption)
        self.setMinimumHeight(number.sizeHint().height() + caption.height() + 12)
        self.setAccessibleName(f"{tile.label}: {thousands(tile.value)}")
        self.setToolTip(self.tr("Open the list behind this number"))


class DashboardView(QWidget):
    open_children = Signal(object)  # ChildFilter
    open_cases = Signal(object)  # CaseFilter
    open_entry = Signal(object)  # TodoEntry
    open_todo = Signal()
    open_activities = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard: Dashboard | None = None
        self.entries: list[TodoEntry] = []
        self.tiles: dict[str, NumberTile] = {}
        self.links: dict[str, QPushButton] = {}
        self.now: datetime | None = None  # test seam: the clock of the due list
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        mh_card, mh = card(self.tr("Children with mental-health problems reached by services"))
        self.mental_chart = TargetChart()
        self.mental_chart.clicked.connect(lambda: self._open_tile("mental_health"))
        self.mental_link = self._link("mental_health_not_reached")
        mh.addWidget(self.mental_chart)
        mh.addWidget(self.mental_link)
        mh.addStretch(1)

        or_card, orph = card(self.tr("Orphans in alternative care"))
        self.orphans_chart = TargetChart()
        self.orphans_chart.clicked.connect(lambda: self._open_tile("orphans"))
        self.orphans_link = self._link("orphans_not_in_care")
        orph.addWidget(self.orphans_chart)
        orph.addWidget(self.orphans_link)
        orph.addStretch(1)

        q_card, quarters = card("")
        self.quarter_chart = QuarterChart()
        self.quarter_chart.setMinimumHeight(self.fontMetrics().height() * 10)
        quarters.addWidget(self.quarter_chart)

        targets = QVBoxLayout()
        targets.setSpacing(10)
        targets.addWidget(mh_card)
        targets.addWidget(or_card)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(targets, 1)
        top.addWidget(q_card, 1)

        self.tile_row = QHBoxLayout()
        self.tile_row.setSpacing(8)

        due_card, due = card(self.tr("To do — most urgent first"))
        self.due_table = TodoTable(show_programme=True)
        self.due_table.open_entry.connect(self.open_entry)
        self.due_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((11, 10, 14, 13, 16)):  # narrower than the to-do page
            self.due_table.horizontalHeader().resizeSection(column, chars * char + 12)
        self.due_table.setColumnHidden(3, True)  # the record's code: the line opens it
        self.due_count = QLabel()
        self.due_count.setStyleSheet("color: #3e4c59;")
        self.all_due_button = QPushButton(self.tr("Show all"))
        self.all_due_button.setAutoDefault(False)
        self.all_due_button.clicked.connect(self.open_todo)
        due_foot = QHBoxLayout()
        due_foot.addWidget(self.due_count, 1)
        due_foot.addWidget(self.all_due_button)
        due.addWidget(self.due_table)
        due.addLayout(due_foot)
        due.addStretch(1)

        group_card, groups = card(self.tr("Children under management by group (today)"))
        self.group_chart = BarChart()
        self.group_chart.bar_clicked.connect(self._open_group)
        groups.addWidget(self.group_chart)
        groups.addStretch(1)

        bottom = QGridLayout()
        bottom.setHorizontalSpacing(10)
        bottom.addWidget(due_card, 0, 0)
        bottom.addWidget(group_card, 0, 1)
        bottom.setColumnStretch(0, 3)
        bottom.setColumnStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(self.tile_row)
        layout.addLayout(bottom)

    def _link(self, key: str) -> QPushButton:
        button = QPushButton()
        button.setFlat(True)
        button.setAutoDefault(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(LINK_STYLE)
        button.clicked.connect(lambda: self._open_tile(key))
        self.links[key] = button
        return button

    # --- showing -----------------------------------------------------------------------
    def reload(self, year: int | None = None, register: RegisterCounts | None = None) -> Dashboard:
        """The figures now; the due list a moment later (``load_due``), so the tiles show
        first — "Việc cần làm" of every programme is the slow part at 100,000 children."""
        now = self.now or datetime.now()
        self.dashboard = d = self.ctx.dashboard.overview(year, now, register=register)
        self._show_targets(d)
        self._show_tiles(d)
        self._show_quarters(d)
        self.group_chart.set_bars([Bar(t.label, t.value) for t in d.groups])
        if not self.entries:
            self.due_count.setText(self.tr("Counting what is due…"))
        QTimer.singleShot(0, self.load_due)
        return d

    def load_due(self) -> None:
        self.entries = self.ctx.todo.items(self.now or datetime.now())
        self._show_due()

    def _show_targets(self, d: Dashboard) -> None:
        mh, orph = d.mental_health, d.orphans
        self.mental_chart.set_value(
            mh.pct, mh.target_pct,
            self.tr("{0} of {1} children reached in {2}").format(
                thousands(mh.value), thousands(mh.whole or 0), d.year),
        )  # fmt: skip
        self.orphans_chart.set_value(
            orph.pct, orph.target_pct,
            self.tr("{0} of {1} orphans, on {2}").format(
                thousands(orph.value), thousands(orph.whole or 0), d.on.strftime("%d/%m/%Y")),
        )  # fmt: skip
        for key, tile, text in (
            ("mental_health_not_reached", d.mental_health_not_reached,
             self.tr("{0} not reached yet — show them")),
            ("orphans_not_in_care", d.orphans_not_in_care,
             self.tr("{0} without alternative care — show them")),
        ):  # fmt: skip
            link = self.links[key]
            link.setText(text.format(thousands(tile.value)))
            link.setStyleSheet(ALERT_LINK_STYLE if tile.value else LINK_STYLE)
            link.setEnabled(tile.value > 0)

    def _show_tiles(self, d: Dashboard) -> None:
        while self.tile_row.count():
            item = self.tile_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.tiles.clear()
        for tile, alert in (
            (d.under_management, False), (d.cases_open, False), (d.cases_overdue, True),
            (d.activities, False), (d.sponsored, False), (d.assisted, False),
        ):  # fmt: skip
            button = NumberTile(tile, alert)
            button.clicked.connect(lambda _c=False, key=tile.key: self._open_tile(key))
            self.tiles[tile.key] = button
            self.tile_row.addWidget(button, 1)
        height = max(b.minimumHeight() for b in self.tiles.values())
        for b in self.tiles.values():
            b.setFixedHeight(height)  # one row of equal tiles, whatever their captions

    def _show_quarters(self, d: Dashboard) -> None:
        self.quarter_chart.title = self.tr("By quarter, {0} (from 1 January)").format(d.year)
        self.quarter_chart.set_series(
            QUARTERS,
            [
                Series(self.tr("Mental health, reached"),
                       tuple(q.mental_health_pct for q in d.quarters),
                       d.targets.mental_health_pct),
                Series(self.tr("Orphans in alternative care"),
                       tuple(q.orphans_in_care_pct for q in d.quarters),
                       d.targets.orphans_in_care_pct),
            ],
        )  # fmt: skip

    def _show_due(self) -> None:
        shown = self.entries[:DUE_ROWS]
        self.due_table.set_entries(shown)
        rows = max(len(shown), 3)
        header = self.due_table.horizontalHeader().height()
        self.due_table.setFixedHeight(header + rows * self.due_table.verticalHeader()
                                      .defaultSectionSize() + 4)  # fmt: skip
        overdue = sum(1 for e in self.entries if e.overdue)
        if not self.entries:
            text = self.tr("Nothing is due in any programme.")
        else:
            text = self.tr("{0} things to do, {1} overdue").format(len(self.entries), overdue)
        self.due_count.setText(text)
        self.all_due_button.setEnabled(bool(self.entries))

    # --- opening -----------------------------------------------------------------------
    def tile(self, key: str) -> Tile:
        """The tile with this key (``Tile.key``, or "mental_health" / "orphans" / a link's)."""
        assert self.dashboard is not None
        d = self.dashboard
        named = {
            "mental_health": d.mental_health, "orphans": d.orphans,
            "mental_health_not_reached": d.mental_health_not_reached,
            "orphans_not_in_care": d.orphans_not_in_care,
        }  # fmt: skip
        if key in named:
            return named[key]
        return next(t for t in d.tiles() if t.key == key)

    def _open_tile(self, key: str) -> None:
        tile = self.tile(key)
        if tile.children is not None:
            self.open_children.emit(tile.children)
        elif tile.cases is not None:
            self.open_cases.emit(tile.cases)
        elif key == "activities":
            self.open_activities.emit()

    def _open_group(self, index: int) -> None:
        if self.dashboard is not None and 0 <= index < len(self.dashboard.groups):
            group = self.dashboard.groups[index]
            if group.children is not None:
                self.open_children.emit(group.children)


__all__ = ["DashboardView", "NumberTile", "TargetChart"]
