"""The body's blocks as flowables: headings numbered I. / 1. / a) (Phụ lục I, mục II.6.đ),
justified paragraphs with the first line indented, label–value fields, tables (wide ones on
landscape pages of their own), spacers and page breaks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RlTable

from commune_care.domain.documents import point_letter, roman
from commune_care.domain.official_document import (
    Align,
    Block,
    Fields,
    Heading,
)
from commune_care.domain.official_document import PageBreak as PageBreakBlock
from commune_care.domain.official_document import Paragraph as ParagraphBlock
from commune_care.domain.official_document import Spacer as SpacerBlock
from commune_care.domain.official_document import Table as TableBlock
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.geometry import geometry
from commune_care.exports.pdf.pages import template_name
from commune_care.exports.pdf.styles import BODY_SIZE, PARAGRAPH_SPACE, body_style, leading
from commune_care.exports.pdf.tables import table
from commune_care.exports.pdf.text import nfc, plain, runs_markup

FIELD_LABEL_MAX_SHARE = 0.45  # a field's label column takes at most this share of the width
FIELD_SPACE = 2.0  # between the lines of a field list (lines of a form, not paragraphs)
# A heading (or a paragraph kept with what follows) just before a table starts a new page only
# when less than this is left: itself, the header row and a few rows. Keeping it with the whole
# table would push a table shorter than a page, and a half-empty page, to the next one.
ROOM_BEFORE_TABLE = 110.0


class Numbering:
    """The running numbers of headings: I, II …; 1, 2 … under each I; a, b … under each 1."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]

    def next(self, heading: Heading) -> str:
        level = heading.level - 1
        self.counts[level] += 1
        for lower in range(level + 1, 3):
            self.counts[lower] = 0
        if heading.number is not None:
            return heading.number
        n = self.counts[level]
        return (roman, str, point_letter)[level](n)


def heading_text(heading: Heading, number: str) -> str:
    if heading.level == 1:
        return f"{number}. {heading.text.upper()}" if number else heading.text.upper()
    if heading.level == 2:
        return f"{number}. {heading.text}" if number else heading.text
    return f"{number}) {heading.text}" if number else heading.text


def paragraph(block: ParagraphBlock) -> Paragraph:
    text = runs_markup(block.runs) if block.runs else plain(block.text)
    return Paragraph(
        text,
        body_style(block.align, block.indent, block.bold, block.italic, block.keep_with_next),
    )


def fields(block: Fields, width: float) -> RlTable:
    """A borderless two-column table: the labels, then the values aligned after the longest.
    Short cells are plain strings (drawn directly), long values wrap in a Paragraph."""
    size = BODY_SIZE
    labels = [f"{i.label}:" for i in block.items]
    label_width = max((text_width(label, size) for label in labels), default=0.0)
    label_width = min(label_width + 8, width * FIELD_LABEL_MAX_SHARE)
    value_width = width - label_width
    rows: list[list[Any]] = []
    for label, item in zip(labels, block.items, strict=True):
        cells: list[Any] = []
        for text, room in ((label, label_width - 4), (nfc(item.value), value_width)):
            if "\n" not in text and text_width(text, size) <= room:
                cells.append(text)
            else:
                cells.append(Paragraph(plain(text), body_style(Align.LEFT, indent=False)))
        rows.append(cells)
    result = RlTable(rows, colWidths=[label_width, value_width], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), face()),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), leading(size)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), FIELD_SPACE),
            ]
        )
    )
    return result


def body(blocks: Sequence[Block], landscape: bool) -> list[Flowable]:
    """The flowables of ``blocks`` on pages of the given orientation."""
    out: list[Flowable] = []
    numbering = Numbering()
    width = geometry(landscape).frame_width
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        before_table = _table_follows(blocks, i, landscape)
        if before_table and (isinstance(block, Heading) or getattr(block, "keep_with_next", False)):
            out.append(CondPageBreak(ROOM_BEFORE_TABLE))
        if isinstance(block, Heading):
            text = heading_text(block, numbering.next(block))
            style = body_style(bold=block.level < 3, keep_with_next=not before_table)
            out.append(Paragraph(plain(text), style))
        elif isinstance(block, ParagraphBlock):
            if before_table and block.keep_with_next:
                block = block.model_copy(update={"keep_with_next": False})
            out.append(paragraph(block))
        elif isinstance(block, Fields):
            out += [fields(block, width), Spacer(1, PARAGRAPH_SPACE)]
        elif isinstance(block, TableBlock):
            if block.landscape and not landscape:
                # A wide table on landscape pages of its own, then back to portrait.
                wide = geometry(True).frame_width
                out += [NextPageTemplate(template_name(True, False)), PageBreak()]
                out += [table(block, wide), Spacer(1, PARAGRAPH_SPACE)]
                if i < last:
                    out += [NextPageTemplate(template_name(False, False)), PageBreak()]
            else:
                out += [table(block, width), Spacer(1, PARAGRAPH_SPACE)]
        elif isinstance(block, SpacerBlock):
            out.append(Spacer(1, block.height))
        elif isinstance(block, PageBreakBlock):
            out.append(PageBreak())
        else:  # pragma: no cover - the union is closed
            raise TypeError(f"unknown block {block!r}")
    return out


def _table_follows(blocks: Sequence[Block], index: int, landscape: bool) -> bool:
    """The next block is a table on the same pages (not a wide one on pages of its own)."""
    if index + 1 >= len(blocks):
        return False
    after = blocks[index + 1]
    return isinstance(after, TableBlock) and (landscape or not after.landscape)


def ends_landscape(blocks: Sequence[Any], landscape: bool) -> bool:
    """Whether the body's last page is landscape (a wide table at its very end)."""
    if landscape:
        return True
    return bool(blocks) and isinstance(blocks[-1], TableBlock) and blocks[-1].landscape


__all__ = ["Numbering", "body", "ends_landscape", "fields", "heading_text", "paragraph"]
