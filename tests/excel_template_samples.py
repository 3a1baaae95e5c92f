"""Province-like Excel templates built in the tests, as a Sở Y tế sends them: title rows, a
merged two-level header, a row of column numbers, formatted empty lines, a "Tổng cộng" line,
the signature block, column widths and print setup; and a plain one-row header."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
PROVINCE_COLUMNS = (
    # (upper label, lower label, width)
    ("STT", "", 5),
    ("Họ và tên", "", 24),
    ("Ngày sinh", "Nam", 12),
    ("Ngày sinh", "Nữ", 12),
    ("Dân tộc", "", 9),
    ("Thôn/ấp", "", 14),
    ("Đối tượng", "", 30),
    ("Hoàn cảnh", "", 30),
    ("Họ tên cha/mẹ/người nuôi dưỡng", "", 30),
    ("Trình độ văn hóa", "", 12),  # no field of ours: left empty
    ("Ghi chú", "", 14),
)


def province_template(path: Path, blank_lines: int = 3, totals: bool = True,
                      sheet: str = "DS tre em") -> Path:  # fmt: skip
    """A two-level header on rows 6–7, column numbers on row 8, ``blank_lines`` bordered empty
    lines, then (optionally) "Tổng cộng", a blank line and the signatures."""
    wb = Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active["A1"] = "Điền danh sách ở trang «DS tre em»."
    ws = wb.create_sheet(sheet)
    wb.active = 1
    font = Font(name="Times New Roman", size=11)
    bold = Font(name="Times New Roman", size=11, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    width = len(PROVINCE_COLUMNS)
    ws["A1"], ws["A2"] = "UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"
    ws["G1"], ws["G2"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
    for ref in ("A1:D1", "A2:D2", "G1:K1", "G2:K2"):
        ws.merge_cells(ref)
    ws["A4"] = "DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT"
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=width)
    ws["A5"] = "(Kèm theo Công văn số …/SYT-BTXH ngày … tháng … năm …)"
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width)
    for cell in (ws["A1"], ws["A2"], ws["G1"], ws["G2"], ws["A4"]):
        cell.font, cell.alignment = bold, center
    col = 1
    while col <= width:
        top, sub, _w = PROVINCE_COLUMNS[col - 1]
        if sub:
            last = col
            while last < width and PROVINCE_COLUMNS[last][0] == top:
                last += 1
            ws.cell(6, col, top)
            ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=last)
            for k in range(col, last + 1):
                ws.cell(7, k, PROVINCE_COLUMNS[k - 1][1])
            col = last + 1
        else:
            ws.cell(6, col, top)
            ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)
            col += 1
    for c in range(1, width + 1):
        ws.cell(8, c, f"({c})")
        for r in (6, 7, 8):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border = bold, center, BOX
            if r < 8:
                cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(c)].width = PROVINCE_COLUMNS[c - 1][2]
    row = 9
    for _ in range(blank_lines):
        for c in range(1, width + 1):
            cell = ws.cell(row, c)
            cell.font, cell.border = font, BOX
        ws.row_dimensions[row].height = 18
        row += 1
    if totals:
        ws.cell(row, 1, "Tổng cộng")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row, 3, f"=COUNTA(C9:C{row - 1})")
        for c in range(1, width + 1):
            ws.cell(row, c).font, ws.cell(row, c).border = bold, BOX
        row += 1
    row += 1
    ws.cell(row, 2, "Người lập biểu").font = bold
    ws.cell(row, 7, "TM. ỦY BAN NHÂN DÂN").font = bold
    ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=10)
    ws.cell(row + 1, 7, "CHỦ TỊCH").font = bold
    ws.merge_cells(start_row=row + 1, start_column=7, end_row=row + 1, end_column=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "6:8"
    ws.print_area = f"A1:K{row + 1}"
    ws.freeze_panes = "A9"
    wb.save(path)
    return path


def plain_template(path: Path) -> Path:
    """One header row on row 3 with accents left out, no totals, no signature."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "DANH SACH TRE EM"
    for c, label in enumerate(("TT", "Ho ten tre", "Nam sinh", "Gioi tinh", "Thon", "Ma tre",
                               "Dia chi", "So dinh danh"), 1):  # fmt: skip
        ws.cell(3, c, label).font = Font(name="Arial", size=10, bold=True)
    wb.save(path)
    return path
