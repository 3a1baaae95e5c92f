"""Alternative care's pure rules (issue #4): the follow-up schedule, the handover deadline and
the checks of a placement decision — each block and warning both ways, with partial dates of
birth and the 7-year, 18-year and 20-year boundaries."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerRegistration,
    CarerStatus,
    EndReason,
    FollowUpKind,
    PlacementFacts,
    SiblingPlacement,
    add_months,
    age_gap_certainty,
    due_state,
    follow_up_kinds,
    follow_up_schedule,
    handover_due,
    placement_rules,
    scheduled_item,
    siblings_apart,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate
from commune_care.domain.working_days import is_working_day, working_days_between

DECISION = date(2026, 3, 2)  # a Monday
CHILD = PartialDate(2016, 5, 10)  # 9 years old on DECISION

starts = st.dates(min_value=date(2017, 6, 1), max_value=date(2030, 12, 31))
family_forms = st.sampled_from([CareForm.RELATIVE, CareForm.NON_RELATIVE])


def facts(**changes: object) -> PlacementFacts:
    """A relative placement that passes every rule; each test changes what it checks."""
    base = PlacementFacts(
        form=CareForm.RELATIVE,
        decision_date=DECISION,
        start_date=DECISION,
        child_name="Nguyễn Văn An",
        child_birth=CHILD,
        carer_name="Trần Thị Bình",
        carer_birth=PartialDate(1960, 1, 1),
        carer_status=CarerStatus.ELIGIBLE,
        carer_registration=CarerRegistration.RELATIVE_NOTICE,
        carer_approved=True,
        relationship="Bà nội",
        child_view="Em muốn ở với bà.",
        child_view_date=date(2026, 2, 20),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def non_relative(**changes: object) -> PlacementFacts:
    values: dict[str, object] = {
        "form": CareForm.NON_RELATIVE,
        "carer_registration": CarerRegistration.APPLICATION,
        "relationship": "",
        "non_relative_reason": "Trẻ không có người thân thích đủ điều kiện.",
    }
    values.update(changes)
    return facts(**values)


# --- labels ------------------------------------------------------------------------------------
def test_labels_are_the_laws_words() -> None:
    assert CareForm.RELATIVE.label == "Chăm sóc thay thế bởi người thân thích"
    assert CareForm.NON_RELATIVE.label == (
        "Chăm sóc thay thế bởi cá nhân, gia đình không phải là người thân thích"
    )
    assert CareForm.ADOPTION.label == "Chăm sóc thay thế bằng hình thức nhận con nuôi"
    assert CareForm.FACILITY.label == "Chăm sóc thay thế tại cơ sở trợ giúp xã hội"
    assert EndReason.REUNIFICATION.label == (
        "Trẻ em trở về đoàn tụ gia đình khi gia đình bảo đảm an toàn, có đủ điều kiện thực hiện"
        " quyền của trẻ em"
    )
    assert EndReason.ADOPTED.label == "Chuyển hình thức: được nhận làm con nuôi"
    assert CarerCondition.CHARACTER.label == "Có tư cách đạo đức tốt"
    assert {c.point for c in CarerCondition} == {"a", "b", "c"}
    assert CarerStatus.ELIGIBLE.label == "Đã xác minh đủ điều kiện"
    assert all(r.needs_decision for r in EndReason if r.value.startswith("d69"))
    assert not EndReason.ADOPTED.needs_decision and EndReason.CARER_REQUEST.needs_request


# --- dates and the schedule --------------------------------------------------------------------
def test_add_months_keeps_the_day_or_the_months_last() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), 6) == date(2026, 9, 30)


def test_schedule_of_a_family_placement() -> None:
    start = date(2026, 1, 15)
    items = follow_up_schedule(CareForm.RELATIVE, start, None, date(2027, 1, 15))
    by_kind = {k: [(i.seq, i.months, i.due) for i in items if i.kind is k] for k in FollowUpKind}
    assert by_kind[FollowUpKind.WORKER_VISIT] == [
        (1, 1, date(2026, 2, 15)),
        (2, 3, date(2026, 4, 15)),
        (3, 6, date(2026, 7, 15)),
        (4, 12, date(2027, 1, 15)),
    ]
    assert by_kind[FollowUpKind.CARER_REPORT] == [
        (1, 6, date(2026, 7, 15)),
        (2, 12, date(2027, 1, 15)),
    ]
    assert by_kind[FollowUpKind.COMMUNE_REVIEW] == [
        (1, 6, date(2026, 7, 15)),
        (2, 12, date(2027, 1, 15)),
    ]
    assert by_kind[FollowUpKind.FACILITY_REVIEW] == []
    # Carer reports go on yearly after the first year.
    later = follow_up_schedule(CareForm.RELATIVE, start, None, date(2029, 1, 15))
    months = [i.months for i in later if i.kind is FollowUpKind.CARER_REPORT]
    assert months == [6, 12, 24, 36]


def test_facility_and_adoption_schedules() -> None:
    start = date(2026, 1, 15)
    facility = follow_up_schedule(CareForm.FACILITY, start, None, date(2027, 6, 1))
    assert [(i.kind, i.months) for i in facility] == [
        (FollowUpKind.FACILITY_REVIEW, 6),
        (FollowUpKind.FACILITY_REVIEW, 12),
    ]
    assert follow_up_schedule(CareForm.ADOPTION, start, None, date(2030, 1, 1)) == []
    assert follow_up_kinds(CareForm.ADOPTION) == ()


def test_schedule_stops_at_the_end() -> None:
    start = date(2026, 1, 15)
    items = follow_up_schedule(CareForm.RELATIVE, start, date(2026, 4, 14), date(2030, 1, 1))
    assert [(i.kind, i.seq) for i in items] == [(FollowUpKind.WORKER_VISIT, 1)]
    # Due on the end day itself: still scheduled.
    items = follow_up_schedule(CareForm.RELATIVE, start, date(2026, 4, 15), date(2030, 1, 1))
    assert [(i.kind, i.seq) for i in items][-1] == (FollowUpKind.WORKER_VISIT, 2)


@given(start=starts, form=family_forms, months=st.integers(0, 60))
@settings(max_examples=200, deadline=None)
def test_schedule_properties(start: date, form: CareForm, months: int) -> None:
    horizon = add_months(start, months)
    items = follow_up_schedule(form, start, None, horizon)
    # In date order, all after the start, none after the horizon.
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert all(start < i.due <= horizon for i in items)
    for kind in follow_up_kinds(form):
        mine = [i for i in items if i.kind is kind]
        # Numbered 1, 2, … without gaps; each where scheduled_item says it is.
        assert [i.seq for i in mine] == list(range(1, len(mine) + 1))
        for i in mine:
            assert scheduled_item(form, start, kind, i.seq) == i
            assert i.due == add_months(start, i.months)
    visits = [i.months for i in items if i.kind is FollowUpKind.WORKER_VISIT]
    assert visits[:3] == [1, 3, 6][: len(visits)]
    assert all(b - a == 6 for a, b in itertools.pairwise(visits[2:]))
    reviews = [i.months for i in items if i.kind is FollowUpKind.COMMUNE_REVIEW]
    assert reviews == list(range(6, 6 * len(reviews) + 1, 6))
    # A longer horizon only adds items at the end.
    longer = follow_up_schedule(form, start, None, add_months(horizon, 7))
    assert longer[: len(items)] == items


@given(start=starts, end_after=st.integers(0, 2000))
@settings(max_examples=100, deadline=None)
def test_schedule_never_passes_the_end(start: date, end_after: int) -> None:
    end = start + timedelta(days=end_after)
    items = follow_up_schedule(CareForm.NON_RELATIVE, start, end, date(2040, 1, 1))
    assert all(i.due <= end for i in items)
    assert items == [
        i for i in follow_up_schedule(CareForm.NON_RELATIVE, start, None, end) if i.due <= end
    ]


@given(decision=starts)
@settings(max_examples=200, deadline=None)
def test_handover_is_15_working_days_after_the_decision(decision: date) -> None:
    due = handover_due(decision)
    assert is_working_day(due)
    assert working_days_between(decision, due) == 15


def test_handover_over_tet() -> None:
    # Decided on Friday 6 February 2026: Tết is 16–20 February.
    assert handover_due(date(2026, 2, 6)) == date(2026, 3, 6)


def test_due_state() -> None:
    due = date(2026, 3, 20)  # a Friday
    assert due_state(due, date(2026, 3, 21), 10) is DeadlineState.OVERDUE
    assert due_state(due, due, 10) is DeadlineState.DUE_SOON
    assert due_state(due, date(2026, 3, 6), 10) is DeadlineState.DUE_SOON  # 10 working days
    assert due_state(due, date(2026, 3, 5), 10) is DeadlineState.ON_TIME


# --- the rules ---------------------------------------------------------------------------------
def test_a_good_relative_placement_passes() -> None:
    outcome = placement_rules(facts())
    assert outcome.blocks == {} and outcome.warnings == () and outcome.ok


def test_adoption_is_not_decided_here() -> None:
    outcome = placement_rules(facts(form=CareForm.ADOPTION))
    assert "nhận con nuôi" in outcome.blocks["form"]


def test_one_current_placement_at_a_time() -> None:
    outcome = placement_rules(facts(current_placement="CSTT2025-0001, người thân thích"))
    assert "CSTT2025-0001" in outcome.blocks["child_id"]
    assert "Mẫu số 16" in outcome.blocks["child_id"]
    # Starting on or before the end of an earlier one.
    outcome = placement_rules(facts(last_end=DECISION))
    assert "start_date" in outcome.blocks
    assert placement_rules(facts(last_end=DECISION - timedelta(days=1))).ok


def test_child_of_16_is_refused() -> None:
    outcome = placement_rules(facts(child_birth=PartialDate(2010, 3, 2)))
    assert "16 tuổi" in outcome.blocks["child_id"]
    assert "child_id" not in placement_rules(facts(child_birth=PartialDate(2010, 3, 3))).blocks


# relative carer: an adult (18) on the day of the decision
@pytest.mark.parametrize(
    ("birth", "blocked", "warned"),
    [
        (PartialDate(2008, 3, 2), False, False),  # 18 that very day
        (PartialDate(2008, 3, 3), True, False),  # 18 the day after
        (PartialDate(2008, 3), False, True),  # March 2008: maybe not yet 18
        (PartialDate(2008), False, True),  # 2008: maybe
        (PartialDate(2007), False, False),  # at least 18 whatever the day
        (PartialDate(2009), True, False),  # at most 17 whatever the day
        (PartialDate(2008, 4), True, False),  # April 2008: certainly under 18 on 2 March
    ],
)
def test_relative_carer_must_be_an_adult(birth: PartialDate, blocked: bool, warned: bool) -> None:
    outcome = placement_rules(facts(carer_birth=birth))
    assert ("carer_id" in outcome.blocks) is blocked
    if blocked:
        assert "người thành niên" in outcome.blocks["carer_id"]
    assert any("18 tuổi" in w for w in outcome.warnings) is warned


# non-relative carer: at least 20 years older than the child
@pytest.mark.parametrize(
    ("carer", "child", "verdict"),
    [
        (PartialDate(1996, 5, 10), PartialDate(2016, 5, 10), True),  # exactly 20 years
        (PartialDate(1996, 5, 11), PartialDate(2016, 5, 10), False),  # a day short
        (PartialDate(1996), PartialDate(2016, 5, 10), None),  # 1996: either way
        (PartialDate(1995), PartialDate(2016, 5, 10), True),  # 1995: at least 20 years
        (PartialDate(1997), PartialDate(2016, 5, 10), False),  # 1997: under 20 years
        (PartialDate(1996, 5), PartialDate(2016, 5), None),
        (PartialDate(1996, 4), PartialDate(2016, 5), True),
        (PartialDate(1996, 6), PartialDate(2016, 5), False),
        (PartialDate(1995, 12, 31), PartialDate(2016), True),
    ],
)
def test_twenty_years_older(carer: PartialDate, child: PartialDate, verdict: bool | None) -> None:
    assert age_gap_certainty(carer, child, 20) is verdict
    outcome = placement_rules(non_relative(carer_birth=carer, child_birth=child))
    blocked = "carer_id" in outcome.blocks
    warned = any("20 tuổi" in w for w in outcome.warnings)
    assert (blocked, warned) == (verdict is False, verdict is None)
    if blocked:
        assert "hơn trẻ từ 20 tuổi trở lên" in outcome.blocks["carer_id"]


def test_twenty_years_does_not_apply_to_relatives() -> None:
    outcome = placement_rules(facts(carer_birth=PartialDate(2000, 1, 1)))  # 16 years older
    assert outcome.ok


def test_carer_without_a_birth_date_is_refused() -> None:
    outcome = placement_rules(facts(carer_birth=None))
    assert "ngày sinh" in outcome.blocks["carer_id"]


def test_relatives_first_needs_a_reason() -> None:
    outcome = placement_rules(non_relative(non_relative_reason=""))
    assert "người thân thích" in outcome.blocks["non_relative_reason"]
    assert "non_relative_reason" not in placement_rules(non_relative()).blocks
    facility = facts(form=CareForm.FACILITY, carer_name="Trung tâm CTXH", carer_birth=None,
                     carer_status=None, carer_registration=None, relationship="")  # fmt: skip
    assert "non_relative_reason" in placement_rules(facility).blocks
    with_reason = replace(facility, non_relative_reason="Chưa tìm được gia đình.")
    assert "non_relative_reason" not in placement_rules(with_reason).blocks


def test_facility_is_temporary_and_must_be_a_facility() -> None:
    facility = facts(form=CareForm.FACILITY, carer_name="Trung tâm CTXH", carer_birth=None,
                     carer_status=None, carer_registration=None, relationship="",
                     non_relative_reason="Chưa tìm được gia đình.")  # fmt: skip
    outcome = placement_rules(facility)
    assert outcome.blocks == {}
    assert len(outcome.warnings) == 1 and "tạm thời" in outcome.warnings[0]
    outcome = placement_rules(replace(facility, facility_kind_ok=False))
    assert "cơ sở trợ giúp xã hội" in outcome.blocks["provider_id"]
    # A family form never gets the reminder.
    assert not any("tạm thời" in w for w in placement_rules(facts()).warnings)


def test_relationship_of_a_relative_is_required() -> None:
    assert "quan hệ" in placement_rules(facts(relationship="")).blocks["relationship"]


def test_carer_status() -> None:
    for status in (CarerStatus.NOT_ELIGIBLE, CarerStatus.STOPPED):
        outcome = placement_rules(facts(carer_status=status))
        assert "không giao trẻ được" in outcome.blocks["carer_id"]
    # A relative not verified yet: a warning; verified: nothing.
    outcome = placement_rules(facts(carer_status=CarerStatus.REGISTERED))
    assert outcome.blocks == {} and any("Mẫu số 11" in w for w in outcome.warnings)
    # A non-relative not verified: refused; verified, not approved: a warning.
    outcome = placement_rules(non_relative(carer_status=CarerStatus.REGISTERED))
    assert "Mẫu số 11" in outcome.blocks["carer_id"]
    outcome = placement_rules(non_relative(carer_approved=False))
    assert outcome.blocks == {} and any("phê duyệt" in w for w in outcome.warnings)
    assert placement_rules(non_relative()).ok
    # Came as a relative: not a non-relative placement.
    outcome = placement_rules(non_relative(carer_registration=CarerRegistration.RELATIVE_NOTICE))
    assert "người thân thích" in outcome.blocks["carer_id"]


# the child's view: from 7 years, with its date, before the decision
@pytest.mark.parametrize(
    ("birth", "blocked", "warned"),
    [
        (PartialDate(2019, 3, 2), True, False),  # 7 that very day
        (PartialDate(2019, 3, 3), False, False),  # 7 the day after
        (PartialDate(2019, 3), False, True),  # March 2019: maybe 7
        (PartialDate(2019), False, True),
        (PartialDate(2018), True, False),  # certainly 7
        (PartialDate(2020), False, False),  # certainly under 7
    ],
)
def test_child_view_from_seven(birth: PartialDate, blocked: bool, warned: bool) -> None:
    outcome = placement_rules(facts(child_birth=birth, child_view="", child_view_date=None))
    assert ("child_view" in outcome.blocks) is blocked
    if blocked:
        assert "07 tuổi" not in outcome.blocks["child_view"]
        assert "7 tuổi trở lên" in outcome.blocks["child_view"]
    assert any("ý kiến" in w for w in outcome.warnings) is warned
    # With the view and its date, nothing either way.
    assert placement_rules(facts(child_birth=birth)).ok


def test_child_view_after_the_decision_is_refused() -> None:
    outcome = placement_rules(facts(child_view_date=DECISION + timedelta(days=1)))
    assert "trước khi quyết định" in outcome.blocks["child_view_date"]
    assert placement_rules(facts(child_view_date=DECISION)).ok


def test_siblings_placed_apart_is_a_warning() -> None:
    siblings = (
        SiblingPlacement("Nguyễn Thị Hoa", "TE000002", "Lê Văn Cường"),
        SiblingPlacement("Nguyễn Văn Bảo", "TE000003", "Trần Thị Bình"),
    )
    outcome = placement_rules(facts(siblings_elsewhere=siblings[:1]))
    assert outcome.blocks == {}
    assert len(outcome.warnings) == 1 and "TE000002" in outcome.warnings[0]
    assert "anh, chị, em" in outcome.warnings[0]
    # siblings_apart keeps those with another carer only.
    rows = [
        ("Nguyễn Thị Hoa", "TE000002", "carer:7", "Lê Văn Cường"),
        ("Nguyễn Văn Bảo", "TE000003", "carer:5", "Trần Thị Bình"),
    ]
    assert siblings_apart("carer:5", rows) == siblings[:1]
    assert siblings_apart("carer:9", rows) == siblings
    assert siblings_apart("carer:5", rows[1:]) == ()
