"""The period a report or an export covers: a year, a quarter, a half year, or any two days.

The upper level asks for figures "6 tháng đầu năm", "Quý II" or "từ ngày … đến ngày …" as
often as for a year, and each title says which: ``title`` is the phrase as a report writes it
("Quý II năm 2026", "6 tháng đầu năm 2026", "Từ ngày 01/01/2026 đến ngày 30/06/2026").

Figures of a day (children under management, their groups, the orphans) are taken on the last
day of the period, or today while it runs (``figures_day``); figures of a period (the cases, the
services, the mental-health indicator) run from its first day to that day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput

__all__ = ["PeriodKind", "ReportPeriod"]

_ROMAN = ("I", "II", "III", "IV")
MIN_YEAR, MAX_YEAR = 1900, 9999


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    HALF = "half"
    RANGE = "range"


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput({"year": f"Năm {year} không hợp lệ. Hãy nhập năm có 4 chữ số."})


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    kind: PeriodKind
    start: date
    end: date
    number: int = 0  # the quarter (1–4) or the half (1–2); 0 otherwise

    # --- the ways to name one -----------------------------------------------------------------
    @classmethod
    def of_year(cls, year: int) -> ReportPeriod:
        _check_year(year)
        return cls(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> ReportPeriod:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise InvalidInput({"quarter": f"Quý {quarter} không có. Hãy chọn quý 1, 2, 3 hoặc 4."})
        first = 3 * (quarter - 1) + 1
        last = first + 2
        end = date(year, last, calendar.monthrange(year, last)[1])
        return cls(PeriodKind.QUARTER, date(year, first, 1), end, quarter)

    @classmethod
    def of_half(cls, year: int, half: int) -> ReportPeriod:
        _check_year(year)
        if half not in (1, 2):
            raise InvalidInput(
                {"half": f"Nửa năm {half} không có. Hãy chọn 1 (6 tháng đầu năm) hoặc 2 "
                 "(6 tháng cuối năm)."}
            )  # fmt: skip
        if half == 1:
            return cls(PeriodKind.HALF, date(year, 1, 1), date(year, 6, 30), 1)
        return cls(PeriodKind.HALF, date(year, 7, 1), date(year, 12, 31), 2)

    @classmethod
    def between(cls, start: date, end: date) -> ReportPeriod:
        _check_year(start.year)
        _check_year(end.year)
        if end < start:
            raise InvalidInput(
                {"to": f"Ngày kết thúc {format_date(end)} ở trước ngày bắt đầu "
                 f"{format_date(start)}. Hãy sửa lại hai ngày."}
            )  # fmt: skip
        return cls(PeriodKind.RANGE, start, end)

    # --- what it says ---------------------------------------------------------------------------
    @property
    def year(self) -> int:
        """The year the period belongs to (the year of its first day)."""
        return self.start.year

    @property
    def title(self) -> str:
        """'Năm 2026', 'Quý II năm 2026', '6 tháng đầu năm 2026', 'Từ ngày … đến ngày …'."""
        if self.kind is PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"Quý {_ROMAN[self.number - 1]} năm {self.year}"
        if self.kind is PeriodKind.HALF:
            which = "đầu" if self.number == 1 else "cuối"
            return f"6 tháng {which} năm {self.year}"
        return f"Từ ngày {format_date(self.start)} đến ngày {format_date(self.end)}"

    @property
    def in_words(self) -> str:
        """'trong năm', 'trong quý', 'trong 6 tháng', 'trong kỳ': after a count of events."""
        return {
            PeriodKind.YEAR: "trong năm",
            PeriodKind.QUARTER: "trong quý",
            PeriodKind.HALF: "trong 6 tháng",
        }.get(self.kind, "trong kỳ")

    def figures_day(self, today: date) -> date:
        """The day of the figures of a day: the last day, or ``today`` while the period runs."""
        return min(self.end, today)

    def check_begun(self, today: date) -> None:
        """Refuse a period that has not begun: there are no figures for it yet."""
        if self.start > today:
            field = "year" if self.kind is not PeriodKind.RANGE else "from"
            raise InvalidInput(
                {field: f"{self.title} chưa bắt đầu (hôm nay là {format_date(today)}): chưa có "
                 "số liệu. Hãy chọn một kỳ đã bắt đầu."}
            )  # fmt: skip

    def described(self, today: date) -> str:
        """The period line under a title: 'Quý II năm 2026 (từ ngày 01/04/2026 đến ngày
        30/06/2026)'; a range is already said in full."""
        on = self.figures_day(today)
        if self.kind is PeriodKind.RANGE:
            if on < self.end:
                return f"{self.title} (số liệu đến ngày {format_date(on)})"
            return self.title
        return f"{self.title} (từ ngày {format_date(self.start)} đến ngày {format_date(on)})"
