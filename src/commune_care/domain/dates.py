"""Dates as the officer reads and types them: ``dd/mm/yyyy``; partial dates of birth."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

DATE_FORMAT_HINT = "dd/mm/yyyy"
_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_MY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{4})\s*$")
_Y = re.compile(r"^\s*(\d{4})\s*$")


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateParseError(ValueError):
    """A date the user typed that cannot be a real date; the message is Vietnamese."""


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def parse_date(text: str) -> date:
    """Parse ``dd/mm/yyyy`` (also ``-`` or ``.`` as separator)."""
    m = _DMY.match(text)
    if not m:
        raise DateParseError(f"Ngày «{text.strip()}» không đúng dạng {DATE_FORMAT_HINT}.")
    day, month, year = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(f"Ngày {text.strip()} không có thật trong lịch.") from None


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date of birth known to the day, the month or only the year; maybe estimated."""

    year: int
    month: int | None = None
    day: int | None = None
    estimated: bool = False

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("day without month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateParseError(f"Tháng {self.month} không có thật.")
        if self.day is not None and self.month is not None:
            try:
                date(self.year, self.month, self.day)
            except ValueError:
                raise DateParseError(
                    f"Ngày {self.day:02d}/{self.month:02d}/{self.year} không có thật trong lịch."
                ) from None

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def latest(self) -> date:
        """The latest day the birth can be. Ages use it, so that a child whose birthday is
        not known is never taken out of the 'under 16' group too early."""
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def display(self) -> str:
        if self.day is not None and self.month is not None:
            text = f"{self.day:02d}/{self.month:02d}/{self.year}"
        elif self.month is not None:
            text = f"{self.month:02d}/{self.year}"
        else:
            text = str(self.year)
        return f"{text} (ước tính)" if self.estimated else text

    def iso(self) -> str:
        """'2015', '2015-03' or '2015-03-07' — how the CLI's JSON gives it."""
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def from_date(cls, value: date, estimated: bool = False) -> PartialDate:
        return cls(value.year, value.month, value.day, estimated)

    @classmethod
    def parse(cls, text: str, estimated: bool = False) -> PartialDate:
        """Accept ``dd/mm/yyyy``, ``mm/yyyy`` or ``yyyy``."""
        if m := _DMY.match(text):
            d, mo, y = (int(g) for g in m.groups())
            return cls(y, mo, d, estimated)
        if m := _MY.match(text):
            mo, y = (int(g) for g in m.groups())
            return cls(y, mo, None, estimated)
        if m := _Y.match(text):
            return cls(int(m.group(1)), None, None, estimated)
        raise DateParseError(
            f"Ngày sinh «{text.strip()}» không đúng dạng dd/mm/yyyy, mm/yyyy hoặc yyyy."
        )


def add_years(value: date, years: int) -> date:
    """The same day ``years`` later; 29/02 becomes 28/02 in a common year."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


def age_on(birth: PartialDate, on: date) -> int:
    """Completed years on ``on``, counted from the latest possible birth day."""
    born = birth.latest
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return max(years, 0)
