"""The shared "Việc cần làm" list: what is due in every programme, soonest first.

Each programme reports its own due work (``DueItem``: a day); case management reports its steps
with an hour (the 12-hour clock of emergency action). ``TodoEntry`` is one line of the shared list,
whichever it came from.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from commune_care.domain.cases import DeadlineState, end_of_day
from commune_care.domain.schemas.cases import TodoItem
from commune_care.domain.support import Programme


class DueItem(BaseModel):
    """One line of the shared "Việc cần làm" list, whatever the programme."""

    model_config = ConfigDict(frozen=True)

    programme: Programme
    subject_kind: str  # "placement" | "adoption" | "document" | "backup"
    subject_id: int
    subject_code: str  # what the officer reads: a placement/adoption code, a carer name
    child_id: int | None
    child_name: str
    label: str  # the action, Vietnamese, with the form number if any
    due: date | None  # None: nothing fixes a day (a draft awaiting its number)
    state: DeadlineState  # ON_TIME / DUE_SOON / OVERDUE


class TodoEntry(BaseModel):
    """A line of the shared list: a case step (maybe with its hour) or another programme's item."""

    model_config = ConfigDict(frozen=True)

    programme: Programme
    subject_kind: str  # "case" | "placement" | "adoption" | "document" | "backup"
    subject_id: int
    subject_code: str
    child_id: int | None
    child_name: str
    label: str
    due: datetime | None  # None: nothing fixes a time (shown last)
    all_day: bool
    state: DeadlineState

    @classmethod
    def of_case(cls, item: TodoItem) -> TodoEntry:
        return cls(
            programme=Programme.CASE,
            subject_kind="case",
            subject_id=item.case_id,
            subject_code=item.case_code,
            child_id=None,
            child_name=item.child_name,
            label=item.label,
            due=item.due,
            all_day=item.all_day,
            state=item.state,
        )

    @classmethod
    def of_due(cls, item: DueItem) -> TodoEntry:
        return cls(
            programme=item.programme,
            subject_kind=item.subject_kind,
            subject_id=item.subject_id,
            subject_code=item.subject_code,
            child_id=item.child_id,
            child_name=item.child_name,
            label=item.label,
            due=end_of_day(item.due) if item.due is not None else None,
            all_day=True,
            state=item.state,
        )

    @property
    def area_label(self) -> str:
        """What the line belongs to: the programme, or the documents / the backups."""
        return _AREA_LABELS.get(self.subject_kind) or self.programme.label

    @property
    def overdue(self) -> bool:
        return self.due is not None and self.state is DeadlineState.OVERDUE


# Lines that belong to no programme: the register of documents and the USB backups.
_AREA_LABELS = {"document": "Văn bản", "backup": "Sao lưu dữ liệu"}
AREA_KINDS = tuple(_AREA_LABELS)


def area_label(subject_kind: str) -> str:
    return _AREA_LABELS[subject_kind]


__all__ = ["AREA_KINDS", "DueItem", "TodoEntry", "area_label"]
