"""The shared "Việc cần làm" line: what every programme's due work looks like (issue #4)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from commune_care.domain.cases import DeadlineState
from commune_care.domain.support import Programme


class DueItem(BaseModel):
    """One line of the shared "Việc cần làm" list, whatever the programme."""

    model_config = ConfigDict(frozen=True)
    programme: Programme  # domain.support.Programme (ALTERNATIVE_CARE, or ADOPTION —
    # the adoption branch adds ADOPTION = "adoption" to Programme
    # with label "Nuôi con nuôi")
    subject_kind: str  # "placement" | "carer" | "adoption"
    subject_id: int
    subject_code: str  # what the officer reads: a placement/adoption code, a carer name
    child_id: int | None
    child_name: str
    label: str  # the action, Vietnamese, with the form number if any
    due: date
    state: DeadlineState  # domain.cases.DeadlineState (ON_TIME / DUE_SOON / OVERDUE)
