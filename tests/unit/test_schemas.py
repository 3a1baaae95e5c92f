"""Every bad input gets a Vietnamese message on its field (issue #2, point 8)."""

import unicodedata
from datetime import date, timedelta

import pytest

from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput
from commune_care.domain.groups import GROUPS, SPECIAL_CIRCUMSTANCE_CODES
from commune_care.domain.schemas.commune import (
    CommuneProfileIn,
    default_agency_name,
    default_place_name,
)
from commune_care.services.children import ChildrenService

validate = ChildrenService.validate
BIRTH = PartialDate(2015, 3, 7)


def errors_of(**values: object) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        validate(values)
    return info.value.errors


def test_valid_child_is_cleaned() -> None:
    child = validate(
        {"full_name": "  nguyễn   Văn  Đức ", "birth": BIRTH, "id_number": "0012 1500 0123"}
    )
    assert child.full_name == "nguyễn Văn Đức"
    assert child.id_number == "001215000123"


def test_nfd_text_is_stored_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    child = validate({"full_name": nfd, "birth": BIRTH, "notes": nfd})
    assert child.full_name == "Nguyễn Thị Ánh"
    assert unicodedata.is_normalized("NFC", child.notes)


def test_empty_name() -> None:
    assert errors_of(full_name="   ", birth=BIRTH) == {
        "full_name": "Họ và tên không được để trống."
    }


def test_missing_birth() -> None:
    assert "ngày sinh" in errors_of(full_name="Lan")["birth"]


def test_future_birth() -> None:
    future = PartialDate.from_date(date.today() + timedelta(days=3))
    assert "tương lai" in errors_of(full_name="Lan", birth=future)["birth"]


def test_over_16_needs_a_reason() -> None:
    old = PartialDate(date.today().year - 17)
    assert "16 tuổi" in errors_of(full_name="Lan", birth=old)["over_age_reason"]
    assert validate({"full_name": "Lan", "birth": old, "over_age_reason": "Chuyển từ xã khác"})


@pytest.mark.parametrize("number", ["123", "12345678901a", "1234567890123"])
def test_identity_number_must_be_12_digits(number: str) -> None:
    assert "12 chữ số" in errors_of(full_name="Lan", birth=BIRTH, id_number=number)["id_number"]


def test_over_long_text() -> None:
    assert "quá giới hạn 100" in errors_of(full_name="A" * 101, birth=BIRTH)["full_name"]
    assert "quá giới hạn 4000" in errors_of(full_name="Lan", birth=BIRTH, notes="x" * 4001)["notes"]


def test_control_characters() -> None:
    assert "ký tự điều khiển" in errors_of(full_name="Lan\x00", birth=BIRTH)["full_name"]
    assert "ký tự điều khiển" in errors_of(full_name="Lan\nAnh", birth=BIRTH)["full_name"]
    # Notes may have lines.
    assert validate({"full_name": "Lan", "birth": BIRTH, "notes": "Dòng 1\nDòng 2"})


def test_unknown_ethnicity() -> None:
    assert (
        "54 dân tộc"
        in errors_of(full_name="Lan", birth=BIRTH, ethnicity_code="99")["ethnicity_code"]
    )


def test_groups_catalogue_matches_the_law() -> None:
    assert len(SPECIAL_CIRCUMSTANCE_CODES) == 14
    letters = [g.letter for g in GROUPS if g.letter]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o"]
    assert all(unicodedata.is_normalized("NFC", g.name) for g in GROUPS)
    by_code = {g.code: g for g in GROUPS}
    assert len(by_code["hcdb_c"].subgroups) == 12  # Nghị định 56 Điều 5
    assert by_code["hcdb_l"].subgroups[0] == "Trẻ em bị hiếp dâm."


def test_commune_profile_defaults_and_caps() -> None:
    assert default_agency_name("Xã Hòa Cư") == "XÃ HÒA CƯ"
    assert default_agency_name("Hòa Cư") == "XÃ HÒA CƯ"
    assert default_place_name("Xã Hòa Cư") == "Hòa Cư"
    profile = CommuneProfileIn(
        province_name="Quảng Ngãi",
        commune_name="Xã Hòa Cư",
        agency_name="xã hòa cư",
        place_name="Hòa Cư",
    )
    assert profile.agency_name == "XÃ HÒA CƯ"
