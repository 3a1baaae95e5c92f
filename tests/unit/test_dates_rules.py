from datetime import date

import pytest

from commune_care.domain.dates import (
    DateParseError,
    DatePrecision,
    PartialDate,
    age_on,
    format_date,
    parse_date,
)
from commune_care.domain.enums import Sex
from commune_care.domain.rules import AgeBand, has_turned_16, identity_number_warnings


def test_parse_and_format_dd_mm_yyyy() -> None:
    assert parse_date("07/03/2015") == date(2015, 3, 7)
    assert parse_date("7-3-2015") == date(2015, 3, 7)
    assert format_date(date(2024, 3, 5)) == "05/03/2024"
    with pytest.raises(DateParseError, match="không có thật"):
        parse_date("31/02/2015")
    with pytest.raises(DateParseError, match="dd/mm/yyyy"):
        parse_date("2015-03-07")


def test_partial_dates() -> None:
    assert PartialDate.parse("2015").precision is DatePrecision.YEAR
    assert PartialDate.parse("03/2015").latest == date(2015, 3, 31)
    assert PartialDate.parse("2016").latest == date(2016, 12, 31)
    assert PartialDate.parse("29/02/2016").iso() == "2016-02-29"
    assert PartialDate.parse("2015", estimated=True).display() == "2015 (ước tính)"
    with pytest.raises(DateParseError):
        PartialDate.parse("29/02/2015")
    with pytest.raises(DateParseError):
        PartialDate.parse("13/2015")
    with pytest.raises(DateParseError):
        PartialDate.parse("mười")


def test_age_counts_from_the_latest_possible_birthday() -> None:
    exact = PartialDate(2010, 6, 15)
    assert age_on(exact, date(2026, 6, 14)) == 15
    assert age_on(exact, date(2026, 6, 15)) == 16
    year_only = PartialDate(2010)
    assert age_on(year_only, date(2026, 12, 30)) == 15
    assert age_on(year_only, date(2026, 12, 31)) == 16
    assert has_turned_16(exact, date(2026, 7, 1))
    assert not has_turned_16(year_only, date(2026, 7, 1))


def test_age_band_birth_range() -> None:
    earliest, latest = AgeBand(6, 11).birth_range(date(2026, 11, 23))
    assert latest == date(2020, 11, 23) and earliest == date(2015, 11, 23)
    assert AgeBand(16, None).birth_range(date(2026, 1, 1))[0] is None
    assert AgeBand(0, 6).label == "Dưới 6 tuổi"


def test_identity_number_century_sex_and_year() -> None:
    # 4th digit 2 = male born 2000–2099, 5th–6th = 15 → 2015
    assert identity_number_warnings("001215000123", Sex.MALE, PartialDate(2015)) == []
    wrong_sex = identity_number_warnings("001215000123", Sex.FEMALE, PartialDate(2015))
    assert len(wrong_sex) == 1 and "giới tính Nam" in wrong_sex[0]
    wrong_year = identity_number_warnings("001315000123", Sex.FEMALE, PartialDate(2014))
    assert len(wrong_year) == 1 and "2015" in wrong_year[0]
    # An estimated year is not held against the number.
    assert (
        identity_number_warnings("001315000123", Sex.FEMALE, PartialDate(2014, estimated=True))
        == []
    )
