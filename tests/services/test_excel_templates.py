"""Templates of the upper level: the header of a province-like workbook found and its columns
guessed, the mapping saved with a copy of the file, a copy of THEIR workbook filled (title rows,
merged header, styles, widths, print setup, totals, signatures kept; dates real dates, STT
numbers, unknown columns empty), the anonymised option, rename/delete, and the bad inputs."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.errors import InvalidInput, NotFound, UserError
from commune_care.domain.excel_templates import TemplateColumn, TemplateDataset, TemplateField
from commune_care.domain.periods import ReportPeriod
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.services.demo import generate_demo
from commune_care.services.excel_export import ExcelExportCancelled
from commune_care.services.excel_template_export import TemplateExportService
from commune_care.services.excel_templates import ExcelTemplatesService
from tests.excel_template_samples import PROVINCE_COLUMNS, plain_template, province_template

TODAY = date(2026, 11, 20)
F = TemplateField


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(tmp_path_factory.mktemp("templates") / "demo.sqlite3")
    migrate(db)
    generate_demo(db, 300, seed=4, today=TODAY, user="test")
    yield db
    db.dispose()


@pytest.fixture
def service(demo: Database) -> Iterator[ExcelTemplatesService]:
    service = ExcelTemplatesService(demo, user="test")
    yield service
    for t in service.list():
        service.delete(t.id)


def saved(service: ExcelTemplatesService, path: Path, name: str = "Mẫu Sở Y tế",
          dataset: TemplateDataset = TemplateDataset.SPECIAL) -> Any:  # fmt: skip
    layout = service.inspect(path)
    return service.save(name, path, layout, layout.columns, dataset)


def test_the_header_is_found_and_each_column_guessed(tmp_path: Path,
                                                     service: ExcelTemplatesService) -> None:  # fmt: skip
    layout = service.inspect(province_template(tmp_path / "tinh.xlsx"))
    assert layout.sheet == "DS tre em" and layout.sheets == ("Hướng dẫn", "DS tre em")
    assert layout.header_rows == (6, 7) and layout.data_first == 9  # under the (1) (2) … row
    assert layout.has_totals
    assert [c.field for c in layout.columns] == [
        F.NUMBER, F.FULL_NAME, F.BIRTH_MALE, F.BIRTH_FEMALE, F.ETHNICITY, F.VILLAGE, F.GROUPS,
        F.CIRCUMSTANCES, F.PARENTS, F.EMPTY, F.NOTES,
    ]  # fmt: skip
    assert layout.columns[2].label == "Ngày sinh / Nam"
    plain = service.inspect(plain_template(tmp_path / "plain.xlsx"))
    assert plain.header_rows == (3,) and not plain.has_totals
    assert [c.field for c in plain.columns] == [
        F.NUMBER, F.FULL_NAME, F.BIRTH_YEAR, F.SEX, F.VILLAGE, F.CODE, F.ADDRESS, F.ID_NUMBER,
    ]  # fmt: skip


def test_their_workbook_is_filled_below_their_header(
    demo: Database, tmp_path: Path, service: ExcelTemplatesService
) -> None:
    source = province_template(tmp_path / "tinh.xlsx")
    saved(service, source)
    # the downloaded file may go: the template keeps its own copy
    source.unlink()
    out = tmp_path / "gui-so.xlsx"
    summary = TemplateExportService(demo, user="test").export("mau so y te", 2026, out,
                                                              today=TODAY)  # fmt: skip
    assert summary.rows > 5 and summary.on == TODAY
    with zipfile.ZipFile(out) as archive:  # the lines spliced in are compressed like the rest
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    book = load_workbook(out)
    assert book.sheetnames == ["Hướng dẫn", "DS tre em"]
    assert book["Hướng dẫn"]["A1"].value == "Điền danh sách ở trang «DS tre em»."
    ws = book["DS tre em"]
    # their title rows, merged two-level header, widths, print setup
    assert ws["A1"].value == "UBND TỈNH LẠNG SƠN" and ws["A4"].value.startswith("DANH SÁCH")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:D1", "A4:K4", "C6:D6", "A6:A7", "B6:B7"} <= merged
    assert ws["C7"].value == "Nam" and ws["D7"].value == "Nữ" and ws["A8"].value == "(1)"
    assert ws["C6"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.column_dimensions["I"].width == PROVINCE_COLUMNS[8][2]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$6:$8" and ws.freeze_panes == "A9"
    # the lines: STT numbers, real dates under Nam or Nữ, unknown column empty, borders
    n = summary.rows
    lines = list(ws.iter_rows(min_row=9, max_row=8 + n))
    assert [r[0].value for r in lines] == list(range(1, n + 1))
    for r in lines:
        assert r[1].value and isinstance(r[1].value, str)
        birth = [c for c in (r[2], r[3]) if c.value is not None]
        assert len(birth) <= 1
        if birth and hasattr(birth[0].value, "year"):
            assert birth[0].number_format == "dd/mm/yyyy"
        assert r[6].value  # every child of this list has a group
        assert r[9].value is None  # "Trình độ văn hóa": no field of ours
        assert r[1].border.left.style == "thin" and r[1].font.name == "Times New Roman"
        assert r[1].alignment.wrap_text
    # the totals line moved under the list, filled; the signatures under it
    total = summary.totals_row
    assert total == 9 + n and ws.cell(total, 1).value == f"Tổng cộng: {n}"
    boys = sum(1 for r in lines if r[2].value is not None)
    girls = sum(1 for r in lines if r[3].value is not None)
    assert (ws.cell(total, 3).value, ws.cell(total, 4).value) == (boys, girls)
    assert f"A{total}:B{total}" in merged
    assert ws.cell(total + 2, 2).value == "Người lập biểu"
    assert ws.cell(total + 2, 7).value == "TM. ỦY BAN NHÂN DÂN"
    assert f"G{total + 2}:J{total + 2}" in merged
    assert ws.print_area == f"'DS tre em'!$A$1:$K${total + 3}"


def test_the_list_is_the_special_circumstances_or_one_group(
    demo: Database, tmp_path: Path, service: ExcelTemplatesService
) -> None:
    path = plain_template(tmp_path / "plain.xlsx")
    layout = service.inspect(path)
    exporter = TemplateExportService(demo, user="test")
    with sqlite3.connect(demo.path) as conn:  # type: ignore[arg-type]
        group, in_group = conn.execute(
            "SELECT group_code, COUNT(DISTINCT child_id) FROM classifications WHERE start_date "
            "<= '2026-11-20' AND (end_date IS NULL OR end_date >= '2026-11-20') AND group_code "
            "LIKE 'hcdb_%' GROUP BY group_code ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    counts = {}
    for dataset, code in ((TemplateDataset.CHILDREN, ""), (TemplateDataset.SPECIAL, ""),
                          (TemplateDataset.GROUP, group)):  # fmt: skip
        t = service.save(f"Mẫu {dataset.value}", path, layout, layout.columns, dataset, code)
        summary = exporter.export(t.id, 2026, tmp_path / f"{dataset.value}.xlsx", today=TODAY)
        counts[dataset] = summary.rows
        ws = load_workbook(tmp_path / f"{dataset.value}.xlsx").active
        codes = [ws.cell(r, 6).value for r in range(4, 4 + summary.rows)]
        assert all(c and c.startswith("TE") for c in codes) and len(set(codes)) == summary.rows
        assert ws.cell(4 + summary.rows, 1).value is None  # no totals line: none in the template
    assert counts[TemplateDataset.CHILDREN] == 300
    assert counts[TemplateDataset.GROUP] == in_group
    assert 0 < in_group < counts[TemplateDataset.SPECIAL] < 300


def test_anonymised_has_codes_and_no_personal_fields(
    demo: Database, tmp_path: Path, service: ExcelTemplatesService
) -> None:
    path = plain_template(tmp_path / "plain.xlsx")
    saved(service, path, "Mẫu ẩn danh", TemplateDataset.CHILDREN)
    out = tmp_path / "an-danh.xlsx"
    summary = TemplateExportService(demo, user="test").export(
        "Mẫu ẩn danh", ReportPeriod.of_half(2026, 1), out, anonymise=True, today=TODAY
    )
    assert summary.on == date(2026, 6, 30)
    ws = load_workbook(out).active
    for r in range(4, 4 + summary.rows):
        name, code = ws.cell(r, 2).value, ws.cell(r, 6).value
        assert name == code and code.startswith("TE")
        assert ws.cell(r, 7).value is None and ws.cell(r, 8).value is None  # address, số định danh
        assert isinstance(ws.cell(r, 3).value, int | type(None))  # the year stays a number


def test_rename_delete_and_audit(demo: Database, tmp_path: Path,
                                 service: ExcelTemplatesService) -> None:  # fmt: skip
    t = saved(service, plain_template(tmp_path / "p.xlsx"), "Mẫu A")
    other = saved(service, plain_template(tmp_path / "q.xlsx"), "Mẫu B")
    with pytest.raises(InvalidInput, match="Đã có mẫu tên «Mẫu B»"):
        service.rename(t.id, "  mau b ")
    assert service.rename(t.id, "Mẫu huyện").name == "Mẫu huyện"
    assert service.get("MAU HUYEN").id == t.id
    service.delete(other.id)
    with pytest.raises(NotFound, match="Các mẫu đã lưu: «Mẫu huyện»"):
        service.get("Mẫu B")
    with sqlite3.connect(demo.path) as conn:  # type: ignore[arg-type]
        actions = conn.execute(
            "SELECT entity_id, action FROM audit_log WHERE entity = 'excel_template' ORDER BY id"
        ).fetchall()
    assert actions[-4:] == [(t.id, "create"), (other.id, "create"), (t.id, "update"),
                            (other.id, "delete")]  # fmt: skip


def test_a_mapping_without_the_child_or_twice_the_same_field_is_refused(
    tmp_path: Path, service: ExcelTemplatesService
) -> None:
    path = plain_template(tmp_path / "p.xlsx")
    layout = service.inspect(path)
    nobody = tuple(TemplateColumn(c.column, c.label, F.EMPTY if c.field in (F.FULL_NAME, F.CODE)
                                  else c.field) for c in layout.columns)  # fmt: skip
    with pytest.raises(InvalidInput, match="Họ và tên"):
        service.save("X", path, layout, nobody)
    twice = tuple(TemplateColumn(c.column, c.label, F.VILLAGE if c.column in (5, 7) else c.field)
                  for c in layout.columns)  # fmt: skip
    with pytest.raises(InvalidInput, match="Thôn/ấp/bản/tổ dân phố"):
        service.save("X", path, layout, twice)
    with pytest.raises(InvalidInput, match="đặt tên"):
        service.save("   ", path, layout, layout.columns)
    with pytest.raises(InvalidInput, match="nhóm trẻ em"):
        service.save("X", path, layout, layout.columns, TemplateDataset.GROUP, "")
    assert service.list() == []


def test_bad_template_files_get_a_clear_message(tmp_path: Path,
                                                service: ExcelTemplatesService) -> None:  # fmt: skip
    text = tmp_path / "mau.xlsx"
    text.write_text("không phải Excel", encoding="utf-8")
    with pytest.raises(WorkbookError, match="không phải là tệp Excel"):
        service.inspect(text)
    book = Workbook()
    book.active["A1"] = "BÁO CÁO"
    book.active["A3"] = "Nội dung"
    book.save(tmp_path / "no-header.xlsx")
    with pytest.raises(WorkbookError, match="Không tìm thấy dòng tiêu đề cột"):
        service.inspect(tmp_path / "no-header.xlsx")
    with pytest.raises(WorkbookError, match="không có trang tính «Không có»"):
        service.inspect(province_template(tmp_path / "t.xlsx"), "Không có")
    assert service.list() == []


def test_a_changed_file_or_header_is_noticed(demo: Database, tmp_path: Path,
                                             service: ExcelTemplatesService) -> None:  # fmt: skip
    path = province_template(tmp_path / "tinh.xlsx")
    layout = service.inspect(path)
    # the file changed between opening it and saving: another header
    book = load_workbook(path)
    book["DS tre em"]["E6"] = "Quốc tịch"
    book.save(path)
    with pytest.raises(UserError, match="cột E nay là «Quốc tịch», khi lưu mẫu là «Dân tộc»"):
        service.save("Mẫu", path, layout, layout.columns)
    assert service.list() == []
    # a saved template whose stored copy no longer matches its mapping
    t = service.save("Mẫu", path, service.inspect(path), service.inspect(path).columns)
    with sqlite3.connect(demo.path) as conn:  # type: ignore[arg-type]
        conn.execute("UPDATE excel_templates SET file_sha256 = 'x' WHERE id = ?", (t.id,))
    out = tmp_path / "out.xlsx"
    with pytest.raises(UserError, match="bản lưu của tệp mẫu đã bị thay đổi hoặc hỏng"):
        TemplateExportService(demo, user="test").export(t.id, 2026, out, today=TODAY)
    assert not out.exists() and list(tmp_path.glob(".~*")) == []


def test_cancel_and_a_period_not_begun_leave_no_file(demo: Database, tmp_path: Path,
                                                     service: ExcelTemplatesService) -> None:  # fmt: skip
    t = saved(service, plain_template(tmp_path / "p.xlsx"), "Mẫu", TemplateDataset.CHILDREN)
    out = tmp_path / "out.xlsx"
    exporter = TemplateExportService(demo, user="test")
    with pytest.raises(ExcelExportCancelled):
        exporter.export(t.id, 2026, out, today=TODAY, cancelled=lambda: True)
    with pytest.raises(InvalidInput, match="chưa bắt đầu"):
        exporter.export(t.id, ReportPeriod.of_quarter(2027, 1), out, today=TODAY)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["p.xlsx"]
