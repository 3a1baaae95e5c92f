"""``commune-care export child CODE --db PATH --out FILE.pdf`` as a script uses it: a PDF of the
record sheet, read back; confidential notes only with --include-confidential; the usual
refusals with a Vietnamese message and exit status 2, nothing written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.exports.pdf_reading import Pdf

SECRET = "Đã báo Công an xã ngày 02/3"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COMMUNE_CARE_DB"}
    return subprocess.run(
        [sys.executable, "-m", "commune_care", *args], capture_output=True, env=env,
        timeout=120, text=True, encoding="utf-8",
    )  # fmt: skip


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("cli-export") / "commune.sqlite3"
    db = Database(path)
    migrate(db)
    CommuneService(db, user="test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    children = ChildrenService(db, user="test")
    child = children.create(
        children.validate({"full_name": "Đinh Thị Ngọc Ánh", "birth": PartialDate(2016, 9, 1),
                           "confidential_notes": SECRET, "mother_name": "Đinh Thị Lụa"})
    )  # fmt: skip
    db.dispose()
    return path, child.code


def test_export_child_writes_the_record_sheet(database: tuple[Path, str], tmp_path: Path) -> None:
    path, code = database
    out = tmp_path / "phiếu trẻ.pdf"
    result = run("export", "child", code, "--db", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    summary: dict[str, Any] = json.loads(result.stdout)
    assert summary["file"] == str(out.resolve()) and summary["pages"] == 1
    assert summary["child_code"] == code and summary["confidential"] is False
    pdf = Pdf(out.read_bytes())
    text = pdf.text()
    assert "PHIẾU THÔNG TIN TRẺ EM" in text and "Đinh Thị Ngọc Ánh" in text
    assert "01/09/2016" in text and "Đinh Thị Lụa" in text and "XÃ HÒA CƯ" in text
    assert SECRET not in text and "MẬT" not in text
    pdf.close()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left

    secret = tmp_path / "mat.pdf"
    result = run("export", "child", code, "--db", str(path), "--out", str(secret),
                 "--include-confidential")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["confidential"] is True
    pdf = Pdf(secret.read_bytes())
    assert SECRET in pdf.text() and "MẬT" in pdf.text()
    pdf.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("TE999999",), "Không tìm thấy trẻ có mã «TE999999»"),
        (("{code}", "--out", "{missing}/x.pdf"), "không tồn tại"),
        (("{code}", "--out", "{tmp}"), "là một thư mục"),
        (("{code}",), "Thiếu tham số bắt buộc: --out"),
    ],
)
def test_export_child_refusals(
    database: tuple[Path, str], tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    path, code = database
    filled = [a.format(code=code, missing=tmp_path / "khong-co", tmp=tmp_path) for a in args]
    if "--out" not in filled and words.startswith("Không tìm"):
        filled += ["--out", str(tmp_path / "x.pdf")]
    result = run("export", "child", *filled, "--db", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("Lỗi: ") and "Traceback" not in result.stderr
    assert words in result.stderr
    assert result.stdout == ""
    assert not list(tmp_path.glob("*.pdf"))


def test_export_child_needs_an_existing_database(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.sqlite3"
    result = run("export", "child", "TE000001", "--db", str(missing), "--out",
                 str(tmp_path / "x.pdf"))  # fmt: skip
    assert result.returncode == 2 and "Không tìm thấy tệp dữ liệu" in result.stderr
    assert not missing.exists()
