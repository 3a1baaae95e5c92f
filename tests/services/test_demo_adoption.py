"""Demo adoption referrals: one at each stage the officer meets, written through the service's
own rules, the same for the same seed and day, and cheap."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.adoption import AdoptionAction, AdoptionStage, Severity
from commune_care.domain.cases import DeadlineState
from commune_care.domain.schemas.adoption import AdoptionFilter
from commune_care.services.adoption import AdoptionService
from commune_care.services.demo import DemoSummary, generate_demo
from commune_care.services.demo_adoption import SCENARIOS

N = 1_500
TODAY = date(2026, 11, 2)
ADOPTION_TABLES = ("adoptions", "adopters", "adoption_consents", "adoption_reports")


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
    db = new_db(tmp_path_factory.mktemp("demo-adoption") / "demo.sqlite3")
    summary = generate_demo(db, N, seed=1, today=TODAY, user="test")
    yield db, summary
    db.dispose()


def service(db: Database) -> AdoptionService:
    return AdoptionService(db, user="test")


def test_one_referral_at_each_stage(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.adoptions == len(SCENARIOS) == 7
    found = service(db).list(AdoptionFilter(status=None), today=TODAY)
    stages = sorted(r.stage for r in found)
    assert stages == sorted(
        [
            AdoptionStage.REGISTERED,
            AdoptionStage.WITHDRAWN,
            AdoptionStage.REFUSED,
            AdoptionStage.FILE_RECEIVED,
            AdoptionStage.OPINIONS,
            AdoptionStage.NOTICE,
            AdoptionStage.PROPOSED,
        ]
    )
    # Codes follow the calendar.
    by_date = sorted(found, key=lambda r: r.proposed_on)
    assert [r.code for r in by_date] == sorted(r.code for r in found)
    assert len({r.child_id for r in found}) == 7


def test_the_registered_one_has_reports_one_received_one_overdue(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    svc = service(db)
    (row,) = svc.list(AdoptionFilter(status=None), today=TODAY)[:1]
    assert row.stage is AdoptionStage.REGISTERED and row.overdue
    a = svc.get(row.id, today=TODAY)
    assert a.registration is not None and a.registration.certificate_no
    assert len(a.adopters) == 2 and a.kind is not None
    assert a.reports[0].received_on is not None and a.reports[0].summary
    assert a.reports[1].received_on is None and a.reports[1].state is DeadlineState.OVERDUE
    assert a.next_step is not None and a.next_step.action is AdoptionAction.REPORT
    assert all(d.state is DeadlineState.DONE for d in a.deadlines)
    history = [h.action for h in svc.history(a.id)]
    assert history[-1] == "Đề xuất tìm gia đình nhận con nuôi"
    assert "Đăng ký nuôi con nuôi" in history


def test_due_items_of_the_demo(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    items = service(db).due_items(TODAY)
    states = sorted((i.state, i.label.split(" ")[0]) for i in items)
    assert (DeadlineState.OVERDUE, "Nhận") in states  # the second report
    assert (DeadlineState.OVERDUE, "Kiểm") in states  # the opinions of the file 16 days ago
    assert (DeadlineState.DUE_SOON, "Đăng") in states  # the consents 18 days ago
    assert (DeadlineState.ON_TIME, "Tiếp") in states  # the notice, 40 days to go
    notice = next(i for i in items if i.label.startswith("Tiếp"))
    assert notice.due == TODAY - timedelta(days=20) + timedelta(days=60)


def test_nothing_blocks_what_the_demo_wrote(demo: tuple[Database, DemoSummary]) -> None:
    """The open referrals carry no broken rule except what is still to be done (a consent or
    a condition waiting) — the demo wrote only what the service accepts."""
    db, _ = demo
    svc = service(db)
    for row in svc.list(AdoptionFilter(status=None), today=TODAY):
        a = svc.get(row.id, today=TODAY)
        for f in a.findings:
            if f.severity is Severity.BLOCK:
                assert a.stage is AdoptionStage.FILE_RECEIVED, f.message  # consents to come
        if a.stage is AdoptionStage.OPINIONS:
            family = a.adopters[0].relation
            assert family.family and a.notice is None  # an aunt: no notice, no 20 years


def test_the_same_seed_and_day_give_the_same_referrals(tmp_path: Path) -> None:
    a, b = new_db(tmp_path / "a.sqlite3"), new_db(tmp_path / "b.sqlite3")
    for db in (a, b):
        generate_demo(db, 800, seed=4, today=TODAY, user="test")
    for table in ADOPTION_TABLES:
        assert rows(a, f"SELECT * FROM {table} ORDER BY id") == rows(
            b, f"SELECT * FROM {table} ORDER BY id"
        )
    assert rows(a, "SELECT count(*) FROM adoptions")[0][0] > 0
    a.dispose()
    b.dispose()


def test_a_tiny_commune_gets_what_its_children_allow(tmp_path: Path) -> None:
    db = new_db(tmp_path / "tiny.sqlite3")
    summary = generate_demo(db, 30, seed=2, today=TODAY, user="test")
    assert summary.adoptions == rows(db, "SELECT count(*) FROM adoptions")[0][0] <= 7
    db.dispose()
