"""Counts of the register for the home page: a few GROUP BY queries, fast at 100,000 children.

The conditions are those of ``ChildRepository._where`` written as columns: the effective status
(a child still *đang quản lý* whose latest possible birthday is 16 years ago counts as *đủ 16
tuổi*), age bands on ``birth_latest``, and a group membership active on the day. The tests
check every number against ``ChildRepository.count`` with the matching ``ChildFilter``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord
from commune_care.domain.dates import add_years
from commune_care.domain.enums import ChildStatus
from commune_care.domain.ethnicities import KINH_CODE
from commune_care.domain.rules import CHILD_AGE_LIMIT, AgeBand


@dataclass(frozen=True, slots=True)
class StatusSexCounts:
    """Children not archived with one effective status and one sex."""

    status: str
    sex: str
    total: int
    by_band: tuple[int, ...]  # in the order of the bands asked for
    without_birth: int


@dataclass(slots=True)
class RegisterTotals:
    rows: list[StatusSexCounts] = field(default_factory=list)
    groups_under_management: dict[str, int] = field(default_factory=dict)
    archived: int = 0


def effective_status_column(on: date) -> ColumnElement[Any]:
    """SQL for ``children.effective_status``: the stored status, except 'đang quản lý' with the
    latest possible birthday 16 or more years before ``on``, which is 'đủ 16 tuổi'."""
    c = ChildRecord
    limit = add_years(on, -CHILD_AGE_LIMIT)
    return case(
        (
            and_(c.status == ChildStatus.ACTIVE.value, c.birth_latest <= limit),
            ChildStatus.TURNED_16.value,
        ),
        else_=c.status,
    )


def under_management(on: date) -> ColumnElement[bool]:
    """Not archived, effective status 'đang quản lý' (so under 16 or birth not recorded)."""
    c = ChildRecord
    limit = add_years(on, -CHILD_AGE_LIMIT)
    return and_(
        c.archived.is_(False),
        c.status == ChildStatus.ACTIVE.value,
        or_(c.birth_latest.is_(None), c.birth_latest > limit),
    )


def _in_band(band: AgeBand, on: date) -> ColumnElement[bool]:
    earliest, latest = band.birth_range(on)
    c = ChildRecord
    if earliest is None:
        return c.birth_latest <= latest
    return and_(c.birth_latest <= latest, c.birth_latest > earliest)


def _active_on(on: date) -> ColumnElement[bool]:
    cl = ClassificationRecord
    return and_(cl.start_date <= on, or_(cl.end_date.is_(None), cl.end_date >= on))


class StatsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def totals(self, on: date, bands: Sequence[AgeBand]) -> RegisterTotals:
        return RegisterTotals(
            rows=self.by_status_and_sex(on, bands),
            groups_under_management=self.groups_under_management(on),
            archived=self.archived_count(),
        )

    def by_status_and_sex(self, on: date, bands: Sequence[AgeBand]) -> list[StatusSexCounts]:
        """One scan of the children not archived, grouped by effective status and sex, with
        the number in each age band (bands may overlap: each is summed on its own)."""
        c = ChildRecord
        status = effective_status_column(on).label("status")
        band_sums = [
            func.coalesce(func.sum(case((_in_band(band, on), 1), else_=0)), 0) for band in bands
        ]
        no_birth = func.coalesce(func.sum(case((c.birth_latest.is_(None), 1), else_=0)), 0)
        stmt = (
            select(status, c.sex, func.count(), no_birth, *band_sums)
            .where(c.archived.is_(False))
            .group_by(status, c.sex)
        )
        return [
            StatusSexCounts(
                status=str(row[0]),
                sex=str(row[1]),
                total=int(row[2]),
                without_birth=int(row[3]),
                by_band=tuple(int(n) for n in row[4:]),
            )
            for row in self.session.execute(stmt)
        ]

    def groups_under_management(self, on: date) -> dict[str, int]:
        """Group code → children under management with a membership of it active on ``on``
        (a child counted once per group, however many rows it has)."""
        cl = ClassificationRecord
        # EXISTS, not a join: SQLite then walks the few classifications and looks each child
        # up by id, instead of walking 100,000 children (14 ms instead of 130 ms).
        managed = (
            select(ChildRecord.id)
            .where(ChildRecord.id == cl.child_id, under_management(on))
            .correlate(cl)
            .exists()
        )
        stmt = (
            select(cl.group_code, func.count(func.distinct(cl.child_id)))
            .where(_active_on(on), managed)
            .group_by(cl.group_code)
        )
        return {str(code): int(n) for code, n in self.session.execute(stmt)}

    def archived_count(self) -> int:
        stmt = select(func.count()).select_from(ChildRecord).where(ChildRecord.archived.is_(True))
        return int(self.session.scalar(stmt) or 0)


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    """Children under management with one sex and one kind of ethnicity ('kinh', 'dtts', ''
    for not recorded), of one group (None: all of them), with the number in each age band."""

    group_code: str | None
    sex: str
    ethnicity: str
    total: int
    by_band: tuple[int, ...]
    without_birth: int


KINH = "kinh"
MINORITY = "dtts"


def _ethnicity_kind() -> ColumnElement[Any]:
    c = ChildRecord
    return case((c.ethnicity_code == KINH_CODE, KINH), (c.ethnicity_code == "", ""), else_=MINORITY)


def _breakdown_columns(on: date, bands: Sequence[AgeBand]) -> list[Any]:
    c = ChildRecord
    band_sums = [
        func.coalesce(func.sum(case((_in_band(band, on), 1), else_=0)), 0) for band in bands
    ]
    no_birth = func.coalesce(func.sum(case((c.birth_latest.is_(None), 1), else_=0)), 0)
    return [func.count(), no_birth, *band_sums]


def _breakdown_row(group: str | None, row: Any) -> BreakdownRow:
    return BreakdownRow(
        group_code=group,
        sex=str(row[0]),
        ethnicity=str(row[1]),
        total=int(row[2]),
        without_birth=int(row[3]),
        by_band=tuple(int(n) for n in row[4:]),
    )


def breakdown(session: Session, on: date, bands: Sequence[AgeBand]) -> list[BreakdownRow]:
    """The children under management on ``on`` by sex, ethnicity and age band: all of them
    (``group_code`` None), and the members of each group active that day (a child once per
    group). Two grouped queries."""
    c = ChildRecord
    cl = ClassificationRecord
    eth = _ethnicity_kind().label("eth")
    everyone = (
        select(c.sex, eth, *_breakdown_columns(on, bands))
        .where(under_management(on))
        .group_by(c.sex, eth)
    )
    rows = [_breakdown_row(None, row) for row in session.execute(everyone)]
    members = select(cl.child_id, cl.group_code).where(_active_on(on)).distinct().subquery()
    grouped = (
        select(members.c.group_code, c.sex, eth, *_breakdown_columns(on, bands))
        .join(c, c.id == members.c.child_id)
        .where(under_management(on))
        .group_by(members.c.group_code, c.sex, eth)
    )
    rows += [_breakdown_row(str(row[0]), row[1:]) for row in session.execute(grouped)]
    return rows


def managed_by_sex(session: Session, on: date) -> dict[str, int]:
    """Children under management on ``on`` by sex: one grouped count, no age bands."""
    c = ChildRecord
    stmt = select(c.sex, func.count()).where(under_management(on)).group_by(c.sex)
    return {str(sex): int(n) for sex, n in session.execute(stmt)}


def managed_in_groups(session: Session, on: date, codes: Sequence[str]) -> int:
    """Children under management on ``on`` with a membership of any of ``codes`` active that
    day, each child once (a child with both mental-health flags is one child)."""
    cl = ClassificationRecord
    managed = (
        select(ChildRecord.id)
        .where(ChildRecord.id == cl.child_id, under_management(on))
        .correlate(cl)
        .exists()
    )
    stmt = select(func.count(func.distinct(cl.child_id))).where(
        cl.group_code.in_(list(codes)), _active_on(on), managed
    )
    return int(session.scalar(stmt) or 0)
