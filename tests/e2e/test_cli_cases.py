"""``commune-care cases list|todo`` and ``commune-care indicators`` as a script uses them: JSON
keys, no confidential text anywhere in the output, the usual refusals (issue #3, item 8)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commune_care.domain.cases import CaseStage

CHILDREN = "500"  # ten cases: one at each stage of the demo
CASE_KEYS = {
    "code", "child_code", "opened_at", "level", "level_code", "stage", "stage_code",
    "next_deadline", "next_action", "overdue",
}  # fmt: skip
TODO_KEYS = {"case_code", "child_name", "action", "action_code", "due", "state", "overdue"}
INDICATOR_KEYS = {"mental_health_children", "mental_health_reached", "mental_health_reached_pct"}
# Every confidential column of a case (Nghị định 56 Điều 24).
CONFIDENTIAL = {
    "cases": (
        "incident_place", "child_condition", "family_situation", "actions_taken", "abuse_kinds",
        "informant_name", "informant_phone", "informant_relationship", "informant_address",
    ),
    "case_cycles": (
        "initial_notes", "emergency_action", "safe_place", "detail_condition", "detail_family",
        "detail_risk_factors", "detail_learning", "detail_community", "detail_needs",
        "detail_child_views", "detail_parent_views", "meeting_conclusions", "review_notes",
    ),
}  # fmt: skip
FORBIDDEN_KEYS = {
    "informant", "informant_name", "abuse_kinds", "child_condition", "incident_place",
    "family_situation", "actions_taken", "notes", "measures", "safe_place", "conclusions",
}  # fmt: skip


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    env = {k: v for k, v in os.environ.items() if k not in ("COMMUNE_CARE_DB", "PYTHONUTF8")}
    env.pop("PYTHONIOENCODING", None)
    env["COMMUNE_CARE_DATA_DIR"] = str(tmp_path_factory.mktemp("cli-cases-userdata"))

    def run(*args: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "commune_care", *args], capture_output=True, env=env,
            timeout=120,
        )  # fmt: skip
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


@pytest.fixture(scope="module")
def demo_db(run: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-cases") / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--children", CHILDREN, "--seed", "1")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["cases"] == 10 and summary["services"] > 0 and summary["referrals"] > 0
    return path


def secrets(path: Path) -> set[str]:
    """Every confidential value the demo wrote (the codes of the abuse kinds too)."""
    found: set[str] = set()
    with sqlite3.connect(path) as conn:
        for table, columns in CONFIDENTIAL.items():
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for column, value in zip(columns, row, strict=True):
                    if not isinstance(value, str) or not value.strip():
                        continue
                    if column == "abuse_kinds":  # codes: as a JSON value, not inside another
                        found.update(f'"{code}"' for code in value.split(","))
                    else:
                        found.add(value)
    conn.close()
    return found


def assert_user_error(result: Result, *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("Lỗi: ") and "Traceback" not in result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr


def keys_of(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_of(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_of(v)}
    return set()


def test_cases_list(run: Any, demo_db: Path) -> None:
    result = run("cases", "list", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    cases = result.json()
    assert len(cases) == 10
    assert all(set(c) >= CASE_KEYS for c in cases)
    assert {c["stage_code"] for c in cases} == {s.value for s in CaseStage}
    assert any(c["overdue"] for c in cases) and not all(c["overdue"] for c in cases)
    for c in cases:
        assert c["code"].startswith("HS") and date.fromisoformat(c["opened_at"][:10])
        assert c["child_code"] is None or c["child_code"].startswith("TE")
        assert isinstance(c["overdue"], bool)
        if c["next_deadline"] is not None:
            assert c["next_deadline"][:4].isdigit() and "T" in c["next_deadline"]
        if c["stage_code"] == "da_dong":
            assert c["next_deadline"] is None and c["closed_on"] is not None
    # Soonest deadline first; cases with nothing due last.
    dues = [c["next_deadline"] for c in cases]
    assert dues == sorted(dues, key=lambda d: (d is None, d or ""))

    opened = run("cases", "list", "--open", "--db", str(demo_db)).json()
    closed = run("cases", "list", "--closed", "--db", str(demo_db)).json()
    assert sorted(c["code"] for c in opened + closed) == sorted(c["code"] for c in cases)
    assert all(c["closed_on"] is None for c in opened) and closed
    overdue = run("cases", "list", "--overdue", "--db", str(demo_db)).json()
    assert overdue and all(c["overdue"] for c in overdue)
    assert {c["code"] for c in overdue} == {c["code"] for c in cases if c["overdue"]}
    limited = run("cases", "list", "--limit", "3", "--db", str(demo_db)).json()
    assert limited == cases[:3]


def test_cases_todo(run: Any, demo_db: Path) -> None:
    result = run("cases", "todo", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    items = result.json()
    assert items and all(set(i) >= TODO_KEYS for i in items)
    open_codes = {c["code"] for c in run("cases", "list", "--open", "--db", str(demo_db)).json()}
    assert {i["case_code"] for i in items} == open_codes
    dues = [i["due"] for i in items]
    assert dues == sorted(dues, key=lambda d: (d is None, d or ""))


def test_indicators(run: Any, demo_db: Path) -> None:
    year = str(date.today().year)
    result = run("indicators", "--db", str(demo_db), "--year", year, "--json")
    assert result.returncode == 0, result.stderr
    figures = result.json()
    assert isinstance(figures, dict) and set(figures) >= INDICATOR_KEYS
    assert figures["year"] == int(year)
    assert all(not isinstance(v, dict) for v in figures.values())  # one flat object
    assert 0 < figures["mental_health_reached"] < figures["mental_health_children"]
    assert 0 < figures["mental_health_reached_pct"] < 100
    assert run("indicators", "--db", str(demo_db)).json() == figures  # this year by default
    past = run("indicators", "--db", str(demo_db), "--year", "2001").json()
    assert past["mental_health_children"] == 0 and past["mental_health_reached_pct"] is None


def test_no_confidential_text_is_ever_printed(run: Any, demo_db: Path) -> None:
    hidden = secrets(demo_db)
    assert len(hidden) > 20
    for args in (
        ("cases", "list"),
        ("cases", "list", "--open"),
        ("cases", "list", "--closed"),
        ("cases", "todo"),
        ("indicators",),
    ):
        result = run(*args, "--db", str(demo_db), "--json")
        assert result.returncode == 0, result.stderr
        leaked = [text for text in hidden if text in result.stdout]
        assert leaked == [], (args, leaked)
        assert not keys_of(result.json()) & FORBIDDEN_KEYS


def test_reading_a_missing_file_does_not_create_it(run: Any, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.sqlite3"
    for args in (("cases", "list"), ("cases", "todo"), ("indicators", "--year", "2026")):
        assert_user_error(run(*args, "--db", str(missing), "--json"), "Không tìm thấy tệp dữ liệu")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("year", ["abc", "99999", "0", "20.5"])
def test_a_bad_year_is_refused(run: Any, demo_db: Path, year: str) -> None:
    assert_user_error(
        run("indicators", "--db", str(demo_db), "--year", year), f"Năm «{year}» không hợp lệ"
    )


def test_bad_case_arguments(run: Any, demo_db: Path) -> None:
    assert_user_error(run("cases"), "Thiếu tham số bắt buộc")
    assert_user_error(
        run("cases", "list", "--open", "--closed", "--db", str(demo_db)), "--closed", "--open"
    )
    assert_user_error(run("cases", "list", "--limit", "-1", "--db", str(demo_db)), "số nguyên")


def test_indicators_cover_every_tile_and_activities_list(run: Any, demo_db: Path) -> None:
    """Issue #9: the home page's tiles are in ``indicators``; ``activities list`` by year."""
    year = date.today().year
    figures = run("indicators", "--db", str(demo_db), "--json").json()
    for key in ("mental_health_reached_target_pct", "mental_health_reached_meets_target",
                "orphans_in_alternative_care_target_pct", "cases_open", "cases_overdue",
                "activities", "children_sponsored", "children_assisted",
                "children_under_management", "children_group_hcdb_a",
                "q1_mental_health_reached_pct", "q4_activities"):  # fmt: skip
        assert key in figures, key
    assert figures["mental_health_reached_target_pct"] == 80
    assert figures["cases_overdue"] <= figures["cases_open"]
    listed = run("activities", "list", "--db", str(demo_db), "--year", str(year), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = listed.json()
    assert len(rows) == figures["activities"] > 0
    assert all(r["held_on"].startswith(str(year)) for r in rows)
    assert {r["kind"] for r in rows} <= {"truyen_thong", "tap_huan", "ky_nang_song",
                                         "tham_hoi", "ho_tro_khac"}  # fmt: skip
    assert [r["held_on"] for r in rows] == sorted((r["held_on"] for r in rows), reverse=True)
    bad = run("activities", "list", "--db", str(demo_db), "--year", "20x6", "--json")
    assert bad.returncode == 2 and bad.stderr.strip()
