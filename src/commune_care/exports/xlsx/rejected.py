"""The workbook of lines an import did not take: the sheet's own columns, then "Lý do" (why,
in Vietnamese) and the line's number in the original file.

The officer corrects the lines in it and imports this very file again: its header is the
original header, so the same columns are found, and "Lý do" / "Dòng gốc" are not imported.
Written to a temporary file beside the target, then renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.properties import stamp

REASON_HEADER = "Lý do"
ROW_HEADER = "Dòng gốc"
FONT = "Times New Roman"
_DATE_FORMAT = "DD/MM/YYYY"
_REASON_FILL = PatternFill("solid", fgColor="FDECEA")
_HEADER_FILL = PatternFill("solid", fgColor="E8EEF7")


def _title(sheet: str) -> str:
    cleaned = "".join(ch for ch in sheet if ch not in "[]:*?/\\").strip() or "Danh sách"
    return cleaned[:31]


def write_rejected_workbook(
    path: Path,
    sheet: str,
    labels: Sequence[str],
    rows: Sequence[tuple[int, Sequence[object], str]],
    prepared_by: str = "",
) -> None:
    """Write ``rows`` — (line number in the original, its cells, the reason) — under the
    original ``labels``; raises ``WorkbookError`` when the file cannot be written.
    ``prepared_by``: the user, written in the file's properties."""
    path = Path(path)
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        book = _build(sheet, labels, rows)
        stamp(book, prepared_by or "commune_care", datetime.now(), "Các dòng không nhập được")
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise WorkbookError(
            f"Không ghi được tệp «{path.name}» ({exc.strerror or exc}). Nếu tệp đang mở trong "
            "Excel, hãy đóng lại; hoặc chọn thư mục khác."
        ) from None


def _build(
    sheet: str, labels: Sequence[str], rows: Sequence[tuple[int, Sequence[object], str]]
) -> Workbook:
    book = Workbook(write_only=True)
    ws = book.create_sheet(_title(sheet))
    normal, bold = Font(name=FONT, size=12), Font(name=FONT, size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    width = len(labels)
    widths = [max(8, min(40, len(label) + 2)) for label in labels] + [60, 10]
    for column, size in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = size
    ws.freeze_panes = "A2"
    header = []
    for text in (*labels, REASON_HEADER, ROW_HEADER):
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = bold, _HEADER_FILL, wrap
        header.append(cell)
    ws.append(header)
    for number, cells, reason in rows:
        out = []
        values = list(cells[:width]) + [None] * max(0, width - len(cells))
        for value in values:
            cell = WriteOnlyCell(ws, value=_plain(value))
            cell.font = normal
            if isinstance(value, date | datetime):
                cell.number_format = _DATE_FORMAT
            out.append(cell)
        why = WriteOnlyCell(ws, value=reason)
        why.font, why.fill, why.alignment = normal, _REASON_FILL, wrap
        line = WriteOnlyCell(ws, value=number)
        line.font = normal
        ws.append([*out, why, line])
    ws.auto_filter.ref = f"A1:{get_column_letter(width + 2)}{len(rows) + 1}"
    return book


def _plain(value: object) -> object:
    """What openpyxl can write back: values as read (text, numbers, dates, booleans)."""
    if value is None or isinstance(value, str | int | float | bool | date | datetime):
        return value
    return str(value)
