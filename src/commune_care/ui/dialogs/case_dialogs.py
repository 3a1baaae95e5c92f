"""The dialogs of case management, one per step, gathered in one place for the pages.

They live in ``ui/dialogs/case_steps/`` (the skeleton in ``form.py``); each takes the app
context and the case (loaded with its confidential fields when a step is corrected), and after
``exec()`` holds the saved case in ``saved``.
"""

from __future__ import annotations

from commune_care.ui.dialogs.case_steps.assessments import (
    DetailedAssessmentDialog,
    EmergencyDialog,
    InitialAssessmentDialog,
    MeetingDialog,
)
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog
from commune_care.ui.dialogs.case_steps.form import StepDialog
from commune_care.ui.dialogs.case_steps.implementation import (
    CloseCaseDialog,
    LogEntryDialog,
    ReopenCaseDialog,
    ReviewDialog,
    TaskStatusDialog,
)
from commune_care.ui.dialogs.case_steps.intake import IntakeDialog
from commune_care.ui.dialogs.case_steps.plan import (
    ApprovalDialog,
    PlanDialog,
    SubmitPlanDialog,
    format_vnd,
)

__all__ = [
    "ApprovalDialog",
    "ChildPickerDialog",
    "CloseCaseDialog",
    "DetailedAssessmentDialog",
    "EmergencyDialog",
    "InitialAssessmentDialog",
    "IntakeDialog",
    "LogEntryDialog",
    "MeetingDialog",
    "PlanDialog",
    "ReopenCaseDialog",
    "ReviewDialog",
    "StepDialog",
    "SubmitPlanDialog",
    "TaskStatusDialog",
    "format_vnd",
]
