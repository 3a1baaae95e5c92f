"""The Excel reading side on real files: what is refused and how, where the header is found,
how columns are guessed, formulas without values, the workbook of rejected lines."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlWorkbook
from openpyxl import load_workbook

from commune_care.domain.schemas.children_import import ImportField, SheetState
from commune_care.exports.xlsx.columns import column_letter, guess_column, guess_label, signature
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.header import find_header, is_numbering_row
from commune_care.exports.xlsx.rejected import REASON_HEADER, write_rejected_workbook
from commune_care.exports.xlsx.workbook import open_workbook
from tests import import_samples as samples

F = ImportField


# --- files that are not workbooks ------------------------------------------------------------


def test_not_an_xlsx(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match=r"không phải là tệp Excel \.xlsx"):
        open_workbook(samples.not_xlsx(tmp_path / "danh-sach.xlsx"))


def test_a_truncated_file(tmp_path: Path) -> None:
    whole = samples.official_list(tmp_path / "whole.xlsx")
    with pytest.raises(WorkbookError, match="bị hỏng hoặc chưa được chép/tải về đủ"):
        open_workbook(samples.truncated(tmp_path / "half.xlsx", whole))


def test_a_password_protected_file(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="được đặt mật khẩu") as caught:
        open_workbook(samples.encrypted(tmp_path / "mat-khau.xlsx"))
    assert "bỏ mật khẩu" in caught.value.message


def test_an_old_xls_file(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match=r"tệp Excel cũ \(\.xls\)"):
        open_workbook(samples.old_xls(tmp_path / "cu.xls"))


def test_empty_missing_and_folder(tmp_path: Path) -> None:
    (tmp_path / "rong.xlsx").write_bytes(b"")
    with pytest.raises(WorkbookError, match="rỗng"):
        open_workbook(tmp_path / "rong.xlsx")
    with pytest.raises(WorkbookError, match="Không tìm thấy tệp"):
        open_workbook(tmp_path / "khong-co.xlsx")
    with pytest.raises(WorkbookError, match="là một thư mục"):
        open_workbook(tmp_path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bang.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", "<office/>")
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(WorkbookError, match="LibreOffice"):
        open_workbook(path)


def test_a_file_named_otherwise_is_still_read(tmp_path: Path) -> None:
    path = samples.plain_list(tmp_path / "danh sach.dat")
    with open_workbook(path) as book:
        assert [s.name for s in book.sheets] == ["DS"]


def test_damage_inside_a_sheet_is_a_clear_error(tmp_path: Path) -> None:
    source = samples.plain_list(tmp_path / "ok.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # the XML stops in the middle of a row
            dst.writestr(info, data)
    with open_workbook(broken) as book, pytest.raises(WorkbookError, match="bị hỏng ở giữa"):
        list(book.rows("DS"))


# --- sheets -----------------------------------------------------------------------------------


def test_sheets_hidden_and_the_default(tmp_path: Path) -> None:
    with open_workbook(samples.official_list(tmp_path / "ds.xlsx")) as book:
        sheets = {s.name: s for s in book.sheets}
        assert sheets["Dữ liệu cũ"].state is SheetState.HIDDEN
        assert not sheets["Danh sách"].hidden
        assert book.default_sheet() == "Danh sách"
        with pytest.raises(WorkbookError, match=r"không có trang tính «Khác».*«Danh sách»"):
            list(book.rows("Khác"))


def test_rows_stream_with_their_numbers(tmp_path: Path) -> None:
    with open_workbook(samples.official_list(tmp_path / "ds.xlsx")) as book:
        rows = dict(book.rows("Danh sách"))
    assert rows[4][0] == "DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT NĂM 2024"
    assert rows[13] == () or not any(rows[13])
    assert rows[10][1] == "  Nguyễn  Văn An "


def test_a_million_rows_stream_in_bounded_time(tmp_path: Path) -> None:
    path = samples.huge_sheet(tmp_path / "lon.xlsx", rows=1_000_000)
    started = time.perf_counter()
    with open_workbook(path) as book:
        seen = 0
        for number, _values in book.rows("Lớn"):
            seen = number
            if number >= 30_000:
                break
    assert seen == 30_000
    assert time.perf_counter() - started < 20  # streaming: no need to read the million first


# --- header -----------------------------------------------------------------------------------


def _rows(path: Path, sheet: str) -> list[tuple[int, tuple[object, ...]]]:
    with open_workbook(path) as book:
        return [(n, v) for n, v in book.rows(sheet) if n <= 45]


def test_header_under_title_rows_with_two_merged_levels(tmp_path: Path) -> None:
    header = find_header(_rows(samples.official_list(tmp_path / "ds.xlsx"), "Danh sách"))
    assert header is not None
    assert header.rows == (6, 7)
    assert header.labels[2:4] == ("Ngày, tháng, năm sinh / Nam", "Ngày, tháng, năm sinh / Nữ")
    assert header.fields == (
        F.IGNORE, F.FULL_NAME, F.SEX_MALE, F.SEX_FEMALE, F.ETHNICITY, F.VILLAGE,
        F.FATHER_NAME, F.MOTHER_NAME, F.GROUPS, F.NOTES,
    )  # fmt: skip


def test_header_of_one_level_without_diacritics(tmp_path: Path) -> None:
    header = find_header(_rows(samples.plain_list(tmp_path / "ds.xlsx"), "DS"))
    assert header is not None and header.rows == (1,)
    assert header.fields == (F.FULL_NAME, F.BIRTH, F.SEX, F.VILLAGE, F.FATHER_NAME,
                             F.MOTHER_NAME, F.GROUPS, F.ID_NUMBER)  # fmt: skip


def test_header_with_ticked_groups_and_date_in_three_columns(tmp_path: Path) -> None:
    header = find_header(_rows(samples.tick_columns_list(tmp_path / "ds.xlsx"), "Trẻ em"))
    assert header is not None and header.rows == (2, 3)
    assert header.fields == (
        F.IGNORE, F.FULL_NAME, F.BIRTH_DAY, F.BIRTH_MONTH, F.BIRTH_YEAR, F.SEX_MALE,
        F.SEX_FEMALE, F.GROUPS, F.GROUPS, F.GROUPS, F.VILLAGE,
    )  # fmt: skip


def test_no_header_and_the_first_data_line_is_not_a_header() -> None:
    assert find_header([(1, ("Số liệu", 3)), (2, ("Ghi chú", "…"))]) is None
    rows = [
        (1, ("Họ và tên", "Ngày sinh", "Ghi chú")),
        (2, ("Nguyễn Văn An", "07/03/2015", "mồ côi cha")),
    ]
    header = find_header(rows)
    assert header is not None and header.rows == (1,)


def test_numbering_rows() -> None:
    assert is_numbering_row(["(1)", "(2)", "(3)", "(4)"])
    assert is_numbering_row([1, 2, 3, None, 5])
    assert is_numbering_row(["A", "B", "C"])
    assert not is_numbering_row([1, "Nguyễn Văn An", "2015"])


@pytest.mark.parametrize(
    ("label", "field"),
    [("Họ và tên", F.FULL_NAME), ("Ho ten", F.FULL_NAME), ("HỌ TÊN TRẺ", F.FULL_NAME),
     ("Họ và tên trẻ em", F.FULL_NAME), ("Ngày sinh", F.BIRTH), ("Năm sinh", F.BIRTH),
     ("Ngày, tháng, năm sinh", F.BIRTH), ("Giới tính", F.SEX), ("Nam/Nữ", F.SEX),
     ("Dân tộc", F.ETHNICITY), ("Thôn", F.VILLAGE), ("Thôn/xóm", F.VILLAGE),
     ("Tổ dân phố", F.VILLAGE), ("Địa chỉ", F.ADDRESS), ("Nơi ở hiện nay", F.ADDRESS),
     ("Họ tên cha", F.FATHER_NAME), ("Họ và tên bố", F.FATHER_NAME), ("Họ tên mẹ", F.MOTHER_NAME),
     ("Người chăm sóc", F.CAREGIVER_NAME), ("Họ tên người chăm sóc", F.CAREGIVER_NAME),
     ("Quan hệ với trẻ", F.CAREGIVER_RELATIONSHIP), ("Số điện thoại", F.CAREGIVER_PHONE),
     ("Đối tượng", F.GROUPS), ("Hoàn cảnh", F.GROUPS), ("Hoàn cảnh đặc biệt", F.GROUPS),
     ("Số định danh", F.ID_NUMBER), ("Số định danh cá nhân", F.ID_NUMBER), ("CCCD", F.ID_NUMBER),
     ("Trường", F.SCHOOL), ("Lớp", F.SCHOOL_CLASS), ("Ghi chú", F.NOTES),
     ("Số thẻ BHYT", F.BHYT_NUMBER), ("Khuyết tật", F.GROUPS), ("Hộ nghèo", F.GROUPS),
     ("STT", F.IGNORE), ("Tuổi", F.AGE), ("Họ tên cha mẹ", None), ("Tình trạng của cha", None),
     ("Họ tên chủ hộ", None), ("Lý do", None), ("Dòng gốc", None)],
)  # fmt: skip
def test_guess_from_one_label(label: str, field: ImportField | None) -> None:
    assert guess_label(label) is field


def test_guess_from_two_levels() -> None:
    assert guess_column("Ngày sinh", "Nam") is F.SEX_MALE
    assert guess_column("Ngày sinh", "Nữ") is F.SEX_FEMALE
    assert guess_column("Ngày sinh", "Năm", ["Ngày", "Tháng"]) is F.BIRTH_YEAR
    assert guess_column("Ngay sinh", "Nam", ["Ngay", "Thang"]) is F.BIRTH_YEAR
    assert guess_column("Họ tên cha mẹ", "Cha") is F.FATHER_NAME
    assert guess_column("Họ tên cha mẹ", "Mẹ") is F.MOTHER_NAME
    assert guess_column("Thông tin về mẹ", "Họ tên") is F.MOTHER_NAME
    assert guess_column("Người chăm sóc", "Họ và tên") is F.CAREGIVER_NAME
    assert guess_column("Đối tượng", "Mồ côi") is F.GROUPS
    assert guess_column("Trường, lớp", "Lớp") is F.SCHOOL_CLASS


def test_signature_ignores_accents_case_and_trailing_blanks() -> None:
    a = signature(["Họ và tên", "Ngày sinh", "Thôn"])
    assert a == signature(["HO VA TEN", "ngay sinh", "Thon", ""])
    assert a != signature(["Họ và tên", "Thôn", "Ngày sinh"])
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


# --- formulas ---------------------------------------------------------------------------------


def test_formulas_with_and_without_stored_values(tmp_path: Path) -> None:
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh"])
    ws.append(["Nguyễn Văn An", "=2015"])
    ws.append(["Trần Thị Bình", "=2014"])
    path = tmp_path / "cong-thuc.xlsx"
    wb.save(path)
    samples.add_cached_values(path, {"B2": "2015"})
    with open_workbook(path) as book:
        sheet = book.default_sheet()
        assert book.uncached_formulas(sheet) == {(3, 2)}
        values = dict(book.rows(sheet))
    assert values[2][1] == 2015  # the stored value, not the formula
    assert values[3][1] is None


# --- the workbook of rejected lines -----------------------------------------------------------


def test_rejected_lines_keep_their_columns_and_say_why(tmp_path: Path) -> None:
    from datetime import datetime

    out = tmp_path / "loi.xlsx"
    write_rejected_workbook(
        out,
        "Danh sách",
        ["STT", "Họ và tên", "Ngày sinh"],
        [(12, (4, "Hà Thị Mỷ", datetime(2014, 2, 1)), "Thôn/bản «Xóm Bắc» không có …"),
         (16, (6, "Vũ Văn Tèo", "31/02/2014"), "Ngày 31/02/2014 không có thật trong lịch.")],
    )  # fmt: skip
    ws = load_workbook(out).active
    assert ws.title == "Danh sách"
    rows = [tuple(c.value for c in row) for row in ws.iter_rows()]
    assert rows[0] == ("STT", "Họ và tên", "Ngày sinh", REASON_HEADER, "Dòng gốc")
    assert rows[1][:3] == (4, "Hà Thị Mỷ", datetime(2014, 2, 1))
    assert rows[1][3].startswith("Thôn/bản «Xóm Bắc»") and rows[1][4] == 12
    assert rows[2][3] == "Ngày 31/02/2014 không có thật trong lịch."
    assert ws["C2"].number_format == "DD/MM/YYYY"
    assert ws["A1"].font.name == "Times New Roman" and ws["A1"].font.bold
    assert ws.freeze_panes == "A2"
    assert not list(tmp_path.glob(".tmp-*"))


def test_rejected_workbook_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="Không ghi được tệp"):
        write_rejected_workbook(tmp_path / "khong" / "loi.xlsx", "DS", ["Họ và tên"], [])
