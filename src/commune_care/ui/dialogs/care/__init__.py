"""The dialogs of alternative care (issue #4): the carers' registry (Mẫu số 08, 09, 11), the
placement decision (Mẫu số 12), its handover, follow-ups (Mẫu số 13) and end (Mẫu số 15, 16).

``form.py`` is the skeleton they share (errors under their fields, the warnings question);
``carer_forms.py`` and ``carer_record.py`` the registry; ``placement_forms.py`` the decision;
``placement_steps.py`` what follows it; ``quarter_list.py`` the quarterly list.
"""

from __future__ import annotations

from commune_care.ui.dialogs.care.carer_forms import (
    ApprovalDialog,
    CarerFormDialog,
    ConditionsDialog,
    EndMemberDialog,
    MemberDialog,
    StopCarerDialog,
    VerificationDialog,
    carer_line,
)
from commune_care.ui.dialogs.care.carer_record import CarerRecordDialog
from commune_care.ui.dialogs.care.form import CareDialog, WarningsDialog
from commune_care.ui.dialogs.care.placement_forms import CarerPicker, PlacementDialog
from commune_care.ui.dialogs.care.placement_steps import (
    EndPlacementDialog,
    FollowUpDialog,
    HandoverDialog,
    follow_up_short,
    follow_up_when,
)
from commune_care.ui.dialogs.care.quarter_list import QuarterListDialog

__all__ = [
    "ApprovalDialog",
    "CareDialog",
    "CarerFormDialog",
    "CarerPicker",
    "CarerRecordDialog",
    "ConditionsDialog",
    "EndMemberDialog",
    "EndPlacementDialog",
    "FollowUpDialog",
    "HandoverDialog",
    "MemberDialog",
    "PlacementDialog",
    "QuarterListDialog",
    "StopCarerDialog",
    "VerificationDialog",
    "WarningsDialog",
    "carer_line",
    "follow_up_short",
    "follow_up_when",
]
