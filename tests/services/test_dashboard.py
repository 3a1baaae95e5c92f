"""The home page's figures on a small hand-built commune with known answers (issue #9): every
tile, the children (or cases) each one opens — the same number — and the four quarters."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from commune_care.db.session import Database
from commune_care.domain.activities import ActivityKind
from commune_care.domain.schemas.activities import ActivityIn, PaymentsIn, SponsorshipIn
from commune_care.domain.schemas.cases import CaseFilter
from commune_care.domain.schemas.children import ChildFilter, ChildSubset
from commune_care.domain.schemas.dashboard import Targets
from commune_care.domain.support import ServiceType
from commune_care.services.activities import ActivitiesService
from commune_care.services.assistance import AssistanceService
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.dashboard import DashboardService
from commune_care.services.indicators import IndicatorsService
from tests.services.test_care_indicator import BOTH, ONE, Register
from tests.services.test_cases_service import intake
from tests.services.test_indicators import HIGH_RISK, PROBLEM, Commune

YEAR = 2025
NOW = datetime(2026, 1, 15, 9, 0)  # the year is over: orphans on 31/12/2025


@pytest.fixture
def commune(db: Database) -> dict[str, int]:
    r, c = Register(db), Commune(db)
    ids: dict[str, int] = {}
    # Mental health: reached in Q1, reached in Q3, never reached (a health service only).
    ids["mh1"] = x = r.child("Nguyễn Văn An")
    c.flag(x, PROBLEM, date(2025, 2, 1))
    c.service(x, ServiceType.COUNSELLING, date(2025, 3, 1), date(2025, 3, 1))
    ids["mh2"] = x = r.child("Trần Thị Bình")
    c.flag(x, HIGH_RISK, date(2025, 5, 1))
    c.service(x, ServiceType.SOCIAL_ASSISTANCE, date(2025, 8, 1), date(2025, 8, 31))
    ids["mh3"] = x = r.child("Lê Thị Cúc")
    c.flag(x, PROBLEM, date(2025, 2, 10))
    c.service(x, ServiceType.HEALTH, date(2025, 2, 11), date(2025, 2, 11))
    # Orphans: of both parents, in care since 2023; of one parent from April, placed in
    # September.
    ids["o1"] = x = r.child("Phạm Văn Dũng")
    r.orphan(x, BOTH, date(2023, 1, 1))
    r.place(x, date(2023, 2, 1))
    ids["o2"] = x = r.child("Đỗ Thị Em")
    r.orphan(x, ONE, date(2025, 4, 1))
    r.place(x, date(2025, 9, 1))
    # Two activities in 2025 (Q1, Q3), one archived, one the year before.
    act = ActivitiesService(db, user="test")

    def activity(day: date, title: str) -> int:
        return act.add_activity(ActivityIn(held_on=day, kind=ActivityKind.COMMUNICATION,
                                           title=title, participants_children=20)).id  # fmt: skip

    activity(date(2025, 3, 10), "Truyền thông phòng, chống xâm hại trẻ em")
    activity(date(2025, 8, 20), "Truyền thông về sức khỏe tâm thần")
    act.set_activity_archived(activity(date(2025, 5, 5), "Nhập nhầm"), True)
    activity(date(2024, 12, 1), "Truyền thông năm trước")
    # Sponsorships: one running in 2025, one that ended in 2024.
    act.add_sponsorship(SponsorshipIn(child_id=ids["o2"], sponsor="Hội Phụ nữ xã",
                                      support="Học bổng", monthly_vnd=500_000,
                                      start_date=date(2025, 3, 1)))  # fmt: skip
    act.add_sponsorship(SponsorshipIn(child_id=ids["mh3"], sponsor="Ông Nguyễn Văn Thành",
                                      support="Sữa", start_date=date(2024, 1, 1),
                                      end_date=date(2024, 12, 31)))  # fmt: skip
    # Social assistance for the orphan of both parents, January to March 2025.
    AssistanceService(db, user="test").add_payments(
        PaymentsIn(child_id=ids["o1"], category="d5_k1", first_month="01/2025",
                   last_month="03/2025", paid_on=date(2025, 3, 20))
    )  # fmt: skip
    # Cases: one received in December (its 12 hours long gone), one this morning.
    cases = CasesService(db, user="test", clock=lambda: NOW)
    ids["late_case"] = cases.open_intake(intake(at=datetime(2025, 12, 20, 8, 0))).id
    ids["new_case"] = cases.open_intake(intake(at=datetime(2026, 1, 15, 8, 0))).id
    return ids


def test_every_tile_has_its_known_value_and_opens_as_many(db: Database, commune) -> None:
    d = DashboardService(db, user="test").overview(YEAR, NOW)
    assert (d.year, d.on) == (YEAR, date(2025, 12, 31))
    assert d.targets == Targets(mental_health_pct=80, orphans_in_care_pct=100)
    mh = d.mental_health
    assert (mh.value, mh.whole, mh.pct, mh.target_pct, mh.meets_target) == (2, 3, 66.7, 80, False)
    assert d.mental_health_not_reached.value == 1
    o = d.orphans
    assert (o.value, o.whole, o.pct, o.target_pct, o.meets_target) == (2, 2, 100.0, 100, True)
    assert d.orphans_not_in_care.value == 0
    assert d.under_management.value == 5
    groups = {t.key: t.value for t in d.groups}
    assert (groups["group:hcdb_a"], groups["group:mo_coi_cha_hoac_me"]) == (1, 1)
    assert (groups["group:sktt_van_de"], groups["group:sktt_nguy_co_cao"]) == (2, 1)
    assert (d.cases_open.value, d.cases_overdue.value) == (2, 1)
    assert (d.activities.value, d.sponsored.value, d.assisted.value) == (2, 1, 1)

    # Each tile opens the list it counts: the same query.
    children = ChildrenService(db)
    cases = CasesService(db, clock=lambda: NOW)
    for tile in d.tiles():
        if tile.children is not None:
            expected = tile.whole if tile.whole is not None else tile.value
            assert children.count(tile.children) == expected, tile.key
        if tile.cases is not None:
            assert len(cases.list(tile.cases, NOW)) == tile.value, tile.key
    assert d.mental_health_not_reached.children == ChildFilter(
        subset=ChildSubset.MENTAL_HEALTH_NOT_REACHED, year=YEAR, on=date(2025, 12, 31)
    )
    assert d.cases_overdue.cases == CaseFilter(overdue=True)


def test_the_lists_behind_the_tiles_are_the_right_children(db: Database, commune) -> None:
    children = ChildrenService(db)

    def who(subset: ChildSubset) -> set[int]:
        return set(children.list_ids(ChildFilter(subset=subset, year=YEAR, on=date(2025, 12, 31))))

    ids = commune
    assert who(ChildSubset.MENTAL_HEALTH) == {ids["mh1"], ids["mh2"], ids["mh3"]}
    assert who(ChildSubset.MENTAL_HEALTH_REACHED) == {ids["mh1"], ids["mh2"]}
    assert who(ChildSubset.MENTAL_HEALTH_NOT_REACHED) == {ids["mh3"]}
    assert who(ChildSubset.ORPHANS) == {ids["o1"], ids["o2"]}
    assert who(ChildSubset.ORPHANS_IN_CARE) == {ids["o1"], ids["o2"]}
    assert who(ChildSubset.ORPHANS_NOT_IN_CARE) == set()
    assert who(ChildSubset.SPONSORED) == {ids["o2"]}
    assert who(ChildSubset.ASSISTED) == {ids["o1"]}
    # In June the orphan of one parent was not placed yet.
    june = ChildFilter(subset=ChildSubset.ORPHANS_NOT_IN_CARE, year=YEAR, on=date(2025, 6, 30))
    assert set(children.list_ids(june)) == {ids["o2"]}


def test_the_quarters(db: Database, commune) -> None:
    quarters = DashboardService(db, user="test").overview(YEAR, NOW).quarters
    assert [q.quarter for q in quarters] == [1, 2, 3, 4]
    assert [q.mental_health_pct for q in quarters] == [50.0, 33.3, 66.7, 66.7]
    assert [q.orphans_in_care_pct for q in quarters] == [100.0, 50.0, 100.0, 100.0]
    assert [q.activities for q in quarters] == [1, 0, 1, 0]
    assert [q.cases_received for q in quarters] == [0, 0, 0, 1]
    # This year: the quarters not begun have no figures.
    this_year = DashboardService(db, user="test").overview(2026, NOW).quarters
    assert [q.started for q in this_year] == [True, False, False, False]
    assert this_year[1].mental_health_pct is None and this_year[1].orphans_in_care_pct is None


def test_the_targets_are_the_communes_settings(db: Database, commune) -> None:
    indicators = IndicatorsService(db, user="test")
    indicators.set_targets(Targets(mental_health_pct=60, orphans_in_care_pct=90))
    d = DashboardService(db, user="test").overview(YEAR, NOW)
    assert (d.mental_health.target_pct, d.mental_health.meets_target) == (60, True)
    assert d.orphans.target_pct == 90
    figures = indicators.for_year(YEAR, today=NOW.date())
    assert figures["mental_health_target_pct"] == 60
    assert figures["orphans_in_alternative_care_target_pct"] == 90
    with pytest.raises(ValueError, match="từ 1 đến 100"):
        Targets(mental_health_pct=120)


def test_the_json_has_every_tile(db: Database, commune) -> None:
    out = DashboardService(db, user="test").overview(YEAR, NOW).as_json()
    assert out["mental_health_reached"] == 2 and out["mental_health_reached_of"] == 3
    assert out["mental_health_reached_pct"] == 66.7
    assert out["mental_health_reached_meets_target"] is False
    assert out["orphans_in_alternative_care_pct"] == 100.0
    assert out["orphans_not_in_alternative_care"] == 0
    assert (out["cases_open"], out["cases_overdue"], out["activities"]) == (2, 1, 2)
    assert (out["children_sponsored"], out["children_assisted"]) == (1, 1)
    assert out["children_under_management"] == 5
    assert out["children_group_sktt_van_de"] == 2
    assert [out[f"q{n}_mental_health_reached_pct"] for n in (1, 2, 3, 4)] == [
        50.0, 33.3, 66.7, 66.7]  # fmt: skip
    assert [out[f"q{n}_activities"] for n in (1, 2, 3, 4)] == [1, 0, 1, 0]
    assert all(not isinstance(v, dict | list) for v in out.values())  # one flat object


def test_a_year_not_begun_is_refused(db: Database) -> None:
    from commune_care.domain.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        DashboardService(db).overview(2027, NOW)
    assert "2027" in caught.value.errors["year"]


def test_the_quarters_query_agrees_with_the_indicator(db: Database, commune) -> None:
    """One query for the four quarters gives what ``mental_health`` gives for each."""
    indicators = IndicatorsService(db, user="test")
    start = date(YEAR, 1, 1)
    ends = [date(YEAR, m, d) for m, d in ((1, 31), (2, 10), (3, 1), (5, 1), (8, 1), (12, 31))]
    expected = []
    for end in ends:
        mh = indicators.mental_health(start, end, with_list=False)
        expected.append((mh.flagged_children, mh.reached_children))
    assert indicators.mental_health_cumulative(start, ends) == expected
    assert expected[0] == (0, 0) and expected[-1] == (3, 2)
