"""``commune-care audit verify`` and ``audit list`` as a script runs them: exit 0 on an intact
trail, 4 naming the first broken entry in Vietnamese after an edit made with sqlite3, 2 for a
missing file; the list filtered by user, action, date and text; exports recorded."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from tests.e2e.test_cli import assert_user_error, copy_db, demo_db, env, run  # noqa: F401

EXIT_TAMPERED = 4


def test_verify_an_intact_trail(run: Any, demo_db: Path, tmp_path: Path) -> None:  # noqa: F811
    path = copy_db(demo_db, tmp_path / "intact.sqlite3")
    result = run("audit", "verify", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Nhật ký hệ thống toàn vẹn:") and result.stderr == ""
    as_json = run("audit", "verify", "--db", str(path), "--json")
    data = json.loads(as_json.stdout)
    assert as_json.returncode == 0 and data["intact"] is True
    assert data["checked"] == data["total"] > 0 and data["broken_id"] is None


def test_verify_names_an_entry_edited_with_sqlite(run: Any, demo_db: Path, tmp_path: Path) -> None:  # noqa: F811
    path = copy_db(demo_db, tmp_path / "edited.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET user = 'kẻ gian' WHERE id = 2")
    conn.close()
    result = run("audit", "verify", "--db", str(path))
    assert result.returncode == EXIT_TAMPERED
    assert result.stdout == ""
    assert result.stderr.startswith("Lỗi: Nhật ký hệ thống đã bị thay đổi bên ngoài phần mềm")
    assert "dòng số 2" in result.stderr and "nội dung đã bị sửa" in result.stderr
    assert "Traceback" not in result.stderr
    as_json = run("audit", "verify", "--db", str(path), "--json")
    data = json.loads(as_json.stdout)
    assert as_json.returncode == EXIT_TAMPERED
    assert (data["intact"], data["broken_id"], data["problem"], data["checked"]) == (
        False, 2, "edited", 1,
    )  # fmt: skip


def test_verify_names_a_deleted_entry(run: Any, demo_db: Path, tmp_path: Path) -> None:  # noqa: F811
    path = copy_db(demo_db, tmp_path / "deleted.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.close()
    result = run("audit", "verify", "--db", str(path))
    assert result.returncode == EXIT_TAMPERED
    assert "dòng số 4" in result.stderr and "đã bị xóa" in result.stderr


def test_verify_a_missing_file(run: Any, tmp_path: Path) -> None:  # noqa: F811
    missing = tmp_path / "khong-co.sqlite3"
    assert_user_error(run("audit", "verify", "--db", str(missing)), "Không tìm thấy tệp dữ liệu")
    assert not missing.exists()


def test_list_filters(run: Any, demo_db: Path, tmp_path: Path) -> None:  # noqa: F811
    path = copy_db(demo_db, tmp_path / "list.sqlite3")
    out = tmp_path / "phieu.pdf"
    with sqlite3.connect(path) as conn:
        code = conn.execute("SELECT code FROM children ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    assert run("export", "child", code, "--db", str(path), "--out", str(out)).returncode == 0

    everything = run("audit", "list", "--db", str(path), "--json").json()
    assert everything and everything[0]["id"] > everything[-1]["id"]  # newest first
    exports = run("audit", "list", "--db", str(path), "--action", "export", "--json").json()
    assert len(exports) == 1 and exports[0]["entity"] == "pdf"
    assert code in exports[0]["summary"]
    users = {e["user"] for e in everything}
    user = exports[0]["user"]
    assert user in users
    mine = run("audit", "list", "--db", str(path), "--user", user, "--json").json()
    assert mine and all(e["user"] == user for e in mine)
    today = date.today().strftime("%d/%m/%Y")
    dated = run("audit", "list", "--db", str(path), "--from", today, "--to", today, "--json")
    assert len(dated.json()) == len(everything)
    assert run("audit", "list", "--db", str(path), "--to", "01/01/2000", "--json").json() == []
    limited = run("audit", "list", "--db", str(path), "--limit", "2", "--json").json()
    assert [e["id"] for e in limited] == [e["id"] for e in everything[:2]]
    folded = run("audit", "list", "--db", str(path), "--text", "phieu thong tin", "--json").json()
    assert [e["id"] for e in folded] == [exports[0]["id"]]
    assert_user_error(
        run("audit", "list", "--db", str(path), "--from", "31/02/2026"), "không có thật"
    )
    assert_user_error(
        run("audit", "list", "--db", str(path), "--from", "02/01/2026", "--to", "01/01/2026"),
        "“Từ ngày” phải trước",
    )
