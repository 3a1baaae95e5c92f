"""Reading the cells of hand-kept lists: dates, sex, ticks, groups, ethnic groups, villages."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Household, Sex, VillageKind
from commune_care.domain.import_values import (
    birth_from_age,
    birth_from_parts,
    cell_text,
    id_number_text,
    is_mark,
    parse_birth,
    parse_ethnicity,
    parse_groups,
    parse_sex,
    phone_text,
    village_key,
    village_kind,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2012, 3, 15), PartialDate(2012, 3, 15)),
        (date(2012, 3, 15), PartialDate(2012, 3, 15)),
        ("15/3/2012", PartialDate(2012, 3, 15)),
        ("15-03-2012", PartialDate(2012, 3, 15)),
        ("15.03.2012", PartialDate(2012, 3, 15)),
        (" 15 / 03 / 2012 ", PartialDate(2012, 3, 15)),
        ("2012-03-15", PartialDate(2012, 3, 15)),
        ("2012-03-15 00:00:00", PartialDate(2012, 3, 15)),
        ("ngày 15 tháng 3 năm 2012", PartialDate(2012, 3, 15)),
        ("3/2012", PartialDate(2012, 3)),
        ("2012", PartialDate(2012)),
        (2012, PartialDate(2012)),
        (2012.0, PartialDate(2012)),
        ("năm 2012", PartialDate(2012)),
        ("sinh năm 2012", PartialDate(2012)),
        ("khoảng 2012", PartialDate(2012, estimated=True)),
        ("2012 (ước tính)", PartialDate(2012, estimated=True)),
        (40983, PartialDate(2012, 3, 15)),  # an Excel serial in a cell formatted as a number
        ("40983", PartialDate(2012, 3, 15)),
        (None, None),
        ("  ", None),
    ],
)
def test_birth_in_every_form_a_list_writes_it(value: object, expected: PartialDate | None) -> None:
    assert parse_birth(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("31/02/2014", "không có thật"),
        ("15/13/2012", "Tháng 13"),
        ("15/3/12", "hai chữ số"),
        ("mười lăm tháng ba", "không đọc được"),
        (12, "không phải là ngày hay năm"),
        (True, "ô đánh dấu"),
    ],
)
def test_a_birth_that_cannot_be_read_says_why(value: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_birth(value)


def test_birth_from_day_month_year_columns_and_from_an_age() -> None:
    assert birth_from_parts(3, 4, 2014) == PartialDate(2014, 4, 3)
    assert birth_from_parts(None, "5", "2015") == PartialDate(2015, 5)
    assert birth_from_parts(None, None, 2016) == PartialDate(2016)
    assert birth_from_parts(None, None, None) is None
    with pytest.raises(ValueError, match="thiếu năm sinh"):
        birth_from_parts(3, 4, None)
    with pytest.raises(ValueError, match="thiếu tháng"):
        birth_from_parts(3, None, 2014)
    assert birth_from_age("7 tuổi", date(2025, 6, 1)) == PartialDate(2018, estimated=True)
    with pytest.raises(ValueError, match="không phải là một số tuổi"):
        birth_from_age("bảy", date(2025, 6, 1))


@pytest.mark.parametrize(
    ("value", "sex"),
    [("Nam", Sex.MALE), ("nam", Sex.MALE), ("NAM", Sex.MALE), ("Nữ", Sex.FEMALE),
     ("NỮ", Sex.FEMALE), ("nữ", Sex.FEMALE), ("nu", Sex.FEMALE), ("Nu", Sex.FEMALE),
     (unicodedata.normalize("NFD", "Nữ"), Sex.FEMALE), (" Nam ", Sex.MALE),
     ("trai", Sex.MALE), ("Gái", Sex.FEMALE), ("Không rõ", Sex.UNKNOWN), ("", None),
     (None, None)],
)  # fmt: skip
def test_sex_in_any_case_and_spelling(value: object, sex: Sex | None) -> None:
    assert parse_sex(value) is sex


def test_an_unknown_sex_is_named_in_the_message() -> None:
    with pytest.raises(ValueError, match="«x» không rõ"):
        parse_sex("x")


@pytest.mark.parametrize(
    ("value", "mark"),
    [("x", True), ("X", True), (" x ", True), ("✓", True), (1, True), ("có", True),
     (True, True), (None, False), ("", False), (0, False), ("không", False),
     ("15/3/2012", None), (2014, None), ("Nữ", None)],
)  # fmt: skip
def test_ticks(value: object, mark: bool | None) -> None:
    assert is_mark(value) is mark


@pytest.mark.parametrize(
    ("text", "groups", "household"),
    [
        ("Mồ côi cả cha và mẹ", [("hcdb_a", None)], None),
        ("mo coi ca cha lan me", [("hcdb_a", None)], None),
        ("Mồ côi cha", [("mo_coi_cha_hoac_me", None)], None),
        ("mồ côi mẹ", [("mo_coi_cha_hoac_me", None)], None),
        ("Khuyết tật nặng", [("hcdb_d", 2)], None),
        ("KHUYẾT TẬT ĐẶC BIỆT NẶNG", [("hcdb_d", 1)], None),
        ("khuyết tật", [("hcdb_d", None)], None),
        ("khuyết tật nặng; hộ nghèo", [("hcdb_d", 2)], Household.POOR),
        ("Hộ cận nghèo", [], Household.NEAR_POOR),
        ("Trẻ em có nguy cơ bị bạo lực, bóc lột, bỏ rơi", [("nguy_co", None)], None),
        ("Có nguy cơ bị bạo lực", [("nguy_co", 1)], None),
        ("Có vấn đề sức khỏe tâm thần", [("sktt_van_de", None)], None),
        ("Nguy cơ cao rối loạn sức khỏe tâm thần", [("sktt_nguy_co_cao", None)], None),
        ("Bị xâm hại tình dục", [("hcdb_l", None)], None),
        ("a) Trẻ em mồ côi cả cha và mẹ", [("hcdb_a", None)], None),
        ("Nhiễm HIV/AIDS", [("hcdb_dd", None)], None),
        ("Mồ côi cha + khuyết tật", [("mo_coi_cha_hoac_me", None), ("hcdb_d", None)], None),
    ],
)
def test_groups_from_free_text(
    text: str, groups: list[tuple[str, int | None]], household: Household | None
) -> None:
    parsed = parse_groups(text)
    assert sorted(parsed.groups, key=str) == sorted(groups, key=str)
    assert parsed.household is household
    assert parsed.understood, parsed.unrecognised


def test_parents_of_an_orphan_and_words_not_understood() -> None:
    assert parse_groups("Mồ côi cha").father_dead and not parse_groups("Mồ côi cha").mother_dead
    both = parse_groups("mồ côi cả cha và mẹ")
    assert both.father_dead and both.mother_dead
    unknown = parse_groups("Con nhà khó khăn")
    assert not unknown.groups and unknown.unrecognised == "Con nhà khó khăn"
    partial = parse_groups("Khuyết tật vận động, gia đình khó khăn")
    assert partial.groups == (("hcdb_d", None),) and not partial.understood
    assert parse_groups("").empty


@pytest.mark.parametrize(
    ("text", "code"),
    [("Kinh", "01"), ("kinh", "01"), ("KINH", "01"), ("Dân tộc Tày", "02"), ("H'Mông", "08"),
     ("Mông", "08"), ("HMông", "08"), ("Khơ-me", "05"), ("Khmer", "05"), ("Ê-đê", "12"),
     ("ede", "12"), ("Mường", "06"), ("01", "01"), ("1", "01"), ("", None)],
)  # fmt: skip
def test_ethnic_groups_by_name(text: str, code: str | None) -> None:
    assert parse_ethnicity(text) == code


def test_an_ethnic_group_not_in_the_list() -> None:
    with pytest.raises(ValueError, match="«Kinh Tày» không có trong danh mục"):
        parse_ethnicity("Kinh Tày")


def test_villages_written_differently_have_the_same_key() -> None:
    assert village_key("Thôn 01") == village_key("thon 1") == village_key("1") == "1"
    assert village_key("Bản Nà Hừ") == village_key("ban na hu") == village_key("Nà Hừ")
    assert village_key("Tổ dân phố 3") == village_key("TDP 3") == "3"
    assert village_key("Thôn Đông") != village_key("Thôn Tây")


def test_the_kind_of_a_village_from_its_name() -> None:
    assert village_kind("Bản Nà Hừ") is VillageKind.BAN
    assert village_kind("Tổ dân phố 3") is village_kind("TDP 3") is VillageKind.TO_DAN_PHO
    assert village_kind("Thôn Đông") is village_kind("Đồng Tâm") is VillageKind.THON
    assert village_kind("Xóm Bắc") is VillageKind.OTHER


def test_numbers_excel_stripped_of_their_leading_zeros() -> None:
    assert id_number_text(8313000045) == ("008313000045", True)
    assert id_number_text(8313000045.0) == ("008313000045", True)
    assert id_number_text("008313000045") == ("008313000045", False)
    assert id_number_text("0083 1300 0045") == ("008313000045", False)
    assert id_number_text(12345) == ("12345", False)  # too short to be a number that lost zeros
    assert phone_text(912345678) == "0912345678"
    assert phone_text("0912 345 678") == "0912 345 678"


def test_cells_as_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(12.0) == "12"
    assert cell_text(datetime(2012, 3, 15)) == "15/03/2012"
    assert cell_text("  Nguyễn   Văn  An ") == "Nguyễn Văn An"
    assert cell_text(unicodedata.normalize("NFD", "Bích")) == "Bích"
