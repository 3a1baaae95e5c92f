"""Starting the desktop app as the officer does: ``python -m commune_care`` on a file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "commune_care", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("app") / "demo.sqlite3"
    result = _run("demo", "--db", str(path), "--children", "300", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return path


def test_the_app_starts_and_shows_the_children(demo_db: Path) -> None:
    result = _run("--db", str(demo_db), "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    ready = [line for line in result.stdout.splitlines() if line.startswith("READY ")]
    assert len(ready) == 1
    assert 0 < float(ready[0].split()[1]) < 60
    assert "Traceback" not in result.stderr


def test_a_database_from_a_newer_version_is_refused_untouched(
    demo_db: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(demo_db.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    before = newer.read_bytes()
    result = _run("--db", str(newer), "--exit-when-ready")
    assert result.returncode == 2
    assert "phiên bản mới hơn" in result.stderr
    assert "Traceback" not in result.stderr
    assert newer.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.sqlite3"
    path.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    result = _run("--db", str(path), "--exit-when-ready")
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi:")
    assert path.read_text(encoding="utf-8") == "không phải cơ sở dữ liệu"


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "khong-co" / "x.sqlite3"
    result = _run("--db", str(path), "--exit-when-ready")
    assert result.returncode == 2
    assert "không tồn tại" in result.stderr
    assert not path.parent.exists()


def test_a_reader_that_goes_away_does_not_keep_the_app_running(demo_db: Path) -> None:
    """The benchmark may stop reading after READY; the app must still quit, never wait on a
    dialog about the closed pipe."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "commune_care", "--db", str(demo_db), "--exit-when-ready"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # nobody reads: writing READY fails with a broken pipe
    assert process.wait(timeout=60) == 0


@pytest.fixture(scope="module")
def with_accounts(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo data with an account, and a file holding its password."""
    folder = tmp_path_factory.mktemp("accounts")
    path = folder / "co-tai-khoan.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    secret = folder / "mat-khau.txt"
    secret.write_text("mat-khau-do-thoi-gian\n", encoding="utf-8")
    result = _run("accounts", "create", "do.khoidong", "--full-name", "Đo khởi động",
                  "--roles", "chi_xem", "--password-file", str(secret), "--db", str(path))  # fmt: skip
    assert result.returncode == 0, result.stderr
    return path, secret


def test_an_unattended_start_on_data_with_accounts_logs_in_for_real(
    with_accounts: tuple[Path, Path], tmp_path: Path
) -> None:
    path, secret = with_accounts
    refused = _run("--db", str(path), "--exit-when-ready")
    assert refused.returncode == 2 and "--user" in refused.stderr
    wrong = tmp_path / "sai.txt"
    wrong.write_text("sai-mat-khau\n", encoding="utf-8")
    bad = _run("--db", str(path), "--exit-when-ready", "--user", "do.khoidong",
               "--password-file", str(wrong))  # fmt: skip
    assert bad.returncode == 2 and "không đúng" in bad.stderr
    good = _run("--db", str(path), "--exit-when-ready", "--user", "do.khoidong",
                "--password-file", str(secret))  # fmt: skip
    assert good.returncode == 0, good.stderr
    assert any(line.startswith("READY ") for line in good.stdout.splitlines())
    with sqlite3.connect(path) as conn:
        actions = [a for (a,) in conn.execute(
            "SELECT action FROM audit_log WHERE entity = 'account' ORDER BY id")]  # fmt: skip
    conn.close()
    assert actions[-2:] == ["login_failed", "login"]


def test_a_password_file_never_opens_the_window_for_people(
    with_accounts: tuple[Path, Path],
) -> None:
    path, secret = with_accounts
    result = _run("--db", str(path), "--user", "do.khoidong", "--password-file", str(secret))
    assert result.returncode == 2
    assert "chỉ dùng cùng --exit-when-ready" in result.stderr
