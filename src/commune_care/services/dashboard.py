"""The home page's figures (issue #9, item 1): the two QĐ 1591 targets, children by group,
cases open and overdue, the programme's activities, and the four quarters — each tile with the
filter that lists what it counts. A few grouped queries, whatever the size of the register."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from commune_care.db.models.activities import ActivityRecord
from commune_care.db.models.case import CaseRecord
from commune_care.db.repositories.children import ChildRepository
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.cases import CaseFilter
from commune_care.domain.schemas.children import ChildFilter, ChildSubset
from commune_care.domain.schemas.dashboard import Dashboard, QuarterFigures, Tile
from commune_care.domain.schemas.stats import RegisterCounts
from commune_care.domain.support import percent
from commune_care.services.cases import CasesService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import RegisterStatsService

__all__ = ["DashboardService", "quarter_ends"]


def quarter_ends(year: int) -> tuple[date, date, date, date]:
    return (date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31))


class DashboardService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.indicators = IndicatorsService(db, self.actor)
        self.cases = CasesService(db, self.actor)

    def overview(
        self,
        year: int | None = None,
        now: datetime | None = None,
        quarters: bool = True,
        register: RegisterCounts | None = None,
    ) -> Dashboard:
        """The figures of ``year`` (this year by default) as of ``now``: the indicators over
        the year (orphans on 31/12, or today while the year runs), the register and the cases
        as they are now. ``register``: the register's counts on the same day when the caller
        has them already (the home page shows both)."""
        require(self.actor, Permission.VIEW_STATISTICS)
        now = now or self.cases.clock()
        today = now.date()
        year = year or today.year
        if not 2000 <= year <= today.year:
            raise InvalidInput({"year": f"Năm {year} không hợp lệ: hãy chọn một năm từ 2000 "
                                f"đến {today.year}."})  # fmt: skip
        start, end = date(year, 1, 1), date(year, 12, 31)
        on = min(end, today)
        past = on != today
        mh = self.indicators.mental_health(start, end, with_list=False)
        orphans = self.indicators.orphans(on, with_list=False)
        if register is None or register.on != on:
            register = RegisterStatsService(self.db).counts(on if past else None)

        def subset(s: ChildSubset) -> ChildFilter:
            return ChildFilter(subset=s, year=year, on=on if past else None)

        with self.db.session() as s:
            repo = ChildRepository(s)
            sponsored = repo.count(subset(ChildSubset.SPONSORED))
            assisted = repo.count(subset(ChildSubset.ASSISTED))
            activities = int(
                s.scalar(
                    select(func.count()).where(
                        ActivityRecord.archived.is_(False),
                        ActivityRecord.held_on.between(start, end),
                    )
                )
                or 0
            )
        open_filter, overdue_filter = CaseFilter(closed=False), CaseFilter(overdue=True)
        return Dashboard(
            year=year,
            on=on,
            targets=self.indicators.targets(),
            mental_health=Tile(
                key="mental_health_reached", label=ChildSubset.MENTAL_HEALTH_REACHED.label,
                value=mh.reached_children, whole=mh.flagged_children, pct=mh.reached_pct,
                target_pct=mh.target_pct, children=subset(ChildSubset.MENTAL_HEALTH),
            ),
            mental_health_not_reached=Tile(
                key="mental_health_not_reached",
                label=ChildSubset.MENTAL_HEALTH_NOT_REACHED.label,
                value=mh.flagged_children - mh.reached_children,
                children=subset(ChildSubset.MENTAL_HEALTH_NOT_REACHED),
            ),
            orphans=Tile(
                key="orphans_in_alternative_care", label=ChildSubset.ORPHANS_IN_CARE.label,
                value=orphans.in_care, whole=orphans.total, pct=orphans.in_care_pct,
                target_pct=orphans.target_pct, children=subset(ChildSubset.ORPHANS),
            ),
            orphans_not_in_care=Tile(
                key="orphans_not_in_alternative_care",
                label=ChildSubset.ORPHANS_NOT_IN_CARE.label,
                value=orphans.total - orphans.in_care,
                children=subset(ChildSubset.ORPHANS_NOT_IN_CARE),
            ),
            under_management=Tile(
                key="children_under_management", label="Trẻ em đang quản lý",
                value=register.under_management.count, children=register.under_management.filter,
            ),
            groups=tuple(
                Tile(key=g.key, label=g.label, value=g.count, children=g.filter)
                for g in register.by_group
            ),
            cases_open=Tile(
                key="cases_open", label="Hồ sơ hỗ trợ, can thiệp đang mở",
                value=self.cases.count(open_filter, now), cases=open_filter,
            ),
            cases_overdue=Tile(
                key="cases_overdue", label="Hồ sơ có việc quá hạn",
                value=self.cases.count(overdue_filter, now), cases=overdue_filter,
            ),
            activities=Tile(key="activities", label="Hoạt động đã tổ chức", value=activities),
            sponsored=Tile(key="children_sponsored", label=ChildSubset.SPONSORED.label,
                           value=sponsored, children=subset(ChildSubset.SPONSORED)),
            assisted=Tile(key="children_assisted", label=ChildSubset.ASSISTED.label,
                          value=assisted, children=subset(ChildSubset.ASSISTED)),
            quarters=self.quarters(year, today) if quarters else (),
        )  # fmt: skip

    def quarters(self, year: int, today: date) -> tuple[QuarterFigures, ...]:
        """Each quarter: the indicators from 1 January to its last day (the orphans on that
        day, or today in the running quarter), cases received and activities held in it."""
        require(self.actor, Permission.VIEW_STATISTICS)
        start = date(year, 1, 1)
        first = datetime.combine(start, time.min)
        with self.db.session() as s:
            received = [
                d for (d,) in s.execute(
                    select(CaseRecord.received_at).where(
                        CaseRecord.received_at >= first,
                        CaseRecord.received_at < first.replace(year=year + 1),
                    )
                )
            ]  # fmt: skip
            held = list(
                s.scalars(
                    select(ActivityRecord.held_on).where(
                        ActivityRecord.archived.is_(False),
                        ActivityRecord.held_on.between(start, date(year, 12, 31)),
                    )
                )
            )
        result = []
        begin = start
        ends = quarter_ends(year)
        begins = [start, *(end + timedelta(days=1) for end in ends[:-1])]
        begun = [min(end, today) for b, end in zip(begins, ends, strict=True) if b <= today]
        mental = self.indicators.mental_health_cumulative(start, begun)
        for number, end in enumerate(ends, start=1):
            started = begin <= today
            mh_pct = orphans_pct = None
            if started and number <= len(mental):
                last = min(end, today)
                flagged, reached = mental[number - 1]
                orphans = self.indicators.orphans(last, with_list=False)
                mh_pct = percent(reached, flagged)
                orphans_pct = percent(orphans.in_care, orphans.total)
            result.append(
                QuarterFigures(
                    quarter=number, end=end, mental_health_pct=mh_pct,
                    orphans_in_care_pct=orphans_pct,
                    cases_received=sum(1 for d in received if begin <= d.date() <= end),
                    activities=sum(1 for d in held if begin <= d <= end), started=started,
                )
            )  # fmt: skip
            begin = end + timedelta(days=1)
        return tuple(result)
