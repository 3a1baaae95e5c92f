"""Hoạt động: the programme's activities, sponsorships (nhận đỡ đầu) and social-assistance
payments (Nghị định 20/2021/NĐ-CP) of a year — list, add, edit, archive (never delete)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.activities import format_coefficient, format_money, format_month
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.activities import ActivityFilter, PaymentFilter
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.activity_dialogs import (
    ActivityDialog,
    AssistanceLevelsDialog,
    PaymentsDialog,
    SponsorshipDialog,
)
from commune_care.ui.dialogs.providers_dialog import HINT_STYLE, make_table, set_widths, table_item
from commune_care.ui.feedback import show_user_error
from commune_care.ui.widgets.charts import vn_int


def _dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class _ListTab(QWidget):
    """A table of one kind of row with Add / Edit / Archive and "archived only"."""

    def __init__(self, headers: Sequence[str], widths: Sequence[int], stretch: int) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.table = make_table(headers)
        set_widths(self.table, widths, stretch=stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("A line entered by mistake leaves the lists and the figures; it is kept.")
        )
        self.archived_check = QCheckBox(self.tr("Archived only"))
        for button in (self.add_button, self.edit_button, self.archive_button):
            button.setAutoDefault(False)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.archive_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.archived_check)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(HINT_STYLE)
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.archived_check.toggled.connect(self._archived_toggled)

    def current(self) -> Any | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def fill(self, rows: Sequence[Any], cells: Callable[[Any], Sequence[str]]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(cells(row)):
                self.table.setItem(r, c, table_item(text, muted=self.archived_check.isChecked()))
        self.update_buttons()

    def update_buttons(self) -> None:
        selected = self.current() is not None
        archived = self.archived_check.isChecked()
        self.edit_button.setEnabled(selected and not archived)
        self.archive_button.setEnabled(selected)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.add_button.setEnabled(not archived)

    def _archived_toggled(self) -> None:
        page = self.parent()
        while page is not None and not isinstance(page, ActivitiesPage):
            page = page.parent()
        if page is not None:
            page.reload()


class ActivitiesPage(QWidget):
    open_child = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Activities"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        hint = QLabel(
            self.tr(
                "Communication, training, life-skills education, visits with gifts and other"
                " support; sponsorships; monthly social assistance. They feed the year's report"
                " and the Excel workbook."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.activities_tab = _ListTab(
            [self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Place"),
             self.tr("Participants"), self.tr("Children"), self.tr("Parents"), self.tr("Staff"),
             self.tr("Budget (đ)"), self.tr("Source")],
            (85, 135, 300, 160, 80, 62, 62, 52, 90, 130), stretch=2,
        )  # fmt: skip
        self.sponsorships_tab = _ListTab(
            [self.tr("Child"), self.tr("Code"), self.tr("Sponsor"), self.tr("Support"),
             self.tr("A month (đ)"), self.tr("From"), self.tr("To")],
            (190, 90, 230, 250, 100, 90, 90), stretch=3,
        )  # fmt: skip
        self.payments_tab = _ListTab(
            [self.tr("Month"), self.tr("Child"), self.tr("Code"), self.tr("Category"),
             self.tr("Base (đ)"), self.tr("Coefficient"), self.tr("Amount (đ)"),
             self.tr("Paid on")],
            (80, 190, 90, 330, 90, 80, 100, 90), stretch=3,
        )  # fmt: skip
        self.payments_tab.edit_button.hide()  # a month is archived and recorded again
        self.levels_button = QPushButton(self.tr("Base level…"))
        self.levels_button.setAutoDefault(False)
        self.levels_button.clicked.connect(self.edit_levels)
        self.payments_tab.buttons.insertWidget(3, self.levels_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.activities_tab, self.tr("Activities"))
        self.tabs.addTab(self.sponsorships_tab, self.tr("Sponsorships"))
        self.tabs.addTab(self.payments_tab, self.tr("Social assistance"))

        a, sp, p = self.activities_tab, self.sponsorships_tab, self.payments_tab
        a.add_button.clicked.connect(lambda: self._edit(ActivityDialog(self.ctx, None, self)))
        a.edit_button.clicked.connect(self.edit_activity)
        a.archive_button.clicked.connect(self.archive_activity)
        editable = hide_unless(
            self.ctx.actor, Permission.EDIT_CHILDREN,
            a.add_button, a.edit_button, a.archive_button, sp.add_button, sp.edit_button,
            sp.archive_button, p.add_button, p.archive_button, self.levels_button,
        )  # fmt: skip
        if editable:  # a double click edits; for a reader it would open a form it cannot save
            a.table.doubleClicked.connect(lambda _i: self.edit_activity())
            sp.table.doubleClicked.connect(lambda _i: self.edit_sponsorship())
        sp.add_button.clicked.connect(lambda: self._edit(SponsorshipDialog(self.ctx, None, self)))
        sp.edit_button.clicked.connect(self.edit_sponsorship)
        sp.archive_button.clicked.connect(self.archive_sponsorship)
        p.add_button.clicked.connect(lambda: self._edit(PaymentsDialog(self.ctx, self)))
        p.archive_button.clicked.connect(self.archive_payment)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)

    # --- data --------------------------------------------------------------------------------
    def year(self) -> int:
        data = self.year_combo.currentData()
        return int(data) if data is not None else date.today().year

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in self.ctx.activities.years():
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    def reload(self) -> None:
        year = self.year()
        a, sp, p = self.activities_tab, self.sponsorships_tab, self.payments_tab
        activities = self.ctx.activities.activities(
            ActivityFilter(year=year, archived=a.archived_check.isChecked())
        )
        a.fill(activities, lambda x: (
            _dmy(x.held_on), x.kind_label, x.title, x.place, vn_int(x.participants_total),
            vn_int(x.participants_children), vn_int(x.participants_parents),
            vn_int(x.participants_staff), format_money(x.budget_vnd), x.budget_source_label,
        ))  # fmt: skip
        counts = self.ctx.activities.year_counts(date(year, 1, 1), date(year, 12, 31))
        total = counts.activities_total
        a.summary_label.setText(
            self.tr("{0} activities, {1} participants ({2} children), budget {3} đ.").format(
                vn_int(total.sessions), vn_int(total.participants), vn_int(total.children),
                format_money(total.budget_vnd))
        )  # fmt: skip
        sponsorships = self.ctx.activities.sponsorships(
            year=year, archived=sp.archived_check.isChecked()
        )
        sp.fill(sponsorships, lambda x: (
            x.child_name, x.child_code, x.sponsor, x.support, format_money(x.monthly_vnd),
            _dmy(x.start_date), _dmy(x.end_date),
        ))  # fmt: skip
        sp.summary_label.setText(
            self.tr("{0} children sponsored by {1} sponsors in {2}; about {3} đ in the year.")
            .format(vn_int(counts.sponsored_children), vn_int(counts.sponsors), year,
                    format_money(counts.sponsorship_vnd))
        )  # fmt: skip
        payments = self.ctx.assistance.payments(
            PaymentFilter(year=year, archived=p.archived_check.isChecked())
        )
        p.fill(payments, lambda x: (
            format_month(x.month), x.child_name, x.child_code, x.category_label,
            format_money(x.base_vnd), format_coefficient(x.coefficient),
            format_money(x.amount_vnd), _dmy(x.paid_on),
        ))  # fmt: skip
        p.summary_label.setText(
            self.tr("{0} children, {1} months, {2} đ of social assistance in {3}.").format(
                vn_int(counts.payment_children), vn_int(counts.payment_months),
                format_money(counts.payment_vnd), year)
        )  # fmt: skip

    # --- actions -----------------------------------------------------------------------------
    def _edit(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_years()
            self.reload()

    def edit_activity(self) -> None:
        activity = self.activities_tab.current()
        if activity is not None and not self.activities_tab.archived_check.isChecked():
            self._edit(ActivityDialog(self.ctx, activity, self))

    def edit_sponsorship(self) -> None:
        sponsorship = self.sponsorships_tab.current()
        if sponsorship is not None and not self.sponsorships_tab.archived_check.isChecked():
            self._edit(SponsorshipDialog(self.ctx, sponsorship, self))

    def edit_levels(self) -> None:
        AssistanceLevelsDialog(self.ctx, self).exec()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Archive"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _archive(self, tab: _ListTab, what: str, action: Callable[[int, bool], Any]) -> None:
        row = tab.current()
        if row is None:
            return
        archive = not tab.archived_check.isChecked()
        if archive and not self._confirm(
            self.tr("Archive «{0}»? It leaves the lists and the figures; it can be restored.")
            .format(what)
        ):  # fmt: skip
            return
        try:
            action(row.id, archive)
        except UserError as exc:
            show_user_error(self, exc)
        self.reload()

    def archive_activity(self) -> None:
        row = self.activities_tab.current()
        if row is not None:
            self._archive(self.activities_tab, row.title, self.ctx.activities.set_activity_archived)

    def archive_sponsorship(self) -> None:
        row = self.sponsorships_tab.current()
        if row is not None:
            self._archive(self.sponsorships_tab, f"{row.sponsor} — {row.child_name}",
                          self.ctx.activities.set_sponsorship_archived)  # fmt: skip

    def archive_payment(self) -> None:
        row = self.payments_tab.current()
        if row is not None:
            self._archive(self.payments_tab, f"{row.child_name} {format_month(row.month)}",
                          self.ctx.assistance.set_payment_archived)  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_years()
        self.reload()


__all__ = ["ActivitiesPage"]
