"""``commune-care accounts …`` as the administrator runs it on the PC: create, list, disable,
enable, and the recovery of a forgotten administrator password (README), all recorded under the
operating-system user; bad input refused with nothing written."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.session import Database
from commune_care.services.accounts import AccountsService
from tests.e2e.test_cli import Result, assert_user_error


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("COMMUNE_CARE_DB", "PYTHONUTF8")}
    base.pop("PYTHONIOENCODING", None)
    base["COMMUNE_CARE_DATA_DIR"] = str(tmp_path_factory.mktemp("accounts-userdata"))
    return base


@pytest.fixture(scope="module")
def run(env: dict[str, str]) -> Any:
    def run(*args: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "commune_care", *args],
            capture_output=True,
            stdin=subprocess.DEVNULL,  # no keyboard: a missing --password-file never waits
            env=env,
            timeout=120,
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run


def password_file(folder: Path, text: str) -> Path:
    path = folder / "mat-khau.txt"
    path.write_bytes(("\ufeff" + text + "\r\n").encode("utf-8"))  # as Notepad saves it
    return path


def trail(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT user, action FROM audit_log WHERE entity = 'account' ORDER BY id"
        ).fetchall()
    conn.close()
    return rows


def login(db: Path, username: str, password: str) -> Any:
    database = Database(db)
    try:
        return AccountsService(database).authenticate(username, password)
    finally:
        database.dispose()


def test_create_list_and_recover_a_forgotten_admin_password(run: Any, tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite3"
    first = password_file(tmp_path, "Quản trị xã Hòa Cư")
    created = run("accounts", "create", "quantri", "--full-name", "Nguyễn Văn Quản",
                  "--roles", "quan_tri,can_bo", "--password-file", str(first), "--db", str(db),
                  "--json")  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert created.json()["roles"] == ["can_bo", "quan_tri"]
    listed: Result = run("accounts", "list", "--db", str(db), "--json")
    assert [a["username"] for a in listed.json()] == ["quantri"]
    assert "hash" not in listed.stdout and "argon2" not in listed.stdout
    assert login(db, "quantri", "Quản trị xã Hòa Cư").must_change_password

    # The password is forgotten: the administrator resets it on the PC.
    new = tmp_path / "moi"
    new.mkdir()
    reset = run("accounts", "reset-password", "QUANTRI", "--db", str(db),
                "--password-file", str(password_file(new, "mat-khau-tam-thoi")))  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    assert "phải đổi khi đăng nhập" in reset.stdout
    assert login(db, "quantri", "mat-khau-tam-thoi").must_change_password
    me = getpass.getuser()
    assert (me, "account_create") in trail(db)
    assert (me, "account_reset_password") in trail(db)


def test_disable_and_enable(run: Any, tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite3"
    pw = password_file(tmp_path, "mat-khau-can-bo")
    for name, roles in (("quantri", "quan_tri"), ("hanh.tt", "can_bo")):
        args = ("--full-name", "Trần Thị Hạnh", "--roles", roles, "--password-file", str(pw))
        assert run("accounts", "create", name, *args, "--db", str(db)).returncode == 0
    off = run("accounts", "disable", "hanh.tt", "--db", str(db), "--json")
    assert off.returncode == 0 and off.json()["active"] is False
    on = run("accounts", "enable", "hanh.tt", "--db", str(db))
    assert on.returncode == 0 and "Đã mở lại" in on.stdout
    listed = json.loads(run("accounts", "list", "--db", str(db), "--json").stdout)
    assert [a["active"] for a in listed] == [True, True]
    assert_user_error(run("accounts", "disable", "quantri", "--db", str(db)), "duy nhất")


def test_bad_input_is_refused_and_nothing_written(run: Any, tmp_path: Path) -> None:
    db = tmp_path / "xa.sqlite3"
    pw = password_file(tmp_path, "mat-khau-can-bo")
    short = tmp_path / "ngan.txt"
    short.write_text("ngan\n", encoding="utf-8")
    base = ("--full-name", "Trần Thị Hạnh", "--db", str(db))
    assert_user_error(
        run(
            "accounts",
            "create",
            "hanh.tt",
            *base,
            "--roles",
            "giam_doc",
            "--password-file",
            str(pw),
        ),
        "Vai trò «giam_doc» không có",
    )
    assert_user_error(
        run("accounts", "create", "x'; DROP TABLE accounts;--", *base, "--roles", "can_bo",
            "--password-file", str(pw)),
        "chỉ gồm chữ cái không dấu",
    )  # fmt: skip
    assert_user_error(
        run(
            "accounts",
            "create",
            "hanh.tt",
            *base,
            "--roles",
            "can_bo",
            "--password-file",
            str(short),
        ),
        "ít nhất 8 ký tự",
    )
    assert_user_error(
        run("accounts", "create", "hanh.tt", *base, "--roles", "can_bo"), "--password-file"
    )  # no keyboard to type it on
    assert_user_error(run("accounts", "enable", "khong.co", "--db", str(db)), "Không có tài khoản")
    listed = run("accounts", "list", "--db", str(db), "--json")
    assert listed.returncode == 0 and listed.json() == []
