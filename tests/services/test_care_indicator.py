"""QĐ 1591/QĐ-TTg "100 % trẻ em mồ côi được chăm sóc thay thế" on a hand-built register
(issue #4, item 6): exact counts of orphans of both parents and of one parent, in alternative
care or not, on a day; the year's keys."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from commune_care.db.session import Database
from commune_care.domain.care import CareForm, EndReason
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.care import CarerIn, PlacementEndIn, PlacementIn
from commune_care.domain.schemas.children import ClassificationIn
from commune_care.services.care import CareService, open_adoption_placement
from commune_care.services.children import ChildrenService
from commune_care.services.indicators import IndicatorsService

ON = date(2025, 6, 30)
BOTH, ONE = "hcdb_a", "mo_coi_cha_hoac_me"
BORN = PartialDate(2015, 4, 1)


class Register:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.children = ChildrenService(db, user="test")
        self.care = CareService(db, user="test", clock=lambda: datetime(2025, 12, 1, 9, 0))
        self.carer = self.care.register_carer(
            CarerIn(full_name="Trần Thị Bình", birth="1958", registered_on=date(2020, 1, 6),
                    registration="nguoi_than_thich_thong_bao")
        ).id  # fmt: skip

    def child(self, name: str, birth: PartialDate = BORN) -> int:
        data = self.children.validate(
            {"full_name": name, "birth": birth, "registered_on": date(2020, 1, 2)}
        )
        return self.children.create(data, allow_duplicate=True).id

    def orphan(self, child_id: int, code: str, start: date, end: date | None = None) -> None:
        self.children.classify(
            child_id, ClassificationIn(group_code=code, start_date=start, end_date=end)
        )

    def place(self, child_id: int, decided: date, end: date | None = None) -> int:
        data = PlacementIn(
            child_id=child_id, form=CareForm.RELATIVE, term="dai_han", carer_id=self.carer,
            relationship="Bà nội", decision_number="01/QĐ-UBND", decision_date=decided,
            decision_signer="Nguyễn Văn Bình", child_view="Em đồng ý.", child_view_date=decided,
        )  # fmt: skip
        placement = self.care.decide_placement(data, confirm_warnings=True)
        if end is not None:
            self.care.end_placement(
                placement.id, PlacementEndIn(end_date=end, reason=EndReason.TURNED_16)
            )
        return placement.id


@pytest.fixture
def register(db: Database) -> tuple[Register, dict[str, int]]:
    r = Register(db)
    ids: dict[str, int] = {}
    # Both parents, in care on the day.
    ids["a"] = a = r.child("Nguyễn Văn An")
    r.orphan(a, BOTH, date(2023, 1, 1))
    r.place(a, date(2023, 2, 1))
    # Both parents, never placed.
    ids["b"] = b = r.child("Lê Thị Bích")
    r.orphan(b, BOTH, date(2024, 5, 1))
    # One parent, placement ended before the day.
    ids["c"] = c = r.child("Phạm Văn Cường")
    r.orphan(c, ONE, date(2022, 3, 1))
    r.place(c, date(2022, 4, 1), end=date(2025, 6, 29))
    # One parent, in care (ends after the day).
    ids["d"] = d = r.child("Hoàng Thị Dung")
    r.orphan(d, ONE, date(2021, 1, 1))
    r.place(d, date(2021, 2, 1), end=date(2025, 7, 15))
    # One parent then both (reclassified): counted once, as both; adopted before the day.
    ids["e"] = e = r.child("Vũ Văn Em")
    r.orphan(e, ONE, date(2020, 5, 1))
    r.orphan(e, BOTH, date(2024, 9, 1))
    with r.db.session() as s:
        open_adoption_placement(
            s, child_id=e, adoption_id=1, start_date=date(2025, 1, 10),
            decision_number="1/NCN", decision_date=date(2025, 1, 5), carer_name="A và B",
            user="test",
        )  # fmt: skip
    # Not counted: orphan no longer (classification ended), archived, classified after the day,
    # 16 already on the day.
    f = r.child("Đỗ Văn Phúc")
    r.orphan(f, ONE, date(2020, 1, 1), end=date(2025, 1, 1))
    g = r.child("Bùi Thị Giang")
    r.orphan(g, BOTH, date(2020, 1, 1))
    r.children.archive(g, "Chuyển đi nơi khác")
    h = r.child("Ngô Văn Hải")
    r.orphan(h, ONE, date(2025, 7, 1))
    i = r.child("Đinh Văn Ích", PartialDate(2009, 6, 30))  # 16 on 30/06/2025
    r.orphan(i, BOTH, date(2020, 1, 1))
    # One parent; the placement starts after the day.
    ids["j"] = j = r.child("An Thị Bé")
    r.orphan(j, ONE, date(2025, 1, 1))
    r.place(j, date(2025, 7, 1))
    # A child in care who is not an orphan: not in the figures.
    k = r.child("Lý Văn Khang")
    r.place(k, date(2024, 1, 1))
    return r, ids


def test_orphans_on_a_day(db: Database, register: tuple[Register, dict[str, int]]) -> None:
    _, ids = register
    result = IndicatorsService(db).orphans(ON)
    assert (result.both_parents, result.both_parents_in_care) == (3, 2)  # a, b, e; a, e
    assert (result.one_parent, result.one_parent_in_care) == (3, 1)  # c, d, j; d
    assert (result.total, result.in_care, result.in_care_pct) == (6, 3, 50.0)
    assert (result.both_parents_pct, result.one_parent_pct) == (66.7, 33.3)
    # Those not in care, in name order (given name first: Bé, Bích, Cường).
    assert [c.id for c in result.not_in_care] == [ids["j"], ids["b"], ids["c"]]
    assert result.target_pct == 100


def test_orphans_on_other_days(db: Database, register: tuple[Register, dict[str, int]]) -> None:
    service = IndicatorsService(db)
    # 1 July 2025: c's placement over, d's still on, j placed, h classified.
    later = service.orphans(date(2025, 7, 1))
    assert (later.one_parent, later.one_parent_in_care) == (4, 2)  # c, d, j, h; d, j
    # Before anyone: no share to speak of.
    empty = service.orphans(date(2019, 1, 1))
    assert (empty.total, empty.in_care_pct, empty.not_in_care) == (0, None, ())
    # The figures alone: no list.
    assert service.orphans(ON, with_list=False).not_in_care == ()


def test_year_keys(db: Database, register: tuple[Register, dict[str, int]]) -> None:
    figures: dict[str, Any] = IndicatorsService(db).for_year(2025, today=ON)
    assert json.loads(json.dumps(figures)) == figures
    assert figures["orphans_on"] == "2025-06-30"  # the year is not over: today
    assert figures["orphans"] == 6 and figures["orphans_in_alternative_care"] == 3
    assert figures["orphans_in_alternative_care_pct"] == 50.0
    assert figures["orphans_not_in_alternative_care"] == 3
    assert figures["orphans_both_parents"] == 3
    assert figures["orphans_both_parents_in_alternative_care"] == 2
    assert figures["orphans_both_parents_in_alternative_care_pct"] == 66.7
    assert figures["orphans_one_parent"] == 3
    assert figures["orphans_one_parent_in_alternative_care"] == 1
    assert figures["orphans_one_parent_in_alternative_care_pct"] == 33.3
    # A past year: on its 31 December.
    past = IndicatorsService(db).for_year(2024, today=ON)
    assert past["orphans_on"] == "2024-12-31"
