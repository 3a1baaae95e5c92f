"""Tables of the body: a grid whose header row is repeated on every page the table runs over;
short cells are drawn as plain strings (fast for long lists), long ones wrap in paragraphs."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import LongTable, Paragraph, TableStyle

from commune_care.domain.official_document import Align
from commune_care.domain.official_document import Table as TableBlock
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.styles import leading, style
from commune_care.exports.pdf.text import nfc, plain

PAD = 3.0  # cell padding, points
GRID = 0.5
_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT", Align.JUSTIFY: "LEFT"}


def table(block: TableBlock, width: float) -> LongTable:
    size = block.size
    total = sum(c.width for c in block.columns)
    widths = [width * c.width / total for c in block.columns]
    head = style(size, True, False, Align.CENTER)
    data: list[list[Any]] = [[Paragraph(plain(c.title), head) for c in block.columns]]
    first_total = len(block.rows) - block.totals
    for r, row in enumerate(block.rows):
        bold = r >= first_total
        cells: list[Any] = []
        for c, value in enumerate(row):
            text = nfc(value)
            room = widths[c] - 2 * PAD
            if "\n" not in text and text_width(text, size, bold=bold) <= room:
                cells.append(text)
            else:
                align = block.columns[c].align
                cells.append(Paragraph(plain(text), style(size, bold, False, align)))
        data.append(cells)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID, black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), face()),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), leading(size)),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
    ]
    for c, column in enumerate(block.columns):
        commands.append(("ALIGN", (c, 1), (c, -1), _ALIGN[column.align]))
    if block.totals:
        commands.append(("FONTNAME", (0, first_total + 1), (-1, -1), face(bold=True)))
    result = LongTable(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    result.setStyle(TableStyle(commands))
    return result


__all__ = ["table"]
