"""The figures of the year's report (Báo cáo kết quả thực hiện), each computed by a service from
the register: children by group, sex, age band and ethnicity; the QĐ 1591 indicators; cases of
support and intervention; services by type and setting."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from commune_care.domain.cases import RiskLevel
from commune_care.domain.schemas.activities import ProgrammeYearCounts
from commune_care.domain.schemas.care import OrphanIndicator
from commune_care.domain.schemas.support import MentalHealthIndicator
from commune_care.domain.support import ServiceSetting, ServiceType


class ChildBreakdown(BaseModel):
    """Children under management on a day (of one group, or all): by sex, by age band (in the
    order of ``YearFigures.band_labels``), by Kinh / ethnic minority. Each child counts once in
    each breakdown; ``without_birth`` have no date of birth, so no band."""

    model_config = ConfigDict(frozen=True)

    key: str  # "all" or a group code
    label: str
    total: int = 0
    male: int = 0
    female: int = 0
    sex_unknown: int = 0
    by_band: tuple[int, ...] = ()
    without_birth: int = 0
    kinh: int = 0
    minority: int = 0
    ethnicity_unknown: int = 0


class CaseYearCounts(BaseModel):
    """Cases of support and intervention (Nghị định 56 Điều 25–32) in a period.

    ``opened``: intakes received in it, by the level of their latest assessment
    (``opened_unassessed`` when none yet); ``closed``: closed in it; ``open_at_end``: received
    by its end and not closed by then; ``missed_deadline``: cases with a deadline of the decree
    due in the period and missed (met after its due time, or not met at the period's end);
    ``overdue_at_end``: cases open at the end with a deadline passed and not met by then."""

    model_config = ConfigDict(frozen=True)

    period_start: date
    period_end: date
    opened: int = 0
    opened_high: int = 0
    opened_medium: int = 0
    opened_low: int = 0
    opened_unassessed: int = 0
    closed: int = 0
    open_at_end: int = 0
    missed_deadline: int = 0
    overdue_at_end: int = 0

    def opened_at(self, level: RiskLevel | None) -> int:
        return {
            RiskLevel.HIGH: self.opened_high,
            RiskLevel.MEDIUM: self.opened_medium,
            RiskLevel.LOW: self.opened_low,
            None: self.opened_unassessed,
        }[level]


class ServiceRow(BaseModel):
    """Services of one type given on some day of a period: how many in each setting (in the
    order of ``ServiceSetting``, then 'not given'), in all, and to how many children."""

    model_config = ConfigDict(frozen=True)

    type: ServiceType | None  # None: the total row
    label: str
    by_setting: tuple[int, ...]
    unspecified: int
    total: int
    children: int


class ServiceCounts(BaseModel):
    model_config = ConfigDict(frozen=True)

    period_start: date
    period_end: date
    settings: tuple[ServiceSetting, ...]
    rows: tuple[ServiceRow, ...]  # one per type, every type
    total: ServiceRow  # children: distinct children over all types


class PlanCounts(BaseModel):
    """The commune on a day, as the year's plan states it: children under management (by
    sex), those with a mental-health flag (each child once), and QĐ 1591's orphan indicator
    (orphans of both parents and of one parent, those in alternative care)."""

    model_config = ConfigDict(frozen=True)

    on: date
    total: int
    male: int
    female: int
    mental_health: int
    orphans: OrphanIndicator


class YearFigures(BaseModel):
    """Everything the year's report counts. ``on``: the day of the figures of a day (the
    children, the orphans): 31/12, or today while the year is not over; the period runs from
    1 January to ``on``. ``orphans``: QĐ 1591's second indicator on ``on``."""

    model_config = ConfigDict(frozen=True)

    year: int
    on: date
    period_start: date
    period_end: date
    band_labels: tuple[str, ...]
    children: ChildBreakdown
    groups: tuple[ChildBreakdown, ...]
    mental_health: MentalHealthIndicator
    orphans: OrphanIndicator
    cases: CaseYearCounts
    services: ServiceCounts
    programme: ProgrammeYearCounts  # activities, sponsorships, social assistance (issue #9)


__all__ = [
    "CaseYearCounts",
    "ChildBreakdown",
    "PlanCounts",
    "ServiceCounts",
    "ServiceRow",
    "YearFigures",
]
