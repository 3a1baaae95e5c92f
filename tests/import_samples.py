"""Excel lists as communes really keep them, built with openpyxl for the import tests: title rows
above the header, merged two-level headers, dates typed every which way, blank and total lines,
duplicates, formulas, hidden sheets — and files that are not workbooks at all.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

NFD = "NFD"
# Birth years relative to today, so that no child of the samples ever turns 16.
Y = date.today().year


def nfd(text: str) -> str:
    return unicodedata.normalize(NFD, text)


def official_list(path: Path) -> Path:
    """The commune's "DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT": the agency and Quốc hiệu lines,
    a merged title, a two-level header ("Ngày, tháng, năm sinh" over Nam | Nữ, "Họ tên cha mẹ"
    over Cha | Mẹ), a row of column numbers, a village heading line, blank lines, a duplicate,
    a bad date, an unknown village, a total line with a formula. A hidden sheet comes first."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    old = wb.create_sheet("Dữ liệu cũ", 0)
    old.append(["Họ và tên", "Năm sinh"])
    old.append(["Không được nhập", 2010])
    old.sheet_state = "hidden"
    wb.active = 1
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ HÒA CƯ"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT NĂM 2024"
    ws.merge_cells("A4:J4")
    ws.append([])
    ws.append(["STT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Dân tộc", "Thôn/xóm",
               "Họ tên cha mẹ", None, "Đối tượng", "Ghi chú"])  # fmt: skip
    ws.append([None, None, "Nam", "Nữ", None, None, "Cha", "Mẹ", None, None])
    for merged in ("C6:D6", "G6:H6", "A6:A7", "B6:B7", "E6:E7", "F6:F7", "I6:I7", "J6:J7"):
        ws.merge_cells(merged)
    ws.append([f"({i})" for i in range(1, 11)])  # row 8
    ws.append(["I", "THÔN ĐÔNG"])  # row 9: a heading line
    ws.append([1, "  Nguyễn  Văn An ", datetime(Y - 11, 3, 7), None, "Kinh", None,
               "Nguyễn Văn Hải", "Lê Thị Hoa", "Mồ côi cha", ""])  # fmt: skip  # row 10
    ws.append([2, nfd("Trần Thị Bích"), None, f"15/3/{Y - 14}", "Tày", "thôn tây", "",
               "Trần Thị Mai", "khuyết tật nặng; hộ nghèo", "Học giỏi"])  # fmt: skip  # row 11
    ws.append([3, "Lò Văn Páo", f"15-03-{Y - 13}", None, "H'Mông", "Bản Nà Hừ", None, None,
               "Mồ côi cả cha và mẹ", None])  # fmt: skip  # row 12
    ws.append([])  # row 13
    ws.append([4, "Hà Thị Mỷ", None, Y - 12, "Thái", "Xóm Bắc", None, None, "", None])  # row 14
    ws.append([5, "NGUYỄN VĂN AN", f"07.03.{Y - 11}", None, "kinh", "Thôn Đông", "Nguyễn Văn Hải",
               "Lê Thị Hoa", None, None])  # fmt: skip  # row 15: line 10 again
    ws.append([6, "Vũ Văn Tèo", f"31/02/{Y - 12}", None, "Kinh", "Thôn Đông", None, None, None,
               None])  # fmt: skip  # row 16: no such day
    ws.append([7, "Đinh Thị Hồng", None, "x", "Mường", "Thôn Tây", None, None,
               "con nhà khó khăn", None])  # fmt: skip  # row 17: female, no date
    ws.append([8, "Phạm Minh Khôi", str(Y - 10), None, "Kinh", "Thôn Tây", None, None,
               "Có vấn đề sức khỏe tâm thần", None])  # fmt: skip  # row 18
    ws.append([])
    ws.append([None, "Tổng cộng", "=COUNTA(B10:B18)"])  # row 20
    ws.column_dimensions["B"].width = 28
    wb.save(path)
    return path


def plain_list(path: Path, rows: Iterable[Sequence[object]] | None = None) -> Path:
    """A one-level list without diacritics, in capitals, sex written every which way."""
    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    ws.append(["HO TEN", "NAM SINH", "GIOI TINH", "THON", "HO TEN CHA", "HO TEN ME",
               "DOI TUONG", "SO DINH DANH"])  # fmt: skip
    default = [
        ["Lê Văn Cường", Y - 14, "Nam", "Thôn Đông", "Lê Văn Bảy", "", "", ""],
        ["Lê Thị Dung", str(Y - 13), "NỮ", "thon dong", "Lê Văn Bảy", "", "", 8313000045],
        ["Hoàng Văn Em", Y - 15, "nam", "Thôn Tây", "", "", "mồ côi mẹ", ""],
        ["Hoàng Thị Gấm", Y - 12, "nu", "Thôn Tây", "", "", "Khuyết tật", "012345"],
        ["Trịnh Văn Hòa", Y - 9, "Trai", "", "", "", "", ""],
    ]
    for row in rows if rows is not None else default:
        ws.append(list(row))
    wb.save(path)
    return path


def tick_columns_list(path: Path) -> Path:
    """Groups as ticked columns under "Đối tượng", sex as "x" under Nam | Nữ, dates in
    three columns Ngày | Tháng | Năm under "Ngày sinh"."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Trẻ em"
    ws.append(["Danh sách trẻ em năm 2025"])
    ws.append(["TT", "Họ tên trẻ", "Ngày sinh", None, None, "Giới tính", None, "Đối tượng",
               None, None, "Thôn"])  # fmt: skip
    ws.append([None, None, "Ngày", "Tháng", "Năm", "Nam", "Nữ", "Mồ côi cả cha và mẹ",
               "Khuyết tật", "Hộ nghèo", None])  # fmt: skip
    ws.append([1, "Mai Văn Tú", 3, 4, Y - 12, "x", None, "x", None, "x", "Thôn Đông"])
    ws.append([2, "Mai Thị Hạnh", None, None, Y - 10, None, "X", None, "x", None, "Thôn Đông"])
    ws.append([3, "Quách Văn Long", None, 5, Y - 11, "x", "x", None, None, None, "Thôn Tây"])
    wb.save(path)
    return path


def add_cached_values(path: Path, values: Mapping[str, str]) -> Path:
    """Give formula cells the value Excel would have stored with them (openpyxl writes none)."""
    data = path.read_bytes()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = content.decode("utf-8")
                for ref, value in values.items():
                    text = re.sub(
                        rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)(\s*<v\s*/>|\s*<v>\s*</v>)?',
                        rf"\g<1><v>{value}</v>",
                        text,
                    )
                content = text.encode("utf-8")
            target.writestr(info, content)
    path.write_bytes(out.getvalue())
    return path


# --- files that are not workbooks ----------------------------------------------------------


def not_xlsx(path: Path) -> Path:
    path.write_text("Họ và tên,Năm sinh\nNguyễn Văn An,2015\n", encoding="utf-8")
    return path


def truncated(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted(path: Path) -> Path:
    """What Excel writes for a workbook with a password to open: an OLE2 compound file whose
    directory names the EncryptionInfo and EncryptedPackage streams."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    names = "".join(f"{n}\0" for n in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(header + names.encode("utf-16-le") + bytes(2048))
    return path


def old_xls(path: Path) -> Path:
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    path.write_bytes(header + "Root Entry\0Workbook\0".encode("utf-16-le") + bytes(1024))
    return path


def empty_sheet(path: Path) -> Path:
    wb = Workbook()
    wb.active.title = "Trống"
    wb.save(path)
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Lớn" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def huge_sheet(path: Path, rows: int = 1_000_000) -> Path:
    """A sheet of ``rows`` children written as XML by hand, straight into the zip (inline
    strings, no styles): a million lines in about a second, a few MB on disk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b'<dimension ref="A1:B%d"/><sheetData>'
                % (rows + 1)
                + b'<row r="1"><c r="A1" t="inlineStr"><is><t>H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan'
                b'</t></is></c><c r="B1" t="inlineStr"><is><t>N\xc4\x83m sinh</t></is></c></row>'
            )
            chunk: list[bytes] = []
            for n in range(2, rows + 2):
                chunk.append(
                    b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Tr\xe1\xba\xbb %d</t></is></c>'
                    b'<c r="B%d"><v>2015</v></c></row>' % (n, n, n, n)
                )
                if len(chunk) == 20_000:
                    sheet.write(b"".join(chunk))
                    chunk.clear()
            sheet.write(b"".join(chunk) + b"</sheetData></worksheet>")
    return path
