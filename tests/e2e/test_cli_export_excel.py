"""``commune-care export excel --year Y --db PATH --out FILE.xlsx [--anonymise]``: the JSON
summary, the workbook read back, the usual refusals (exit 2, nothing written)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.excel_export import SHEETS
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.e2e.test_cli_export import run

YEAR = date.today().year


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export-excel") / "commune.sqlite3"
    db = Database(path)
    migrate(db)
    CommuneService(db, user="test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    children = ChildrenService(db, user="test")
    for name in ("Đinh Thị Ngọc Ánh", "Hà Văn Đức"):
        children.create(children.validate({"full_name": name, "birth": PartialDate(2016, 9, 1)}))
    db.dispose()
    return path


@pytest.mark.parametrize("anonymise", [False, True])
def test_export_excel_prints_the_file_and_the_rows(
    database: Path, tmp_path: Path, anonymise: bool
) -> None:
    out = tmp_path / "so-lieu.xlsx"
    args = ["export", "excel", "--year", str(YEAR), "--db", str(database), "--out", str(out)]
    proc = run(*args, *(["--anonymise"] if anonymise else []))
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["file"] == str(out.resolve()) and summary["anonymised"] is anonymise
    assert list(summary["sheets"]) == list(SHEETS)
    assert summary["sheets"]["Trẻ em có HCĐB"] == 2
    book = load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    texts = {str(v) for row in book["Trẻ em có HCĐB"].iter_rows(values_only=True) for v in row}
    assert ("Hà Văn Đức" in texts) is not anonymise
    assert book["Tổng hợp"]["A2"].value == "XÃ HÒA CƯ"


def test_refusals_write_nothing(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    proc = run("export", "excel", "--year", str(YEAR + 1), "--db", str(database), "--out", str(out))
    assert proc.returncode == 2 and "chưa bắt đầu" in proc.stderr
    proc = run("export", "excel", "--db", str(database), "--out", str(tmp_path / "no" / "x.xlsx"))
    assert proc.returncode == 2 and "không tồn tại" in proc.stderr
    assert list(tmp_path.iterdir()) == []
