"""The assessment steps: initial (Mẫu 02), emergency / separation (Mẫu 07), detailed (Mẫu 03)
and the case meeting. Each records the step, or corrects it while the service allows.

The case given must be loaded with its confidential fields: correcting a step shows what was
recorded (the user asked for it by pressing the step's button)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton

from commune_care.domain.cases import RiskLevel
from commune_care.domain.schemas.cases import (
    CaseOut,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    MeetingIn,
)
from commune_care.ui.dialogs.case_steps.form import StepDialog, chairman_name, officer_name

_HINT = "Confidential (Nghị định 56, Điều 24)"


class InitialAssessmentDialog(StepDialog):
    MODEL = InitialAssessmentIn
    HEIGHT = 470

    def build(self) -> None:
        self.setWindowTitle(self.tr("Initial risk assessment (Mẫu 02)"))
        self.date_edit = self.add_date("assessed_on", self.tr("Assessed on *"))
        self.by_edit = self.add_line("assessed_by", self.tr("Assessed by *"), 100)
        self.level_group = QButtonGroup(self)
        self.level_radios: dict[RiskLevel, QRadioButton] = {}
        row = QHBoxLayout()
        for level in RiskLevel:
            radio = QRadioButton(level.label)
            self.level_group.addButton(radio)
            self.level_radios[level] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.add_row(
            self.tr("Level of harm *"), row, "level", focus=self.level_radios[RiskLevel.HIGH]
        )
        self.track(lambda: self.level())
        self.emergency_check = self.add_check(
            "emergency_needed",
            self.tr("Emergency intervention is needed (within 12 hours of the report)"),
        )
        secret = self.confidential_box(self.tr(_HINT), self.tr("Shown only on request."))
        self.notes_edit = self.add_text("notes", self.tr("Assessment notes"), 90, form=secret)

    def level(self) -> str | None:
        return next((lv.value for lv, r in self.level_radios.items() if r.isChecked()), None)

    def extra_values(self):
        return {"level": self.level()}, {}

    def load(self) -> None:
        step = self.case.current.initial if self.case else None
        if step is None:
            self.date_edit.set_date(datetime.now().date())
            self.by_edit.setText(officer_name(self.ctx))
        else:
            self.date_edit.set_date(step.assessed_on)
            self.by_edit.setText(step.assessed_by)
            self.level_radios[step.level].setChecked(True)
            self.emergency_check.setChecked(step.emergency_needed)
            self.notes_edit.setPlainText(step.notes)
        self.date_edit.setFocus()

    def submit(self, data: InitialAssessmentIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.record_initial_assessment(self.case.id, data)


class EmergencyDialog(StepDialog):
    MODEL = EmergencyIn
    HEIGHT = 620

    def build(self) -> None:
        self.setWindowTitle(self.tr("Emergency intervention / temporary separation (Mẫu 07)"))
        self.at_edit = self.add_datetime("action_at", self.tr("Done on *"))
        self.by_edit = self.add_line("action_by", self.tr("Done by *"), 100)
        secret = self.confidential_box(self.tr(_HINT), self.tr("Shown only on request."))
        self.measures_edit = self.add_text(
            "measures", self.tr("Emergency measures taken *"), 80, form=secret
        )
        self.safe_place_edit = self.add_line("safe_place", self.tr("Place of safety"), form=secret)
        self.start_edit = self.add_date(
            "separation_start", self.tr("Separation from"), required=False
        )
        self.end_edit = self.add_date(
            "separation_end", self.tr("Separation until (at most 15 days)"), required=False
        )
        self.decision_edit = self.add_line("decision_no", self.tr("Separation decision number"), 50)
        self.signer_edit = self.add_line("decision_signer", self.tr("Decision signed by"), 100)

    def load(self) -> None:
        step = self.case.current.emergency if self.case else None
        if step is None:
            self.at_edit.set_value(datetime.now().replace(second=0, microsecond=0))
            self.by_edit.setText(officer_name(self.ctx))
            self.signer_edit.setText(chairman_name(self.ctx))
        else:
            self.at_edit.set_value(step.action_at)
            self.by_edit.setText(step.action_by)
            self.measures_edit.setPlainText(step.measures)
            self.safe_place_edit.setText(step.safe_place)
            self.start_edit.set_date(step.separation_start)
            self.end_edit.set_date(step.separation_end)
            self.decision_edit.setText(step.decision_no)
            self.signer_edit.setText(step.decision_signer)
        self.at_edit.setFocus()

    def submit(self, data: EmergencyIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.record_emergency(self.case.id, data)


# Điều 27.1 a–h: the letter and the field of each item; the labels are the decree's words.
class DetailedAssessmentDialog(StepDialog):
    MODEL = DetailedAssessmentIn
    WIDTH = 980
    HEIGHT = 720

    def build(self) -> None:
        self.setWindowTitle(self.tr("Detailed risk assessment (Mẫu 03)"))
        self.date_edit = self.add_date("assessed_on", self.tr("Assessed on *"))
        self.by_edit = self.add_line("assessed_by", self.tr("Assessed by *"), 100)
        secret = self.confidential_box(
            self.tr("The eight items of Điều 27.1 — confidential (Nghị định 56, Điều 24)"),
            self.tr("Shown only on request."),
        )
        self.item_edits = {}
        for letter, field in DetailedAssessmentIn.ITEMS:
            label = DetailedAssessmentIn.TEXT[field][0]
            required = " *" if field == "condition" else ""
            edit = self.add_text(field, f"{letter}) {label}{required}", 52, form=secret)
            self.item_edits[field] = edit
        for row in range(secret.rowCount()):
            item = secret.itemAt(row, secret.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setWordWrap(True)  # type: ignore[attr-defined]
                item.widget().setMinimumWidth(280)
                item.widget().setMaximumWidth(320)
        self.harmed_check = self.add_check(
            "caregiver_harmed_child",
            self.tr(
                "The parent or caregiver harmed the child (their views are not taken, Điều 27.1.h)"
            ),
            form=secret,
        )

    def load(self) -> None:
        step = self.case.current.detailed if self.case else None
        if step is None:
            self.date_edit.set_date(datetime.now().date())
            self.by_edit.setText(officer_name(self.ctx))
        else:
            self.date_edit.set_date(step.assessed_on)
            self.by_edit.setText(step.assessed_by)
            for field, edit in self.item_edits.items():
                edit.setPlainText(getattr(step, field))
            self.harmed_check.setChecked(step.caregiver_harmed_child)
        self.date_edit.setFocus()

    def submit(self, data: DetailedAssessmentIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.record_detailed_assessment(self.case.id, data)


class MeetingDialog(StepDialog):
    MODEL = MeetingIn
    HEIGHT = 520

    def build(self) -> None:
        self.setWindowTitle(self.tr("Case meeting"))
        self.date_edit = self.add_date("held_on", self.tr("Held on *"))
        self.chair_edit = self.add_line("chaired_by", self.tr("Chaired by *"), 100)
        self.participants_edit = self.add_text("participants", self.tr("Participants *"), 60)
        secret = self.confidential_box(self.tr(_HINT), self.tr("Shown only on request."))
        self.conclusions_edit = self.add_text(
            "conclusions", self.tr("Conclusions: measures agreed *"), 90, form=secret
        )

    def load(self) -> None:
        step = self.case.current.meeting if self.case else None
        if step is None:
            self.date_edit.set_date(datetime.now().date())
            self.chair_edit.setText(chairman_name(self.ctx))
        else:
            self.date_edit.set_date(step.held_on)
            self.chair_edit.setText(step.chaired_by)
            self.participants_edit.setPlainText(step.participants)
            self.conclusions_edit.setPlainText(step.conclusions)
        self.date_edit.setFocus()

    def submit(self, data: MeetingIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.record_meeting(self.case.id, data)


__all__ = [
    "DetailedAssessmentDialog",
    "EmergencyDialog",
    "InitialAssessmentDialog",
    "MeetingDialog",
]
