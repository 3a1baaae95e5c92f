"""The register at a glance: the numbers of the home page, each with the filter that lists them."""

from __future__ import annotations

from datetime import date

from commune_care.db.repositories.stats import StatsRepository
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.groups import GROUPS
from commune_care.domain.rules import CHILD_AGE_LIMIT, DEFAULT_AGE_BANDS, AgeBand
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.stats import RegisterCounts, StatCount

# The bands a child under management (under 16) can be in.
UNDER_16_BANDS: tuple[AgeBand, ...] = tuple(b for b in DEFAULT_AGE_BANDS if b.low < CHILD_AGE_LIMIT)


def band_key(band: AgeBand) -> str:
    return f"age:{band.low}-{band.high if band.high is not None else ''}"


class RegisterStatsService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username

    def counts(self, on: date | None = None) -> RegisterCounts:
        """The register on ``on`` (today by default): a few grouped queries, one session.

        The filters carry ``on`` only when it was given, so that a list opened from them later
        counts ages on its own day, as the children list does."""
        require(self.actor, Permission.VIEW_STATISTICS)
        day = on or date.today()
        with self.db.session() as s:
            totals = StatsRepository(s).totals(day, UNDER_16_BANDS)

        def flt(**values: object) -> ChildFilter:
            return ChildFilter.model_validate({**values, "on": on})

        by_status: dict[str, int] = {}
        active_by_sex: dict[str, int] = {}
        active_by_band = [0] * len(UNDER_16_BANDS)
        without_birth = 0
        for row in totals.rows:
            by_status[row.status] = by_status.get(row.status, 0) + row.total
            if row.status == ChildStatus.ACTIVE.value:
                active_by_sex[row.sex] = active_by_sex.get(row.sex, 0) + row.total
                active_by_band = [a + b for a, b in zip(active_by_band, row.by_band, strict=True)]
                without_birth += row.without_birth

        active = ChildStatus.ACTIVE
        statuses = tuple(
            StatCount(
                key=f"status:{status.value}",
                label=status.label,
                count=by_status.get(status.value, 0),
                filter=flt(status=status),
            )
            for status in ChildStatus
        )
        return RegisterCounts(
            on=day,
            register_total=StatCount(
                key="total", label="", count=sum(by_status.values()), filter=flt()
            ),
            under_management=statuses[list(ChildStatus).index(active)],
            by_status=statuses,
            by_sex=tuple(
                StatCount(
                    key=f"sex:{sex.value}",
                    label=sex.label,
                    count=active_by_sex.get(sex.value, 0),
                    filter=flt(status=active, sex=sex),
                )
                for sex in Sex
            ),
            by_age_band=tuple(
                StatCount(
                    key=band_key(band),
                    label=band.label,
                    count=count,
                    filter=flt(status=active, age_band=band),
                )
                for band, count in zip(UNDER_16_BANDS, active_by_band, strict=True)
            ),
            without_birth_date=without_birth,
            by_group=tuple(
                StatCount(
                    key=f"group:{group.code}",
                    label=group.label,
                    count=totals.groups_under_management.get(group.code, 0),
                    filter=flt(status=active, group_code=group.code),
                )
                for group in GROUPS
            ),
            turned_16=statuses[list(ChildStatus).index(ChildStatus.TURNED_16)],
            archived=StatCount(
                key="archived", label="", count=totals.archived, filter=flt(archived=True)
            ),
        )
