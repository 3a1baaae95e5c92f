"""The command line as a script uses it: ``python -m commune_care …`` in a child process.

Output is read as bytes and decoded as UTF-8 here, so a wrong encoding fails the test instead of
being papered over by the test's own locale.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from commune_care import __version__, cli
from commune_care.domain.textfold import fold

SEED = "1"
CHILDREN = "500"
SUMMARY_KEYS = {"code", "full_name", "sex", "date_of_birth", "village", "groups"}


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of every run: its own data folder (logs, backups), no default database,
    and nothing that would make Python write UTF-8 by itself."""
    base = {k: v for k, v in os.environ.items() if k not in ("COMMUNE_CARE_DB", "PYTHONUTF8")}
    base.pop("PYTHONIOENCODING", None)
    base["COMMUNE_CARE_DATA_DIR"] = str(tmp_path_factory.mktemp("cli-userdata"))
    return base


@pytest.fixture(scope="module")
def run(env: dict[str, str]) -> Any:
    def run(*args: str, extra_env: Mapping[str, str] | None = None) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "commune_care", *args],
            capture_output=True,
            env={**env, **(extra_env or {})},
            timeout=120,
        )
        # Strict decoding: anything but UTF-8 fails here.
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


@pytest.fixture(scope="module")
def demo_db(run: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--children", CHILDREN, "--seed", SEED)
    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert summary["children"] == int(CHILDREN)
    assert (summary["first_code"], summary["last_code"]) == ("TE000001", f"TE{CHILDREN:0>6}")
    return path


def assert_user_error(result: Result, *words: str) -> None:
    """Exit 2, a Vietnamese message on stderr, no traceback, nothing on stdout."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("Lỗi: ")
    assert "Traceback" not in result.stderr and 'File "' not in result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a database file (SQLite's backup API)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def count_children(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        value = conn.execute("SELECT count(*) FROM children").fetchone()[0]
    conn.close()
    return int(value)


# --- the contract ---------------------------------------------------------------------------


def test_version_and_help(run: Any) -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"commune-care {__version__}"
    helped = run("--help")
    assert helped.returncode == 0 and "demo" in helped.stdout and "children" in helped.stdout
    for text in (helped.stdout, run("children", "search", "--help").stdout):
        assert text.startswith("Cách dùng: commune-care") and "tùy chọn:" in text
        assert "usage:" not in text and "show this help" not in text


def test_bad_arguments(run: Any) -> None:
    assert_user_error(run("children"), "Thiếu tham số bắt buộc")
    assert_user_error(run("children", "list"), "«list» không hợp lệ")
    assert_user_error(run("demo", "--children", "-5", "--db", "x.sqlite3"), "số nguyên không âm")
    assert_user_error(run("demo", "--children", "nhiều", "--db", "x.sqlite3"), "«nhiều»")


def test_demo_is_deterministic_across_runs(run: Any, demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    assert run("demo", "--db", str(again), "--children", CHILDREN, "--seed", SEED).returncode == 0
    query = "SELECT code, full_name, sex, village_id FROM children ORDER BY id"
    with sqlite3.connect(demo_db) as a, sqlite3.connect(again) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
    a.close()
    b.close()


def test_demo_with_no_children_sets_up_the_commune(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    result = run("demo", "--db", str(path), "--children", "0")
    assert result.returncode == 0, result.stderr
    assert result.json()["children"] == 0 and result.json()["villages"] >= 8
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM commune_profile").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM children").fetchone()[0] == 0
    conn.close()


def test_search_ignores_case_and_diacritics(run: Any, demo_db: Path) -> None:
    results = [
        run("children", "search", query, "--db", str(demo_db), "--limit", "200", "--json").json()
        for query in ("nguyen van duc", "NGUYỄN VĂN ĐỨC", "Nguyễn Văn Đức")
    ]
    assert results[0] == results[1] == results[2]
    assert all(set(item) >= SUMMARY_KEYS for item in results[0])

    def matches(item: dict[str, Any]) -> bool:  # the child or a parent answers every word
        words = fold(" ".join((item["full_name"], item["father_name"], item["mother_name"])))
        return all(any(w.startswith(q) for w in words.split()) for q in ("nguyen", "van", "duc"))

    assert any(matches(item) for item in results[0])


def test_search_without_diacritics_finds_them(run: Any, demo_db: Path) -> None:
    found = run("children", "search", "duc", "--db", str(demo_db), "--json", "--limit", "500")
    assert found.returncode == 0
    items = found.json()
    assert any("Đức" in item["full_name"].split() for item in items)
    item = items[0]
    assert item["code"].startswith("TE") and item["sex"] in ("Nam", "Nữ")
    assert item["date_of_birth"][:2] in ("20", "19") and item["village"]
    assert all(set(g) == {"code", "label"} for i in items for g in i["groups"])
    # --limit is honoured; --db before the sub-command works the same.
    limited = run("--db", str(demo_db), "children", "search", "duc", "--limit", "3", "--json")
    assert limited.json() == items[:3]


def test_show_by_code_keeps_confidential_notes_back(run: Any, demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        code, secret = conn.execute(
            "SELECT code, confidential_notes FROM children WHERE confidential_notes != '' LIMIT 1"
        ).fetchone()
    conn.close()
    shown = run("children", "show", code.lower(), "--db", str(demo_db), "--json")
    assert shown.returncode == 0, shown.stderr
    data = shown.json()
    assert data["code"] == code and set(data) >= SUMMARY_KEYS
    assert "confidential_notes" not in data and secret not in shown.stdout
    full = run("children", "show", code, "--db", str(demo_db), "--json", "--include-confidential")
    assert full.json()["confidential_notes"] == secret
    text = run("children", "show", code, "--db", str(demo_db))
    assert text.returncode == 0 and data["full_name"] in text.stdout and secret not in text.stdout


def test_show_an_unknown_code(run: Any, demo_db: Path) -> None:
    assert_user_error(
        run("children", "show", "TE999999", "--db", str(demo_db), "--json"),
        "Không tìm thấy trẻ có mã «TE999999»",
    )


def test_reading_a_missing_file_does_not_create_it(run: Any, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.sqlite3"
    assert_user_error(
        run("children", "search", "duc", "--db", str(missing), "--json"),
        "Không tìm thấy tệp dữ liệu",
    )
    assert_user_error(run("children", "show", "TE000001", "--db", str(missing)))
    assert list(tmp_path.iterdir()) == []


def test_writing_into_a_missing_folder(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "chua-tao" / "demo.sqlite3"
    assert_user_error(
        run("demo", "--db", str(target), "--children", "5"), "Thư mục", "không tồn tại"
    )
    assert not target.parent.exists()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_newer_database_is_refused_untouched(
    run: Any, demo_db: Path, tmp_path: Path, journal: str
) -> None:
    newer = copy_db(demo_db, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    before = newer.read_bytes()
    for args in (
        ("children", "search", "duc", "--json"),
        ("demo", "--children", "3"),
        ("children", "add", "--name", "Lò Văn Minh", "--sex", "nam", "--birth", "2019"),
    ):
        assert_user_error(run(*args, "--db", str(newer)), "phiên bản mới hơn", "ffff_future")
        assert newer.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]


@pytest.mark.parametrize("kind", ["text", "damaged", "another-program"])
def test_a_file_that_is_not_our_database_is_refused(run: Any, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "not-ours.sqlite3"
    if kind == "text":
        path.write_text("Danh sách trẻ em năm 2026", encoding="utf-8")
    elif kind == "damaged":  # SQLite's header, then garbage
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
        conn.close()
    before = path.read_bytes()
    assert_user_error(run("children", "search", "duc", "--db", str(path)), "bị hỏng")
    assert_user_error(run("demo", "--children", "2", "--db", str(path)), "bị hỏng")
    assert path.read_bytes() == before


def test_add_validates_detects_duplicates_and_forces(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "add.sqlite3"
    assert run("demo", "--db", str(path), "--children", "0").returncode == 0
    with sqlite3.connect(path) as conn:
        village = conn.execute("SELECT name FROM villages ORDER BY position LIMIT 1").fetchone()[0]
    conn.close()

    invalid = run(
        "children", "add", "--db", str(path), "--name", " ", "--sex", "nu", "--birth", "31/02/2020"
    )
    assert_user_error(invalid, "không lưu gì cả", "Họ và tên", "31/02/2020 không có thật")
    bad_village = run(
        "children", "add", "--db", str(path), "--name", "Hà Thị Mai", "--sex", "nu",
        "--birth", "2019", "--village", "Thôn Không Có",
    )  # fmt: skip
    assert_user_error(bad_village, "Thôn Không Có", village)
    assert_user_error(
        run("children", "add", "--db", str(path), "--name", "A", "--sex", "x", "--birth", "2019"),
        "--sex",
    )
    assert count_children(path) == 0

    args = (
        "children", "add", "--db", str(path), "--name", "Nguyễn Văn Đức", "--sex", "nam",
        "--birth", "07/03/2015", "--village", fold(village), "--father", "Nguyễn Văn Hải",
    )  # fmt: skip
    first = run(*args)
    assert first.returncode == 0, first.stderr
    child = first.json()
    assert child["full_name"] == "Nguyễn Văn Đức" and child["village"] == village
    assert child["date_of_birth"] == "2015-03-07" and child["code"] == "TE000001"

    duplicate = run(*args)
    assert duplicate.returncode == 3
    assert duplicate.stdout == "" and "Traceback" not in duplicate.stderr
    assert "TE000001" in duplicate.stderr and "--force" in duplicate.stderr
    assert count_children(path) == 1

    forced = run(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert forced.json()["code"] == "TE000002"
    assert count_children(path) == 2


def test_add_creates_the_database(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = run(
        "children", "add", "--db", str(path), "--name", "Giàng A Páo", "--sex", "nam",
        "--birth", "2018", "--birth-estimated", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["date_of_birth_display"] == "2018 (ước tính)"
    assert count_children(path) == 1


def test_output_is_utf8_whatever_the_console_encoding(run: Any, demo_db: Path) -> None:
    cp1252 = {"PYTHONIOENCODING": "cp1252", "LC_ALL": "C", "LANG": "C"}
    found = run("children", "search", "Đức", "--db", str(demo_db), "--json", extra_env=cp1252)
    assert found.returncode == 0, found.stderr
    assert "Đức" in found.stdout and "\\u" not in found.stdout  # letters, not escapes
    assert found.json()
    missing = run("children", "show", "TE999999", "--db", str(demo_db), extra_env=cp1252)
    assert_user_error(missing, "Không tìm thấy trẻ")
    usage = run("children", "search", extra_env=cp1252)
    assert_user_error(usage, "Thiếu tham số bắt buộc")


# --- the desktop app ------------------------------------------------------------------------


def test_without_a_sub_command_the_app_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``main`` hands the app its options as they are (the app is a stand-in here: the real
    one is started by tests/e2e/test_app_start.py)."""
    calls: list[list[str]] = []

    def run_app(argv: list[str]) -> int:
        calls.append(list(argv))
        return 0

    app = types.ModuleType("commune_care.app")
    app.__dict__["run"] = run_app
    monkeypatch.setitem(sys.modules, "commune_care.app", app)
    db = str(tmp_path / "x.sqlite3")
    assert cli.main([]) == 0
    assert cli.main(["--db", db, "--exit-when-ready"]) == 0
    assert cli.main([f"--db={db}"]) == 0
    assert calls == [[], ["--db", db, "--exit-when-ready"], [f"--db={db}"]]
    assert not (tmp_path / "x.sqlite3").exists()


def test_commands_do_not_load_qt(env: dict[str, str], demo_db: Path) -> None:
    code = (
        "import sys\n"
        "from commune_care.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "sys.stderr.write('qt=%s' % any(m.startswith('PySide6') for m in sys.modules))\n"
        "raise SystemExit(status)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "children", "search", "duc", "--db", str(demo_db)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stderr.decode().endswith("qt=False")
