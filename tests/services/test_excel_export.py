"""The year's Excel workbook read back with openpyxl: sheets, official header lines, merged
two-level headers, fonts, date formats, print setup, totals equal to the services' figures,
nothing confidential, the anonymised variant; the children sheet imported back (item 4)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.schemas.commune import CommuneProfileIn, VillageIn
from commune_care.services.children_import import ChildrenImportService
from commune_care.services.commune import CommuneService
from commune_care.services.demo import generate_demo
from commune_care.services.excel_export import (
    CHILDREN,
    SHEETS,
    SUMMARY,
    ExcelExportCancelled,
    ExcelExportService,
)
from commune_care.services.reports import ReportsService

TODAY = date(2026, 11, 20)
YEAR = 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(tmp_path_factory.mktemp("excel-export") / "demo.sqlite3")
    migrate(db)
    generate_demo(db, 400, seed=3, today=TODAY, user="test")
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def exported(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("out") / "bao-cao.xlsx"
    summary = ExcelExportService(demo, user="test").export(YEAR, out, today=TODAY)
    return out, summary


@pytest.fixture(scope="module")
def book(exported: tuple[Path, Any]) -> Workbook:
    return load_workbook(exported[0])


def header_top(ws: Any) -> int:
    return next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")


def test_six_sheets_with_the_official_header_lines(book: Workbook, exported: Any) -> None:
    assert book.sheetnames == list(SHEETS)
    assert set(exported[1].rows) == set(SHEETS)
    for ws in book:
        assert ws["A1"].value == "ỦY BAN NHÂN DÂN"
        assert ws["A2"].value and ws["A2"].font.b
        right = [c.value for c in ws[1] if c.value and c.column > 1]
        assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        assert "Độc lập - Tự do - Hạnh phúc" in [c.value for c in ws[2]]
        assert str(YEAR) in ws["A4"].value and ws["A4"].font.b
        assert ws["A5"].value.startswith(f"Năm {YEAR}")
        assert ws["A4"].coordinate in {str(r).split(":")[0] for r in ws.merged_cells.ranges}


def test_print_setup_fonts_filter_and_frozen_header(book: Workbook) -> None:
    for ws in book:
        top = header_top(ws)
        two = ws.cell(top + 1, 1).value is None
        first = top + (2 if two else 1)
        assert ws.freeze_panes == f"A{first}"
        assert ws.print_title_rows == f"${top}:${first - 1}"
        assert ws.auto_filter.ref.startswith(f"A{first - 1}:")
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["B"].width >= 10
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 60)):
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Times New Roman", cell.coordinate


def test_two_level_headers_are_merged(book: Workbook) -> None:
    ws = book[CHILDREN]
    top = header_top(ws)
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"A{top}:A{top + 1}" in merged  # STT over both rows
    labels = {ws.cell(top, c).value: c for c in range(1, ws.max_column + 1)}
    col = labels["Họ tên cha mẹ"]
    assert ws.cell(top + 1, col).value == "Cha" and ws.cell(top + 1, col + 1).value == "Mẹ"
    letter = ws.cell(top, col).column_letter
    assert any(r.startswith(f"{letter}{top}:") for r in merged)


def test_dates_are_real_dates_and_numbers_numbers(book: Workbook) -> None:
    ws = book[CHILDREN]
    top = header_top(ws)
    dates = [c for c in ws["D"][top + 1 :] if hasattr(c.value, "year")]
    assert len(dates) > 300
    assert {c.number_format for c in dates} == {"dd/mm/yyyy"}
    assert all(isinstance(ws.cell(r, 1).value, int) for r in range(top + 2, top + 50))


def test_totals_equal_the_services_figures(demo: Database, book: Workbook) -> None:
    figures = ReportsService(demo, user="test").year_figures(YEAR, TODAY)
    ws = book[SUMMARY]
    rows = list(ws.iter_rows(values_only=True))
    totals = next(r for r in rows if r[0] is None and r[2] == figures.children.total)
    assert totals[3:5] == (figures.children.male, figures.children.female)
    by_label = {r[1]: r for r in rows if r[1]}
    for group in figures.groups:
        assert by_label[group.label][2] == group.total
    assert by_label["— trong đó được tiếp cận dịch vụ"][2] == figures.mental_health.reached_children
    children = list(book[CHILDREN].iter_rows(values_only=True))
    total_line = next(r for r in children if r[1] == "Tổng cộng")
    with sqlite3.connect(str(demo.path)) as conn:
        (alive,) = conn.execute("SELECT count(*) FROM children WHERE NOT archived").fetchone()
    assert total_line[2] == alive
    activity = list(book["Hoạt động"].iter_rows(values_only=True))
    last = [v for v in activity[-1] if v is not None]  # the services table, narrower, ends it
    assert last[0] == "Tổng số" and last[-2] == figures.services.total.total
    # The activities held in the year come first, with their totals (issue #9).
    totals = next(r for r in activity if r[1] == "Tổng cộng")
    programme = figures.programme.activities_total
    assert programme.sessions > 0
    assert (totals[2], totals[6], totals[7], totals[10]) == (
        programme.sessions,
        programme.participants,
        programme.children,
        programme.budget_vnd,
    )


def test_nothing_confidential_and_the_anonymised_file(demo: Database, tmp_path: Path) -> None:
    with sqlite3.connect(str(demo.path)) as conn:
        secret = [t for (t,) in conn.execute(
            "SELECT confidential_notes FROM children WHERE confidential_notes != ''")]  # fmt: skip
        people = conn.execute(
            "SELECT full_name, id_number, address, father_name, mother_name FROM children "
            "WHERE NOT archived"
        ).fetchall()
    out = tmp_path / "an-danh.xlsx"
    summary = ExcelExportService(demo, user="test").export(YEAR, out, anonymise=True, today=TODAY)
    assert summary.anonymised
    texts = {
        str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True)
        for v in row if v is not None
    }  # fmt: skip
    assert not texts & set(secret)
    personal = {v for row in people for v in row if v and len(v) > 4}
    assert not texts & personal
    assert "Họ và tên" not in texts and "Số định danh" not in texts


def test_a_cancelled_export_leaves_no_file(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "huy.xlsx"
    with pytest.raises(ExcelExportCancelled):
        ExcelExportService(demo, user="test").export(YEAR, out, today=TODAY, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_round_trip_the_children_come_back(demo: Database, exported: Any, tmp_path: Path) -> None:
    source = CommuneService(demo, user="test")
    profile = source.profile()
    assert profile is not None
    target = Database(tmp_path / "empty.sqlite3")
    try:
        migrate(target)
        CommuneService(target, user="test").save_profile(
            CommuneProfileIn(**profile.model_dump(include=set(CommuneProfileIn.model_fields))),
            [VillageIn(name=v.name, kind=v.kind) for v in source.villages()],
        )
        summary, _ = ChildrenImportService(target, user="test").run(exported[0], CHILDREN)
        query = (
            "SELECT c.full_name, c.sex, c.birth_year, c.birth_month, c.birth_day, v.name, "
            " (SELECT group_concat(g, ',') FROM (SELECT DISTINCT group_code AS g "
            "  FROM classifications k WHERE k.child_id = c.id AND k.end_date IS NULL ORDER BY g)) "
            "FROM children c LEFT JOIN villages v ON v.id = c.village_id "
            "WHERE NOT c.archived ORDER BY c.full_name, c.birth_year, c.birth_month, c.birth_day"
        )
        with sqlite3.connect(str(demo.path)) as a, sqlite3.connect(str(target.path)) as b:
            before, after = a.execute(query).fetchall(), b.execute(query).fetchall()
    finally:
        target.dispose()
    assert summary.rejected == 0, summary
    # The register's duplicate rule keeps look-alike children of the demo out (a few).
    assert summary.duplicates <= 5
    assert summary.imported + summary.duplicates == len(before) == len(after) + summary.duplicates
    assert not Counter(after) - Counter(before)  # same names, sex, birth, village and groups
    assert sum(1 for row in after if row[-1]) > 20


def test_a_half_year_has_its_period_on_every_sheet_and_its_own_figures(
    demo: Database, tmp_path: Path
) -> None:
    from commune_care.domain.periods import ReportPeriod

    half = ReportPeriod.of_half(YEAR, 1)
    out = tmp_path / "6-thang.xlsx"
    summary = ExcelExportService(demo, user="test").export(half, out, today=TODAY)
    assert summary.on == date(YEAR, 6, 30) and summary.period == half
    figures = ReportsService(demo, user="test").period_figures(half, TODAY)
    assert figures.period_start == date(YEAR, 1, 1) and figures.on == date(YEAR, 6, 30)
    book = load_workbook(out)
    for ws in book:
        assert ws["A4"].value.endswith("6 THÁNG ĐẦU NĂM 2026")
        assert ws["A5"].value == "6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/06/2026)"
    rows = list(book[SUMMARY].iter_rows(values_only=True))
    assert any(r[0] is None and r[2] == figures.children.total for r in rows)  # the totals line
    opened = next(r for r in rows if r[1] and str(r[1]).startswith("Hồ sơ hỗ trợ, can thiệp tiếp"))
    assert opened[1].endswith("trong 6 tháng") and opened[2] == figures.cases.opened
    span = ReportPeriod.between(date(YEAR, 3, 1), date(YEAR, 3, 31))
    out2 = tmp_path / "thang-3.xlsx"
    ExcelExportService(demo, user="test").export(span, out2, today=TODAY)
    ws = load_workbook(out2)[CHILDREN]
    assert ws["A4"].value.endswith("TỪ NGÀY 01/03/2026 ĐẾN NGÀY 31/03/2026")
    assert ws["A5"].value == "Từ ngày 01/03/2026 đến ngày 31/03/2026"
