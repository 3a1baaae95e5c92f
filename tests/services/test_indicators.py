"""The QĐ 1591/QĐ-TTg mental-health indicator on a real SQLite file (issue #3, point 4)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.children import ClassificationIn
from commune_care.domain.support import ServiceType
from commune_care.services.children import ChildrenService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.support import SupportService

Y0, Y1 = date(2025, 1, 1), date(2025, 12, 31)
PROBLEM, HIGH_RISK = "sktt_van_de", "sktt_nguy_co_cao"


class Commune:
    """Children, flags and services written through the services, as the officer would."""

    def __init__(self, db: Database) -> None:
        self.children = ChildrenService(db, user="test")
        self.support = SupportService(db, user="test")

    def child(self, name: str) -> int:
        data = self.children.validate({"full_name": name, "birth": PartialDate(2013, 4, 1)})
        return self.children.create(data, allow_duplicate=True).id

    def flag(self, child_id: int, code: str, start: date, end: date | None = None,
             by: str = "Trạm Y tế xã") -> int:  # fmt: skip
        data = ClassificationIn(group_code=code, start_date=start, end_date=end, identified_by=by,
                                basis="Phiếu sàng lọc")  # fmt: skip
        return self.children.classify(child_id, data).id

    def service(
        self, child_id: int, kind: ServiceType, start: date, end: date | None = None
    ) -> int:
        data = self.support.validate_service(
            {"child_id": child_id, "type": kind, "start_date": start, "end_date": end}
        )
        return self.support.add_service(data).id


@pytest.fixture
def commune_with_flags(db: Database) -> tuple[Commune, dict[str, int]]:
    c = Commune(db)
    ids: dict[str, int] = {}
    # Flagged before the period and still: counselling in the period.
    ids["an"] = a = c.child("Nguyễn Văn An")
    c.flag(a, PROBLEM, date(2024, 6, 1))
    c.service(a, ServiceType.COUNSELLING, date(2025, 2, 1), date(2025, 3, 1))
    # Flagged in the period; social help begun before the period and still going on.
    ids["binh"] = b = c.child("Trần Thị Bình")
    c.flag(b, HIGH_RISK, date(2025, 5, 1), by="Trường THCS Hòa Cư")
    c.service(b, ServiceType.SOCIAL_ASSISTANCE, date(2024, 11, 1))
    # Flagged in the period, only a health service: the wrong type.
    ids["cuc"] = cc = c.child("Lê Thị Cúc")
    c.flag(cc, PROBLEM, date(2025, 3, 1))
    c.service(cc, ServiceType.HEALTH, date(2025, 3, 2), date(2025, 3, 2))
    # Flagged in the period, counselling only the year before: outside the period.
    ids["dung"] = d = c.child("Phạm Văn Dũng")
    c.flag(d, HIGH_RISK, date(2025, 1, 10))
    c.service(d, ServiceType.COUNSELLING, date(2024, 1, 1), date(2024, 12, 31))
    # A flag that ended before the period: not flagged, whatever it received.
    ids["em"] = e = c.child("Đỗ Thị Em")
    c.flag(e, PROBLEM, date(2023, 1, 1), date(2024, 12, 31))
    c.service(e, ServiceType.COUNSELLING, date(2025, 4, 1))
    # A flag that began after the period.
    ids["giang"] = g = c.child("Vũ Thị Giang")
    c.flag(g, HIGH_RISK, date(2026, 1, 1))
    # Flagged in the period but archived: not counted.
    ids["hoa"] = h = c.child("Mai Thị Hoa")
    c.flag(h, PROBLEM, date(2025, 2, 1))
    c.children.archive(h, "Nhập trùng hồ sơ")
    # A flag that ended on the period's first day, no service.
    ids["hai"] = hai = c.child("Hoàng Văn Hải")
    c.flag(hai, PROBLEM, date(2024, 3, 1), date(2025, 1, 1))
    # Both flags in the period (counted once); counselling on the period's last day.
    ids["khanh"] = k = c.child("Bùi Văn Khánh")
    c.flag(k, PROBLEM, date(2025, 2, 1), date(2025, 6, 30))
    c.flag(k, HIGH_RISK, date(2025, 7, 1))
    c.service(k, ServiceType.COUNSELLING, date(2025, 12, 31))
    # A flag ended early in the period; counselling later in the period still counts.
    ids["lan"] = lan = c.child("Ngô Thị Lan")
    c.flag(lan, HIGH_RISK, date(2024, 9, 1), date(2025, 2, 1))
    c.service(lan, ServiceType.SOCIAL_ASSISTANCE, date(2025, 6, 1), date(2025, 6, 30))
    # Not flagged at all, with counselling.
    ids["minh"] = m = c.child("Lý Văn Minh")
    c.service(m, ServiceType.COUNSELLING, date(2025, 5, 1))
    return c, ids


def test_the_indicator_for_a_year(
    db: Database, commune_with_flags: tuple[Commune, dict[str, int]]
) -> None:
    _, ids = commune_with_flags
    result = IndicatorsService(db).mental_health(Y0, Y1)
    assert (result.period_start, result.period_end) == (Y0, Y1)
    # an, binh, cuc, dung, hai, khanh, lan
    assert result.flagged_children == 7
    # an, binh, khanh, lan
    assert result.reached_children == 4
    assert result.reached_pct == 57.1
    assert result.meets_target is False and result.target_pct == 80
    # Not reached, in name order (given name first): Cúc, Dũng, Hải.
    assert [c.id for c in result.not_reached] == [ids["cuc"], ids["dung"], ids["hai"]]
    assert [c.full_name for c in result.not_reached] == [
        "Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Văn Hải"
    ]  # fmt: skip
    assert result.reached_types == (ServiceType.COUNSELLING, ServiceType.SOCIAL_ASSISTANCE)


def test_a_shorter_period(db: Database, commune_with_flags: tuple[Commune, dict[str, int]]) -> None:
    _, ids = commune_with_flags
    # January 2025: an (no service yet in January), binh (not yet flagged), dung, hai, lan.
    result = IndicatorsService(db).mental_health(date(2025, 1, 1), date(2025, 1, 31))
    assert result.flagged_children == 4  # an, dung, hai, lan
    assert result.reached_children == 0 and result.reached_pct == 0.0
    assert {c.id for c in result.not_reached} == {ids["an"], ids["dung"], ids["hai"], ids["lan"]}


def test_no_child_flagged_gives_no_percentage(
    db: Database, commune_with_flags: tuple[Commune, dict[str, int]]
) -> None:
    result = IndicatorsService(db).mental_health(date(2010, 1, 1), date(2010, 12, 31))
    assert (result.flagged_children, result.reached_children, result.reached_pct) == (0, 0, None)
    assert result.not_reached == () and result.meets_target is None


def test_empty_register(db: Database) -> None:
    assert IndicatorsService(db).for_year(2025) == {
        "year": 2025,
        "mental_health_children": 0,
        "mental_health_reached": 0,
        "mental_health_target_pct": 80,
        "orphans_in_alternative_care_target_pct": 100,
        "mental_health_reached_pct": None,
        "mental_health_not_reached": 0,
        "mental_health_reached_types": ["tu_van_tam_ly", "tro_giup_xa_hoi"],
        "orphans_on": "2025-12-31",
        "orphans": 0,
        "orphans_in_alternative_care": 0,
        "orphans_in_alternative_care_pct": None,
        "orphans_not_in_alternative_care": 0,
        "orphans_both_parents": 0,
        "orphans_both_parents_in_alternative_care": 0,
        "orphans_both_parents_in_alternative_care_pct": None,
        "orphans_one_parent": 0,
        "orphans_one_parent_in_alternative_care": 0,
        "orphans_one_parent_in_alternative_care_pct": None,
    }


def test_for_year_is_plain_json(
    db: Database, commune_with_flags: tuple[Commune, dict[str, int]]
) -> None:
    figures = IndicatorsService(db).for_year(2025)
    assert json.loads(json.dumps(figures)) == figures
    assert figures["mental_health_children"] == 7
    assert figures["mental_health_reached"] == 4
    assert figures["mental_health_reached_pct"] == 57.1
    assert figures["mental_health_not_reached"] == 3


def test_reached_types_given_or_stored(
    db: Database, commune_with_flags: tuple[Commune, dict[str, int]]
) -> None:
    _, ids = commune_with_flags
    with_health = {ServiceType.COUNSELLING, ServiceType.SOCIAL_ASSISTANCE, ServiceType.HEALTH}
    given = IndicatorsService(db, reached_types=with_health).mental_health(Y0, Y1)
    assert given.reached_children == 5  # cúc's health service now counts
    assert [c.id for c in given.not_reached] == [ids["dung"], ids["hai"]]

    service = IndicatorsService(db, user="test")
    assert service.set_mental_health_reached_types([ServiceType.COUNSELLING]) == {
        ServiceType.COUNSELLING
    }
    stored = IndicatorsService(db).mental_health(Y0, Y1)
    assert stored.reached_types == (ServiceType.COUNSELLING,)
    assert stored.reached_children == 2  # an, khanh: binh's and lan's social help no longer
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        changes = conn.execute(
            "SELECT changes FROM audit_log WHERE entity = 'setting' ORDER BY id DESC"
        ).fetchone()[0]
    assert json.loads(changes)["value"] == ["tro_giup_xa_hoi,tu_van_tam_ly", "tu_van_tam_ly"]
    with pytest.raises(InvalidInput) as info:
        service.set_mental_health_reached_types([])
    assert "ít nhất một loại dịch vụ" in info.value.errors["reached_types"]


def test_period_out_of_order(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        IndicatorsService(db).mental_health(Y1, Y0)
    assert info.value.errors["period_end"].startswith("Ngày cuối kỳ (01/01/2025) trước ngày đầu kỳ")


def test_flags_say_who_when_on_what_basis_and_the_services(
    db: Database, commune_with_flags: tuple[Commune, dict[str, int]]
) -> None:
    _, ids = commune_with_flags
    flags = IndicatorsService(db).mental_health_flags(date(2025, 6, 30))
    # Active that day, not archived, in name order: An, Bình, Cúc, Dũng, Khánh.
    assert [(f.child.id, f.group_code) for f in flags] == [
        (ids["an"], PROBLEM), (ids["binh"], HIGH_RISK), (ids["cuc"], PROBLEM),
        (ids["dung"], HIGH_RISK), (ids["khanh"], PROBLEM),
    ]  # fmt: skip
    binh = flags[1]
    assert binh.identified_by == "Trường THCS Hòa Cư" and binh.identified_on == date(2025, 5, 1)
    assert binh.basis == "Phiếu sàng lọc"
    assert binh.group_label == "Trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần"
    assert [s.type for s in binh.services] == [ServiceType.SOCIAL_ASSISTANCE]
    assert [f.reached for f in flags] == [True, True, False, False, False]
    # Dũng's counselling ended before the flag: listed, but it does not reach the flag.
    assert [s.end_date for s in flags[3].services] == [date(2024, 12, 31)]
    # Khánh's counselling of 31/12 is after the day asked: not listed yet.
    assert flags[4].services == ()
