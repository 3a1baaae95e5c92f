"""Mental-health follow-up (issue #3, item 4; QĐ 1591/QĐ-TTg).

For a period (a year, or from one date to another): the indicator — children flagged with a
mental-health problem or high risk during the period, how many received at least one
counselling / psychological / social service in it, the share against the 80 % target — the
flagged children with who identified them, when, on what basis and the services they received,
and the children not reached yet. Enter or a double-click on a child opens the child's page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.children import ChildSummary
from commune_care.domain.schemas.support import (
    MentalHealthFlagOut,
    MentalHealthIndicator,
    ServiceOut,
)
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import ERROR_COLOR
from commune_care.ui.dialogs.providers_dialog import (
    HINT_STYLE,
    fit_rows,
    make_table,
    set_widths,
    table_item,
)
from commune_care.ui.feedback import show_user_error
from commune_care.ui.widgets.date_edit import DateLineEdit

MET_STYLE = (
    "QLabel { background: #e3f1e5; color: #1d5b2a; border: 1px solid #a8cdb0;"
    " border-radius: 4px; padding: 6px 12px; font-weight: bold; }"
)
NOT_MET_STYLE = (
    "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e6a7a1;"
    " border-radius: 4px; padding: 6px 12px; font-weight: bold; }"
)
NONE_STYLE = (
    "QLabel { background: #eceff1; color: #263238; border: 1px solid #b0bec5;"
    " border-radius: 4px; padding: 6px 12px; }"
)
REACHED_COLOR = QColor("#1d5b2a")
NOT_REACHED_COLOR = QColor(ERROR_COLOR)


def format_pct(value: float | None) -> str:
    """12.5 → "12,5 %" (Vietnamese decimal comma); None → "—"."""
    if value is None:
        return "—"
    text = f"{value:.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')} %"


class _OpenFilter(QObject):
    """Enter on a table opens the child of the current row."""

    def __init__(self, page: MentalHealthPage, table: QTableWidget) -> None:
        super().__init__(table)
        self._page = page
        self._table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._page.open_row(self._table, self._table.currentRow())
                return True
        return super().eventFilter(watched, event)


class MentalHealthPage(QWidget):
    """``open_child(int)`` asks the main window to open a child's page."""

    open_child = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.indicator: MentalHealthIndicator | None = None
        self.flags: list[MentalHealthFlagOut] = []
        self._loaded = False
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Mental health follow-up"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Children with a mental-health problem or at high risk, and whether they were"
                " reached by counselling, psychological support or social services"
                " (Decision 1591/QĐ-TTg: target 80 %)."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet(HINT_STYLE)

        # period
        today = date.today()
        self.year_radio = QRadioButton(self.tr("&Year"))
        self.range_radio = QRadioButton(self.tr("&From"))
        group = QButtonGroup(self)
        group.addButton(self.year_radio)
        group.addButton(self.range_radio)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 40)
        self.from_edit = DateLineEdit(required=True)
        self.to_edit = DateLineEdit(required=True)
        self.from_edit.set_date(date(today.year, 1, 1))
        self.to_edit.set_date(today)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.to_edit)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)
        self.year_radio.setChecked(True)
        self.year_radio.toggled.connect(self._on_mode)
        self.year_spin.valueChanged.connect(lambda _v: self._auto_reload())
        self.year_spin.editingFinished.connect(self._auto_reload)
        for edit in (self.from_edit, self.to_edit):
            edit.returnPressed.connect(self.reload)
        self.period_error = QLabel()
        self.period_error.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; }}")
        self.period_error.setWordWrap(True)
        self.period_error.hide()

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period:")))
        period.addWidget(self.year_radio)
        period.addWidget(self.year_spin)
        period.addSpacing(20)
        period.addWidget(self.range_radio)
        period.addWidget(self.from_edit)
        period.addWidget(to_label)
        period.addWidget(self.to_edit)
        period.addSpacing(12)
        period.addWidget(self.show_button)
        period.addStretch(1)

        # the indicator
        box = QGroupBox(self.tr("Indicator (Decision 1591/QĐ-TTg)"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(28)
        self.flagged_value = self._number()
        self.reached_value = self._number()
        self.pct_value = self._number()
        self.not_reached_value = self._number()
        captions = (
            self.tr("Children flagged in the period"),
            self.tr("Reached by a service in the period"),
            self.tr("Share reached"),
            self.tr("Not reached yet"),
        )
        values = (self.flagged_value, self.reached_value, self.pct_value, self.not_reached_value)
        for column, (caption, value) in enumerate(zip(captions, values, strict=True)):
            label = QLabel(caption)
            label.setStyleSheet(HINT_STYLE)
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
        self.target_badge = QLabel()
        self.target_badge.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.target_badge, 0, 4, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(5, 1)
        self.period_label = QLabel()
        self.types_label = QLabel()
        self.types_label.setWordWrap(True)
        for label in (self.period_label, self.types_label):
            label.setStyleSheet(HINT_STYLE)
        grid.addWidget(self.period_label, 2, 0, 1, 6)
        grid.addWidget(self.types_label, 3, 0, 1, 6)

        # the lists
        self.not_reached_table = make_table(
            [
                self.tr("Code"),
                self.tr("Full name"),
                self.tr("Age"),
                self.tr("Village"),
                self.tr("Father / mother"),
            ]
        )
        set_widths(self.not_reached_table, (100, 230, 60, 160, 300), stretch=4)
        self.flags_table = make_table(
            [
                self.tr("Code"),
                self.tr("Full name"),
                self.tr("Group"),
                self.tr("Identified by"),
                self.tr("Since"),
                self.tr("Basis"),
                self.tr("Services received"),
                self.tr("Reached"),
            ]
        )
        set_widths(self.flags_table, (80, 165, 190, 140, 88, 150, 260, 70), stretch=6)
        for table in (self.not_reached_table, self.flags_table):
            table.doubleClicked.connect(lambda index, t=table: self.open_row(t, index.row()))
            _OpenFilter(self, table)
        self.not_reached_empty = QLabel()
        self.not_reached_empty.setStyleSheet(HINT_STYLE)
        self.flags_note = QLabel()
        self.flags_note.setStyleSheet(HINT_STYLE)
        self.flags_note.setWordWrap(True)

        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        not_reached = QWidget()
        nr_layout = QVBoxLayout(not_reached)
        nr_layout.setContentsMargins(0, 6, 0, 0)
        nr_layout.addWidget(self.not_reached_empty)
        nr_layout.addWidget(self.not_reached_table, 1)
        flagged = QWidget()
        fl_layout = QVBoxLayout(flagged)
        fl_layout.setContentsMargins(0, 6, 0, 0)
        fl_layout.addWidget(self.flags_note)
        fl_layout.addWidget(self.flags_table, 1)
        self.lists.addTab(not_reached, self.tr("Not reached yet"))
        self.lists.addTab(flagged, self.tr("Flagged children"))
        hint = QLabel(self.tr("Enter or double-click opens the child's record."))
        hint.setStyleSheet(HINT_STYLE)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(period)
        layout.addWidget(self.period_error)
        layout.addWidget(box)
        layout.addWidget(self.lists, 1)
        layout.addWidget(hint)
        self._on_mode()

    def _number(self) -> QLabel:
        label = QLabel("—")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- the period --------------------------------------------------------------------
    def _on_mode(self, _checked: bool = False) -> None:
        by_year = self.year_radio.isChecked()
        self.year_spin.setEnabled(by_year)
        self.from_edit.setEnabled(not by_year)
        self.to_edit.setEnabled(not by_year)
        self._auto_reload()

    def _auto_reload(self) -> None:
        if self._loaded and self.year_radio.isChecked():
            self.reload()

    def set_year(self, year: int) -> None:
        self.year_radio.setChecked(True)
        self.year_spin.setValue(year)
        self.reload()

    def set_period(self, start: date, end: date) -> None:
        self.range_radio.setChecked(True)
        self.from_edit.set_date(start)
        self.to_edit.set_date(end)
        self.reload()

    def period(self) -> tuple[date, date] | None:
        """The period chosen, or None (and the message shown) when a date is wrong."""
        if self.year_radio.isChecked():
            year = self.year_spin.value()
            return date(year, 1, 1), date(year, 12, 31)
        errors = [e for e in (self.from_edit.error(), self.to_edit.error()) if e]
        if errors:
            self._period_error("\n".join(errors))
            return None
        start, end = self.from_edit.date(), self.to_edit.date()
        assert start is not None and end is not None
        return start, end

    def _period_error(self, message: str) -> None:
        self.period_error.setText(message)
        self.period_error.setVisible(bool(message))

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # services may have been recorded since: cheap (a few queries)

    def reload(self) -> None:
        self._loaded = True
        chosen = self.period()
        if chosen is None:
            return
        start, end = chosen
        try:
            indicator = self.ctx.indicators.mental_health(start, end)
            flags = self.ctx.indicators.mental_health_flags(min(end, date.today()))
        except InvalidInput as exc:
            self._period_error("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._period_error("")
        self.indicator = indicator
        self.flags = flags
        self._show_indicator(indicator)
        self._fill_not_reached(indicator.not_reached)
        self._fill_flags(flags, {c.id for c in indicator.not_reached})

    def _show_indicator(self, ind: MentalHealthIndicator) -> None:
        self.flagged_value.setText(f"{ind.flagged_children:,}".replace(",", "."))
        self.reached_value.setText(f"{ind.reached_children:,}".replace(",", "."))
        self.pct_value.setText(format_pct(ind.reached_pct))
        self.not_reached_value.setText(f"{len(ind.not_reached):,}".replace(",", "."))
        met = ind.meets_target
        if met is None:
            text, style = self.tr("No child flagged in this period"), NONE_STYLE
        elif met:
            text = self.tr("Target met: {0} reached (target {1} %)").format(
                format_pct(ind.reached_pct), ind.target_pct
            )
            style = MET_STYLE
        else:
            text = self.tr("Target not met: {0} reached (target {1} %)").format(
                format_pct(ind.reached_pct), ind.target_pct
            )
            style = NOT_MET_STYLE
        self.target_badge.setText(text)
        self.target_badge.setStyleSheet(style)
        self.period_label.setText(
            self.tr("Period: {0} – {1}").format(
                format_date(ind.period_start), format_date(ind.period_end)
            )
        )
        self.types_label.setText(
            self.tr("Counted as reached: {0}").format(", ".join(t.label for t in ind.reached_types))
        )

    def _fill_not_reached(self, children: tuple[ChildSummary, ...]) -> None:
        table = self.not_reached_table
        table.setRowCount(len(children))
        for row, c in enumerate(children):
            parents = " / ".join(p or "—" for p in (c.father_name, c.mother_name))
            cells = (
                c.code,
                c.full_name,
                "" if c.age is None else str(c.age),
                c.village_name,
                parents if c.father_name or c.mother_name else "",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, c.id))
        fit_rows(table)
        self.not_reached_empty.setText(
            self.tr("Every flagged child was reached in this period.")
            if not children
            else self.tr("{0} flagged children received no counted service in the period.")
            .format(len(children))
        )  # fmt: skip

    def _fill_flags(self, flags: list[MentalHealthFlagOut], not_reached: set[int]) -> None:
        table = self.flags_table
        table.setRowCount(len(flags))
        ind = self.indicator
        for row, f in enumerate(flags):
            services = "\n".join(self._service_text(s) for s in f.services)
            reached = f.child.id not in not_reached
            cells = (
                f.child.code,
                f.child.full_name,
                f.group_label,
                f.identified_by,
                format_date(f.identified_on),
                f.basis,
                services,
                self.tr("Yes") if reached else self.tr("Not yet"),
            )
            for column, text in enumerate(cells):
                item = table_item(text, f.child.id)
                if column == 6 and f.services:  # the providers in the tooltip
                    item.setToolTip(
                        "\n".join(
                            f"{self._service_text(s)} — {s.provider}" if s.provider
                            else self._service_text(s)
                            for s in f.services
                        )
                    )  # fmt: skip
                if column == 7:
                    item.setForeground(QBrush(REACHED_COLOR if reached else NOT_REACHED_COLOR))
                table.setItem(row, column, item)
        fit_rows(table)
        on = min(ind.period_end, date.today()) if ind is not None else date.today()
        self.flags_note.setText(
            self.tr(
                "Flags active on {0}: who identified the child, when and on what basis, and the"
                " services received up to that day. “Reached” is for the period chosen."
            ).format(format_date(on))
        )

    def _service_text(self, s: ServiceOut) -> str:
        if s.end_date is None:
            return self.tr("{0}, since {1}").format(s.type_label, format_date(s.start_date))
        return f"{s.type_label}, {format_date(s.start_date)} – {format_date(s.end_date)}"

    # --- opening a child ---------------------------------------------------------------
    def open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        child_id = item.data(Qt.ItemDataRole.UserRole)
        if child_id is not None:
            self.open_child.emit(int(child_id))


__all__ = ["MentalHealthPage", "format_pct"]
