"""``export excel`` for a quarter, a half year or two days, and through a saved template
(``--template NAME``); ``excel-templates add|list|delete``; the refusals (exit 2, nothing
written)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.test_cli_export import run
from tests.e2e.test_cli_export_excel import database  # noqa: F401  (the module's register)
from tests.excel_template_samples import province_template

YEAR = date.today().year


def test_a_quarter_a_half_and_two_days(database: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "q1.xlsx"
    cases = [
        (["--year", str(YEAR), "--quarter", "1"], f"Quý I năm {YEAR}"),
        (["--half", "1"], f"6 tháng đầu năm {YEAR}"),
        (["--from", f"01/01/{YEAR}", "--to", f"31/01/{YEAR}"],
         f"Từ ngày 01/01/{YEAR} đến ngày 31/01/{YEAR}"),
    ]  # fmt: skip
    for options, title in cases:
        proc = run("export", "excel", *options, "--db", str(database), "--out", str(out))
        assert proc.returncode == 0, proc.stderr
        summary = json.loads(proc.stdout)
        assert summary["period"]["title"] == title
        assert load_workbook(out)["Tổng hợp"]["A5"].value.startswith(title)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "01/01/2026"], "Cần cả --from và --to"),
        (["--quarter", "1", "--half", "1"], "không chọn cả hai"),
        (["--quarter", "5"], "Quý «5» không có"),
        (["--from", "31/02/2026", "--to", "01/03/2026"], "không có thật trong lịch"),
        (["--from", "01/07/2026", "--to", "30/06/2026"], "ở trước ngày bắt đầu"),
        (["--template", "Không có"], "Không có mẫu Excel «Không có»"),
    ],
)
def test_bad_periods_and_templates_write_nothing(
    database: Path,  # noqa: F811
    tmp_path: Path,
    options: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    proc = run("export", "excel", *options, "--db", str(database), "--out", str(out))
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_add_list_export_through_and_delete_a_template(database: Path, tmp_path: Path) -> None:  # noqa: F811
    source = province_template(tmp_path / "mau-tinh.xlsx")
    proc = run("excel-templates", "add", str(source), "--name", "Mẫu Sở Y tế", "--list",
               "children", "--db", str(database))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    added = json.loads(proc.stdout)
    assert added["header_rows"] == [6, 7] and added["data_first_row"] == 9
    listed = json.loads(run("excel-templates", "list", "--db", str(database)).stdout)
    assert [t["name"] for t in listed] == ["Mẫu Sở Y tế"]
    out = tmp_path / "gui-so.xlsx"
    proc = run("export", "excel", "--template", "mau so y te", "--half", "1", "--anonymise",
               "--db", str(database), "--out", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["rows"] == 2 and summary["anonymised"] and summary["totals_row"] == 11
    ws = load_workbook(out)["DS tre em"]
    assert [ws.cell(r, 1).value for r in (9, 10)] == [1, 2]
    assert all(str(ws.cell(r, 2).value).startswith("TE") for r in (9, 10))
    assert ws.cell(11, 1).value == "Tổng cộng: 2"
    proc = run("excel-templates", "delete", "Mẫu Sở Y tế", "--db", str(database))
    assert proc.returncode == 0 and json.loads(proc.stdout) == {"deleted": "Mẫu Sở Y tế"}
    assert json.loads(run("excel-templates", "list", "--db", str(database)).stdout) == []
