"""Mẫu 01 — the intake report that opens a case. The child may be one of the register (picked)
or still unknown (name if known, estimated age, sex)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.cases import AbuseKind, IntakeChannel
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import CaseOut, IntakeIn
from commune_care.domain.schemas.children import ChildSummary
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog, child_line
from commune_care.ui.dialogs.case_steps.form import StepDialog, officer_name
from commune_care.ui.dialogs.child_dialog import fit_combo


class IntakeDialog(StepDialog):
    """Open a case. ``child`` pre-selects a child (opened from the child's page)."""

    MODEL = IntakeIn
    WIDTH = 900
    HEIGHT = 700

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        child: ChildSummary | None = None,
    ) -> None:
        self._child: ChildSummary | None = child
        # Test seam: how a child is chosen.
        self.pick_child = self._pick_child
        super().__init__(ctx, None, parent)
        self.setWindowTitle(self.tr("New case — intake report (Mẫu 01)"))

    def build(self) -> None:
        self.channel_combo = self.add_combo(
            "channel", self.tr("Received through *"), [(c.label, c.value) for c in IntakeChannel]
        )
        self.received_edit = self.add_datetime("received_at", self.tr("Received on *"))
        self.received_by_edit = self.add_line("received_by", self.tr("Received by *"), 100)

        # The child: one of the register, or unknown for now.
        self.known_radio = QRadioButton(self.tr("A child in the register:"))
        self.unknown_radio = QRadioButton(self.tr("Not known yet / not in the register"))
        self.child_label = QLabel(self.tr("— none chosen —"))
        self.child_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a child…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        known_row = QHBoxLayout()
        known_row.addWidget(self.known_radio)
        known_row.addWidget(self.child_label, 1)
        known_row.addWidget(self.choose_button)

        self.child_name_edit = self._line(100)
        self.child_name_edit.setPlaceholderText(self.tr("Name if known"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(-1, 17)
        self.age_spin.setSpecialValueText(self.tr("not known"))
        self.age_spin.setValue(-1)
        self.age_spin.setAccessibleName(self.tr("Estimated age"))
        self.sex_combo = QComboBox()
        for sex in (Sex.UNKNOWN, Sex.MALE, Sex.FEMALE):
            self.sex_combo.addItem(sex.label, sex.value)
        fit_combo(self.sex_combo, 9)
        unknown_grid = QGridLayout()
        unknown_grid.addWidget(self.unknown_radio, 0, 0, 1, 4)
        unknown_grid.addWidget(QLabel(self.tr("Name")), 1, 0)
        unknown_grid.addWidget(self.child_name_edit, 1, 1, 1, 3)
        unknown_grid.addWidget(QLabel(self.tr("Estimated age")), 2, 0)
        unknown_grid.addWidget(self.age_spin, 2, 1)
        unknown_grid.addWidget(QLabel(self.tr("Sex")), 2, 2)
        unknown_grid.addWidget(self.sex_combo, 2, 3)
        unknown_grid.setColumnStretch(1, 1)
        unknown_grid.setColumnStretch(3, 1)
        child_box = QVBoxLayout()
        child_box.addLayout(known_row)
        child_box.addLayout(unknown_grid)
        self.add_row(
            self.tr("Child"),
            child_box,
            "child_id",
            "child_name",
            "child_age_estimate",
            "child_sex",
            focus=self.choose_button,
        )
        self.known_radio.toggled.connect(self._update_child)
        self.track(lambda: self._child.id if self._child else None)
        self.track(self.child_name_edit.text)
        self.track(self.age_spin.value)

        self.condition_edit = self.add_text(
            "child_condition", self.tr("The child's condition now *"), 80
        )
        secret = self.confidential_box(
            self.tr("Confidential (Nghị định 56, Điều 24)"),
            self.tr(
                "Shown on the case page only on request; never in lists, exports or the"
                " change history."
            ),
        )
        self.place_edit = self.add_line("incident_place", self.tr("Where it happened"), form=secret)
        self.family_edit = self.add_text(
            "family_situation", self.tr("Family situation"), 60, form=secret
        )
        self.actions_edit = self.add_text(
            "actions_taken", self.tr("What was already done"), 60, form=secret
        )
        self.abuse_boxes: dict[AbuseKind, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in AbuseKind:
            box = QCheckBox(kind.label)
            self.abuse_boxes[kind] = box
            kinds.addWidget(box)
            self.track(box.isChecked)
        kinds.addStretch(1)
        self.add_row(self.tr("Kind of abuse or risk"), kinds, "abuse_kinds", form=secret)
        self.informant_name_edit = self.add_line(
            "informant_name", self.tr("Informant's name"), 100, form=secret
        )
        self.informant_phone_edit = self.add_line(
            "informant_phone", self.tr("Informant's phone"), 20, form=secret
        )
        self.informant_relationship_edit = self.add_line(
            "informant_relationship", self.tr("Relationship to the child"), 100, form=secret
        )
        self.informant_address_edit = self.add_line(
            "informant_address", self.tr("Informant's address"), form=secret
        )

    @staticmethod
    def _line(max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    def load(self) -> None:
        self.received_edit.set_value(datetime.now().replace(second=0, microsecond=0))
        self.received_by_edit.setText(officer_name(self.ctx))
        self.known_radio.setChecked(self._child is not None)
        self.unknown_radio.setChecked(self._child is None)
        self._update_child()
        self.channel_combo.setFocus()

    def _update_child(self) -> None:
        known = self.known_radio.isChecked()
        self.child_label.setText(
            child_line(self._child) if self._child else self.tr("— none chosen —")
        )
        for widget in (self.child_name_edit, self.age_spin, self.sex_combo):
            widget.setEnabled(not known)

    def _pick_child(self) -> ChildSummary | None:
        dialog = ChildPickerDialog(self.ctx, self)
        dialog.exec()
        return dialog.chosen

    def _choose(self) -> None:
        chosen = self.pick_child()
        if chosen is not None:
            self._child = chosen
            self.known_radio.setChecked(True)
        self._update_child()

    def set_child(self, child: ChildSummary | None) -> None:
        self._child = child
        self.known_radio.setChecked(child is not None)
        self.unknown_radio.setChecked(child is None)
        self._update_child()

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {
            "abuse_kinds": frozenset(k for k, box in self.abuse_boxes.items() if box.isChecked())
        }
        if self.known_radio.isChecked():
            if self._child is None:
                errors["child_id"] = self.tr(
                    "Choose the child, or tick that the child is not known yet."
                )
            values |= {
                "child_id": self._child.id if self._child else None,
                "child_name": "",
                "child_age_estimate": None,
                "child_sex": self._child.sex.value if self._child else Sex.UNKNOWN.value,
            }
        else:
            age = self.age_spin.value()
            values |= {
                "child_id": None,
                "child_name": self.child_name_edit.text(),
                "child_age_estimate": age if age >= 0 else None,
                "child_sex": self.sex_combo.currentData(),
            }
        return values, errors

    def submit(self, data: IntakeIn) -> CaseOut:
        return self.ctx.cases.open_intake(data)


__all__ = ["IntakeDialog"]
