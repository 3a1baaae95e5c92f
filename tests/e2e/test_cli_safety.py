"""``commune-care backup``, ``restore`` and ``check`` as a script runs them (child processes,
the app's real scrypt cost), and the app refusing a damaged file when started unattended."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_cli import Result, assert_user_error, copy_db
from tests.safety.helpers import damage, file_state

PASSWORD = "Mật khẩu của xã 2026"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("COMMUNE_CARE_DB", "PYTHONUTF8")}
    base.pop("PYTHONIOENCODING", None)
    base["COMMUNE_CARE_DATA_DIR"] = str(tmp_path_factory.mktemp("safety-userdata"))
    base["QT_QPA_PLATFORM"] = "offscreen"
    return base


@pytest.fixture(scope="module")
def run(env: dict[str, str]) -> Any:
    def run(*args: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "commune_care", *args], capture_output=True, env=env, timeout=120
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


@pytest.fixture(scope="module")
def demo(run: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("safety") / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--children", "120", "--seed", "4").returncode == 0
    return path


@pytest.fixture(scope="module")
def password_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pw") / "mat-khau.txt"
    path.write_bytes(("\ufeff" + PASSWORD + "\r\n").encode("utf-8"))  # Notepad: BOM, CRLF
    return path


@pytest.fixture(scope="module")
def backup(run: Any, demo: Path, password_file: Path, tmp_path_factory: pytest.TempPathFactory):
    usb = tmp_path_factory.mktemp("usb")
    result = run(
        "backup", "--db", str(demo), "--to", str(usb), "--password-file", str(password_file),
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.json()


def test_backup_prints_what_a_script_needs(backup: dict[str, Any]) -> None:
    assert {"path", "bytes", "seconds", "verified"} <= set(backup)
    path = Path(backup["path"])
    assert backup["verified"] is True and path.is_absolute() and path.exists()
    assert backup["bytes"] == path.stat().st_size
    assert re.fullmatch(r"sao-luu_.+_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.ccbak", path.name)
    assert backup["counts"]["children"] == 120
    assert backup["kdf_seconds"] > 0


def test_restore_and_check(run: Any, demo: Path, backup: dict[str, Any], password_file: Path,
                           tmp_path: Path) -> None:  # fmt: skip
    target = copy_db(demo, tmp_path / "work.sqlite3")
    with sqlite3.connect(target) as conn:
        conn.execute("DELETE FROM classifications")
    conn.close()
    result = run(
        "restore", backup["path"], "--db", str(target), "--password-file", str(password_file),
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = result.json()
    assert data["database"] == str(target) and data["restored_from"] == backup["path"]
    assert data["counts"] == backup["counts"] and Path(data["safety_copy"]).exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM classifications").fetchone()[0] > 0
    conn.close()
    checked = run("check", "--db", str(target))
    assert checked.returncode == 0 and checked.stdout.startswith("Không có lỗi")
    report = run("check", "--db", str(target), "--json", "--quick").json()
    assert report["ok"] is True and report["full"] is False and report["problems"] == []


def test_restore_on_a_new_pc(run: Any, backup: dict[str, Any], password_file: Path,
                             tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "may-moi.sqlite3"
    result = run(
        "restore", backup["path"], "--db", str(target), "--password-file", str(password_file)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Đã khôi phục") and target.exists()


def test_refused_restores_leave_the_file_byte_identical(
    run: Any, demo: Path, backup: dict[str, Any], password_file: Path, tmp_path: Path
) -> None:
    target = copy_db(demo, tmp_path / "work.sqlite3")
    before = file_state(target)
    wrong = tmp_path / "sai.txt"
    wrong.write_text("mat khau sai 2026\n", encoding="utf-8")
    data = Path(backup["path"]).read_bytes()
    cut = tmp_path / "cut.ccbak"
    cut.write_bytes(data[: len(data) // 2])
    assert_user_error(
        run("restore", backup["path"], "--db", str(target), "--password-file", str(wrong)),
        "Mật khẩu không đúng",
    )
    assert_user_error(
        run("restore", str(cut), "--db", str(target), "--password-file", str(password_file)),
        "bị cắt cụt",
    )
    assert_user_error(
        run("restore", str(demo), "--db", str(target), "--password-file", str(password_file)),
        "không phải là bản sao lưu",
    )
    assert file_state(target) == before


def test_another_communes_backup_needs_the_flag(
    run: Any, backup: dict[str, Any], password_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "xa-khac.sqlite3"
    assert run("demo", "--db", str(other), "--children", "3", "--seed", "9").returncode == 0
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE commune_profile SET commune_name = 'Xã Khác Hẳn', commune_code = '1'")
    conn.close()
    before = file_state(other)
    args = ("restore", backup["path"], "--db", str(other), "--password-file", str(password_file))
    assert_user_error(run(*args), "--allow-other-commune", "Xã Khác Hẳn")
    assert file_state(other) == before
    assert run(*args, "--allow-other-commune").returncode == 0


def test_bad_arguments_and_files(run: Any, demo: Path, password_file: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    short = tmp_path / "ngan.txt"
    short.write_text("1234\n", encoding="utf-8")
    empty = tmp_path / "trong.txt"
    empty.write_text("\n", encoding="utf-8")
    base = ("backup", "--db", str(demo), "--to", str(usb), "--password-file")
    assert_user_error(run(*base, str(tmp_path / "khong-co.txt")), "Không tìm thấy tệp mật khẩu")
    assert_user_error(run(*base, str(empty)), "trống")
    assert_user_error(run(*base, str(short)), "ít nhất 8 ký tự")
    assert_user_error(
        run("backup", "--db", str(demo), "--to", str(tmp_path / "E"), "--password-file",
            str(password_file)),
        "Hãy cắm USB",
    )  # fmt: skip
    assert_user_error(run("backup", "--db", str(demo)), "Thiếu tham số bắt buộc")
    missing = tmp_path / "khong-co.sqlite3"
    assert_user_error(
        run("backup", "--db", str(missing), "--to", str(usb), "--password-file",
            str(password_file)),
        "Không tìm thấy tệp dữ liệu",
    )  # fmt: skip
    assert_user_error(run("check", "--db", str(missing)), "Không tìm thấy tệp dữ liệu")
    assert not missing.exists() and list(usb.iterdir()) == []


def test_check_finds_damage_and_the_app_refuses_the_file(
    run: Any, env: dict[str, str], demo: Path, tmp_path: Path
) -> None:
    target = copy_db(demo, tmp_path / "hong.sqlite3")
    damage(target)
    before = target.read_bytes()
    checked = run("check", "--db", str(target), "--json")
    assert checked.returncode == 2
    assert "có lỗi" in checked.stderr and "Traceback" not in checked.stderr
    assert json.loads(checked.stdout)["ok"] is False
    app = run("--db", str(target), "--exit-when-ready")
    assert app.returncode == 2 and "bị hỏng" in app.stderr
    assert "READY" not in app.stdout
    assert target.read_bytes() == before
