"""Dialogs of the programme's activities (issue #9): an activity, a sponsorship (nhận đỡ đầu),
months of social assistance, and the base level of social assistance.

Each validates through its service and shows the Vietnamese messages under the fields; nothing
is written until every field is right. After ``exec()``, ``saved`` holds what was written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.activities import (
    ActivityKind,
    AssistanceCategory,
    FundingSource,
    format_coefficient,
    format_money,
    format_month,
)
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.activities import (
    ActivityChild,
    ActivityOut,
    AssistanceLevelOut,
    PaymentOut,
    SponsorshipOut,
)
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    FieldErrors,
    fit_combo,
    make_banner,
    select_data,
)
from commune_care.ui.dialogs.providers_dialog import HINT_STYLE, make_table, set_widths, table_item
from commune_care.ui.feedback import show_user_error
from commune_care.ui.widgets.date_edit import DateLineEdit

PEOPLE_MAX = 1_000_000


class _FormDialog(QDialog):
    """An error banner, a form, Save / Cancel (Ctrl+Enter saves from a multi-line field)."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            QCoreApplication.translate(
                "ActivityDialogs",
                "Some fields need correcting: see the messages in red. Nothing was saved.",
            ),
        )
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        box = QDialogButtonBox()
        self.save_button = box.addButton(
            QCoreApplication.translate("ActivityDialogs", "Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(
            QCoreApplication.translate("ActivityDialogs", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.save_button.setDefault(True)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save_button.click)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(box)

    def row(self, label: str, widget: QWidget, *fields: str) -> None:
        self.form.addRow(label, self.errors.wrap(widget, *fields))

    def show_errors(self, found: dict[str, str]) -> None:
        first = self.errors.show(found)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def _run(self, values: dict[str, Any], errors: dict[str, str], validate: Any,
             write: Any) -> None:  # fmt: skip
        """Validate, then write; messages under the fields on a refusal, nothing written."""
        try:
            data = validate(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        if errors:
            self.show_errors(errors)
            return
        try:
            self.saved = write(data)
        except InvalidInput as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.accept()


def _spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, PEOPLE_MAX)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000000") + 30)
    return spin


def _dates_errors(*pairs: tuple[str, DateLineEdit]) -> dict[str, str]:
    return {field: message for field, edit in pairs if (message := edit.error())}


class ActivityDialog(_FormDialog):
    """Add an activity (``activity`` None) or edit one."""

    def __init__(
        self, ctx: AppContext, activity: ActivityOut | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            self.tr("New activity") if activity is None else self.tr("Edit the activity")
        )
        self.activity = activity
        self.saved: ActivityOut | None = None
        self.linked: list[ActivityChild] = list(activity.children) if activity else []

        self.date_edit = DateLineEdit(required=True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("— choose —"), None)
        for kind in ActivityKind:
            self.kind_combo.addItem(kind.label, kind.value)
        fit_combo(self.kind_combo, 22)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(255)
        self.place_edit = QLineEdit()
        self.organiser_edit = QLineEdit()
        self.total_spin, self.children_spin = _spin(), _spin()
        self.parents_spin, self.staff_spin = _spin(), _spin()
        people = QHBoxLayout()
        for label, spin in (
            (self.tr("total"), self.total_spin), (self.tr("children"), self.children_spin),
            (self.tr("parents, carers"), self.parents_spin), (self.tr("staff"), self.staff_spin),
        ):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(spin)
            people.addWidget(caption)
            people.addWidget(spin)
            people.addSpacing(8)
        people.addStretch(1)
        people_hint = QLabel(self.tr("Leave the total at 0 to count children + parents + staff."))
        people_hint.setStyleSheet(HINT_STYLE)

        self.children_list = QListWidget()
        self.children_list.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        add_child = QPushButton(self.tr("Add a child…"))
        add_child.setAutoDefault(False)
        add_child.clicked.connect(self.pick_child)
        remove_child = QPushButton(self.tr("Remove"))
        remove_child.setAutoDefault(False)
        remove_child.clicked.connect(self.remove_child)
        child_buttons = QVBoxLayout()
        child_buttons.addWidget(add_child)
        child_buttons.addWidget(remove_child)
        child_buttons.addStretch(1)
        children_row = QHBoxLayout()
        children_row.addWidget(self.children_list, 1)
        children_row.addLayout(child_buttons)

        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("e.g. 5.000.000"))
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("— not given —"), None)
        for source in FundingSource:
            self.source_combo.addItem(source.label, source.value)
        fit_combo(self.source_combo, 20)
        budget = QHBoxLayout()
        budget.addWidget(self.budget_edit, 1)
        budget.addWidget(QLabel(self.tr("đồng, source:")))
        budget.addWidget(self.source_combo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 4)

        self.row(self.tr("Date held *"), self.date_edit, "held_on")
        self.row(self.tr("Kind *"), self.kind_combo, "kind")
        self.row(self.tr("Title *"), self.title_edit, "title")
        self.row(self.tr("Place"), self.place_edit, "place")
        self.row(self.tr("Organiser"), self.organiser_edit, "organiser")
        people_box = QVBoxLayout()
        people_box.addLayout(people)
        people_box.addWidget(people_hint)
        self.form.addRow(
            self.tr("Participants"),
            self.errors.wrap(people_box, "participants_total", "participants_children",
                             "participants_parents", "participants_staff", "__all__",
                             focus=self.total_spin),
        )  # fmt: skip
        self.form.addRow(
            self.tr("Children concerned"),
            self.errors.wrap(children_row, "child_ids", focus=self.children_list),
        )
        self.form.addRow(
            self.tr("Budget"),
            self.errors.wrap(budget, "budget_vnd", "budget_source", focus=self.budget_edit),
        )
        self.row(self.tr("Note"), self.note_edit, "note")
        self._load()
        self.resize(760, self.sizeHint().height())

    def _load(self) -> None:
        a = self.activity
        if a is None:
            self.date_edit.set_date(date.today())
        else:
            self.date_edit.set_date(a.held_on)
            select_data(self.kind_combo, a.kind.value)
            self.title_edit.setText(a.title)
            self.place_edit.setText(a.place)
            self.organiser_edit.setText(a.organiser)
            self.total_spin.setValue(a.participants_total)
            self.children_spin.setValue(a.participants_children)
            self.parents_spin.setValue(a.participants_parents)
            self.staff_spin.setValue(a.participants_staff)
            self.budget_edit.setText(format_money(a.budget_vnd))
            select_data(self.source_combo, a.budget_source.value if a.budget_source else None)
            self.note_edit.setPlainText(a.note)
        self._show_children()
        self.kind_combo.setFocus()

    def _show_children(self) -> None:
        self.children_list.clear()
        for child in self.linked:
            item = QListWidgetItem(f"{child.full_name} · {child.code}")
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)

    def make_picker(self) -> ChildPickerDialog:
        return ChildPickerDialog(self.ctx, self, self.tr("Child concerned by the activity"))

    def pick_child(self) -> None:
        picker = self.make_picker()
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            chosen = picker.chosen
            if all(c.id != chosen.id for c in self.linked):
                self.linked.append(
                    ActivityChild(id=chosen.id, code=chosen.code, full_name=chosen.full_name)
                )
                self._show_children()

    def remove_child(self) -> None:
        row = self.children_list.currentRow()
        if 0 <= row < len(self.linked):
            del self.linked[row]
            self._show_children()

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values = {
            "held_on": self.date_edit.date(),
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text(),
            "place": self.place_edit.text(),
            "organiser": self.organiser_edit.text(),
            "participants_total": self.total_spin.value(),
            "participants_children": self.children_spin.value(),
            "participants_parents": self.parents_spin.value(),
            "participants_staff": self.staff_spin.value(),
            "child_ids": [c.id for c in self.linked],
            "budget_vnd": self.budget_edit.text(),
            "budget_source": self.source_combo.currentData(),
            "note": self.note_edit.toPlainText(),
        }
        return values, _dates_errors(("held_on", self.date_edit))

    def save(self) -> None:
        values, errors = self.raw_values()
        service = self.ctx.activities
        if self.activity is None:
            self._run(values, errors, service.validate_activity, service.add_activity)
        else:
            activity_id = self.activity.id
            self._run(values, errors, service.validate_activity,
                      lambda data: service.update_activity(activity_id, data))  # fmt: skip


class SponsorshipDialog(_FormDialog):
    """Add a sponsorship (nhận đỡ đầu) or edit one."""

    def __init__(
        self,
        ctx: AppContext,
        sponsorship: SponsorshipOut | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            self.tr("New sponsorship") if sponsorship is None else self.tr("Edit the sponsorship")
        )
        self.sponsorship = sponsorship
        self.saved: SponsorshipOut | None = None
        self.child_id: int | None = sponsorship.child_id if sponsorship else None
        self.child_label = QLabel(
            f"{sponsorship.child_name} · {sponsorship.child_code}" if sponsorship else ""
        )
        self.choose_child = QPushButton(self.tr("Choose the child…"))
        self.choose_child.setAutoDefault(False)
        self.choose_child.setEnabled(sponsorship is None)  # a sponsorship stays with its child
        self.choose_child.clicked.connect(self.pick_child)
        child_row = QHBoxLayout()
        child_row.addWidget(self.child_label, 1)
        child_row.addWidget(self.choose_child)
        self.sponsor_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.support_edit = QLineEdit()
        self.support_edit.setPlaceholderText(self.tr("e.g. Scholarship, school things"))
        self.money_edit = QLineEdit()
        self.money_edit.setPlaceholderText(self.tr("đồng a month, e.g. 500.000 (may be empty)"))
        self.start_edit = DateLineEdit(required=True)
        self.end_edit = DateLineEdit()
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addWidget(QLabel(self.tr("(empty: still going on)")))
        dates.addStretch(1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.form.addRow(
            self.tr("Child *"), self.errors.wrap(child_row, "child_id", focus=self.choose_child)
        )
        self.row(self.tr("Sponsor *"), self.sponsor_edit, "sponsor")
        self.row(self.tr("Sponsor's address, phone"), self.contact_edit, "sponsor_contact")
        self.row(self.tr("Support given *"), self.support_edit, "support")
        self.row(self.tr("Amount a month"), self.money_edit, "monthly_vnd")
        self.form.addRow(
            self.tr("From *"),
            self.errors.wrap(dates, "start_date", "end_date", "__all__", focus=self.start_edit),
        )
        self.row(self.tr("Note"), self.note_edit, "note")
        s = sponsorship
        if s is None:
            self.start_edit.set_date(date.today())
        else:
            self.sponsor_edit.setText(s.sponsor)
            self.contact_edit.setText(s.sponsor_contact)
            self.support_edit.setText(s.support)
            self.money_edit.setText(format_money(s.monthly_vnd))
            self.start_edit.set_date(s.start_date)
            self.end_edit.set_date(s.end_date)
            self.note_edit.setPlainText(s.note)
        self.resize(720, self.sizeHint().height())

    def make_picker(self) -> ChildPickerDialog:
        return ChildPickerDialog(self.ctx, self, self.tr("Child sponsored"))

    def pick_child(self) -> None:
        picker = self.make_picker()
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.child_id = picker.chosen.id
            self.child_label.setText(f"{picker.chosen.full_name} · {picker.chosen.code}")

    def save(self) -> None:
        values = {
            "child_id": self.child_id,
            "sponsor": self.sponsor_edit.text(),
            "sponsor_contact": self.contact_edit.text(),
            "support": self.support_edit.text(),
            "monthly_vnd": self.money_edit.text(),
            "start_date": self.start_edit.date(),
            "end_date": self.end_edit.date(),
            "note": self.note_edit.toPlainText(),
        }
        errors = _dates_errors(("start_date", self.start_edit), ("end_date", self.end_edit))
        service = self.ctx.activities
        if self.sponsorship is None:
            self._run(values, errors, service.validate_sponsorship, service.add_sponsorship)
        else:
            sid = self.sponsorship.id
            self._run(values, errors, service.validate_sponsorship,
                      lambda data: service.update_sponsorship(sid, data))  # fmt: skip


class PaymentsDialog(_FormDialog):
    """Record months of social assistance for a child; shows what each month comes to."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Record social assistance"))
        self.saved: list[PaymentOut] | None = None
        self.child_id: int | None = None
        self.child_label = QLabel()
        choose = QPushButton(self.tr("Choose the child…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.pick_child)
        self.choose_child = choose
        child_row = QHBoxLayout()
        child_row.addWidget(self.child_label, 1)
        child_row.addWidget(choose)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("— choose —"), None)
        for category in AssistanceCategory:
            self.category_combo.addItem(category.label, category.value)
        fit_combo(self.category_combo, 40, 560)
        self.coefficient_edit = QLineEdit()
        self.coefficient_edit.setPlaceholderText(self.tr("empty: by the decree and the age"))
        self.first_edit = QLineEdit()
        self.first_edit.setPlaceholderText(self.tr("mm/yyyy"))
        self.last_edit = QLineEdit()
        self.last_edit.setPlaceholderText(self.tr("mm/yyyy (empty: one month)"))
        months = QHBoxLayout()
        months.addWidget(self.first_edit)
        months.addWidget(QLabel(self.tr("to")))
        months.addWidget(self.last_edit)
        self.paid_edit = DateLineEdit()
        self.note_edit = QLineEdit()
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet(HINT_STYLE)
        self.form.addRow(self.tr("Child *"), self.errors.wrap(child_row, "child_id", focus=choose))
        self.row(self.tr("Category (Decree 20/2021) *"), self.category_combo, "category")
        self.row(self.tr("Coefficient"), self.coefficient_edit, "coefficient")
        self.form.addRow(
            self.tr("Months *"),
            self.errors.wrap(months, "first_month", "last_month", "__all__",
                             focus=self.first_edit),
        )  # fmt: skip
        self.row(self.tr("Paid on"), self.paid_edit, "paid_on")
        self.row(self.tr("Note"), self.note_edit, "note")
        self.form.addRow("", self.preview_label)
        for edit in (self.coefficient_edit, self.first_edit, self.last_edit):
            edit.editingFinished.connect(self.update_preview)
        self.category_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        today = date.today()
        self.first_edit.setText(format_month(today.replace(day=1)))
        self.resize(760, self.sizeHint().height())

    def make_picker(self) -> ChildPickerDialog:
        return ChildPickerDialog(self.ctx, self, self.tr("Child receiving social assistance"))

    def pick_child(self) -> None:
        picker = self.make_picker()
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.child_id = picker.chosen.id
            self.child_label.setText(f"{picker.chosen.full_name} · {picker.chosen.code}")
            self.update_preview()

    def values(self) -> dict[str, Any]:
        return {
            "child_id": self.child_id,
            "category": self.category_combo.currentData(),
            "coefficient": self.coefficient_edit.text(),
            "first_month": self.first_edit.text(),
            "last_month": self.last_edit.text(),
            "paid_on": self.paid_edit.date(),
            "note": self.note_edit.text(),
        }

    def update_preview(self) -> None:
        """What the months come to, as the service would write them (or nothing yet)."""
        service = self.ctx.assistance
        try:
            rows = service.preview(service.validate_payments(self.values()))
        except UserError:
            self.preview_label.clear()
            return
        total = sum(r.amount_vnd for r in rows)
        first = rows[0]
        self.preview_label.setText(
            self.tr("{0} month(s): {1} đ × {2} = {3} đ a month; in all {4} đ").format(
                len(rows), format_money(first.base_vnd), format_coefficient(first.coefficient),
                format_money(first.amount_vnd), format_money(total))
        )  # fmt: skip

    def save(self) -> None:
        errors = _dates_errors(("paid_on", self.paid_edit))
        service = self.ctx.assistance
        self._run(self.values(), errors, service.validate_payments, service.add_payments)


class AssistanceLevelsDialog(QDialog):
    """The base level of social assistance (mức chuẩn trợ giúp xã hội) by the day it applies
    from: add a level when a decree changes it, correct one typed wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Base level of social assistance"))
        hint = QLabel(
            self.tr(
                "Monthly social assistance = base level × coefficient (Decree 20/2021/NĐ-CP,"
                " Article 6). Add a line when a decree changes the base level; months already"
                " recorded keep the level they were paid at."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.table = make_table([self.tr("From"), self.tr("Base level (đồng/month)"),
                                 self.tr("Legal basis")])  # fmt: skip
        set_widths(self.table, (110, 170, 320), stretch=2)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(self.error_banner)
        self.from_edit = DateLineEdit(required=True)
        self.base_edit = QLineEdit()
        self.base_edit.setPlaceholderText(self.tr("e.g. 500.000"))
        self.basis_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("From *"), self.errors.wrap(self.from_edit, "effective_from"))
        form.addRow(self.tr("Base level *"), self.errors.wrap(self.base_edit, "base_vnd"))
        form.addRow(self.tr("Legal basis"), self.errors.wrap(self.basis_edit, "legal_basis"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(lambda: self.save(None))
        self.update_button = QPushButton(self.tr("Save changes to the selected line"))
        self.update_button.clicked.connect(self.save_selected)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._load_selected)
        self.levels: list[AssistanceLevelOut] = []
        self.reload()
        self.resize(720, 460)

    def reload(self) -> None:
        self.levels = self.ctx.assistance.levels()
        self.table.setRowCount(len(self.levels))
        for row, level in enumerate(self.levels):
            self.table.setItem(row, 0, table_item(level.effective_from.strftime("%d/%m/%Y")))
            self.table.setItem(row, 1, table_item(format_money(level.base_vnd)))
            self.table.setItem(row, 2, table_item(level.legal_basis))
        self.update_button.setEnabled(False)

    def _load_selected(self) -> None:
        row = self.table.currentRow()
        self.update_button.setEnabled(0 <= row < len(self.levels))
        if 0 <= row < len(self.levels):
            level = self.levels[row]
            self.from_edit.set_date(level.effective_from)
            self.base_edit.setText(format_money(level.base_vnd))
            self.basis_edit.setText(level.legal_basis)

    def save_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.levels):
            self.save(self.levels[row].id)

    def save(self, level_id: int | None) -> None:
        values = {
            "effective_from": self.from_edit.date(),
            "base_vnd": self.base_edit.text(),
            "legal_basis": self.basis_edit.text(),
        }
        errors = _dates_errors(("effective_from", self.from_edit))
        service = self.ctx.assistance
        try:
            data = service.validate_level(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        if errors:
            self.errors.show(errors)
            return
        try:
            service.save_level(data, level_id)
        except InvalidInput as exc:
            self.errors.show(exc.errors)
            return
        self.errors.clear()
        self.reload()


__all__ = ["ActivityDialog", "AssistanceLevelsDialog", "PaymentsDialog", "SponsorshipDialog"]
