"""Home: where the commune stands against its targets, what is due, and the register at a
glance (issue #9). Every number opens the children (or cases) it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.dates import format_date
from commune_care.domain.enums import ChildStatus
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.schemas.stats import RegisterCounts, StatCount
from commune_care.ui.context import AppContext
from commune_care.ui.models.child_table_model import thousands
from commune_care.ui.pages.home_dashboard import DashboardView

NUMBER_STYLE = (
    "QPushButton { border: none; color: #0b57d0; font-weight: bold; text-align: right;"
    " padding: 1px 6px; }"
    " QPushButton:hover { text-decoration: underline; background: #eef3fd; }"
    " QPushButton:focus { background: #dde7fb; }"
)
ZERO_STYLE = NUMBER_STYLE.replace("#0b57d0", "#777")
TILE_STYLE = "QFrame#tile { background: #f6f8fb; border: 1px solid #d5dbe5; border-radius: 6px; }"
MUTED_STYLE = "QLabel { color: #555; }"


class NumberButton(QPushButton):
    """A number that opens the children it counts."""

    def __init__(self, item: StatCount, label: str, big: bool = False) -> None:
        super().__init__(thousands(item.count))
        self.item = item
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(ZERO_STYLE if item.count == 0 else NUMBER_STYLE)
        self.setToolTip(self.tr("Show these children in the list"))
        self.setAccessibleName(f"{label}: {thousands(item.count)}")
        if big:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            self.setFont(font)


class HomePage(QWidget):
    """``open_children(ChildFilter)``: show the list narrowed to the number clicked;
    ``open_cases(CaseFilter)`` the cases list; ``open_entry(TodoEntry)`` a due line's record."""

    open_children = Signal(object)
    open_cases = Signal(object)
    open_entry = Signal(object)
    open_todo = Signal()
    open_activities = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: RegisterCounts | None = None
        self.buttons: dict[str, NumberButton] = {}
        self._build()
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Child protection in the commune"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.as_of_label = QLabel()
        self.as_of_label.setStyleSheet(MUTED_STYLE)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year of the figures"))
        self.year_combo.setToolTip(self.tr("The year of the targets, the quarters and activities"))
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.as_of_label)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(8)
        top.addWidget(self.refresh_button)

        self.dashboard = DashboardView(self.ctx)
        for signal in ("open_children", "open_cases", "open_entry", "open_todo",
                       "open_activities"):  # fmt: skip
            getattr(self.dashboard, signal).connect(getattr(self, signal))
        register_title = QLabel(self.tr("The register today"))
        register_font = register_title.font()
        register_font.setPointSizeF(register_font.pointSizeF() * 1.15)
        register_font.setBold(True)
        register_title.setFont(register_font)
        register_title.setContentsMargins(0, 8, 0, 0)

        self.empty_label = QLabel(
            self.tr("No child is registered yet. Add the children on the Children page.")
        )
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.empty_label.hide()

        # Filled by reload(): the tiles, and the three tables of numbers.
        self.tiles = QHBoxLayout()
        self.sex_grid = QGridLayout()
        self.age_grid = QGridLayout()
        self.group_grid = QGridLayout()
        for grid in (self.sex_grid, self.age_grid, self.group_grid):
            grid.setVerticalSpacing(3)  # the 19 groups fit a 768-pixel-high screen
        self.no_birth_label = QLabel()
        self.no_birth_label.setWordWrap(True)
        self.no_birth_label.setStyleSheet(MUTED_STYLE)

        sex_box = QGroupBox(self.tr("Under management, by sex"))
        sex_box.setLayout(self.sex_grid)
        age_box = QGroupBox(self.tr("Under management, by age"))
        age_layout = QVBoxLayout(age_box)
        age_layout.addLayout(self.age_grid)
        age_layout.addWidget(self.no_birth_label)
        left = QVBoxLayout()
        left.addWidget(sex_box)
        left.addWidget(age_box)
        left.addStretch(1)

        group_box = QGroupBox(self.tr("Under management, by group (groups held today)"))
        group_box.setLayout(self.group_grid)

        columns = QHBoxLayout()
        columns.addLayout(left, 4)
        columns.addWidget(group_box, 9)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addWidget(self.dashboard)
        inner.addWidget(register_title)
        inner.addLayout(self.tiles)
        inner.addWidget(self.empty_label)
        inner.addLayout(columns)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # --- numbers -----------------------------------------------------------------------
    def reload(self) -> None:
        """Count again (as of today) and show the numbers."""
        self._fill_years()
        self.counts = self.ctx.stats.counts()
        self.dashboard.reload(self.year_combo.currentData(), self.counts)
        self._show(self.counts)

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        years = self.ctx.activities.years()
        if [self.year_combo.itemData(i) for i in range(self.year_combo.count())] == years:
            return
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    def _year_changed(self) -> None:
        if self.counts is not None:
            self.dashboard.reload(self.year_combo.currentData())

    def button(self, key: str) -> NumberButton:
        """The number with this key (``StatCount.key``: "sex:nu", "group:hcdb_d", …)."""
        return self.buttons[key]

    def _number(self, item: StatCount, label: str, big: bool = False) -> NumberButton:
        button = NumberButton(item, label, big)
        button.clicked.connect(lambda: self.open_children.emit(button.item.filter))
        self.buttons[item.key] = button
        return button

    def _show(self, counts: RegisterCounts) -> None:
        focused_key = next((k for k, b in self.buttons.items() if b.hasFocus()), None)
        self.buttons.clear()
        for layout in (self.tiles, self.sex_grid, self.age_grid, self.group_grid):
            _clear(layout)
        self.as_of_label.setText(self.tr("as of {0}").format(format_date(counts.on)))

        statuses = {item.key: item for item in counts.by_status}
        tiles = (
            (counts.under_management, self.tr("Children under management")),
            (counts.turned_16, ChildStatus.TURNED_16.label),
            (statuses[f"status:{ChildStatus.MOVED_AWAY.value}"], ChildStatus.MOVED_AWAY.label),
            (statuses[f"status:{ChildStatus.DECEASED.value}"], ChildStatus.DECEASED.label),
            (counts.register_total, self.tr("All records in the register")),
            (counts.archived, self.tr("Archived records")),
        )
        for item, label in tiles:
            self.tiles.addWidget(self._tile(item, label))

        for grid, items in ((self.sex_grid, counts.by_sex), (self.age_grid, counts.by_age_band)):
            for row, item in enumerate(items):
                self._row(grid, row, item, item.label)

        if counts.without_birth_date:
            self.no_birth_label.setText(
                self.tr("{0} with no date of birth recorded (in no age group).").format(
                    thousands(counts.without_birth_date)
                )
            )
            self.no_birth_label.show()
        else:
            self.no_birth_label.hide()

        row = 0
        special = [i for i in counts.by_group if _is_special(i)]
        others = [i for i in counts.by_group if not _is_special(i)]
        sections: tuple[tuple[str, list[StatCount]], ...] = (
            (self.tr("Children in special circumstances (Law on Children, Article 10)"), special),
            (self.tr("Other groups followed"), others),
        )
        for heading, group_items in sections:
            title = QLabel(heading)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            if row:
                title.setContentsMargins(0, 6, 0, 0)
            self.group_grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for item in group_items:
                self._row(self.group_grid, row, item, item.label)
                row += 1
        self.group_grid.setColumnStretch(0, 1)

        self.empty_label.setVisible(counts.register_total.count == 0 and not counts.archived.count)
        if focused_key in self.buttons:
            self.buttons[focused_key].setFocus()

    def _tile(self, item: StatCount, label: str) -> QFrame:
        tile = QFrame()
        tile.setObjectName("tile")
        tile.setStyleSheet(TILE_STYLE)
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(0)
        number = self._number(item, label, big=True)
        number.setStyleSheet(number.styleSheet().replace("text-align: right", "text-align: left"))
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(number)
        layout.addWidget(number, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(caption)
        return tile

    def _row(self, grid: QGridLayout, row: int, item: StatCount, label: str) -> None:
        text = QLabel(label)
        text.setWordWrap(True)
        text.setToolTip(label)
        number = self._number(item, label)
        text.setBuddy(number)
        grid.addWidget(text, row, 0)
        grid.addWidget(number, row, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.counts is None and not event.spontaneous():
            # The first time only; the main window reloads on each visit. Deferred, so that
            # a reload() right after showing is not done twice.
            QTimer.singleShot(0, self._load_once)

    def _load_once(self) -> None:
        if self.counts is None:
            self.reload()


def _is_special(item: StatCount) -> bool:
    code = item.filter.group_code or ""
    group = GROUP_BY_CODE.get(code)
    return group is not None and group.is_special_circumstance


def _clear(layout: QHBoxLayout | QGridLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            break
        widget = child.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
