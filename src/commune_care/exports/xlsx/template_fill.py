"""Fill a copy of a province's own workbook with our list: their title rows, header, styles,
column widths, merged cells, print setup and other sheets stay as they are; the list's lines go
under their header, and what followed it in the template (a "Tổng cộng" line, the signatures)
moves down under the last line.

Two passes, so 100,000 lines cost what our own workbook costs (``fast_rows``):

1. openpyxl opens the template, removes the empty or sample lines under the header, moves the
   rows below them down by the number of lines (values, styles, merges, heights, print area),
   fills the totals line and registers the data cells' styles; the sheet is saved with no list.
2. The saved file is copied entry by entry into the result; the sheet's XML gets the lines,
   rendered as ready XML while they were counted (a temporary file), spliced in before the
   first moved row.

The caller gives a temporary path and renames it into place; every temporary file is removed
here, also on cancel (``progress`` may raise).
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from commune_care.domain.import_values import cell_text
from commune_care.exports.xlsx.fast_rows import RawRow, render_row
from commune_care.exports.xlsx.report_sheet import DATE_FORMAT
from commune_care.exports.xlsx.template_sheet import is_totals_row

__all__ = ["FillResult", "fill_template"]

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_ROW = re.compile(rb'<row r="(\d+)"')
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
Totals = Callable[[int], dict[int, Any]]  # number of lines → {column: value} of the totals line


@dataclass(frozen=True)
class FillResult:
    rows: int
    totals_row: int | None  # where the totals line ended up (1-based), if the template has one


def _values(ws: Any, row: int, width: int) -> list[Any]:
    return [ws._cells[(row, c)].value if (row, c) in ws._cells else None
            for c in range(1, width + 1)]  # fmt: skip


def _styled(ws: Any, row: int, width: int) -> bool:
    return any((row, c) in ws._cells and ws._cells[(row, c)].has_style for c in range(1, width + 1))


def _is_sample(values: Sequence[Any], number_col: int | None) -> bool:
    """An example line of the template ("1 | Nguyễn Văn A | …"), recognised by its STT."""
    if number_col is None:
        return False
    value = values[number_col - 1]
    return isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit())


def _band_end(ws: Any, data_first: int, width: int, number_col: int | None) -> int:
    """The first row after the template's empty or sample lines: what follows the list."""
    last = ws.max_row
    row = data_first
    while row <= last:
        values = _values(ws, row, width)
        if is_totals_row(values):
            return row
        if any(v is not None and cell_text(v) for v in values) and not _is_sample(
            values, number_col
        ):
            break
        row += 1
    end = row
    # Blank, unstyled rows just above the signatures are their margin: they move with them.
    while end - 1 >= data_first and end <= last:
        values = _values(ws, end - 1, width)
        if any(v is not None and cell_text(v) for v in values) or _styled(ws, end - 1, width):
            break
        end -= 1
    return end


def _register(cell: Cell) -> int:
    """The style id of ``cell``'s look. The workbook's style list keeps the very array it is
    given, and changing a cell's format changes its array in place: hand it a copy."""
    style_id: int = cell.parent.parent._cell_styles.add(copy(cell._style))
    return style_id


def _data_styles(ws: Any, model_row: int | None, header_row: int,
                 width: int) -> list[tuple[int, int, int]]:  # fmt: skip
    """(text, number, date) style ids per column: the template's own first list line when it
    is formatted, else the header's font (not bold) with thin borders."""
    ids = []
    for c in range(1, width + 1):
        source = ws._cells.get((model_row, c)) if model_row is not None else None
        from_model = source is not None and source.has_style and not isinstance(source, MergedCell)
        if not from_model:
            source = ws._cells.get((header_row, c))
        probe = Cell(ws, row=1, column=c)
        if source is not None and source.has_style:
            probe._style = copy(source._style)
        if not from_model:
            font = copy(probe.font)
            font.b = False
            probe.font = font
            probe.fill = PatternFill()
            probe.border = _BOX
            probe.alignment = Alignment(vertical="center", wrap_text=True)
        probe.number_format = "General"
        wrapped = copy(probe.alignment)
        wrapped.wrap_text = True  # long names of groups and parents stay inside their column
        wrapped.vertical = wrapped.vertical or "center"
        probe.alignment = wrapped
        text = _register(probe)
        align = copy(probe.alignment)
        align.horizontal = align.horizontal if from_model and align.horizontal else "center"
        align.vertical = align.vertical or "center"
        probe.alignment = align
        number = _register(probe)
        probe.number_format = DATE_FORMAT
        ids.append((text, number, _register(probe)))
    return ids


def _move_below(ws: Any, band_start: int, band_end: int, rows: int) -> int:
    """Clear rows ``band_start..band_end-1`` and move everything from ``band_end`` down so that
    it starts at ``band_start + rows``; return the shift."""
    shift = band_start + rows - band_end
    last = ws.max_row
    width = ws.max_column
    moving = [r for r in ws.merged_cells.ranges if r.min_row >= band_end]
    for r in list(ws.merged_cells.ranges):
        if r.min_row >= band_start:
            ws.unmerge_cells(str(r))
    for key in [k for k in ws._cells if band_start <= k[0] < band_end]:
        del ws._cells[key]
    heights = {r: ws.row_dimensions[r].height for r in range(band_end, last + 1)
               if r in ws.row_dimensions}  # fmt: skip
    for r in [r for r in ws.row_dimensions if r >= band_start]:
        del ws.row_dimensions[r]
    if last >= band_end and shift:
        ws.move_range(f"A{band_end}:{get_column_letter(width)}{last}", rows=shift, translate=True)
    for r, height in heights.items():
        if height is not None:
            ws.row_dimensions[r + shift].height = height
    for r in moving:
        moved = CellRange(r.coord)
        moved.shift(row_shift=shift)
        ws.merge_cells(moved.coord)
    return shift


def _fill_totals(ws: Any, row: int, width: int, values: dict[int, Any]) -> None:
    """Our figures in the totals line; formulas of the template there counted its old rows."""
    label: Any = None
    for c in range(1, width + 1):
        cell = ws._cells.get((row, c))
        if cell is None or isinstance(cell, MergedCell):
            continue
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.value = None
        elif label is None and isinstance(cell.value, str) and cell_text(cell.value):
            label = cell
    leftover = []
    for c, value in values.items():
        target = ws.cell(row, c)
        if isinstance(target, MergedCell) or target is label:
            leftover.append(value)
            continue
        target.value = value
    if leftover and label is not None:
        label.value = f"{cell_text(label.value)}: {leftover[0]}"


def _extend_print_area(ws: Any, shift: int, last_data: int) -> None:
    area = ws.print_area
    if area:
        ranges = []
        for part in str(area).split(","):
            ref = CellRange(part.split("!")[-1].replace("$", ""))
            if ref.max_row >= last_data - max(shift, 0):  # it covered the list: it grows
                ref.max_row = max(ref.min_row, ref.max_row + shift)
            ranges.append(ref.coord)
        ws.print_area = ranges
    if ws.auto_filter.ref:
        ref = CellRange(ws.auto_filter.ref)
        ref.max_row = max(ref.min_row, last_data)
        ws.auto_filter.ref = ref.coord


def _render_rows(rows: Iterable[Sequence[Any]], first: int, styles: list[tuple[int, int, int]],
                 widths: list[float], out: io.BufferedWriter,
                 progress: Callable[[int], None]) -> int:  # fmt: skip
    letters = [get_column_letter(c) for c in range(1, len(styles) + 1)]
    count = 0
    for values in rows:
        raw = RawRow(values)
        if len(raw) != len(styles):
            raise ValueError(f"{len(raw)} values for {len(styles)} columns")
        raw.styles = styles
        raw.widths = widths
        out.write(render_row(raw, first + count, letters).encode("utf-8"))
        count += 1
        if count % 1000 == 0:
            progress(count)
    return count


def _splice(skeleton: Path, part: str, rows_file: Path, data_first: int, last_row: int,
            last_col: str, out: Path) -> None:  # fmt: skip
    """Copy ``skeleton`` to ``out``, the rendered lines inserted in the sheet at ``part``."""
    with zipfile.ZipFile(skeleton) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != part:
                dst.writestr(info, data)
                continue
            data = _DIMENSION.sub(f'<dimension ref="A1:{last_col}{last_row}"/>'.encode(), data, 1)
            cut = next((m.start() for m in _ROW.finditer(data) if int(m.group(1)) >= data_first),
                       data.rindex(b"</sheetData>"))  # fmt: skip
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED  # ZipInfo alone would store it unpacked
            with dst.open(entry, "w", force_zip64=True) as stream, rows_file.open("rb") as lines:
                stream.write(data[:cut])
                shutil.copyfileobj(lines, stream, 1 << 20)
                stream.write(data[cut:])


def fill_template(
    source: bytes,
    sheet: str,
    header_row: int,
    data_first: int,
    width: int,
    number_col: int | None,
    rows: Iterable[Sequence[Any]],
    totals: Totals,
    out: Path,
    progress: Callable[[int], None] = lambda _n: None,
) -> FillResult:
    """Write the workbook ``source`` with ``rows`` (``width`` values each, column 1 first) under
    the header of ``sheet`` to ``out``. ``header_row``: the header's last row;
    ``number_col``: the STT column, which tells the template's example lines."""
    book = load_workbook(io.BytesIO(source), rich_text=True)
    ws = book[sheet]
    band_end = _band_end(ws, data_first, width, number_col)
    model = data_first if data_first < band_end and _styled(ws, data_first, width) else None
    totals_at = next((r for r in range(band_end, ws.max_row + 1)
                      if is_totals_row(_values(ws, r, width))), None)  # fmt: skip
    styles = _data_styles(ws, model, header_row, width)
    work = Path(tempfile.mkdtemp(prefix=".~mau-", dir=out.parent))
    try:
        rows_file = work / "rows.xml"
        widths = [ws.column_dimensions[get_column_letter(c)].width or 8.43
                  for c in range(1, width + 1)]  # fmt: skip
        with rows_file.open("wb") as lines:
            count = _render_rows(rows, data_first, styles, widths, lines, progress)
        shift = _move_below(ws, data_first, band_end, count)
        last_data = data_first + count - 1
        moved_totals = None if totals_at is None else totals_at + shift
        if moved_totals is not None:
            _fill_totals(ws, moved_totals, width, totals(count))
        _extend_print_area(ws, shift, last_data)
        skeleton = work / "skeleton.xlsx"
        book.save(skeleton)
        part = ws.path.lstrip("/")
        last_row = max(ws.max_row, last_data)
        last_col = get_column_letter(max(ws.max_column, width))
        _splice(skeleton, part, rows_file, data_first, last_row, last_col, out)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
        book.close()
    return FillResult(count, moved_totals)
