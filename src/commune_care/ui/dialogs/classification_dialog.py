"""Classify a child in a group (DOMAIN.md §2), edit a classification, or end one on a date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.groups import GROUP_BY_CODE, GROUPS, Group
from commune_care.domain.schemas.children import ClassificationOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    FieldErrors,
    fit_combo,
    make_banner,
    select_data,
    show_user_error,
)
from commune_care.ui.widgets.date_edit import DateLineEdit

_HINT_STYLE = "QLabel { color: #555; }"


def _disable_item(combo: QComboBox, index: int) -> None:
    model = combo.model()
    if isinstance(model, QStandardItemModel) and (item := model.item(index)) is not None:
        item.setEnabled(False)
        item.setSelectable(False)


class ClassificationDialog(QDialog):
    """Add a group to a child (``classification`` None) or edit one. ``saved`` holds the
    result after the dialog is accepted."""

    def __init__(
        self,
        ctx: AppContext,
        child_id: int,
        classification: ClassificationOut | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.classification = classification
        self.saved: ClassificationOut | None = None
        self.setWindowTitle(
            self.tr("Add a classification") if classification is None
            else self.tr("Edit classification")
        )  # fmt: skip

        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        wrap = self.errors.wrap

        # Group: the 14 groups of Điều 10 (with their letter), then the others.
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("— choose a group —"), None)
        special = [g for g in GROUPS if g.is_special_circumstance]
        others = [g for g in GROUPS if not g.is_special_circumstance]
        self.group_combo.insertSeparator(self.group_combo.count())
        self.group_combo.addItem(self.tr("Children in special circumstances (Article 10)"), None)
        _disable_item(self.group_combo, self.group_combo.count() - 1)
        for group in special:
            self.group_combo.addItem(group.label, group.code)
        self.group_combo.insertSeparator(self.group_combo.count())
        self.group_combo.addItem(self.tr("Other groups"), None)
        _disable_item(self.group_combo, self.group_combo.count() - 1)
        for group in others:
            self.group_combo.addItem(group.label, group.code)
        self.group_combo.setMaxVisibleItems(25)
        fit_combo(self.group_combo, 40, 640)

        self.basis_hint = QLabel()
        self.basis_hint.setStyleSheet(_HINT_STYLE)
        self.basis_hint.setWordWrap(True)

        self.subgroup_combo = QComboBox()
        subgroup_view = QListView()
        subgroup_view.setWordWrap(True)
        subgroup_view.setUniformItemSizes(False)
        subgroup_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.subgroup_combo.setView(subgroup_view)
        fit_combo(self.subgroup_combo, 40)
        self.subgroup_text = QLabel()
        self.subgroup_text.setWordWrap(True)
        self.subgroup_text.setStyleSheet(_HINT_STYLE)
        self.subgroup_text.setTextFormat(Qt.TextFormat.PlainText)
        self.subgroup_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for the longest legal wording (three lines), so that choosing a sub-group
        # never squeezes the form.
        self.subgroup_text.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        subgroup_box = QVBoxLayout()
        subgroup_box.setSpacing(2)
        subgroup_box.addWidget(self.subgroup_combo)
        subgroup_box.addWidget(self.subgroup_text)

        self.start_edit = DateLineEdit(required=True)
        self.end_edit = DateLineEdit()
        end_hint = QLabel(self.tr("leave empty while it still applies"))
        end_hint.setStyleSheet(_HINT_STYLE)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addSpacing(16)
        to_label = QLabel(self.tr("Until"))
        to_label.setBuddy(self.end_edit)
        dates.addWidget(to_label)
        dates.addWidget(self.end_edit)
        dates.addWidget(end_hint)
        dates.addStretch(1)

        self.basis_edit = QLineEdit()
        self.basis_edit.setMaxLength(255)
        self.basis_edit.setPlaceholderText(
            self.tr("E.g. disability certificate no. …, decision no. …, home visit on …")
        )
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(255)
        self.identified_by_edit = QLineEdit()
        self.identified_by_edit.setMaxLength(150)
        self.identified_by_edit.setPlaceholderText(
            self.tr("Who found it: e.g. school, health station, the officer after a home visit")
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        group_box = QVBoxLayout()
        group_box.setSpacing(2)
        group_box.addWidget(self.group_combo)
        group_box.addWidget(self.basis_hint)
        form.addRow(self.tr("Group *"), wrap(group_box, "group_code", focus=self.group_combo))
        form.addRow(self.tr("Sub-group"), wrap(subgroup_box, "subgroup", focus=self.subgroup_combo))
        form.addRow(self.tr("From *"), wrap(dates, "start_date", "end_date", focus=self.start_edit))
        self.errors.set_focus_widget("end_date", self.end_edit)
        form.addRow(self.tr("Identified by"), wrap(self.identified_by_edit, "identified_by"))
        form.addRow(self.tr("Basis of determination"), wrap(self.basis_edit, "basis"))
        form.addRow(self.tr("Note"), wrap(self.note_edit, "note"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.group_combo.currentIndexChanged.connect(self._on_group_changed)
        self.subgroup_combo.currentIndexChanged.connect(self._on_subgroup_changed)
        self._load()
        self.resize(820, self.sizeHint().height())

    # --- loading -----------------------------------------------------------------------
    def _load(self) -> None:
        c = self.classification
        if c is None:
            self.group_combo.setCurrentIndex(0)
            self._on_group_changed()
            self.start_edit.set_date(date.today())
            self.group_combo.setFocus()
            return
        select_data(self.group_combo, c.group_code)
        self._on_group_changed()
        select_data(self.subgroup_combo, c.subgroup)
        self.start_edit.set_date(c.start_date)
        self.end_edit.set_date(c.end_date)
        self.basis_edit.setText(c.basis)
        self.note_edit.setText(c.note)
        self.identified_by_edit.setText(c.identified_by)
        self.group_combo.setFocus()

    def selected_group(self) -> Group | None:
        code = self.group_combo.currentData()
        return GROUP_BY_CODE.get(code) if code else None

    def select_group(self, code: str) -> None:
        select_data(self.group_combo, code)

    def _on_group_changed(self, _index: int = -1) -> None:
        group = self.selected_group()
        self.subgroup_combo.clear()
        if group is None or not group.subgroups:
            self.subgroup_combo.addItem(self.tr("(this group has no sub-groups)"), None)
            self.subgroup_combo.setEnabled(False)
        else:
            self.subgroup_combo.addItem(self.tr("— not specified —"), None)
            for number, text in enumerate(group.subgroups, start=1):
                self.subgroup_combo.addItem(f"{number}. {text}", number)
                self.subgroup_combo.setItemData(number, text, Qt.ItemDataRole.ToolTipRole)
            self.subgroup_combo.setEnabled(True)
        self.basis_hint.setText(
            self.tr("Legal basis: {0}").format(group.basis) if group and group.basis else ""
        )
        self.basis_hint.setVisible(bool(group and group.basis))
        self.group_combo.setToolTip(group.label if group else "")
        self._on_subgroup_changed()

    def _on_subgroup_changed(self, _index: int = -1) -> None:
        group = self.selected_group()
        number = self.subgroup_combo.currentData()
        text = group.subgroup_name(number) if group else ""
        self.subgroup_text.setText(text)

    # --- saving ------------------------------------------------------------------------
    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        if self.selected_group() is None:
            errors["group_code"] = self.tr("Choose a group.")
        for field, edit in (("start_date", self.start_edit), ("end_date", self.end_edit)):
            if message := edit.error():
                errors[field] = message
        values = {
            "group_code": self.group_combo.currentData() or "",
            "subgroup": self.subgroup_combo.currentData(),
            "start_date": self.start_edit.date(),
            "end_date": self.end_edit.date(),
            "basis": self.basis_edit.text(),
            "note": self.note_edit.text(),
            "identified_by": self.identified_by_edit.text(),
        }
        return values, errors

    def save(self) -> None:
        values, errors = self.raw_values()
        children = self.ctx.children
        try:
            data = children.validate_classification(values)
        except InvalidInput as exc:
            found = dict(exc.errors)
            start, end = values["start_date"], values["end_date"]
            if "__all__" in found and start and end and end < start:
                found["end_date"] = found.pop("__all__")  # the end before the start
            errors = {**found, **errors}
        if errors:
            self._show_errors(errors)
            return
        try:
            if self.classification is None:
                self.saved = children.classify(self.child_id, data)
            else:
                self.saved = children.update_classification(self.classification.id, data)
        except InvalidInput as exc:
            self._show_errors(exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = self.errors.show(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.save()


class EndClassificationDialog(QDialog):
    """End a classification on a date; the row stays in the child's history."""

    def __init__(
        self, ctx: AppContext, classification: ClassificationOut, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.classification = classification
        self.saved: ClassificationOut | None = None
        self.setWindowTitle(self.tr("End classification"))

        what = QLabel(classification.group_label)
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        since = QLabel(self.tr("Since {0}").format(classification.start_date.strftime("%d/%m/%Y")))
        since.setStyleSheet(_HINT_STYLE)

        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(self.error_banner)
        self.end_edit = DateLineEdit(required=True)
        self.end_edit.set_date(date.today())
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_edit)
        end_row.addStretch(1)
        form = QFormLayout()
        form.addRow(
            self.tr("End date *"), self.errors.wrap(end_row, "end_date", focus=self.end_edit)
        )
        self.errors.set_focus_widget("end_date", self.end_edit)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("End classification"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(since)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.end_edit.setFocus()
        self.end_edit.selectAll()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        if message := self.end_edit.error():
            self._show({"end_date": message})
            return
        end = self.end_edit.date()
        assert end is not None
        try:
            self.saved = self.ctx.children.end_classification(self.classification.id, end)
        except InvalidInput as exc:
            # Everything this dialog can get wrong is about the one date it asks.
            self._show({"end_date": "\n".join(exc.errors.values())})
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def _show(self, errors: dict[str, str]) -> None:
        first = self.errors.show(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.save()
