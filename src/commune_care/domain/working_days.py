"""Working days: Monday to Friday, minus Vietnam's public holidays (Tết âm lịch included).

The holidays come from the ``holidays`` package (Bộ luật Lao động 2019 Điều 112 and the
Government's yearly substitutions as the package records them); there is no hand-made list
here. The package does not know the Saturdays that are *worked* in exchange for a bridge day:
such a Saturday counts as a day off, which never makes a deadline earlier than the law's.

Counting follows Bộ luật Dân sự 2015 Điều 147: the day the period starts from is not counted;
"within n working days of D" ends on the n-th working day after D.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

COUNTRY = "VN"


@lru_cache(maxsize=64)
def holidays_of(year: int) -> dict[date, str]:
    """Vietnam's public holidays of one year, with their Vietnamese names (cached per year)."""
    import holidays  # on the first deadline, not at start-up (≈70 ms)

    found = holidays.country_holidays(COUNTRY, years=year, language="vi")
    return dict(sorted(found.items()))


def holiday_name(d: date) -> str | None:
    """The public holiday on ``d`` ("Tết Nguyên Đán", …), or None."""
    return holidays_of(d.year).get(d)


def is_weekend(d: date) -> bool:
    return d.weekday() >= 5


def is_holiday(d: date) -> bool:
    return d in holidays_of(d.year)


def is_working_day(d: date) -> bool:
    return not is_weekend(d) and not is_holiday(d)


def next_working_day(d: date) -> date:
    """The first working day strictly after ``d``."""
    d += timedelta(days=1)
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def previous_working_day(d: date) -> date:
    """The last working day strictly before ``d``."""
    d -= timedelta(days=1)
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after ``start`` (``start`` itself is not counted).

    ``n == 0`` gives ``start`` when it is a working day, else the next working day; a negative
    ``n`` counts back (the n-th working day before ``start``).
    """
    if n == 0:
        return start if is_working_day(start) else next_working_day(start)
    d = start
    step = next_working_day if n > 0 else previous_working_day
    for _ in range(abs(n)):
        d = step(d)
    return d


def working_days_between(a: date, b: date) -> int:
    """How many working days d there are with a < d <= b (negative when b is before a).

    ``working_days_between(start, add_working_days(start, n)) == n`` for every n >= 0.
    """
    if b < a:
        return -working_days_between(b, a)
    count = 0
    d = a + timedelta(days=1)
    while d <= b:
        if is_working_day(d):
            count += 1
        d += timedelta(days=1)
    return count
