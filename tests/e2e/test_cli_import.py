"""``commune-care children import`` as a script uses it: the JSON summary, --dry-run, --errors,
--sheet, importing twice, and malformed files refused with a Vietnamese message (exit 2) and the
database untouched."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.services.commune import CommuneService
from tests import import_samples as samples
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.e2e.test_cli import Result, assert_user_error

SUMMARY_KEYS = {"rows_read", "imported", "duplicates", "rejected", "skipped", "dry_run", "sheet"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Result]:
    env = {k: v for k, v in os.environ.items() if k not in ("COMMUNE_CARE_DB", "PYTHONUTF8")}
    env.pop("PYTHONIOENCODING", None)
    env["COMMUNE_CARE_DATA_DIR"] = str(tmp_path_factory.mktemp("cli-import-userdata"))

    def run(*args: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "commune_care", *args], capture_output=True, env=env, timeout=120
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


@pytest.fixture
def commune_db(tmp_path: Path) -> Path:
    path = tmp_path / "xa.sqlite3"
    db = Database(path)
    migrate(db)
    CommuneService(db, user="test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    db.dispose()
    return path


def count(path: Path, table: str = "children") -> int:
    with sqlite3.connect(path) as conn:
        value = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    conn.close()
    return value


def test_import_prints_a_summary_and_a_second_run_adds_nobody(
    run: Callable[..., Result], commune_db: Path, tmp_path: Path
) -> None:
    path = samples.official_list(tmp_path / "danh sách.xlsx")
    result = run("children", "import", str(path), "--db", str(commune_db), "--json")
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert set(summary) >= SUMMARY_KEYS
    assert (summary["rows_read"], summary["imported"], summary["duplicates"],
            summary["rejected"], summary["skipped"]) == (10, 4, 1, 3, 2)  # fmt: skip
    assert summary["sheet"] == "Danh sách" and summary["header_rows"] == [6, 7]
    assert summary["mapping"]["B"] == {"header": "Họ và tên", "field": "full_name",
                                       "label": "Họ và tên"}  # fmt: skip
    assert (summary["first_code"], summary["last_code"]) == ("TE000001", "TE000004")
    assert summary["unknown_villages"] == [{"name": "Xóm Bắc", "rows": 1}]
    assert {p["row"] for p in summary["problems"]} == {14, 15, 16, 17}
    assert count(commune_db) == 4
    found = run("children", "search", "nguyen van an", "--db", str(commune_db), "--json")
    assert [c["full_name"] for c in found.json()] == ["Nguyễn Văn An"]
    again = run("children", "import", str(path), "--db", str(commune_db), "--json").json()
    assert (again["imported"], again["duplicates"]) == (0, 5)
    assert again["mapping_source"] == "saved"
    assert count(commune_db) == 4


def test_dry_run_writes_nothing_and_errors_go_to_a_workbook(
    run: Callable[..., Result], commune_db: Path, tmp_path: Path
) -> None:
    path = samples.official_list(tmp_path / "ds.xlsx")
    errors = tmp_path / "dong-loi.xlsx"
    before = count(commune_db, "audit_log")
    result = run("children", "import", str(path), "--db", str(commune_db), "--dry-run",
                 "--errors", str(errors))  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary: dict[str, Any] = json.loads(result.stdout)
    assert summary["dry_run"] is True and summary["imported"] == 4
    assert summary["first_code"] is None and summary["errors_file"] == str(errors)
    assert count(commune_db) == 0 and count(commune_db, "audit_log") == before
    ws = load_workbook(errors).active
    header = [c.value for c in ws[1]]
    assert header[-2:] == ["Lý do", "Dòng gốc"]
    assert ws.max_row == 5


def test_a_sheet_by_name(run: Callable[..., Result], commune_db: Path, tmp_path: Path) -> None:
    path = samples.official_list(tmp_path / "ds.xlsx")
    hidden = run("children", "import", str(path), "--db", str(commune_db), "--sheet",
                 "Dữ liệu cũ", "--dry-run")  # fmt: skip
    assert hidden.returncode == 0, hidden.stderr
    assert hidden.json()["rows_read"] == 1
    assert_user_error(
        run("children", "import", str(path), "--db", str(commune_db), "--sheet", "Không có"),
        "không có trang tính «Không có»",
        "«Danh sách»",
    )


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: samples.not_xlsx(d / "a.xlsx"), "không phải là tệp Excel"),
        (lambda d: samples.truncated(d / "b.xlsx", samples.official_list(d / "s.xlsx")), "bị hỏng"),
        (lambda d: samples.encrypted(d / "c.xlsx"), "mật khẩu"),
        (lambda d: samples.empty_sheet(d / "d.xlsx"), "không có dữ liệu"),
        (lambda d: samples.huge_sheet(d / "e.xlsx", rows=60_000), "hơn 20.000 dòng"),
        (lambda d: d / "khong-co.xlsx", "Không tìm thấy tệp"),
    ],
)  # fmt: skip
def test_files_that_cannot_be_imported(
    run: Callable[..., Result], commune_db: Path, tmp_path: Path, make: Any, words: str
) -> None:
    path = make(tmp_path)
    before = (count(commune_db), count(commune_db, "audit_log"))
    assert_user_error(run("children", "import", str(path), "--db", str(commune_db)), words)
    assert (count(commune_db), count(commune_db, "audit_log")) == before


def test_errors_into_a_folder_that_does_not_exist(
    run: Callable[..., Result], commune_db: Path, tmp_path: Path
) -> None:
    path = samples.plain_list(tmp_path / "ds.xlsx")
    result = run("children", "import", str(path), "--db", str(commune_db), "--dry-run",
                 "--errors", str(tmp_path / "khong" / "loi.xlsx"))  # fmt: skip
    assert_user_error(result, "Không ghi được tệp «loi.xlsx»")


def test_dry_run_never_creates_the_database(run: Callable[..., Result], tmp_path: Path) -> None:
    path = samples.plain_list(tmp_path / "ds.xlsx")
    missing = tmp_path / "moi.sqlite3"
    assert_user_error(
        run("children", "import", str(path), "--db", str(missing), "--dry-run"),
        "Không tìm thấy tệp dữ liệu",
    )
    assert not missing.exists()
