"""The numbers of the home page: each equals what the children list counts for its filter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from commune_care.db.models import ChildRecord
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate, add_years
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.groups import GROUPS
from commune_care.domain.rules import DEFAULT_AGE_BANDS
from commune_care.domain.schemas.children import ChildFilter, ChildIn, ClassificationIn
from commune_care.domain.schemas.stats import RegisterCounts
from commune_care.services.children import ChildrenService
from commune_care.services.register_stats import UNDER_16_BANDS, RegisterStatsService

TODAY = date.today()


def _birth(day: date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _child(children: ChildrenService, name: str, birth: PartialDate, **values) -> int:
    data = ChildIn(full_name=name, birth=birth, over_age_reason="Đang hỗ trợ", **values)
    return children.create(data, allow_duplicate=True).id


def _set_status(children: ChildrenService, child_id: int, status: ChildStatus) -> None:
    child = children.get(child_id)
    values = {name: getattr(child, name) for name in ChildIn.model_fields}
    children.update(child_id, ChildIn(**{**values, "status": status}), allow_duplicate=True)


def _classify(children: ChildrenService, child_id: int, code: str, start: date, end=None) -> None:
    children.classify(child_id, ClassificationIn(group_code=code, start_date=start, end_date=end))


@pytest.fixture
def register(children: ChildrenService, db: Database) -> dict[str, int]:
    """A small register with the edges: the 16th birthday today and tomorrow, a year-only
    birth, statuses, an archived child, ended and repeated group memberships, no birth date."""
    year_ago = TODAY - timedelta(days=365)
    ids = {
        "An": _child(children, "Nguyễn Văn An", _birth(add_years(TODAY, -4)), sex=Sex.MALE),
        "Bình": _child(children, "Trần Thị Bình", _birth(add_years(TODAY, -9)), sex=Sex.FEMALE),
        "Cúc": _child(children, "Lê Thị Cúc", PartialDate(TODAY.year - 13), sex=Sex.FEMALE),
        # Turns 16 today: đủ 16 tuổi from today on.
        "Dũng": _child(children, "Phạm Văn Dũng", _birth(add_years(TODAY, -16)), sex=Sex.MALE),
        # Turns 16 tomorrow: still under management today.
        "Đào": _child(
            children,
            "Hoàng Thị Đào",
            _birth(add_years(TODAY, -16) + timedelta(days=1)),
            sex=Sex.FEMALE,
        ),
        "Em": _child(children, "Giàng A Em", _birth(add_years(TODAY, -6))),  # sex unknown
        "Giang": _child(children, "Vũ Văn Giang", _birth(add_years(TODAY, -11)), sex=Sex.MALE),
        "Hà": _child(children, "Đỗ Thị Hà", _birth(add_years(TODAY, -7)), sex=Sex.FEMALE),
        "Khoa": _child(children, "Bùi Văn Khoa", _birth(add_years(TODAY, -3)), sex=Sex.MALE),
        "Lan": _child(children, "Ngô Thị Lan", _birth(add_years(TODAY, -12)), sex=Sex.FEMALE),
        "Minh": _child(children, "Lý Văn Minh", _birth(add_years(TODAY, -8)), sex=Sex.MALE),
    }
    _set_status(children, ids["Giang"], ChildStatus.MOVED_AWAY)
    _set_status(children, ids["Hà"], ChildStatus.DECEASED)
    _set_status(children, ids["Lan"], ChildStatus.TURNED_16)  # set by hand, though 12
    children.archive(ids["Khoa"], "Đăng ký trùng")

    _classify(children, ids["An"], "hcdb_d", year_ago)
    _classify(children, ids["Bình"], "hcdb_d", year_ago)
    _classify(children, ids["Bình"], "nguy_co", year_ago, TODAY - timedelta(days=1))  # ended
    _classify(children, ids["Cúc"], "nguy_co", year_ago, TODAY)  # ends today: still held
    # The same group twice (one ended): one child.
    _classify(children, ids["Cúc"], "hcdb_a", year_ago - timedelta(days=30), year_ago)
    _classify(children, ids["Cúc"], "hcdb_a", year_ago + timedelta(days=1))
    _classify(children, ids["Dũng"], "hcdb_d", year_ago)  # 16 today: not under management
    _classify(children, ids["Khoa"], "hcdb_d", year_ago)  # archived
    _classify(children, ids["Giang"], "hcdb_d", year_ago)  # moved away
    _classify(children, ids["Minh"], "mo_coi_cha_hoac_me", TODAY)  # from today

    # A record imported without a date of birth (the form requires one; old data may not).
    with db.session() as s:
        s.execute(
            update(ChildRecord)
            .where(ChildRecord.id == ids["Minh"])
            .values(birth_year=None, birth_month=None, birth_day=None, birth_latest=None)
        )
    return ids


def _assert_each_number_is_the_list_count(counts: RegisterCounts, children: ChildrenService):
    for item in counts.items():
        assert children.count(item.filter) == item.count, item.key


def test_every_number_equals_the_children_list_count(register, children, db):
    counts = RegisterStatsService(db).counts()
    _assert_each_number_is_the_list_count(counts, children)
    assert counts.on == TODAY


def test_the_numbers(register, db):
    counts = RegisterStatsService(db).counts()
    assert counts.register_total.count == 10  # Khoa is archived
    assert counts.archived.count == 1
    status = {item.key: item.count for item in counts.by_status}
    assert status == {
        "status:dang_quan_ly": 6,  # An, Bình, Cúc, Đào, Em, Minh
        "status:chuyen_di": 1,
        "status:du_16_tuoi": 2,  # Dũng (16 today), Lan (set by hand)
        "status:da_mat": 1,
    }
    assert counts.under_management.count == 6
    assert counts.turned_16.count == 2
    assert {i.key: i.count for i in counts.by_sex} == {
        "sex:nam": 2,  # An, Minh
        "sex:nu": 3,  # Bình, Cúc, Đào
        "sex:khong_ro": 1,  # Em
    }
    assert [i.count for i in counts.by_age_band] == [1, 2, 2]  # An | Em, Bình | Cúc, Đào
    assert counts.without_birth_date == 1  # Minh
    groups = {i.key: i.count for i in counts.by_group if i.count}
    assert groups == {
        "group:hcdb_a": 1,
        "group:hcdb_d": 2,  # An, Bình (not Dũng, Khoa, Giang)
        "group:nguy_co": 1,  # Cúc, to the end of today; Bình's has ended
        "group:mo_coi_cha_hoac_me": 1,
    }


def test_the_parts_add_up(register, db):
    counts = RegisterStatsService(db).counts()
    managed = counts.under_management.count
    assert sum(i.count for i in counts.by_status) == counts.register_total.count
    assert sum(i.count for i in counts.by_sex) == managed
    assert sum(i.count for i in counts.by_age_band) + counts.without_birth_date == managed


def test_labels_filters_and_order_follow_the_domain(register, db):
    counts = RegisterStatsService(db).counts()
    assert [i.label for i in counts.by_group] == [g.label for g in GROUPS]
    assert [i.filter.group_code for i in counts.by_group] == [g.code for g in GROUPS]
    assert all(i.filter.status is ChildStatus.ACTIVE for i in counts.by_group)
    assert [i.filter.sex for i in counts.by_sex] == list(Sex)
    assert [i.filter.age_band for i in counts.by_age_band] == list(UNDER_16_BANDS)
    assert list(UNDER_16_BANDS) == list(DEFAULT_AGE_BANDS[:3])  # 16+ cannot be under management
    assert counts.by_age_band[0].label == "Dưới 6 tuổi"
    assert counts.turned_16.filter == ChildFilter(status=ChildStatus.TURNED_16)
    assert counts.archived.filter == ChildFilter(archived=True)
    assert counts.register_total.filter == ChildFilter()
    assert counts.get("sex:nu") is counts.by_sex[1]
    assert len({i.key for i in counts.items()}) == len(list(counts.items()))


def test_a_day_in_the_past(register, children, db):
    """Counted on another day, the numbers still match the list filtered on that day."""
    on = TODAY - timedelta(days=2)
    counts = RegisterStatsService(db).counts(on=on)
    assert counts.on == on
    assert all(item.filter.on == on for item in counts.items())
    _assert_each_number_is_the_list_count(counts, children)
    # Two days ago Dũng was 15 and Bình's "nguy cơ" had not ended; Minh's group not begun.
    assert counts.under_management.count == 7
    assert counts.get("group:nguy_co").count == 2
    assert counts.get("group:mo_coi_cha_hoac_me").count == 0


def test_an_empty_register(empty_db):
    counts = RegisterStatsService(empty_db).counts()
    assert all(item.count == 0 for item in counts.items())
    assert counts.without_birth_date == 0
    assert len(counts.by_group) == len(GROUPS)


def test_demo_register_matches_the_list(db, children):
    """A bigger, varied register (the demo generator): still every number equals the list."""
    demo = pytest.importorskip("commune_care.services.demo")
    demo.generate_demo(db, children=600, seed=7)
    counts = RegisterStatsService(db).counts()
    assert counts.register_total.count + counts.archived.count == 600
    _assert_each_number_is_the_list_count(counts, children)
