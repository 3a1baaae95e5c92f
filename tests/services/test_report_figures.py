"""The figures of the year's report on a hand-built register: children by group × sex × age
band × Kinh / minority, each number also what the children list counts for the same filter;
cases opened, closed, open and overdue; services by type and setting."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import update

from commune_care.db.models import ChildRecord
from commune_care.db.session import Database
from commune_care.domain.cases import DeadlineState, RiskLevel
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.groups import GROUPS
from commune_care.domain.schemas.cases import CaseFilter, ClosureIn
from commune_care.domain.schemas.children import ChildFilter, ClassificationIn
from commune_care.domain.support import ServiceSetting, ServiceType
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.register_stats import UNDER_16_BANDS
from commune_care.services.reports import ReportsService
from commune_care.services.support import SupportService
from tests.services.test_cases_service import intake, walk_to_approval

ON = date(2025, 12, 31)
TODAY = date(2026, 3, 1)


def add(children: ChildrenService, name: str, birth: PartialDate, sex: Sex,
        ethnicity: str = "", **values: Any) -> int:  # fmt: skip
    data = children.validate(
        {"full_name": name, "birth": birth, "sex": sex, "ethnicity_code": ethnicity, **values}
    )
    return children.create(data, allow_duplicate=True).id


def classify(children: ChildrenService, child_id: int, code: str, start: date,
             end: date | None = None) -> None:  # fmt: skip
    children.classify(child_id, ClassificationIn(group_code=code, start_date=start, end_date=end))


@pytest.fixture
def register(db: Database, children: ChildrenService) -> dict[str, int]:
    ids = {
        # A boy of 4 on 31/12/2025, Kinh; orphan of both parents, a mental-health flag.
        "an": add(children, "Nguyễn Văn An", PartialDate(2021, 5, 1), Sex.MALE, "01"),
        # A girl of 8, Tày; orphan of both parents, disabled.
        "binh": add(children, "Hoàng Thị Bình", PartialDate(2017, 3, 1), Sex.FEMALE, "02"),
        # A girl of 13, ethnicity not recorded; her one-parent orphan group ended in June.
        "cuc": add(children, "Lê Thị Cúc", PartialDate(2012, 7, 1), Sex.FEMALE),
        # A boy born "2010" (latest 31/12/2010: 15 on 31/12/2025), Kinh; disabled.
        "dung": add(children, "Phạm Văn Dũng", PartialDate(2010), Sex.MALE, "01"),
        # Sex unknown, Mường; the date of birth is taken away below (an old record).
        "em": add(children, "Đỗ Em", PartialDate(2019, 1, 1), Sex.UNKNOWN, "06"),
        # Not counted: archived, moved away, 16 on the day.
        "giang": add(children, "Vũ Thị Giang", PartialDate(2016, 1, 1), Sex.FEMALE, "01"),
        "hoa": add(children, "Mai Thị Hoa", PartialDate(2015, 1, 1), Sex.FEMALE, "01",
                   status=ChildStatus.MOVED_AWAY),
        "khanh": add(children, "Lý Văn Khánh", PartialDate(2009, 12, 31), Sex.MALE, "01",
                     over_age_reason="Đang hỗ trợ"),
    }  # fmt: skip
    classify(children, ids["an"], "hcdb_a", date(2024, 1, 1))
    classify(children, ids["an"], "sktt_van_de", date(2025, 2, 1))
    classify(children, ids["binh"], "hcdb_a", date(2023, 5, 1))
    classify(children, ids["binh"], "hcdb_d", date(2023, 5, 1))
    classify(children, ids["cuc"], "mo_coi_cha_hoac_me", date(2024, 1, 1), date(2025, 6, 30))
    classify(children, ids["dung"], "hcdb_d", date(2020, 1, 1))
    classify(children, ids["giang"], "hcdb_a", date(2024, 1, 1))
    classify(children, ids["khanh"], "hcdb_d", date(2024, 1, 1))
    children.archive(ids["giang"], "Nhập trùng hồ sơ")
    with db.session() as s:
        s.execute(
            update(ChildRecord)
            .where(ChildRecord.id == ids["em"])
            .values(birth_year=None, birth_month=None, birth_day=None, birth_latest=None)
        )
    return ids


def test_children_by_group_sex_age_band_and_ethnicity(
    db: Database, register: dict[str, int]
) -> None:
    everyone, groups = ReportsService(db).children(ON)
    assert (everyone.total, everyone.male, everyone.female, everyone.sex_unknown) == (5, 2, 2, 1)
    assert everyone.by_band == (1, 1, 2) and everyone.without_birth == 1
    assert (everyone.kinh, everyone.minority, everyone.ethnicity_unknown) == (2, 2, 1)
    by_code = {g.key: g for g in groups}
    assert [g.key for g in groups] == [g.code for g in GROUPS]  # every group, the law's order
    orphans = by_code["hcdb_a"]  # An and Bình; Giang is archived
    assert (orphans.total, orphans.male, orphans.female) == (2, 1, 1)
    assert orphans.by_band == (1, 1, 0) and (orphans.kinh, orphans.minority) == (1, 1)
    disabled = by_code["hcdb_d"]  # Bình and Dũng; Khánh has turned 16
    assert (disabled.total, disabled.by_band, disabled.kinh, disabled.minority) == (
        2, (0, 1, 1), 1, 1,
    )  # fmt: skip
    assert by_code["mo_coi_cha_hoac_me"].total == 0  # ended in June
    assert by_code["sktt_van_de"].total == 1
    assert by_code["hcdb_b"] == by_code["hcdb_b"].model_copy(
        update={"total": 0, "male": 0, "female": 0}
    )


def test_every_number_is_what_the_children_list_counts(
    db: Database, register: dict[str, int], children: ChildrenService
) -> None:
    everyone, groups = ReportsService(db).children(ON)
    active = ChildStatus.ACTIVE
    for row in (everyone, *groups):
        group = {} if row.key == "all" else {"group_code": row.key}
        base = ChildFilter.model_validate({"status": active, "on": ON, **group})
        assert children.count(base) == row.total, row.key
        for sex, n in ((Sex.MALE, row.male), (Sex.FEMALE, row.female)):
            assert children.count(base.model_copy(update={"sex": sex})) == n, (row.key, sex)
        for band, n in zip(UNDER_16_BANDS, row.by_band, strict=True):
            assert children.count(base.model_copy(update={"age_band": band})) == n, row.key


def test_services_by_type_and_setting(
    db: Database, register: dict[str, int], children: ChildrenService
) -> None:
    support = SupportService(db, user="test")

    def service(child: str, kind: ServiceType, setting: ServiceSetting | None, start: date,
                end: date | None = None) -> None:  # fmt: skip
        support.add_service(support.validate_service(
            {"child_id": register[child], "type": kind, "setting": setting, "start_date": start,
             "end_date": end}
        ))  # fmt: skip

    service("an", ServiceType.COUNSELLING, ServiceSetting.SCHOOL, date(2025, 3, 1))
    service("an", ServiceType.COUNSELLING, ServiceSetting.SCHOOL, date(2025, 9, 1))
    service("binh", ServiceType.COUNSELLING, ServiceSetting.COMMUNITY, date(2024, 11, 1))
    service("binh", ServiceType.HEALTH, None, date(2025, 4, 1), date(2025, 4, 1))
    service("cuc", ServiceType.HEALTH, ServiceSetting.HEALTH_FACILITY, date(2024, 1, 1),
            date(2024, 12, 31))  # fmt: skip  # before the period
    children.restore(register["giang"])  # a service given before the record was archived
    service("giang", ServiceType.HEALTH, ServiceSetting.HEALTH_FACILITY, date(2025, 5, 1))
    children.archive(register["giang"], "Nhập trùng hồ sơ")
    counts = ReportsService(db).services(date(2025, 1, 1), ON)
    rows = {r.type: r for r in counts.rows}
    school = list(ServiceSetting).index(ServiceSetting.SCHOOL)
    community = list(ServiceSetting).index(ServiceSetting.COMMUNITY)
    counselling = rows[ServiceType.COUNSELLING]
    assert counselling.by_setting[school] == 2 and counselling.by_setting[community] == 1
    assert (counselling.total, counselling.children) == (3, 2)
    health = rows[ServiceType.HEALTH]  # Cúc's was before; Giang is archived
    assert (health.total, health.unspecified, health.children) == (1, 1, 1)
    assert (counts.total.total, counts.total.children) == (4, 2)
    assert sum(counts.total.by_setting) + counts.total.unspecified == counts.total.total
    assert rows[ServiceType.LEGAL_AID].total == 0  # every type has its row


def test_cases_opened_closed_open_and_overdue(db: Database) -> None:
    cases = CasesService(db, user="test")
    now = datetime(2026, 12, 31, 12, 0)
    # On time up to the approval, then still going on at the end of the year.
    approved = walk_to_approval(cases)
    # Received, nothing done since: the initial assessment is overdue.
    forgotten = cases.open_intake(intake(at=datetime(2026, 5, 4, 9, 0))).id
    # Received and closed in the year.
    closed = cases.open_intake(intake(at=datetime(2026, 6, 1, 9, 0))).id
    cases.close(closed, ClosureIn(closed_on=date(2026, 6, 2), reason="Thông tin không đúng"))
    # Received the year before: not opened in 2026, still open at its end.
    old = cases.open_intake(intake(at=datetime(2025, 12, 1, 9, 0))).id
    counts = cases.year_counts(date(2026, 1, 1), date(2026, 12, 31), now)
    assert counts.opened == 3 and counts.closed == 1
    assert counts.opened_at(RiskLevel.HIGH) == 1 and counts.opened_at(None) == 2
    assert counts.open_at_end == 3
    # Cross-check against the case page's own deadlines (now: the end of the period).
    expected_overdue = sum(
        cases.get(c.id, now=now).overdue for c in cases.list(CaseFilter(closed=False), now)
    )
    assert counts.overdue_at_end == expected_overdue >= 1
    assert cases.get(forgotten, now=now).overdue

    def missed(case_id: int) -> bool:
        case = cases.get(case_id, now=now)
        late = [
            d
            for d in case.deadlines
            if d.due.year == 2026 and (d.late or d.state is DeadlineState.OVERDUE)
        ]
        step = case.next_step
        overdue = (
            step is not None
            and step.state is DeadlineState.OVERDUE
            and step.due
            and (step.due.year == 2026)
        )
        return bool(late or overdue)

    assert counts.missed_deadline == sum(missed(i) for i in (approved, forgotten, closed, old))
    assert missed(forgotten) and not missed(closed)
    # The year before: one case opened, open at its end.
    before = cases.year_counts(date(2025, 1, 1), date(2025, 12, 31), now)
    assert (before.opened, before.closed, before.open_at_end) == (1, 0, 1)


def test_year_figures_put_it_together(db: Database, register: dict[str, int]) -> None:
    figures = ReportsService(db).year_figures(2025, today=TODAY)
    assert (figures.on, figures.period_start, figures.period_end) == (
        ON, date(2025, 1, 1), ON,
    )  # fmt: skip
    assert figures.band_labels == tuple(b.label for b in UNDER_16_BANDS)
    assert figures.children.total == 5
    assert figures.mental_health.flagged_children == 1
    this_year = ReportsService(db).year_figures(2026, today=TODAY)
    assert this_year.on == TODAY and this_year.period_end == TODAY
    with pytest.raises(InvalidInput):
        ReportsService(db).year_figures(2027, today=TODAY)
