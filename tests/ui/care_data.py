"""Builders for the alternative-care UI tests: children, carers and placements written through
the services (dates counted back from today, as the pages read the real clock), and a count of
every row of the module so a refusal can be shown to have written nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog

from commune_care.domain.care import CareForm, CarerCondition, CarerRegistration
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.care import (
    ApprovalIn,
    CarerIn,
    ConditionsIn,
    PlacementIn,
    VerificationIn,
)
from commune_care.domain.schemas.support import ProviderIn
from commune_care.domain.support import ProviderKind
from commune_care.services.care import CareService
from commune_care.ui.context import AppContext

TODAY = date.today()
OFFICER = "Trần Thị Hạnh"  # the sample commune's officer (tests/conftest.py)
CHAIRMAN = "Nguyễn Văn Bình"
TABLES = ("carers", "carer_members", "carer_conditions", "placements", "placement_follow_ups",
          "audit_log")  # fmt: skip


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def years_ago(years: int, month: int = 3, day: int = 4) -> PartialDate:
    return PartialDate(TODAY.year - years, month, day)


def counts(ctx: AppContext) -> dict[str, int]:
    with sqlite3.connect(ctx.database_label) as conn:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def child(
    ctx: AppContext, name: str, years: int = 9, father: str = "", mother: str = "", **extra: Any
) -> int:
    village = ctx.commune.villages()[0]
    data = ctx.children.validate(
        {
            "full_name": name,
            "birth": years_ago(years),
            "father_name": father,
            "mother_name": mother,
            "village_id": village.id,
            **extra,
        }
    )
    return ctx.children.create(data, allow_duplicate=True).id


def carer(
    ctx: AppContext,
    name: str = "Trần Thị Bình",
    birth: str = "15/06/1958",
    registration: CarerRegistration = CarerRegistration.RELATIVE_NOTICE,
    registered_days_ago: int = 200,
    **extra: Any,
) -> int:
    data = CarerIn(full_name=name, birth=birth, registration=registration,
                   registered_on=days_ago(registered_days_ago), **extra)  # fmt: skip
    return ctx.care.register_carer(data).id


def eligible(ctx: AppContext, carer_id: int, days: int = 150, approve: bool = True) -> None:
    on = days_ago(days)
    items = tuple({"condition": c, "met": True} for c in CarerCondition)
    ctx.care.record_conditions(
        carer_id, ConditionsIn(checked_on=on, checked_by=OFFICER, items=items)
    )
    ctx.care.record_verification(
        carer_id, VerificationIn(verified_on=on, verified_by=OFFICER, result="du_dieu_kien")
    )
    if approve:
        ctx.care.approve_carer(carer_id, ApprovalIn(approved_on=on, approved_by=CHAIRMAN))


def facility(ctx: AppContext, name: str = "Trung tâm Công tác xã hội tỉnh") -> int:
    kind = ProviderKind.SOCIAL_ASSISTANCE_FACILITY
    return ctx.support.create_provider(ProviderIn(name=name, kind=kind)).id


def placement_in(child_id: int, carer_id: int | None = None, **changes: Any) -> PlacementIn:
    values: dict[str, Any] = {
        "child_id": child_id,
        "form": CareForm.RELATIVE,
        "term": "dai_han",
        "carer_id": carer_id,
        "relationship": "Bà ngoại",
        "decision_number": "05/QĐ-UBND",
        "decision_date": days_ago(100),
        "decision_signer": CHAIRMAN,
        "handover_date": days_ago(95),
        "child_view": "Em muốn ở với bà.",
        "child_view_date": days_ago(105),
    }
    values.update(changes)
    return CareService.validate(PlacementIn, values)


def place(ctx: AppContext, child_id: int, carer_id: int | None = None, **changes: Any) -> int:
    data = placement_in(child_id, carer_id, **changes)
    return ctx.care.decide_placement(data, confirm_warnings=True).id


def guard(modal: Any) -> Any:
    """Make a failing answer close its dialog at once (``done``): closing a form with typed
    text asks "Discard changes?", which nobody would answer in a test."""
    original = modal.next

    def next_(action: Any) -> None:
        def guarded(widget: Any) -> None:
            try:
                action(widget)
            except Exception:
                if isinstance(widget, QDialog):
                    widget.done(0)
                raise

        original(guarded)

    modal.next = next_
    return modal
