"""The rules of Luật Nuôi con nuôi as pure functions (domain/adoption.py): periods, ages and
partial dates of birth, who may adopt, the consents of Điều 21, the steps and the reports.
Every boundary is tested on both sides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from commune_care.domain.adoption import (
    DUE_SOON_WORKING_DAYS,
    NOTICE_DAYS,
    PERIOD_DAYS,
    REPORT_DUE_SOON_DAYS,
    AdopterCondition,
    AdopterFacts,
    AdopterKind,
    AdopterRelation,
    AdoptionAction,
    AdoptionSnapshot,
    AdoptionStage,
    AdoptionStatus,
    ChildFacts,
    ConsentAnswer,
    ConsentFacts,
    ConsentRole,
    DayCount,
    DeadlineKind,
    ReportFacts,
    Severity,
    Tri,
    add_months,
    add_period,
    adopter_findings,
    at_least_age,
    blocks,
    check_consents,
    child_age_findings,
    conditions_findings,
    consent_findings,
    deadlines,
    earliest_parent_consent,
    next_step,
    notice_end,
    older_by,
    opinions_due,
    parent_may_consent,
    progress,
    refusal_due,
    registration_due,
    report_schedule,
    report_state,
    required_conditions,
    resolution_due,
    stage_of,
    step_state,
    warnings,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex

D = PartialDate
R = AdopterRelation


def child(birth: PartialDate | None, name: str = "Lò Văn Pao") -> ChildFacts:
    return ChildFacts(name, birth)


def adopter(
    birth: PartialDate,
    relation: AdopterRelation = R.OTHER,
    sex: Sex = Sex.MALE,
    confirmed: dict[AdopterCondition, date | None] | None = None,
) -> AdopterFacts:
    return AdopterFacts("Nguyễn Văn An", sex, birth, relation, confirmed or {})


def articles(findings, severity: Severity | None = None) -> list[str]:
    return [f.article for f in findings if severity is None or f.severity is severity]


# --- periods ------------------------------------------------------------------------------


def test_the_law_counts_calendar_days_from_the_day_after():
    """'trong thời hạn n ngày' — calendar days; the day it starts from is not counted."""
    assert PERIOD_DAYS is DayCount.CALENDAR
    assert NOTICE_DAYS == 60
    assert notice_end(date(2026, 3, 1)) == date(2026, 4, 30)
    assert opinions_due(date(2026, 3, 6)) == date(2026, 3, 16)  # a Monday: no working days
    assert registration_due(date(2026, 3, 6)) == date(2026, 3, 26)
    assert refusal_due(date(2026, 3, 6)) == date(2026, 3, 16)
    assert resolution_due(date(2026, 3, 6)) == date(2026, 4, 5)
    # An end on a Sunday stays there (Bộ luật Dân sự 148.5 not applied: never later).
    assert opinions_due(date(2026, 3, 12)).weekday() == 6
    # The working-day variant exists for a commune that wants it.
    assert add_period(date(2026, 3, 6), 5, DayCount.WORKING) == date(2026, 3, 13)


def test_months_end_on_the_last_day_when_the_day_does_not_exist():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_six_reports_every_six_months_for_three_years():
    schedule = report_schedule(date(2026, 8, 31))
    assert schedule == (
        date(2027, 2, 28),
        date(2027, 8, 31),
        date(2028, 2, 29),
        date(2028, 8, 31),
        date(2029, 2, 28),
        date(2029, 8, 31),
    )
    assert report_schedule(date(2026, 1, 10))[-1] == date(2029, 1, 10)


def test_step_and_report_states():
    due = date(2026, 3, 16)  # Monday
    assert step_state(due, date(2026, 3, 17)) is DeadlineState.OVERDUE
    assert step_state(due, due) is DeadlineState.DUE_SOON
    # three working days, the due day included: Wed 11/03 and on
    assert DUE_SOON_WORKING_DAYS == 3
    assert step_state(due, date(2026, 3, 11)) is DeadlineState.DUE_SOON
    assert step_state(due, date(2026, 3, 10)) is DeadlineState.ON_TIME
    report_due = date(2026, 6, 30)
    assert report_state(report_due, report_due - timedelta(days=REPORT_DUE_SOON_DAYS)) is (
        DeadlineState.DUE_SOON
    )
    assert report_state(report_due, report_due - timedelta(days=REPORT_DUE_SOON_DAYS + 1)) is (
        DeadlineState.ON_TIME
    )
    assert report_state(report_due, report_due + timedelta(days=1)) is DeadlineState.OVERDUE


# --- ages and partial dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (D(2010, 5, 10), date(2026, 5, 10), Tri.YES),  # the 16th birthday
        (D(2010, 5, 10), date(2026, 5, 9), Tri.NO),
        (D(2010, 5), date(2026, 5, 31), Tri.YES),  # whatever day of May
        (D(2010, 5), date(2026, 5, 15), Tri.UNKNOWN),
        (D(2010, 5), date(2026, 4, 30), Tri.NO),
        (D(2010), date(2026, 12, 31), Tri.YES),
        (D(2010), date(2026, 6, 1), Tri.UNKNOWN),
        (D(2010), date(2025, 12, 31), Tri.NO),
    ],
)
def test_at_least_16(birth, on, expected):
    assert at_least_age(birth, 16, on) is expected


@pytest.mark.parametrize(
    ("adopter_birth", "child_birth", "expected"),
    [
        (D(1990, 5, 10), D(2010, 5, 10), Tri.YES),  # exactly 20 years: "từ 20 tuổi trở lên"
        (D(1990, 5, 11), D(2010, 5, 10), Tri.NO),  # a day short
        (D(1990, 5, 10), D(2010, 5, 9), Tri.NO),
        (D(1990), D(2010, 5, 10), Tri.UNKNOWN),  # 1990, any day: cannot be told
        (D(1989), D(2010, 1, 1), Tri.YES),  # even born 31/12/1989
        (D(1991), D(2010), Tri.NO),  # even 01/01/1991 and 31/12/2010
        (D(1988, 2, 29), D(2008, 2, 29), Tri.YES),
        (D(1988, 2, 29), D(2008, 2, 28), Tri.NO),
    ],
)
def test_twenty_years_older(adopter_birth, child_birth, expected):
    assert older_by(adopter_birth, child_birth) is expected


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (D(2026, 3, 1), date(2026, 3, 15), Tri.NO),  # 14 days after the birth
        (D(2026, 3, 1), date(2026, 3, 16), Tri.YES),  # "ít nhất 15 ngày"
        (D(2026, 3), date(2026, 3, 20), Tri.UNKNOWN),  # born some day of March
        (D(2026, 3), date(2026, 4, 15), Tri.YES),
        (D(2026, 3), date(2026, 3, 15), Tri.NO),
    ],
)
def test_parent_consent_fifteen_days_after_birth(birth, on, expected):
    assert parent_may_consent(birth, on) is expected
    assert earliest_parent_consent(date(2026, 3, 1)) == date(2026, 3, 16)


# --- who may adopt ----------------------------------------------------------------------------


def test_grandparents_and_siblings_may_not_adopt():
    kid = child(D(2018, 1, 1))
    for relation in (R.GRANDPARENT, R.SIBLING):
        found = adopter_findings(adopter(D(1960), relation), kid, date(2026, 1, 5),
                                 AdopterKind.SINGLE, "first.")  # fmt: skip
        assert articles(found, Severity.BLOCK) == ["Điều 13.6"]
        assert found[0].field == "first.relation"
        assert relation.label in found[0].message
    assert R.GRANDPARENT.prohibited and R.SIBLING.prohibited and not R.OTHER.prohibited


def test_twenty_years_blocks_except_step_parents_and_aunts_and_uncles():
    kid = child(D(2012, 6, 1))
    young = D(1995, 1, 1)  # 17 years older
    on = date(2026, 1, 5)
    found = adopter_findings(adopter(young), kid, on, AdopterKind.SINGLE)
    assert articles(found, Severity.BLOCK) == ["Điều 14.1.b"]
    assert "20 tuổi" in found[0].message
    for relation, sex in (
        (R.STEP_FATHER, Sex.MALE),
        (R.STEP_MOTHER, Sex.FEMALE),
        (R.AUNT_CO, Sex.FEMALE),
        (R.UNCLE_CAU, Sex.MALE),
        (R.AUNT_DI, Sex.FEMALE),
        (R.UNCLE_CHU, Sex.MALE),
        (R.BAC, Sex.FEMALE),
    ):
        assert adopter_findings(adopter(young, relation, sex), kid, on, AdopterKind.SINGLE) == []
    # exactly twenty years: nothing to say
    ok = adopter_findings(adopter(D(1992, 6, 1)), kid, on, AdopterKind.SINGLE)
    assert ok == []


def test_a_partial_date_is_a_warning_not_a_block():
    found = adopter_findings(adopter(D(1992)), child(D(2012, 6, 1)), date(2026, 1, 5),
                             AdopterKind.SINGLE)  # fmt: skip
    assert articles(found, Severity.WARNING) == ["Điều 14.1.b"] and not blocks(found)
    no_birth = adopter_findings(adopter(D(1980)), child(None), date(2026, 1, 5),
                                AdopterKind.SINGLE)  # fmt: skip
    assert articles(no_birth, Severity.WARNING) == ["Điều 14.1.b"]


def test_an_adopter_must_be_an_adult():
    kid = child(D(2020, 1, 1))
    on = date(2026, 1, 5)
    minor = adopter_findings(adopter(D(2008, 6, 1), R.UNCLE_CHU), kid, on, AdopterKind.SINGLE)
    assert articles(minor, Severity.BLOCK) == ["Điều 14.1.a"]
    turning = adopter_findings(adopter(D(2008), R.UNCLE_CHU), kid, on, AdopterKind.SINGLE)
    assert articles(turning, Severity.WARNING) == ["Điều 14.1.a"]
    adult = adopter_findings(adopter(D(2008, 1, 5), R.UNCLE_CHU), kid, on, AdopterKind.SINGLE)
    assert adult == []


def test_a_step_parent_adopts_alone_and_relation_matches_sex():
    kid = child(D(2015, 1, 1))
    on = date(2026, 1, 5)
    couple = adopter_findings(adopter(D(1985), R.STEP_FATHER), kid, on, AdopterKind.COUPLE)
    assert articles(couple, Severity.BLOCK) == ["Điều 14.3"]
    wrong_sex = adopter_findings(
        adopter(D(1985), R.STEP_MOTHER, Sex.MALE), kid, on, AdopterKind.SINGLE
    )
    assert articles(wrong_sex, Severity.BLOCK) == ["Điều 14.3"]
    assert "Mẹ kế" in wrong_sex[0].message


def test_the_conditions_checklist():
    assert required_conditions(R.OTHER) == tuple(AdopterCondition)
    assert AdopterCondition.MEANS not in required_conditions(R.UNCLE_CAU)  # Điều 14.3
    assert AdopterCondition.MEANS not in required_conditions(R.STEP_MOTHER)
    person = adopter(D(1980), confirmed={AdopterCondition.CAPACITY: date(2026, 1, 2)})
    missing = conditions_findings(person, "second.")
    assert [f.field for f in missing] == ["second.dieu_kien", "second.dao_duc",
                                          "second.khong_bi_cam"]  # fmt: skip
    assert all(f.blocks for f in missing)
    every = {c: date(2026, 1, 2) for c in AdopterCondition}
    assert conditions_findings(adopter(D(1980), confirmed=every)) == []


# --- the child's age (Điều 8) -------------------------------------------------------------------


def test_under_16_or_16_and_17_for_the_family_only():
    kid = child(D(2010, 5, 10))
    sixteen = date(2026, 5, 10)
    assert child_age_findings(kid, sixteen - timedelta(days=1), [R.OTHER]) == []
    found = child_age_findings(kid, sixteen, [R.OTHER])
    assert articles(found, Severity.BLOCK) == ["Điều 8.2"]
    assert child_age_findings(kid, sixteen, [R.UNCLE_CHU]) == []
    assert child_age_findings(kid, sixteen, [R.STEP_FATHER]) == []
    # A couple where one is not the family: the exemption does not cover the pair.
    assert blocks(child_age_findings(kid, sixteen, [R.UNCLE_CHU, R.OTHER]))
    # Nobody yet: only a warning (the family may still come forward).
    assert articles(child_age_findings(kid, sixteen), Severity.WARNING) == ["Điều 8.2"]
    eighteen = date(2028, 5, 10)
    assert articles(child_age_findings(kid, eighteen, [R.UNCLE_CHU]), Severity.BLOCK) == ["Điều 8"]
    assert blocks(child_age_findings(kid, eighteen))
    assert child_age_findings(kid, eighteen - timedelta(days=1), [R.UNCLE_CHU]) == []


def test_the_childs_age_from_a_partial_date():
    kid = child(D(2010))
    assert articles(child_age_findings(kid, date(2026, 6, 1), [R.OTHER]), Severity.WARNING) == [
        "Điều 8"
    ]
    assert articles(child_age_findings(kid, date(2028, 6, 1), [R.UNCLE_CHU]), Severity.WARNING) == [
        "Điều 8"
    ]
    assert not blocks(child_age_findings(kid, date(2028, 6, 1), [R.UNCLE_CHU]))
    assert articles(child_age_findings(child(None), date(2026, 1, 1)), Severity.WARNING) == [
        "Điều 8"
    ]


# --- consents (Điều 21) ---------------------------------------------------------------------------

FATHER, MOTHER, GUARDIAN, CHILD = (
    ConsentRole.FATHER,
    ConsentRole.MOTHER,
    ConsentRole.GUARDIAN,
    ConsentRole.CHILD,
)
A = ConsentAnswer


def c(role: ConsentRole, answer: ConsentAnswer = A.AGREED, on: date | None = date(2026, 3, 20)):
    return ConsentFacts(role, answer, on if answer.given else None, counselled=True)


def test_both_birth_parents_or_the_one_left_or_the_guardian():
    young = child(D(2020, 1, 1))
    on = date(2026, 3, 25)
    both = check_consents([c(FATHER), c(MOTHER, on=date(2026, 3, 22))], young, on)
    assert both.complete and both.all_agreed and both.consents_on == date(2026, 3, 22)
    one = check_consents([c(FATHER, A.DEAD), c(MOTHER)], young, on)
    assert one.complete and one.consents_on == date(2026, 3, 20)
    missing_mother = check_consents([c(FATHER)], young, on)
    assert not missing_mother.complete and missing_mother.consents_on is None
    assert "mẹ đẻ" in missing_mother.missing[0].message
    orphan = check_consents([c(FATHER, A.DEAD), c(MOTHER, A.UNKNOWN)], young, on)
    assert not orphan.complete and "người giám hộ" in orphan.missing[0].message
    with_guardian = check_consents(
        [c(FATHER, A.DEAD), c(MOTHER, A.MISSING), c(GUARDIAN)], young, on
    )
    assert with_guardian.all_agreed
    declined = check_consents([c(FATHER), c(MOTHER, A.DECLINED)], young, on)
    assert declined.complete and not declined.all_agreed and declined.declined == (MOTHER,)


def test_the_child_from_nine_years_old():
    born = D(2017, 3, 25)
    parents = [c(FATHER), c(MOTHER)]
    ninth = date(2026, 3, 25)
    before = check_consents(parents, child(born), ninth - timedelta(days=1))
    assert before.complete and not before.warnings
    on_birthday = check_consents(parents, child(born), ninth)
    assert not on_birthday.complete
    assert "9 tuổi" in on_birthday.missing[0].message
    assert check_consents([*parents, c(CHILD)], child(born), ninth).all_agreed
    refused = check_consents([*parents, c(CHILD, A.DECLINED)], child(born), ninth)
    assert refused.declined == (CHILD,)
    partial = check_consents(parents, child(D(2017)), date(2026, 6, 1))
    assert partial.complete and articles(partial.warnings) == ["Điều 21.1"]


def test_one_consent_as_it_is_recorded():
    kid = child(D(2026, 3, 1))
    early = ConsentFacts(MOTHER, A.AGREED, date(2026, 3, 15), counselled=True)
    assert articles(consent_findings(early, kid), Severity.BLOCK) == ["Điều 21.4"]
    in_time = ConsentFacts(MOTHER, A.AGREED, date(2026, 3, 16), counselled=True)
    assert consent_findings(in_time, kid) == []
    partial = consent_findings(in_time, child(D(2026, 3)))
    assert articles(partial, Severity.WARNING) == ["Điều 21.4"]
    not_counselled = ConsentFacts(GUARDIAN, A.AGREED, date(2026, 4, 1), counselled=False)
    assert articles(consent_findings(not_counselled, kid), Severity.BLOCK) == ["Điều 21.2"]
    guardian_dead = ConsentFacts(GUARDIAN, A.DEAD)
    assert articles(consent_findings(guardian_dead, kid), Severity.BLOCK) == ["Điều 21.1"]
    # A parent's absence needs no counselling and has no date.
    assert consent_findings(ConsentFacts(FATHER, A.MISSING), kid) == []
    assert not warnings(consent_findings(in_time, kid))


# --- steps, deadlines and the next action ------------------------------------------------------


def snap(**values) -> AdoptionSnapshot:
    return AdoptionSnapshot(proposed_on=date(2026, 1, 5), **values)


def test_the_stages_in_order():
    assert stage_of(snap()) is AdoptionStage.PROPOSED
    assert stage_of(snap(notice_start=date(2026, 1, 6))) is AdoptionStage.NOTICE
    assert stage_of(snap(adopters=True)) is AdoptionStage.ADOPTERS_FOUND
    assert stage_of(snap(file_received_on=date(2026, 2, 1))) is AdoptionStage.FILE_RECEIVED
    assert stage_of(snap(opinions_on=date(2026, 2, 5))) is AdoptionStage.OPINIONS
    assert stage_of(snap(registered_on=date(2026, 2, 9))) is AdoptionStage.REGISTERED
    assert stage_of(snap(refused_on=date(2026, 2, 9))) is AdoptionStage.REFUSED
    assert stage_of(snap(withdrawn_on=date(2026, 2, 9))) is AdoptionStage.WITHDRAWN
    assert AdoptionStage.REGISTERED.status is AdoptionStatus.REGISTERED
    assert AdoptionStage.OPINIONS.status is AdoptionStatus.OPEN
    assert AdoptionStatus.OPEN.stages == frozenset(s for s in AdoptionStage if not s.ended)


def test_next_step_and_deadline_through_the_referral():
    today = date(2026, 3, 2)
    assert next_step(snap(), today).action is AdoptionAction.START_NOTICE
    notice = snap(notice_start=date(2026, 1, 6))  # ends 07/03
    step = next_step(notice, today)
    assert step.action is AdoptionAction.AWAIT_ADOPTERS and step.due == date(2026, 3, 7)
    after = next_step(notice, date(2026, 3, 8))
    assert after.action is AdoptionAction.NOTICE_ENDED and after.state is DeadlineState.OVERDUE
    found = snap(notice_start=date(2026, 1, 6), adopters=True)
    assert next_step(found, today).action is AdoptionAction.RECEIVE_FILE
    assert next_step(found, today).due is None
    filed = snap(adopters=True, file_received_on=date(2026, 2, 20))
    step = next_step(filed, today)
    assert step.action is AdoptionAction.COLLECT_OPINIONS and step.due == date(2026, 3, 2)
    assert step.state is DeadlineState.DUE_SOON
    assert next_step(filed, date(2026, 3, 3)).state is DeadlineState.OVERDUE
    agreed = snap(adopters=True, file_received_on=date(2026, 2, 20),
                  consents_on=date(2026, 2, 25), opinions_on=date(2026, 2, 26))  # fmt: skip
    step = next_step(agreed, today)
    assert step.action is AdoptionAction.REGISTER and step.due == date(2026, 3, 17)
    declined = snap(adopters=True, file_received_on=date(2026, 2, 20),
                    consents_on=date(2026, 2, 25), declined=True, opinions_on=date(2026, 2, 26))  # fmt: skip
    step = next_step(declined, today)
    assert step.action is AdoptionAction.REFUSE and step.due == date(2026, 3, 7)
    assert next_step(snap(withdrawn_on=date(2026, 2, 1)), today) is None
    assert next_step(snap(refused_on=date(2026, 2, 1)), today) is None


def test_deadlines_met_late_or_running():
    s = snap(notice_start=date(2026, 1, 6), adopters=True, file_received_on=date(2026, 2, 20),
             consents_on=date(2026, 2, 25), opinions_on=date(2026, 3, 5),
             registered_on=date(2026, 3, 10), handover_on=date(2026, 3, 18))  # fmt: skip
    found = {d.kind: d for d in deadlines(s, date(2026, 4, 1))}
    # the notice (06/01 → 07/03) met by whoever asked to adopt: here nobody said when
    assert DeadlineKind.NOTICE not in found
    asked = {d.kind: d for d in deadlines(
        AdoptionSnapshot(proposed_on=date(2026, 1, 5), notice_start=date(2026, 1, 6),
                         adopters=True, adopters_on=date(2026, 3, 7)), date(2026, 3, 9))}  # fmt: skip
    assert asked[DeadlineKind.NOTICE].state is DeadlineState.DONE
    assert not asked[DeadlineKind.NOTICE].late  # the 60th day
    late = deadlines(AdoptionSnapshot(proposed_on=date(2026, 1, 5), notice_start=date(2026, 1, 6),
                                      adopters=True, adopters_on=date(2026, 3, 8)),
                     date(2026, 3, 9))  # fmt: skip
    assert late[0].late and late[0].done_on == date(2026, 3, 8)
    assert found[DeadlineKind.OPINIONS].late  # 05/03 > 02/03
    # Registered on 10/03 but handed over on 18/03: Điều 22.1 puts the handover in the same
    # 20 days (due 17/03), so the step is met on the handover — one day late.
    registration = found[DeadlineKind.REGISTRATION]
    assert registration.due == date(2026, 3, 17)
    assert registration.done_on == date(2026, 3, 18) and registration.late
    assert found[DeadlineKind.RESOLUTION].done_on == date(2026, 3, 18)
    # withdrawn: only what was met is listed
    gone = snap(adopters=True, file_received_on=date(2026, 2, 20), withdrawn_on=date(2026, 2, 21))
    assert deadlines(gone, date(2026, 3, 1)) == ()


def test_reports_after_registration():
    reports = tuple(ReportFacts(n, due) for n, due in
                    enumerate(report_schedule(date(2026, 1, 10)), start=1))  # fmt: skip
    s = snap(registered_on=date(2026, 1, 10), handover_on=date(2026, 1, 10), reports=reports)
    state = progress(s, date(2026, 6, 20))
    assert state.next_step.action is AdoptionAction.REPORT
    assert state.next_step.label.startswith("Nhận báo cáo") and "1/6" in state.next_step.label
    assert [r.number for r in state.reports_due] == [1]  # due 10/07, within 30 days
    assert progress(s, date(2026, 6, 1)).reports_due == ()
    late = progress(s, date(2026, 7, 11))
    assert late.overdue and late.reports_due[0].state is DeadlineState.OVERDUE
    done = snap(registered_on=date(2026, 1, 10), handover_on=date(2026, 1, 10),
                reports=tuple(ReportFacts(r.number, r.due_on, r.due_on) for r in reports))  # fmt: skip
    assert progress(done, date(2030, 1, 1)).next_step is None
