"""The demo's cases, providers, services and referrals (issue #3): deterministic, at every stage,
written exactly as the services write them, valid, and a plausible QĐ 1591 indicator."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from commune_care.db.migrate import migrate
from commune_care.db.models import CaseRecord
from commune_care.db.session import Database
from commune_care.domain.cases import CaseStage, CycleStart, NextAction
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseFilter,
    ClosureIn,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    MeetingIn,
    PlanTaskIn,
    ReviewIn,
)
from commune_care.domain.schemas.support import ProviderIn, ReferralIn, ServiceIn
from commune_care.domain.support import Programme, ReferralStatus
from commune_care.services.cases import CasesService
from commune_care.services.demo import DemoSummary, generate_demo
from commune_care.services.demo_cases import SCENARIOS, case_count
from commune_care.services.indicators import IndicatorsService
from commune_care.services.support import SupportService

N = 3_000
TABLES = (
    "providers",
    "cases",
    "case_cycles",
    "case_plan_tasks",
    "case_log_entries",
    "child_services",
    "referrals",
)


def new_db(path: Path) -> Database:
    db = Database(path)
    migrate(db)
    return db


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        result = conn.execute(sql).fetchall()
    conn.close()
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = new_db(tmp_path_factory.mktemp("demo-cases") / "demo.sqlite3")
    summary = generate_demo(db, N, seed=1, user="test")
    yield db, summary
    db.dispose()


# --- how many ---------------------------------------------------------------------------------


def test_the_number_of_cases_scales_with_the_commune() -> None:
    assert case_count(0) == 0
    assert case_count(10) == 0
    assert case_count(500) == len(SCENARIOS)  # every stage once
    assert case_count(N) == 2 * len(SCENARIOS)
    assert case_count(100_000) == 300


def test_no_children_no_cases(tmp_path: Path) -> None:
    db = new_db(tmp_path / "empty.sqlite3")
    summary = generate_demo(db, 0, seed=1)
    assert (summary.cases, summary.services, summary.referrals, summary.providers) == (0, 0, 0, 0)
    assert all(rows(db, f"SELECT count(*) FROM {t}")[0][0] == 0 for t in TABLES)
    db.dispose()


def test_the_summary_counts_what_is_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    count = {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert summary.cases == count["cases"] == case_count(N)
    assert summary.services == count["child_services"] > 0
    assert summary.referrals == count["referrals"] > 0
    assert summary.providers == count["providers"] >= 10


# --- determinism ------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_cases_services_and_referrals(tmp_path: Path) -> None:
    a, b, c = (new_db(tmp_path / f"{n}.sqlite3") for n in "abc")
    day = date(2026, 3, 1)
    for db in (a, b):
        generate_demo(db, 1_200, seed=5, today=day, user="test")
    generate_demo(c, 1_200, seed=6, today=day, user="test")
    for table in TABLES:
        every = f"SELECT * FROM {table} ORDER BY id"
        assert rows(a, every) == rows(b, every), table
        assert rows(a, every), table
    stages = "SELECT code, stage, next_due_at, child_id FROM cases ORDER BY id"
    assert rows(a, stages) != rows(c, stages)
    for db in (a, b, c):
        db.dispose()


def test_a_second_run_appends_cases_and_reuses_the_providers(tmp_path: Path) -> None:
    db = new_db(tmp_path / "twice.sqlite3")
    first = generate_demo(db, 1_000, seed=4)
    second = generate_demo(db, 1_000, seed=4)
    assert first.providers >= 10 and second.providers == 0
    assert first.cases == second.cases == case_count(1_000)
    codes = [r[0] for r in rows(db, "SELECT code FROM cases")]
    assert len(codes) == len(set(codes)) == first.cases + second.cases
    # The second run's cases are about the second run's children.
    later = rows(db, "SELECT child_id FROM cases ORDER BY id")[first.cases :]
    assert all(child_id is None or child_id > 1_000 for (child_id,) in later)
    db.dispose()


# --- every stage, written as the service writes -----------------------------------------------


def test_every_stage_is_present(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    cases = CasesService(db).list(CaseFilter(closed=None))
    assert len(cases) == case_count(N)
    assert {c.stage for c in cases} == set(CaseStage)
    assert any(c.overdue for c in cases) and any(not c.overdue and c.next_due for c in cases)
    starts = {r[0] for r in rows(db, "SELECT start_kind FROM case_cycles")}
    assert starts == {s.value for s in CycleStart}  # intake, new cycle after review, reopening
    separations = rows(db, "SELECT count(*) FROM case_cycles WHERE separation_start IS NOT NULL")
    assert separations[0][0] >= 1
    # Children unknown at intake: some linked later, and the list knows them by their code.
    later = rows(db, "SELECT child_id FROM cases WHERE child_age_estimate IS NOT NULL")
    assert later and any(child_id is not None for (child_id,) in later)
    actions = {c.next_action for c in cases if c.next_action}
    assert {NextAction.INITIAL_ASSESSMENT, NextAction.IMPLEMENT} <= actions


def test_every_case_holds_what_the_service_computes(demo: tuple[Database, DemoSummary]) -> None:
    """Stage, level, cycle, next action and due time are what ``CasesService`` would store, and
    the case read back through the service agrees with them."""
    db, _ = demo
    service = CasesService(db)
    with db.session() as s:
        records = list(s.scalars(select(CaseRecord).order_by(CaseRecord.id)))
        stored = {
            r.id: (r.stage, r.level, r.cycle, r.next_action, r.next_due_at, r.closed_on)
            for r in records
        }
        for record in records:
            service._refresh(s, record)
            again = (record.stage, record.level, record.cycle, record.next_action,
                     record.next_due_at, record.closed_on)  # fmt: skip
            assert again == stored[record.id], record.code
        s.rollback()
    now = datetime.now()
    for case_id, (stage, level, cycle, action, due, closed_on) in stored.items():
        out = service.get(case_id, now=now)
        assert out.stage.value == stage and out.cycle == cycle == len(out.cycles)
        assert (out.level.value if out.level else "") == level
        assert out.closed_on == closed_on
        step = out.next_step
        assert (step.action.value if step else "") == action
        dues = [x.due for x in (step, *out.also_due) if x is not None and x.due is not None]
        assert (min(dues) if dues else None) == due
        assert not out.confidential_included and out.intake.child_condition == ""


def test_every_step_is_valid_input(demo: tuple[Database, DemoSummary]) -> None:
    """Each recorded step passes its DTO's validators again (read with the confidential text)."""
    db, _ = demo
    service = CasesService(db)
    steps = Counter[str]()
    for (case_id,) in rows(db, "SELECT id FROM cases"):
        out = service.get(case_id, include_confidential=True)
        IntakeIn.model_validate(out.intake.model_dump())
        assert out.intake.child_condition and out.intake.abuse_kinds
        for cycle in out.cycles:
            for name, model in (
                ("initial", InitialAssessmentIn),
                ("emergency", EmergencyIn),
                ("detailed", DetailedAssessmentIn),
                ("meeting", MeetingIn),
                ("approval", ApprovalIn),
                ("review", ReviewIn),
                ("closure", ClosureIn),
            ):
                step = getattr(cycle, name)
                if step is not None:
                    model.model_validate(step.model_dump())
                    steps[name] += 1
            if cycle.plan is not None:
                for task in cycle.plan.tasks:
                    PlanTaskIn.model_validate(task.model_dump(exclude={"status_on"}))
                steps["plan"] += 1
    assert set(steps) == {
        "initial", "emergency", "detailed", "meeting", "plan", "approval", "review", "closure",
    }  # fmt: skip


def test_services_referrals_and_providers_are_valid(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    support = SupportService(db)
    providers = support.providers()
    for p in providers:
        ProviderIn.model_validate(p.model_dump(include=set(ProviderIn.model_fields)))
    names = " | ".join(p.name for p in providers)
    assert "Trạm Y tế xã" in names and "Công an xã" in names and "Hội Liên hiệp Phụ nữ" in names
    assert len({p.kind for p in providers}) >= 5

    children = [r[0] for r in rows(db, "SELECT DISTINCT child_id FROM child_services")]
    programmes: Counter[Programme] = Counter()
    for child_id in children:
        for sv in support.services_for_child(child_id):
            ServiceIn.model_validate(sv.model_dump(include=set(ServiceIn.model_fields)))
            assert sv.programme is not None
            programmes[sv.programme] += 1
            if sv.case_id is not None:  # the case's child, the task of its plan
                assert sv.plan_task_id is not None
                assert CasesService(db).get(sv.case_id).child_id == child_id
    assert {Programme.CASE, Programme.MENTAL_HEALTH} <= set(programmes)

    statuses: Counter[ReferralStatus] = Counter()
    for (child_id,) in rows(db, "SELECT DISTINCT child_id FROM referrals"):
        for ref in support.referrals_for_child(child_id):
            ReferralIn.model_validate(ref.model_dump(include=set(ReferralIn.model_fields)))
            statuses[ref.status] += 1
    assert set(statuses) == set(ReferralStatus)


def test_the_mental_health_indicator_is_plausible(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    figures = IndicatorsService(db).for_year(date.today().year)
    assert figures["mental_health_children"] > 20
    assert 0 < figures["mental_health_reached"] < figures["mental_health_children"]
    assert 70 <= figures["mental_health_reached_pct"] < 100
