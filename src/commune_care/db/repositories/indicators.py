"""The SQL of the programme's indicators (QĐ 1591/QĐ-TTg), shared by ``IndicatorsService`` (the
figures) and ``ChildRepository`` (the list of children behind each figure), so that a number on
the home page and the list it opens are the same query."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, case, exists, func, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, SettingRecord
from commune_care.db.models.activities import AssistancePaymentRecord, SponsorshipRecord
from commune_care.db.models.care import PlacementRecord
from commune_care.db.models.support import ChildServiceRecord
from commune_care.domain.dates import add_years
from commune_care.domain.groups import MENTAL_HEALTH_CODES, ORPHAN_CODES
from commune_care.domain.rules import CHILD_AGE_LIMIT
from commune_care.domain.support import (
    MENTAL_HEALTH_REACHED_SETTING_KEY,
    MENTAL_HEALTH_REACHED_TYPES,
    ServiceType,
    parse_service_types,
)

_MH_CODES = sorted(MENTAL_HEALTH_CODES)
_ORPHAN_CODES = sorted(ORPHAN_CODES)
BOTH_PARENTS = "hcdb_a"  # Điều 10.1.a: mồ côi cả cha và mẹ; the other code is one parent


def stored_reached_types(s: Session) -> frozenset[ServiceType]:
    """The commune's choice of "reached" service types, else counselling and social help."""
    record = s.get(SettingRecord, MENTAL_HEALTH_REACHED_SETTING_KEY)
    stored = parse_service_types(record.value) if record is not None else frozenset()
    return stored or MENTAL_HEALTH_REACHED_TYPES


def flagged_in(start: date, end: date) -> Select[int]:
    """The children (not archived) with a mental-health flag active on some day of the period."""
    cl = ClassificationRecord
    return (
        select(cl.child_id)
        .join(ChildRecord, ChildRecord.id == cl.child_id)
        .where(
            cl.group_code.in_(_MH_CODES),
            cl.start_date <= end,
            or_(cl.end_date.is_(None), cl.end_date >= start),
            ChildRecord.archived.is_(False),
        )
        .distinct()
    )


def served(child_id: Any, types: Iterable[ServiceType], start: date, end: date) -> Any:
    """A service of one of ``types`` given to the child on some day of ``start`` … ``end``."""
    sv = ChildServiceRecord
    return exists().where(
        sv.child_id == child_id,
        sv.type.in_(sorted(t.value for t in types)),
        sv.start_date <= end,
        or_(sv.end_date.is_(None), sv.end_date >= start),
    )


def orphans_on(on: date) -> Select[int, int]:
    """(child, 1 when an orphan of both parents) of the children not archived, under 16 on
    ``on``, classified as an orphan on that day. A child with both groups active counts once,
    as an orphan of both parents."""
    cl, c = ClassificationRecord, ChildRecord
    sixteen_before = add_years(on, -CHILD_AGE_LIMIT)
    return (
        select(
            cl.child_id.label("child_id"),
            func.max(case((cl.group_code == BOTH_PARENTS, 1), else_=0)).label("both"),
        )
        .join(c, c.id == cl.child_id)
        .where(
            cl.group_code.in_(_ORPHAN_CODES),
            cl.start_date <= on,
            or_(cl.end_date.is_(None), cl.end_date >= on),
            c.archived.is_(False),
            or_(c.birth_latest.is_(None), c.birth_latest > sixteen_before),
        )
        .group_by(cl.child_id)
    )


def in_care(child_id: Any, on: date) -> Any:
    """A placement of alternative care (any form) running on ``on``."""
    p = PlacementRecord
    return exists().where(
        p.child_id == child_id,
        p.start_date <= on,
        or_(p.end_date.is_(None), p.end_date >= on),
    )


def sponsored_ids(start: date, end: date) -> Select[Any]:
    """Children with a sponsorship (nhận đỡ đầu, not archived) running on some day of the
    period (archived children are left out by the list itself)."""
    sp = SponsorshipRecord
    return select(sp.child_id).where(
        sp.archived.is_(False),
        sp.start_date <= end,
        or_(sp.end_date.is_(None), sp.end_date >= start),
    )


def assisted_ids(start: date, end: date) -> Select[Any]:
    """Children paid social assistance (not archived) for a month beginning in the period."""
    p = AssistancePaymentRecord
    return select(p.child_id).where(
        p.archived.is_(False), p.month >= start.replace(day=1), p.month <= end
    )


__all__ = [
    "BOTH_PARENTS",
    "assisted_ids",
    "flagged_in",
    "in_care",
    "orphans_on",
    "served",
    "sponsored_ids",
    "stored_reached_types",
]
