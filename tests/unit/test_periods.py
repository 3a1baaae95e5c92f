"""Report periods: the year, quarters, halves and two days, their titles and checks."""

from __future__ import annotations

from datetime import date

import pytest

from commune_care.domain.errors import InvalidInput
from commune_care.domain.periods import PeriodKind, ReportPeriod


def test_titles_and_bounds() -> None:
    q2 = ReportPeriod.of_quarter(2026, 2)
    assert (q2.start, q2.end, q2.title) == (date(2026, 4, 1), date(2026, 6, 30), "Quý II năm 2026")
    assert ReportPeriod.of_quarter(2024, 1).end == date(2024, 3, 31)
    assert ReportPeriod.of_quarter(2026, 4).end == date(2026, 12, 31)
    h1, h2 = ReportPeriod.of_half(2026, 1), ReportPeriod.of_half(2026, 2)
    assert (h1.end, h1.title) == (date(2026, 6, 30), "6 tháng đầu năm 2026")
    assert (h2.start, h2.title) == (date(2026, 7, 1), "6 tháng cuối năm 2026")
    year = ReportPeriod.of_year(2025)
    assert (year.kind, year.title, year.in_words) == (PeriodKind.YEAR, "Năm 2025", "trong năm")
    span = ReportPeriod.between(date(2026, 1, 1), date(2026, 6, 30))
    assert span.title == "Từ ngày 01/01/2026 đến ngày 30/06/2026" and span.in_words == "trong kỳ"


def test_the_figures_day_stops_at_today_while_the_period_runs() -> None:
    today = date(2026, 5, 10)
    q2 = ReportPeriod.of_quarter(2026, 2)
    assert q2.figures_day(today) == today
    assert q2.described(today) == "Quý II năm 2026 (từ ngày 01/04/2026 đến ngày 10/05/2026)"
    span = ReportPeriod.between(date(2026, 1, 1), date(2026, 6, 30))
    assert span.described(today) == (
        "Từ ngày 01/01/2026 đến ngày 30/06/2026 (số liệu đến ngày 10/05/2026)"
    )
    assert ReportPeriod.of_half(2026, 1).described(date(2026, 8, 1)).endswith("30/06/2026)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ReportPeriod.of_quarter(2026, 5), "Quý 5 không có"),
        (lambda: ReportPeriod.of_half(2026, 3), "Nửa năm 3 không có"),
        (lambda: ReportPeriod.of_year(26), "Năm 26 không hợp lệ"),
        (lambda: ReportPeriod.between(date(2026, 7, 1), date(2026, 6, 30)), "ở trước ngày bắt đầu"),
        (lambda: ReportPeriod.of_quarter(2026, 4).check_begun(date(2026, 9, 30)), "chưa bắt đầu"),
    ],
)
def test_bad_periods_are_refused_in_vietnamese(make: object, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        make()  # type: ignore[operator]
