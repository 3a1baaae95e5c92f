"""Writing side: one sheet of the year's workbook in openpyxl write-only mode (rows streamed, so
100,000 children stay bounded in memory): the official header lines, a title with the period,
a one- or two-level header (merged), the rows, a totals line; Times New Roman, A4 landscape fit
to width, print titles, frozen panes and an auto-filter on the first table."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from commune_care.exports.xlsx.fast_rows import LINE_HEIGHT, RawRow, install, lines_needed

__all__ = ["DATE_FORMAT", "FONT_NAME", "Column", "SheetHead", "Table", "discard", "forget_styles",
           "write_sheet"]  # fmt: skip

FONT_NAME = "Times New Roman"
DATE_FORMAT = "dd/mm/yyyy"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_PLAIN = Font(name=FONT_NAME, size=12)
_BOLD = Font(name=FONT_NAME, size=12, bold=True)
_TITLE = Font(name=FONT_NAME, size=14, bold=True)
_ITALIC = Font(name=FONT_NAME, size=12, italic=True)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(vertical="top", wrap_text=True)


@dataclass(frozen=True)
class Column:
    label: str
    width: float = 12
    group: str = ""  # the upper label of a two-level header; "" spans both rows
    number: bool = False  # numbers centred; dates are recognised by their type


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    # the totals line, in bold; a function gets the number of rows written (streamed rows)
    totals: Sequence[Any] | Callable[[int], Sequence[Any]] | None = None
    caption: str = ""  # a bold line above a second table


@dataclass(frozen=True)
class SheetHead:
    agency_parent: str
    agency_name: str
    title: str
    period: str
    notes: Sequence[str] = field(default_factory=tuple)


_STYLES: dict[tuple[Any, ...], Any] = {}


def _style(ws: Any, font: Font, align: Alignment | None, border: bool, fmt: str) -> Any:
    """The style array of a cell of this look, made once per workbook: assigning a font,
    alignment and border to each of a million cells is most of openpyxl's time."""
    key = (id(ws.parent), id(font), id(align), border, fmt)
    style = _STYLES.get(key)
    if style is None:
        cell = WriteOnlyCell(ws)
        cell.font = font
        cell.number_format = fmt
        if align is not None:
            cell.alignment = align
        if border:
            cell.border = _BOX
        style = _STYLES[key] = cell._style
    return style


def _cell(ws: Any, value: Any, font: Font = _PLAIN, align: Alignment | None = None,
          border: bool = False) -> WriteOnlyCell:  # fmt: skip
    fmt = "General"
    if isinstance(value, datetime):
        value = value.date() if (value.hour, value.minute) == (0, 0) else value
    if isinstance(value, date):
        fmt = DATE_FORMAT if not isinstance(value, datetime) else "dd/mm/yyyy hh:mm"
    cell = WriteOnlyCell(ws, value=value)
    cell._style = copy(_style(ws, font, align, border, fmt))
    return cell


def _style_ids(ws: Any, col: Column) -> tuple[int, int, int]:
    """The style ids of a data cell of ``col``: text, number, date."""
    ids = []
    for fmt, align in (("General", _CENTER if col.number else _LEFT), ("General", _CENTER),
                       (DATE_FORMAT, _CENTER)):  # fmt: skip
        cell = WriteOnlyCell(ws)
        cell._style = copy(_style(ws, _PLAIN, align, True, fmt))
        ids.append(cell.style_id)
    return ids[0], ids[1], ids[2]


def forget_styles(ws: Any) -> None:
    """Drop the cached styles of ``ws``'s workbook (after saving it)."""
    for key in [k for k in _STYLES if k[0] == id(ws.parent)]:
        del _STYLES[key]


def discard(workbook: Any) -> None:
    """Close a write-only workbook's sheets and remove their temporary files (a cancelled or
    failed export)."""
    for ws in workbook.worksheets:
        forget_styles(ws)
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            ws.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _merge(ws: Any, row: int, first: int, last: int) -> None:
    if last > first:
        ws.merged_cells.add(CellRange(min_col=first, min_row=row, max_col=last, max_row=row))


def _header_heights(ws: Any, columns: Sequence[Column], top: int, two: bool) -> None:
    """Rows tall enough for the labels wrapped in their columns (LibreOffice does not grow
    them); a label merged down over both rows has the height of both."""
    upper = lower = 1
    spans: dict[str, float] = {}
    for col in columns:
        if col.group:
            spans[col.group] = spans.get(col.group, 0) + col.width
            lower = max(lower, lines_needed(col.label, col.width))
    for group, width in spans.items():
        upper = max(upper, lines_needed(group, width))
    for col in columns:
        if not col.group:
            need = lines_needed(col.label, col.width)
            if two:
                lower = max(lower, need - upper)
            else:
                upper = max(upper, need)
    if upper > 1:
        ws.row_dimensions[top].height = upper * LINE_HEIGHT
    if two and lower > 1:
        ws.row_dimensions[top + 1].height = lower * LINE_HEIGHT


def _header_rows(ws: Any, columns: Sequence[Column], top: int) -> int:
    """Write the header at row ``top``; return how many rows it took (1 or 2)."""
    two = any(c.group for c in columns)
    _header_heights(ws, columns, top, two)
    upper: list[WriteOnlyCell] = []
    lower: list[WriteOnlyCell] = []
    i = 0
    while i < len(columns):
        col = columns[i]
        if col.group:
            j = i
            while j + 1 < len(columns) and columns[j + 1].group == col.group:
                j += 1
            for k in range(i, j + 1):
                upper.append(_cell(ws, col.group if k == i else None, _BOLD, _CENTER, True))
                lower.append(_cell(ws, columns[k].label, _BOLD, _CENTER, True))
            _merge(ws, top, i + 1, j + 1)
            i = j + 1
            continue
        upper.append(_cell(ws, col.label, _BOLD, _CENTER, True))
        lower.append(_cell(ws, None, _BOLD, _CENTER, True))
        if two:
            ws.merged_cells.add(
                CellRange(min_col=i + 1, min_row=top, max_col=i + 1, max_row=top + 1)
            )
        i += 1
    ws.append(upper)
    if two:
        ws.append(lower)
    return 2 if two else 1


def write_sheet(ws: Any, head: SheetHead, tables: Sequence[Table],
                progress: Any = None) -> int:  # fmt: skip
    """Write ``tables`` under the header lines; return the number of data rows of the first
    table. ``progress(rows)`` is called every 1,000 rows of it (it may raise to stop)."""
    width = max(len(t.columns) for t in tables)
    first_cols = tables[0].columns
    # A sheet column has one width, the first table's (the later ones' beyond it): the tables
    # under it wrap their text, and get their row heights, in that width.
    sheet_widths = [c.width for c in first_cols]
    for table in tables:
        sheet_widths += [c.width for c in table.columns[len(sheet_widths) :]]
    for i, col_width in enumerate(sheet_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col_width
    # Write-only mode writes the sheet's properties and view with the first row: set them first.
    first_top = 7 + len(head.notes) + (1 if tables[0].caption else 0)
    first_height = 2 if any(c.group for c in first_cols) else 1
    ws.freeze_panes = f"A{first_top + first_height}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    install(ws, width)
    half = max(1, width // 2 - (1 if width > 5 else 0))
    # Nghị định 30/2020: the agency on the left, Quốc hiệu and Tiêu ngữ on the right.
    for left, right, font in ((head.agency_parent, NATION, _BOLD if not head.agency_parent else _PLAIN),
                              (head.agency_name, MOTTO, _BOLD)):  # fmt: skip
        row = [_cell(ws, left, font if left == head.agency_name else _PLAIN, _CENTER)]
        row += [_cell(ws, None) for _ in range(half - 1)]
        row += [_cell(ws, right, _BOLD, _CENTER)]
        ws.append(row)
    _merge(ws, 1, 1, half)
    _merge(ws, 2, 1, half)
    _merge(ws, 1, half + 1, width)
    _merge(ws, 2, half + 1, width)
    ws.append([])
    ws.append([_cell(ws, head.title, _TITLE, _CENTER)])
    _merge(ws, 4, 1, width)
    ws.append([_cell(ws, head.period, _ITALIC, _CENTER)])
    _merge(ws, 5, 1, width)
    row_no = 5
    for note in head.notes:
        row_no += 1
        ws.append([_cell(ws, note, _ITALIC)])
        _merge(ws, row_no, 1, width)
    ws.append([])
    row_no += 2
    first_rows = 0
    for index, table in enumerate(tables):
        if table.caption:
            ws.append([_cell(ws, table.caption, _BOLD)])
            _merge(ws, row_no, 1, width)
            row_no += 1
        header_top = row_no
        columns = [replace(c, width=w) for c, w in zip(table.columns, sheet_widths, strict=False)]
        taken = _header_rows(ws, columns, header_top)
        row_no += taken
        data_top = row_no
        count = 0
        styles = [_style_ids(ws, c) for c in columns]
        widths = [c.width for c in columns]
        for values in table.rows:
            raw = RawRow(values)
            if len(raw) != len(styles):
                raise ValueError(f"{len(raw)} values for {len(styles)} columns")
            raw.styles = styles
            raw.widths = widths
            ws.append(raw)
            count += 1
            if progress is not None and index == 0 and count % 1000 == 0:
                progress(count)
        row_no += count
        last_data = row_no - 1
        if table.totals is not None:
            totals = table.totals(count) if callable(table.totals) else table.totals
            ws.append([_cell(ws, v, _BOLD, _CENTER if not isinstance(v, str) else _LEFT, True)
                       for v in totals])  # fmt: skip
            row_no += 1
        if index == 0:
            first_rows = count
            last_col = get_column_letter(len(table.columns))
            assert data_top == first_top + first_height, "the frozen rows moved"
            ws.print_title_rows = f"{header_top}:{data_top - 1}"
            ws.auto_filter.ref = f"A{data_top - 1}:{last_col}{max(last_data, data_top - 1)}"
        ws.append([])
        row_no += 1
    return first_rows
