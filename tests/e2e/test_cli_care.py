"""``commune-care care list`` and the orphan keys of ``commune-care indicators`` as a script uses
them, on a demo commune (issue #4, item 8): JSON keys, filters, the usual refusals, no child's
view or note in the output."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commune_care.domain.care import CareForm
from tests.e2e.test_cli_cases import Result, assert_user_error, keys_of
from tests.e2e.test_cli_cases import run as run  # the fixture

CHILDREN = "3000"
PLACEMENT_KEYS = {"code", "child_code", "form", "carer", "start", "end", "current"}
ORPHAN_KEYS = {
    "orphans", "orphans_in_alternative_care", "orphans_in_alternative_care_pct",
    "orphans_both_parents", "orphans_both_parents_in_alternative_care",
    "orphans_both_parents_in_alternative_care_pct", "orphans_one_parent",
    "orphans_one_parent_in_alternative_care", "orphans_one_parent_in_alternative_care_pct",
}  # fmt: skip


@pytest.fixture(scope="module")
def care_db(run: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-care") / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--children", CHILDREN, "--seed", "1")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["placements"] > 5 and summary["carers"] > 5 and summary["follow_ups"] > 20
    return path


def private_texts(path: Path) -> set[str]:
    """The child's views, reasons and notes the demo wrote: never printed by ``care list``."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT child_view, non_relative_reason, note, end_note FROM placements"
        ).fetchall()
    conn.close()
    return {v for row in rows for v in row if isinstance(v, str) and v.strip()}


def test_care_list(run: Any, care_db: Path) -> None:
    result: Result = run("care", "list", "--db", str(care_db), "--json")
    assert result.returncode == 0, result.stderr
    rows = result.json()
    assert rows and all(set(r) >= PLACEMENT_KEYS for r in rows)
    for r in rows:
        assert r["code"].startswith("CSTT") and r["child_code"].startswith("TE")
        assert r["form_code"] in {f.value for f in CareForm} and r["carer"]
        start = date.fromisoformat(r["start"])
        assert r["current"] is (r["end"] is None)
        if r["end"] is not None:
            assert date.fromisoformat(r["end"]) >= start and r["end_reason"]
            assert r["next_due"] is None
        assert isinstance(r["overdue"], bool)
    # Newest start first; current and ended ones; a facility; histories.
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts, reverse=True)
    assert {r["form_code"] for r in rows} >= {"nguoi_than_thich", "co_so_tro_giup_xa_hoi"}
    assert any(r["end_reason_code"] == "d69_dd" for r in rows)  # back with the parent
    assert any(r["end_reason_code"] == "chuyen_hinh_thuc" for r in rows)  # change of form
    assert any(r["overdue"] for r in rows)

    current = run("care", "list", "--current", "--db", str(care_db)).json()
    ended = run("care", "list", "--ended", "--db", str(care_db)).json()
    assert current and ended
    assert all(r["current"] for r in current) and not any(r["current"] for r in ended)
    assert sorted(r["code"] for r in current + ended) == sorted(r["code"] for r in rows)
    # One current placement per child.
    children = [r["child_code"] for r in current]
    assert len(children) == len(set(children))
    assert run("care", "list", "--limit", "2", "--db", str(care_db)).json() == rows[:2]


def test_nothing_private_is_printed(run: Any, care_db: Path) -> None:
    hidden = private_texts(care_db)
    assert hidden
    result = run("care", "list", "--db", str(care_db), "--json")
    assert [t for t in hidden if t in result.stdout] == []
    assert not keys_of(result.json()) & {"child_view", "note", "non_relative_reason"}


def test_indicators_have_the_orphans(run: Any, care_db: Path) -> None:
    figures = run("indicators", "--db", str(care_db), "--json").json()
    assert set(figures) >= ORPHAN_KEYS
    assert figures["orphans"] == figures["orphans_both_parents"] + figures["orphans_one_parent"]
    assert figures["orphans_in_alternative_care"] == (
        figures["orphans_both_parents_in_alternative_care"]
        + figures["orphans_one_parent_in_alternative_care"]
    )
    assert 0 < figures["orphans_in_alternative_care"] < figures["orphans"]
    assert 0 < figures["orphans_in_alternative_care_pct"] < 100
    assert figures["orphans_on"] == date.today().isoformat()
    past = run("indicators", "--db", str(care_db), "--year", "2001").json()
    assert past["orphans"] == 0 and past["orphans_in_alternative_care_pct"] is None


def test_refusals(run: Any, care_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.sqlite3"
    assert_user_error(run("care", "list", "--db", str(missing)), "Không tìm thấy tệp dữ liệu")
    assert list(tmp_path.iterdir()) == []
    assert_user_error(
        run("care", "list", "--current", "--ended", "--db", str(care_db)), "--ended", "--current"
    )
    assert_user_error(run("care"), "Thiếu tham số", "LỆNH")
    assert_user_error(run("care", "list", "--limit", "-1", "--db", str(care_db)), "--limit")
