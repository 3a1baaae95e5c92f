"""Working days over weekends and Vietnam's public holidays, Tết âm lịch included."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from commune_care.domain.working_days import (
    add_working_days,
    holiday_name,
    holidays_of,
    is_holiday,
    is_working_day,
    next_working_day,
    working_days_between,
)

# Tết Nguyên Đán days off as the holidays package records them (with the eve and, in 2027,
# "29 Tết"): 2026 Monday 16 – Friday 20 February; 2027 Thursday 4 – Wednesday 10 February.
TET_2026 = [date(2026, 2, 16) + timedelta(days=i) for i in range(5)]
TET_2027 = [date(2027, 2, 4) + timedelta(days=i) for i in range(7)]
TET_DAYS = set(TET_2026) | set(TET_2027)

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
around_tet = st.sampled_from([date(2026, 2, 1), date(2027, 1, 20)]).flatmap(
    lambda start: st.integers(0, 35).map(lambda k: start + timedelta(days=k))
)
counts = st.integers(min_value=1, max_value=40)


def test_tet_2026_and_2027_are_not_working_days() -> None:
    for d in TET_DAYS:
        assert is_holiday(d), d
        assert not is_working_day(d), d
    assert holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert holiday_name(date(2027, 2, 4)) == "29 Tết"
    # The working days on either side.
    assert is_working_day(date(2026, 2, 13)) and is_working_day(date(2026, 2, 23))
    assert is_working_day(date(2027, 2, 3)) and is_working_day(date(2027, 2, 11))


def test_weekends_and_other_holidays() -> None:
    assert not is_working_day(date(2026, 3, 7))  # Saturday
    assert not is_working_day(date(2026, 3, 8))  # Sunday
    assert is_working_day(date(2026, 3, 9))  # Monday
    for d in (date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 2), date(2026, 1, 1)):
        assert not is_working_day(d), d
    assert holidays_of(2026)[date(2026, 9, 2)] == "Quốc khánh"


def test_add_working_days_over_a_weekend() -> None:
    friday = date(2026, 3, 6)
    assert add_working_days(friday, 1) == date(2026, 3, 9)  # Monday
    assert add_working_days(friday, 5) == date(2026, 3, 13)  # the next Friday
    assert add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 9)  # Saturday → Monday
    assert add_working_days(date(2026, 3, 9), 0) == date(2026, 3, 9)
    assert add_working_days(date(2026, 3, 9), -1) == friday


def test_add_working_days_over_tet() -> None:
    # Friday before Tết 2026: Tết Mon–Fri, then a weekend; 5 working days end on 27/02.
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)
    # The day before "29 Tết" 2027: Thursday 11/02 is the first working day after it.
    assert add_working_days(date(2027, 2, 3), 1) == date(2027, 2, 11)
    assert add_working_days(date(2027, 2, 3), 5) == date(2027, 2, 17)
    # Starting on a day of Tết counts from the day after, like any other start.
    assert add_working_days(date(2027, 2, 6), 2) == date(2027, 2, 12)


def test_working_days_between_examples() -> None:
    assert working_days_between(date(2026, 3, 6), date(2026, 3, 13)) == 5
    assert working_days_between(date(2026, 3, 13), date(2026, 3, 6)) == -5
    assert working_days_between(date(2026, 3, 9), date(2026, 3, 9)) == 0
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 22)) == 0  # Tết + weekend


@settings(max_examples=300, deadline=None)
@given(days, counts)
def test_result_is_a_working_day_after_exactly_n(start: date, n: int) -> None:
    result = add_working_days(start, n)
    assert is_working_day(result)
    assert result.weekday() < 5
    assert result not in TET_DAYS
    assert working_days_between(start, result) == n
    assert result > start
    # No working day is skipped: the day before the result is still at n - 1.
    assert working_days_between(start, result - timedelta(days=1)) == n - 1


@settings(max_examples=200, deadline=None)
@given(days)
def test_zero_days_is_the_first_working_day_from_start(start: date) -> None:
    result = add_working_days(start, 0)
    assert is_working_day(result)
    assert result == start if is_working_day(start) else result == next_working_day(start)


@settings(max_examples=300, deadline=None)
@given(around_tet, counts)
def test_never_lands_on_tet(start: date, n: int) -> None:
    result = add_working_days(start, n)
    assert result not in TET_DAYS
    assert is_working_day(result)
    # Each Tết day in between is skipped, not counted.
    calendar_days = (result - start).days
    skipped = sum(
        1 for k in range(1, calendar_days + 1) if not is_working_day(start + timedelta(k))
    )
    assert calendar_days - skipped == n


@settings(max_examples=200, deadline=None)
@given(days, counts)
def test_monotonic_in_n(start: date, n: int) -> None:
    assert add_working_days(start, n + 1) == next_working_day(add_working_days(start, n))
    assert add_working_days(start, n + 1) > add_working_days(start, n)


@settings(max_examples=200, deadline=None)
@given(days, days, counts)
def test_monotonic_in_start(a: date, b: date, n: int) -> None:
    first, second = min(a, b), max(a, b)
    assert add_working_days(first, n) <= add_working_days(second, n)


@settings(max_examples=200, deadline=None)
@given(days, st.integers(0, 60), st.integers(0, 60))
def test_between_is_additive(a: date, k1: int, k2: int) -> None:
    b, c = a + timedelta(days=k1), a + timedelta(days=k1 + k2)
    assert working_days_between(a, b) + working_days_between(b, c) == working_days_between(a, c)
    assert working_days_between(c, a) == -working_days_between(a, c)


@settings(max_examples=100, deadline=None)
@given(days, st.integers(1, 20))
def test_counting_back_undoes_counting_forward(start: date, n: int) -> None:
    forward = add_working_days(start, n)
    back = add_working_days(forward, -n)
    assert back <= start or not is_working_day(start)
    if is_working_day(start):
        assert back == start
