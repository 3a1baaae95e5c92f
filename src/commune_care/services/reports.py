"""The figures of the year's report (Báo cáo kết quả thực hiện), from the register: each a few
grouped queries, whatever the number of children.

The day of the figures of a day (children under management, their groups, the orphans) is 31/12
of the year, or today while the year is not over; the period of the figures of a period (the
mental-health indicator, the cases, the services) runs from 1 January to that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func, or_, select

from commune_care.db.models import ChildRecord
from commune_care.db.models.support import ChildServiceRecord
from commune_care.db.repositories.stats import (
    KINH,
    MINORITY,
    BreakdownRow,
    breakdown,
    managed_by_sex,
    managed_in_groups,
)
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.enums import Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.groups import GROUPS, MENTAL_HEALTH_CODES
from commune_care.domain.periods import ReportPeriod
from commune_care.domain.schemas.reports import (
    ChildBreakdown,
    PlanCounts,
    ServiceCounts,
    ServiceRow,
    YearFigures,
)
from commune_care.domain.support import ServiceSetting, ServiceType
from commune_care.services.activities import ActivitiesService
from commune_care.services.cases import CasesService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import UNDER_16_BANDS

__all__ = ["ALL_CHILDREN", "ReportsService", "figures_day"]

ALL_CHILDREN = "all"


def figures_day(year: int, today: date | None = None) -> date:
    """31/12 of ``year``, or ``today`` while the year is not over."""
    return min(date(year, 12, 31), today or date.today())


def _sum(key: str, label: str, rows: Iterable[BreakdownRow], bands: int) -> ChildBreakdown:
    counts: dict[str, int] = dict.fromkeys(
        ("total", "male", "female", "sex_unknown", "without_birth", "kinh", "minority",
         "ethnicity_unknown"), 0,
    )  # fmt: skip
    by_band = [0] * bands
    sex_key = {Sex.MALE.value: "male", Sex.FEMALE.value: "female"}
    eth_key = {KINH: "kinh", MINORITY: "minority"}
    for row in rows:
        counts["total"] += row.total
        counts[sex_key.get(row.sex, "sex_unknown")] += row.total
        counts[eth_key.get(row.ethnicity, "ethnicity_unknown")] += row.total
        counts["without_birth"] += row.without_birth
        by_band = [a + b for a, b in zip(by_band, row.by_band, strict=True)]
    return ChildBreakdown.model_validate(
        {"key": key, "label": label, **counts, "by_band": tuple(by_band)}
    )


class ReportsService:
    """The year's figures for the report, through the services that own each of them."""

    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    def children(self, on: date) -> tuple[ChildBreakdown, tuple[ChildBreakdown, ...]]:
        """Children under management on ``on``, all and by group (every group, in the order of
        the law; a child counts once in each of its groups)."""
        require(self.actor, Permission.VIEW_STATISTICS)
        bands = len(UNDER_16_BANDS)
        with self.db.session() as s:
            rows = breakdown(s, on, UNDER_16_BANDS)
        everyone = _sum(ALL_CHILDREN, "Tổng số trẻ em dưới 16 tuổi",
                        (r for r in rows if r.group_code is None), bands)  # fmt: skip
        groups = tuple(
            _sum(g.code, g.label, (r for r in rows if r.group_code == g.code), bands)
            for g in GROUPS
        )
        return everyone, groups

    def plan_counts(self, on: date) -> PlanCounts:
        """What the year's plan says of the commune on ``on``: the children under management
        by sex, those with a mental-health flag, the orphans (of both parents, of one)."""
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            sexes = managed_by_sex(s, on)
            flagged = managed_in_groups(s, on, sorted(MENTAL_HEALTH_CODES))
        return PlanCounts(
            on=on,
            total=sum(sexes.values()),
            male=sexes.get(Sex.MALE.value, 0),
            female=sexes.get(Sex.FEMALE.value, 0),
            mental_health=flagged,
            orphans=IndicatorsService(self.db, self.actor).orphans(on, with_list=False),
        )

    def services(self, start: date, end: date) -> ServiceCounts:
        """Services given on some day of the period (start ≤ its end, end empty or ≥ its
        start) to children not archived, by type and setting, with the children they reached."""
        require(self.actor, Permission.VIEW_STATISTICS)
        sv = ChildServiceRecord
        in_period = (
            sv.start_date <= end,
            or_(sv.end_date.is_(None), sv.end_date >= start),
            ChildRecord.archived.is_(False),
        )
        with self.db.session() as s:
            cells = s.execute(
                select(sv.type, sv.setting, func.count())
                .join(ChildRecord, ChildRecord.id == sv.child_id)
                .where(*in_period)
                .group_by(sv.type, sv.setting)
            ).all()
            children = dict(
                s.execute(
                    select(sv.type, func.count(func.distinct(sv.child_id)))
                    .join(ChildRecord, ChildRecord.id == sv.child_id)
                    .where(*in_period)
                    .group_by(sv.type)
                ).all()
            )
            everyone = s.scalar(
                select(func.count(func.distinct(sv.child_id)))
                .join(ChildRecord, ChildRecord.id == sv.child_id)
                .where(*in_period)
            )
        settings = tuple(ServiceSetting)
        grid: dict[str, list[int]] = {t.value: [0] * (len(settings) + 1) for t in ServiceType}
        for type_code, setting_code, n in cells:
            row = grid.setdefault(str(type_code), [0] * (len(settings) + 1))
            column = next(
                (i for i, st in enumerate(settings) if st.value == setting_code), len(settings)
            )
            row[column] += int(n)
        rows = tuple(
            ServiceRow(
                type=t,
                label=t.label,
                by_setting=tuple(grid[t.value][:-1]),
                unspecified=grid[t.value][-1],
                total=sum(grid[t.value]),
                children=int(children.get(t.value, 0)),
            )
            for t in ServiceType
        )
        total = ServiceRow(
            type=None,
            label="Tổng số",
            by_setting=tuple(sum(r.by_setting[i] for r in rows) for i in range(len(settings))),
            unspecified=sum(r.unspecified for r in rows),
            total=sum(r.total for r in rows),
            children=int(everyone or 0),
        )
        return ServiceCounts(
            period_start=start, period_end=end, settings=settings, rows=rows, total=total
        )

    def year_figures(
        self, year: int, today: date | None = None, now: datetime | None = None
    ) -> YearFigures:
        """Everything the report of ``year`` counts (``YearFigures``)."""
        require(self.actor, Permission.VIEW_STATISTICS)
        if not 1900 <= year <= 9999:
            raise InvalidInput({"year": f"Năm {year} không hợp lệ. Hãy nhập năm có 4 chữ số."})
        today = today or date.today()
        if year > today.year:
            raise InvalidInput(
                {"year": f"Năm {year} chưa bắt đầu: chưa có số liệu để báo cáo. Hãy chọn năm "
                 f"{today.year} hoặc một năm trước."}
            )  # fmt: skip
        return self.period_figures(ReportPeriod.of_year(year), today, now)

    def period_figures(
        self, period: ReportPeriod, today: date | None = None, now: datetime | None = None
    ) -> YearFigures:
        """The same figures for any period (a quarter, a half year, two days): those of a day
        on its last day (or today while it runs), those of a period from its first day."""
        require(self.actor, Permission.VIEW_STATISTICS)
        today = today or date.today()
        period.check_begun(today)
        on = period.figures_day(today)
        start = period.start
        everyone, groups = self.children(on)
        return YearFigures(
            year=period.year,
            on=on,
            period_start=start,
            period_end=on,
            band_labels=tuple(b.label for b in UNDER_16_BANDS),
            children=everyone,
            groups=groups,
            mental_health=IndicatorsService(self.db, self.actor).mental_health(start, on),
            orphans=IndicatorsService(self.db, self.actor).orphans(on, with_list=False),
            cases=CasesService(self.db, self.actor).year_counts(start, on, now),
            services=self.services(start, on),
            programme=ActivitiesService(self.db, self.actor).year_counts(start, on),
        )
