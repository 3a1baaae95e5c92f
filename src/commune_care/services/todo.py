"""The shared "Việc cần làm" list: every programme's due work in one list, soonest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from commune_care.domain.access import DUE_WORK_PERMISSIONS, AccessDenied, Permission, require_any
from commune_care.domain.schemas.todo import DueItem, TodoEntry
from commune_care.domain.support import Programme
from commune_care.services.cases import CasesService

__all__ = ["DueSource", "TodoService"]


class DueSource(Protocol):
    """A programme's service that reports what is due (alternative care, adoption …)."""

    def due_items(self, today: date | None = None) -> list[DueItem]: ...


class TodoService:
    """Case steps (with their hour) and the due items of the other programmes, merged."""

    def __init__(self, cases: CasesService, sources: Sequence[DueSource] = ()) -> None:
        self.cases = cases
        self.sources = tuple(sources)
        self.actor = cases.actor

    def items(
        self, now: datetime | None = None, programme: Programme | None = None
    ) -> list[TodoEntry]:
        """Soonest first; things with no due time last; ties by programme then code. The
        programmes the acting role may not see are left out."""
        require_any(self.actor, *DUE_WORK_PERMISSIONS)
        now = now or self.cases.clock()
        entries: list[TodoEntry] = []
        if programme in (None, Programme.CASE) and self.actor.can(Permission.VIEW_CASES):
            entries += [TodoEntry.of_case(item) for item in self.cases.todo(now)]
        for source in self.sources:
            try:
                due = source.due_items(now.date())
            except AccessDenied:
                continue
            for item in due:
                if programme is None or item.programme is programme:
                    entries.append(TodoEntry.of_due(item))
        return sorted(
            entries,
            key=lambda e: (e.due is None, e.due or now, e.programme.value, e.subject_code),
        )
