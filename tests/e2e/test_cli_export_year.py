"""``commune-care export plan|report --year Y --db PATH --out FILE.pdf`` as a script uses it: the
year's plan and report as PDFs, read back; the register's document when there is one; the usual
refusals with a Vietnamese message and exit status 2, nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.document_forms import DocumentFormsService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.e2e.test_cli_export import run
from tests.exports.pdf_reading import Pdf

YEAR = date.today().year


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export-year") / "commune.sqlite3"
    db = Database(path)
    migrate(db)
    CommuneService(db, user="test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    children = ChildrenService(db, user="test")
    for name in ("Đinh Thị Ngọc Ánh", "Hà Văn Đức"):
        children.create(children.validate({"full_name": name, "birth": PartialDate(2016, 9, 1)}))
    db.dispose()
    return path


def text_of(path: Path) -> str:
    pdf = Pdf(path.read_bytes())
    text = " ".join(pdf.text().split())
    pdf.close()
    return text


def test_export_plan_and_report_of_the_year(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "kế hoạch.pdf"
    result = run("export", "plan", "--year", str(YEAR), "--db", str(database), "--out", str(out))
    assert result.returncode == 0, result.stderr
    summary: dict[str, Any] = json.loads(result.stdout)
    assert summary["file"] == str(out.resolve()) and summary["pages"] >= 3
    assert summary["year"] == YEAR and summary["document_id"] is None
    text = text_of(out)
    assert "KẾ HOẠCH" in text and f"chăm sóc trẻ em mồ côi năm {YEAR}" in text
    assert "toàn xã có 2 trẻ em dưới 16 tuổi" in text and "V. TỔ CHỨC THỰC HIỆN" in text

    report = tmp_path / "bao-cao.pdf"
    result = run("export", "report", "--db", str(database), "--out", str(report))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["year"] == YEAR
    text = text_of(report)
    assert "BÁO CÁO" in text and "Kính gửi: Sở Y tế tỉnh Quảng Ngãi" in text
    assert "Phụ lục I" in text and "Phụ lục II" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf", "kế hoạch.pdf"]


def test_export_plan_gives_the_registers_draft(database: Path, tmp_path: Path) -> None:
    db = Database(database)
    forms = DocumentFormsService(db, user="test")
    form = forms.plan_form(YEAR + 1)
    draft = forms.save(forms.validate(form, {"budget": "Kinh phí do xã bố trí riêng."}))
    db.dispose()
    out = tmp_path / "plan.pdf"
    result = run("export", "plan", "--year", str(YEAR + 1), "--db", str(database), "--out",
                 str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["document_id"] == draft.id and summary["status"] == "du_thao"
    assert summary["number"] is None
    assert "Kinh phí do xã bố trí riêng." in text_of(out)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("report", "--year", str(YEAR + 1)), "chưa bắt đầu"),
        (("plan", "--year", "20x6"), "không hợp lệ"),
        (("plan", "--year", str(YEAR + 5)), "không hợp lệ"),
        (("report",), "Thiếu tham số bắt buộc: --out"),
    ],
)
def test_export_year_refusals(
    database: Path, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    extra = [] if args == ("report",) else ["--out", str(tmp_path / "x.pdf")]
    result = run("export", *args, "--db", str(database), *extra)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("Lỗi: ") and "Traceback" not in result.stderr
    assert words in result.stderr and result.stdout == ""
    assert not list(tmp_path.glob("*.pdf"))
