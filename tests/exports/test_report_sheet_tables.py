"""Several tables on one report sheet share its columns: a later table's text wraps in the
width of the sheet's column (the first table's), and its rows are tall enough for it — as
LibreOffice prints them (it does not grow rows itself)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from commune_care.exports.xlsx.report_sheet import Column, SheetHead, Table, write_sheet

LONG = "Giáo dục kỹ năng sống cho trẻ em và cha mẹ"


def test_a_later_table_wraps_in_the_sheets_column_width(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Hoạt động")
    head = SheetHead("UBND HUYỆN", "UBND XÃ THẮNG PHÚ", "CÁC HOẠT ĐỘNG", "Quý III năm 2026")
    first = Table([Column("STT", 6, number=True), Column("Ngày", 12)], [(1, "17/07/2026")])
    # this table asks for a wide second column, but the sheet's is 12 wide
    later = Table([Column("STT", 6, number=True), Column("Loại hoạt động", 40)], [(1, LONG)],
                  caption="Hoạt động theo loại")  # fmt: skip
    write_sheet(ws, head, [first, later])
    out = tmp_path / "bang.xlsx"
    wb.save(out)

    sheet = load_workbook(out)["Hoạt động"]
    assert sheet.column_dimensions["B"].width == 12
    (row,) = [r[0].row for r in sheet.iter_rows(min_col=2, max_col=2) if r[0].value == LONG]
    height = sheet.row_dimensions[row].height
    assert height is not None and height >= 3 * 15  # 42 characters in 12 widths: 4 lines
