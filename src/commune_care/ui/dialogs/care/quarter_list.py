"""Mẫu số 09: the people and families registered to take a child, as of the last day of a
quarter (Nghị định 56 Điều 40.1: sent to the district every quarter). A view of the registry:
Enter or a double-click opens a carer's record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.care import CarerKind
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.care import CarerQuarterList
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.carer_record import CarerRecordDialog
from commune_care.ui.dialogs.care.form import hint_label
from commune_care.ui.dialogs.child_dialog import select_data, show_user_error
from commune_care.ui.dialogs.providers_dialog import (
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)


class QuarterListDialog(QDialog):
    """After ``exec()``: ``changed`` is True when a carer's record was changed from here."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.open_placement_id: int | None = None
        self.listing: CarerQuarterList | None = None
        today = today or date.today()
        self.setWindowTitle(self.tr("Quarterly list of carers (Mẫu 09)"))
        intro = hint_label(
            self.tr(
                "People and families who applied to take a child (Mẫu 08) by the end of the"
                " quarter and had not stopped by then, with where each stands today. Relatives"
                " who only notified the commune are not on this list."
            )
        )
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.quarter_combo = QComboBox()
        for quarter in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {0}").format(quarter), quarter)
        select_data(self.quarter_combo, (today.month - 1) // 3 + 1)
        self.quarter_combo.setAccessibleName(self.tr("Quarter"))
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_spin)
        self.as_of_label = QLabel()
        font = self.as_of_label.font()
        font.setBold(True)
        self.as_of_label.setFont(font)
        self.error_label = hint_label("", "QLabel { color: #b3261e; }")
        self.error_label.hide()
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.quarter_combo)
        top.addSpacing(16)
        top.addWidget(self.as_of_label, 1)

        self.table = make_table(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Born"),
                self.tr("Residence"),
                self.tr("Phone"),
                self.tr("Applied on"),
                self.tr("Verification (Mẫu 11)"),
                self.tr("Approved"),
                self.tr("Status now"),
            ]
        )
        set_widths(self.table, (44, 200, 90, 220, 110, 96, 200, 96, 170), stretch=3)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.installEventFilter(self)
        self.empty_label = hint_label(self.tr("Nobody was registered by the end of this quarter."))
        self.open_button = QPushButton(self.tr("Open carer"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.empty_label)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.resize(1180, 560)

    def set_quarter(self, year: int, quarter: int) -> None:
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        select_data(self.quarter_combo, quarter)
        self.reload()

    def reload(self) -> None:
        year, quarter = self.year_spin.value(), int(self.quarter_combo.currentData())
        try:
            listing = self.ctx.care.quarterly_list(year, quarter)
        except InvalidInput as exc:
            self.error_label.setText("\n".join(exc.errors.values()))
            self.error_label.show()
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.error_label.hide()
        self.listing = listing
        self.as_of_label.setText(
            self.tr("Quarter {0}/{1}, as of {2}: {3} registered").format(
                quarter, year, format_date(listing.as_of), len(listing.carers)
            )
        )
        table = self.table
        table.setRowCount(len(listing.carers))
        for row, c in enumerate(listing.carers):
            name = c.full_name if c.kind is CarerKind.PERSON else f"{c.full_name}\n({c.kind_label})"
            verification = (
                f"{c.verification.result_label}\n{format_date(c.verification.verified_on)}"
                if c.verification is not None
                else self.tr("not yet")
            )
            cells = (
                str(row + 1),
                name,
                c.birth.display() if c.birth else "",
                ", ".join(p for p in (c.address, c.village_name) if p),
                c.phone,
                format_date(c.registered_on),
                verification,
                format_date(c.approval.approved_on) if c.approval else "",
                c.status_label,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, c.id))
        fit_rows(table)
        self.empty_label.setVisible(not listing.carers)
        self.open_button.setEnabled(bool(listing.carers))

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if self.listing is None or row is None or row >= len(self.listing.carers):
            return
        dialog = CarerRecordDialog(self.ctx, self.listing.carers[row].id, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()
        if dialog.open_placement_id is not None:
            self.open_placement_id = dialog.open_placement_id
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)


__all__ = ["QuarterListDialog"]
