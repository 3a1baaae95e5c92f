"""Read a province's template: find its header with the import's own detection (title rows,
merged two-level headers), then guess which of our fields each column holds — the import's
guesses read the export's way ("Năm sinh" wants a year, "Nam" under "Ngày sinh" the birth date
of a boy, "Họ tên cha/mẹ/người nuôi dưỡng" one column for all three).

``layout_of_rows`` works on plain ``(row number, values)`` so the same reading serves the file
the officer chooses (read-only, streamed) and the stored copy checked again at export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from commune_care.domain.excel_templates import TemplateColumn, TemplateField, TemplateLayout
from commune_care.domain.import_values import cell_text
from commune_care.domain.schemas.children_import import ImportField
from commune_care.exports.xlsx.columns import guess_column, words
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.header import HEADER_SCAN_ROWS, find_header, is_numbering_row
from commune_care.exports.xlsx.workbook import open_workbook

__all__ = ["TOTALS_WORDS", "guess_template_field", "is_totals_row", "layout_of_rows",
           "read_template_layout"]  # fmt: skip

F, T = ImportField, TemplateField
TOTALS_WORDS = ("tong cong", "cong", "tong so", "tong")
_SCAN_BELOW = 60  # rows under the header looked at for a totals line
_FROM_IMPORT = {
    F.FULL_NAME: T.FULL_NAME, F.BIRTH: T.BIRTH, F.BIRTH_YEAR: T.BIRTH_YEAR, F.AGE: T.AGE,
    F.SEX: T.SEX, F.ID_NUMBER: T.ID_NUMBER, F.ETHNICITY: T.ETHNICITY, F.VILLAGE: T.VILLAGE,
    F.ADDRESS: T.ADDRESS, F.SCHOOL: T.SCHOOL, F.SCHOOL_CLASS: T.SCHOOL_CLASS,
    F.FATHER_NAME: T.FATHER_NAME, F.MOTHER_NAME: T.MOTHER_NAME,
    F.CAREGIVER_NAME: T.CAREGIVER_NAME, F.NOTES: T.NOTES,
}  # fmt: skip
_NUMBER = {"stt", "tt", "so tt", "so thu tu"}
_CODE = {"ma", "ma tre", "ma so", "ma tre em", "ma so tre", "ma ho so"}
_GROUP_WORDS = ("doi tuong", "nhom", "phan loai", "dien", "thuoc dien")


def _has(text: str, *phrases: str) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


def guess_template_field(top: str, sub: str = "", siblings: Sequence[str] = ()) -> TemplateField:
    """Our field for a column headed ``top`` (over ``sub`` in a two-level header)."""
    own, upper = (sub, top) if sub.strip() else (top, "")
    text, up = words(own), words(upper)
    if text in _NUMBER:
        return T.NUMBER
    if text in _CODE:
        return T.CODE
    parents = _has(text, "cha", "bo") and _has(text, "me")
    carer = _has(text, "nguoi nuoi duong", "nguoi cham soc", "nguoi giam ho", "nguoi nuoi")
    if parents or (carer and _has(text, "cha", "bo", "me")):
        return T.PARENTS
    if _has(text, "hoan canh"):
        return T.CIRCUMSTANCES
    if text == "nam sinh" and not upper:
        return T.BIRTH_YEAR
    field = guess_column(top, sub, siblings)
    birth_above = _has(up, "sinh")
    if field is F.SEX_MALE:
        return T.BIRTH_MALE if birth_above else T.MALE_MARK
    if field is F.SEX_FEMALE:
        return T.BIRTH_FEMALE if birth_above else T.FEMALE_MARK
    if field is F.GROUPS:
        # "Đối tượng", "Phân loại"; a column headed by one group ("Khuyết tật") is a tick box.
        return T.GROUPS if _has(f"{up} {text}", *_GROUP_WORDS) else T.EMPTY
    if field is None:
        return T.EMPTY
    return _FROM_IMPORT.get(field, T.EMPTY)


def _settle(fields: list[TemplateField]) -> list[TemplateField]:
    """One column per field (the first); the others are left empty for the officer to choose."""
    seen: set[TemplateField] = set()
    out = []
    for field in fields:
        out.append(T.EMPTY if field in seen else field)
        if field is not T.EMPTY:
            seen.add(field)
    return out


def is_totals_row(values: Sequence[Any]) -> bool:
    """A "Tổng cộng" / "Cộng" / "Tổng số" line."""
    texts = [words(cell_text(v)) for v in values if isinstance(v, str) and cell_text(v)]
    return any(
        t in TOTALS_WORDS or t.startswith(("tong cong", "tong so", "cong ")) for t in texts[:3]
    )


def layout_of_rows(
    rows: Iterable[tuple[int, Sequence[Any]]], file_name: str, sheets: Sequence[str], sheet: str
) -> TemplateLayout:
    """The layout of a sheet from its first rows; ``WorkbookError`` when no header is found."""
    head = [(n, tuple(v)) for n, v in rows]
    header = find_header([(n, v) for n, v in head if n <= HEADER_SCAN_ROWS + 1])
    if header is None:
        raise WorkbookError(
            f"Không tìm thấy dòng tiêu đề cột của danh sách trong {HEADER_SCAN_ROWS} dòng đầu của "
            f"trang «{sheet}» (tệp «{file_name}»): cần một dòng có cột «Họ và tên» và các cột "
            "khác. Hãy chọn đúng trang tính của mẫu danh sách trẻ em."
        )
    by_number = dict(head)
    data_first = header.rows[-1] + 1
    if is_numbering_row(by_number.get(data_first, ())):
        data_first += 1
    guessed: list[TemplateField] = []
    for j, (top, sub) in enumerate(zip(header.tops, header.subs, strict=True)):
        siblings = [
            s for k, s in enumerate(header.subs) if k != j and top and header.tops[k] == top
        ]
        guessed.append(guess_template_field(top, sub, siblings))
    labels = header.labels
    # Trailing columns without a header are not part of the table.
    width = max((j + 1 for j, label in enumerate(labels) if label), default=0)
    columns = tuple(
        TemplateColumn(j + 1, labels[j], field) for j, field in enumerate(_settle(guessed[:width]))
    )
    totals = any(is_totals_row(v) for n, v in head if data_first <= n < data_first + _SCAN_BELOW)
    return TemplateLayout(file_name, tuple(sheets), sheet, header.rows, data_first, columns,
                          totals)  # fmt: skip


def read_template_layout(path: Path, sheet: str | None = None) -> TemplateLayout:
    """Open the file the officer chose (checked like an import) and read ``sheet`` (default:
    the sheet Excel opens on)."""
    with open_workbook(path) as book:
        names = [s.name for s in book.sheets if s.is_worksheet]
        chosen = sheet or book.default_sheet()
        rows = []
        for number, values in book.rows(chosen):
            if number > HEADER_SCAN_ROWS + _SCAN_BELOW + 2:
                break
            rows.append((number, values))
        if not any(values for _, values in rows):
            raise WorkbookError(f"Trang «{chosen}» của tệp «{path.name}» trống.")
        return layout_of_rows(rows, path.name, names, chosen)
