"""The register's use cases on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from datetime import date, timedelta

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate, add_years
from commune_care.domain.enums import ChildStatus, ParentStatus, Sex
from commune_care.domain.errors import InvalidInput, LikelyDuplicate, NotFound
from commune_care.domain.rules import AgeBand
from commune_care.domain.schemas.children import ChildFilter, ChildIn, ClassificationIn
from commune_care.services.children import ChildrenService, ChildSort


def make(service: ChildrenService, name: str, birth: PartialDate, **extra: object) -> int:
    data = service.validate({"full_name": name, "birth": birth, **extra})
    return service.create(data, allow_duplicate=True).id


def count_rows(db: Database, table: str) -> int:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_gives_a_code_and_computed_fields(children: ChildrenService) -> None:
    data = children.validate(
        {"full_name": "Nguyễn Văn Đức", "sex": Sex.MALE, "birth": PartialDate(2015, 3, 7),
         "village_id": 1, "ethnicity_code": "01", "father_name": "Nguyễn Văn Hải",
         "father_status": ParentStatus.DEAD}
    )  # fmt: skip
    child = children.create(data)
    assert child.code == f"TE{child.id:06d}"
    assert child.village_name == "Thôn Đông" and child.ethnicity_name == "Kinh"
    assert child.effective_status is ChildStatus.ACTIVE
    again = children.get_by_code(child.code.lower())
    assert again.full_name == "Nguyễn Văn Đức" and again.father_status is ParentStatus.DEAD


@pytest.mark.parametrize(
    "query", ["nguyen van duc", "NGUYỄN VĂN ĐỨC", "Nguyễn Văn Đức", "duc", "đức", "ng v d"]
)
def test_search_ignores_case_diacritics_and_d(children: ChildrenService, query: str) -> None:
    target = make(children, "Nguyễn Văn Đức", PartialDate(2015))
    make(children, "Trần Thị Lan", PartialDate(2014))
    assert [c.id for c in children.search(query)] == [target]


def test_search_by_code_number_and_parents(children: ChildrenService) -> None:
    cid = make(children, "Hà Thị Mỷ", PartialDate(2013), id_number="008313000045",
               mother_name="Giàng Thị Sua")  # fmt: skip
    code = children.get(cid).code
    for query in (code, code.lower(), str(cid), "0083130", "giang thi sua", "sua"):
        assert [c.id for c in children.search(query)] == [cid], query
    assert children.search("   ") == []


def test_nfd_input_is_found_by_nfc_query(children: ChildrenService) -> None:
    cid = make(children, unicodedata.normalize("NFD", "Phạm Thị Ánh"), PartialDate(2016))
    assert children.get(cid).full_name == "Phạm Thị Ánh"
    assert [c.id for c in children.search("Ánh")] == [cid]


def test_invalid_input_writes_nothing(children: ChildrenService, db: Database) -> None:
    before = count_rows(db, "children"), count_rows(db, "audit_log")
    with pytest.raises(InvalidInput):
        children.validate({"full_name": "", "birth": PartialDate(2015)})
    with pytest.raises(InvalidInput):
        children.create(ChildIn.model_construct(**{**ChildIn(full_name="A", birth=PartialDate(2015)).__dict__,
                                                    "village_id": 999}))  # fmt: skip
    assert (count_rows(db, "children"), count_rows(db, "audit_log")) == before


def test_update_records_old_and_new_values(children: ChildrenService, db: Database) -> None:
    cid = make(children, "Lê Văn Tám", PartialDate(2012), confidential_notes="Bị bạo hành")
    data = children.validate({"full_name": "Lê Văn Tâm", "birth": PartialDate(2012, 5, 1),
                              "confidential_notes": "Đã chuyển nơi ở"})  # fmt: skip
    child = children.update(cid, data)
    assert child.full_name == "Lê Văn Tâm" and child.birth == PartialDate(2012, 5, 1)
    assert [c.id for c in children.search("tam")] == [cid]
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        changes = json.loads(
            conn.execute(
                "SELECT changes FROM audit_log WHERE action='update' AND entity='child'"
            ).fetchone()[0]
        )
    assert changes["full_name"] == ["Lê Văn Tám", "Lê Văn Tâm"]
    # Confidential text never enters the trail.
    assert "Bị bạo hành" not in json.dumps(changes, ensure_ascii=False)
    assert [h.action for h in children.history(cid)] == ["Sửa hồ sơ", "Tạo hồ sơ"]


def test_archive_and_restore_never_delete(children: ChildrenService, db: Database) -> None:
    cid = make(children, "Vũ Thị Hoa", PartialDate(2011))
    with pytest.raises(InvalidInput, match="lý do"):
        children.archive(cid, "   ")
    archived = children.archive(cid, "Chuyển khẩu đi tỉnh khác")
    assert archived.archived and archived.archive_reason == "Chuyển khẩu đi tỉnh khác"
    assert children.list_ids(ChildFilter()) == []
    assert children.list_ids(ChildFilter(archived=True)) == [cid]
    assert children.search("hoa") == [] and len(children.search("hoa", include_archived=True)) == 1
    restored = children.restore(cid)
    assert not restored.archived and children.list_ids(ChildFilter()) == [cid]
    assert count_rows(db, "children") == 1
    with pytest.raises(NotFound):
        children.archive(12345, "x")


def test_duplicates_are_reported_with_reasons(children: ChildrenService) -> None:
    first = children.create(
        children.validate({"full_name": "Nguyễn Văn Đức", "birth": PartialDate(2015, 3, 7),
                           "id_number": "001215000123", "father_name": "Nguyễn Văn Hải"})
    )  # fmt: skip
    same_name_year = children.validate({"full_name": "nguyen van duc", "birth": PartialDate(2015)})
    with pytest.raises(LikelyDuplicate) as info:
        children.create(same_name_year)
    assert info.value.matches[0].child.id == first.id
    assert info.value.matches[0].reasons == ("Trùng họ tên và năm sinh",)
    same_number = children.validate(
        {"full_name": "Ng V Đ", "birth": PartialDate(2015), "id_number": "001215000123"}
    )
    with pytest.raises(LikelyDuplicate) as info:
        children.create(same_number)
    assert info.value.matches[0].reasons == ("Trùng số định danh cá nhân 001215000123",)
    same_parents = children.validate({"full_name": "Nguyễn Văn Đức", "birth": PartialDate(2019),
                                      "father_name": "Nguyễn Văn Hải"})  # fmt: skip
    with pytest.raises(LikelyDuplicate) as info:
        children.create(same_parents)
    assert info.value.matches[0].reasons == ("Trùng họ tên và tên cha mẹ",)
    # A different child with the same name but another year is not a duplicate.
    children.create(children.validate({"full_name": "Nguyễn Văn Đức", "birth": PartialDate(2010)}))
    # Editing a child is not a duplicate of itself.
    edited = children.validate({"full_name": "Nguyễn Văn Đức", "birth": PartialDate(2015, 3, 7),
                                "id_number": "001215000123", "notes": "Đã xác minh"})  # fmt: skip
    assert children.update(first.id, edited).notes == "Đã xác minh"
    # Saving anyway is the user's choice.
    second = children.create(same_name_year, allow_duplicate=True)
    assert second.id != first.id


def test_classification_history_and_filters(children: ChildrenService) -> None:
    cid = make(children, "Lò Thị Ánh", PartialDate(2014))
    other = make(children, "Lò Văn Pọm", PartialDate(2013))
    start = date.today() - timedelta(days=400)
    entry = children.classify(cid, ClassificationIn(group_code="hcdb_a", subgroup=3, start_date=start,
                                                    basis="Biên bản xác minh"))  # fmt: skip
    assert entry.active and entry.subgroup_label.startswith("Trẻ em mồ côi cả cha và mẹ sống với")
    children.classify(cid, ClassificationIn(group_code="sktt_van_de", start_date=start))
    with pytest.raises(InvalidInput, match="trong khoảng thời gian này"):
        children.classify(cid, ClassificationIn(group_code="hcdb_a", start_date=date.today()))
    assert children.list_ids(ChildFilter(group_code="hcdb_a")) == [cid]
    ended = children.end_classification(entry.id, date.today() - timedelta(days=1))
    assert not ended.active
    assert children.list_ids(ChildFilter(group_code="hcdb_a")) == []
    # History is kept: the ended row is still there, and the group counted in the past.
    assert len(children.get(cid).classifications) == 2
    assert children.list_ids(ChildFilter(group_code="hcdb_a", on=start)) == [cid]
    assert children.summaries([cid, other])[0].group_codes == ("sktt_van_de",)
    with pytest.raises(InvalidInput, match="trước ngày bắt đầu"):
        children.validate_classification({"group_code": "hcdb_a", "start_date": start,
                                          "end_date": start - timedelta(days=1)})  # fmt: skip
    with pytest.raises(InvalidInput, match="Phân nhóm"):
        children.validate_classification(
            {"group_code": "hcdb_a", "subgroup": 9, "start_date": start}
        )


def test_filters_age_band_sex_village_status(children: ChildrenService) -> None:
    today = date.today()
    young = make(
        children, "Bé Na", PartialDate.from_date(add_years(today, -3)), sex=Sex.FEMALE, village_id=2
    )
    ten = make(
        children, "Anh Tú", PartialDate.from_date(add_years(today, -10)), sex=Sex.MALE, village_id=1
    )
    sixteen = make(children, "Chị Hằng", PartialDate.from_date(add_years(today, -16)), sex=Sex.FEMALE,
                   registered_on=add_years(today, -2))  # fmt: skip
    assert children.list_ids(ChildFilter(age_band=AgeBand(0, 6))) == [young]
    assert children.list_ids(ChildFilter(age_band=AgeBand(6, 11))) == [ten]
    assert children.list_ids(ChildFilter(age_band=AgeBand(16, None))) == [sixteen]
    assert set(children.list_ids(ChildFilter(sex=Sex.FEMALE))) == {young, sixteen}
    assert children.list_ids(ChildFilter(village_id=1)) == [ten]
    # Turned 16 while 'đang quản lý': shown as such, not dropped.
    assert children.get(sixteen).effective_status is ChildStatus.TURNED_16
    assert children.list_ids(ChildFilter(status=ChildStatus.TURNED_16)) == [sixteen]
    assert set(children.list_ids(ChildFilter(status=ChildStatus.ACTIVE))) == {young, ten}
    assert len(children.list_ids(ChildFilter())) == 3
    # Sorted by given name (Vietnamese lists sort by tên): Hằng, Na, Tú
    assert children.list_ids(ChildFilter(), ChildSort.NAME) == [sixteen, young, ten]
    assert children.list_ids(ChildFilter(), ChildSort.BIRTH, descending=True)[0] == young
    assert children.count(ChildFilter(sex=Sex.MALE)) == 1
