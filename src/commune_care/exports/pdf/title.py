"""The type and subject of a document, centred under the header with a short rule under them
(Phụ lục I, mục II.5), and the title of an appendix (mục III.1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from commune_care.domain.official_document import Align, OfficialDocument
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.lines import TextLine
from commune_care.exports.pdf.rules import Rule
from commune_care.exports.pdf.styles import (
    ADDRESSEE_SIZE,
    APPENDIX_NUMBER_SIZE,
    APPENDIX_REFERENCE_SIZE,
    APPENDIX_TITLE_SIZE,
    SHORT_RULE_RATIO,
    SUBJECT_SIZE,
    TYPE_SIZE,
    leading,
    style,
)
from commune_care.exports.pdf.text import plain

SPACE_BEFORE_TITLE = 18.0  # from the header's last line to the type name
SPACE_AFTER_TITLE = 12.0  # from the rule to the first line of the body
ADDRESSEE_LABEL = "Kính gửi:"


def widest_line(paragraph: Paragraph) -> float:
    """The width of the longest line of a wrapped paragraph."""
    width = float(paragraph.width)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return max((width - float(extra) for extra, _words in lines), default=0.0)
    return max((width - float(line.extraSpace) for line in lines), default=0.0)


class ShortRule(Rule):
    """A rule 1/3–1/2 as long as the longest line of the paragraph just above it."""

    def __init__(self, above: Paragraph, ratio: float = SHORT_RULE_RATIO) -> None:
        super().__init__(0.0, gap=3.0)
        self.above = above
        self.ratio = ratio

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if getattr(self.above, "blPara", None) is None:
            self.above.wrap(availWidth, availHeight)
        self.length = widest_line(self.above) * self.ratio
        return super().wrap(availWidth, availHeight)


def title_block(doc: OfficialDocument, width: float | None = None) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, SPACE_BEFORE_TITLE)]
    last: Paragraph | None = None
    if doc.type_name:
        last = Paragraph(plain(doc.type_name.upper()), style(TYPE_SIZE, True, False, Align.CENTER))
        out.append(last)
    if doc.subject:
        last = Paragraph(plain(doc.subject), style(SUBJECT_SIZE, True, False, Align.CENTER))
        out.append(last)
    if doc.reference:
        last = Paragraph(
            plain(doc.reference), style(APPENDIX_REFERENCE_SIZE, False, True, Align.CENTER)
        )
        out.append(last)
    if last is not None:
        out += [ShortRule(last), Spacer(1, SPACE_AFTER_TITLE)]
    if doc.addressees and width is not None:
        out += [addressee_block(doc.addressees, width), Spacer(1, SPACE_AFTER_TITLE)]
    return out


def addressee_lines(addressees: Sequence[str]) -> list[str]:
    """One addressee: its name as written. Several: '- …;' each, '.' after the last (Phụ lục
    I, mục II.9.d)."""
    items = [a.strip().lstrip("-–• ").rstrip(";.").strip() for a in addressees]
    items = [a for a in items if a]
    if len(items) == 1:
        return items
    return [f"- {item}{'.' if n == len(items) - 1 else ';'}" for n, item in enumerate(items)]


def addressee_block(addressees: Sequence[str], width: float) -> Flowable:
    """'Kính gửi: Sở Y tế tỉnh Lạng Sơn' on one line, centred; to several, 'Kính gửi:' then
    one line each, the dashes aligned under the colon (ô 9a; upright, 13–14)."""
    size = ADDRESSEE_SIZE
    lines = addressee_lines(addressees)
    label_width = text_width(ADDRESSEE_LABEL + " ", size)
    room = width - label_width
    widest = min(max(text_width(line, size) for line in lines), room)
    cells: list[Flowable] = []
    for line in lines:
        if text_width(line, size) <= room:
            cells.append(TextLine(line, size))
        else:
            cells.append(Paragraph(plain(line), style(size)))
    table = Table(
        [[TextLine(ADDRESSEE_LABEL, size), cells]],
        colWidths=[label_width, widest + 1],
        hAlign="CENTER",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), face()),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if len(lines) > 1:  # the list starts on the line under "Kính gửi:"
        commands.append(("TOPPADDING", (1, 0), (1, 0), leading(size)))
    table.setStyle(TableStyle(commands))
    return table


def attached_title(type_name: str, subject: str, reference: str) -> list[Flowable]:
    """A document issued with a decision (Mẫu 1.3): its type name (capitals, bold), subject
    (bold), the reference to the decision (italic) and the short rule."""
    reference_para = Paragraph(
        plain(reference), style(APPENDIX_REFERENCE_SIZE, False, True, Align.CENTER)
    )
    out: list[Flowable] = [
        Spacer(1, SPACE_BEFORE_TITLE),
        Paragraph(plain(type_name.upper()), style(TYPE_SIZE, True, False, Align.CENTER)),
    ]
    if subject:
        out.append(Paragraph(plain(subject), style(SUBJECT_SIZE, True, False, Align.CENTER)))
    out += [reference_para, ShortRule(reference_para), Spacer(1, SPACE_AFTER_TITLE)]
    return out


def appendix_title(number_line: str, title: str, reference: str) -> list[Flowable]:
    """'Phụ lục I' (14, bold), the title (capitals, bold), the reference (italic), a rule."""
    reference_para = Paragraph(
        plain(reference), style(APPENDIX_REFERENCE_SIZE, False, True, Align.CENTER)
    )
    out: list[Flowable] = [
        Paragraph(plain(number_line), style(APPENDIX_NUMBER_SIZE, True, False, Align.CENTER)),
    ]
    if title:
        out.append(
            Paragraph(plain(title.upper()), style(APPENDIX_TITLE_SIZE, True, False, Align.CENTER))
        )
    out += [reference_para, ShortRule(reference_para), Spacer(1, SPACE_AFTER_TITLE)]
    return out


__all__ = [
    "ADDRESSEE_LABEL",
    "ShortRule",
    "addressee_block",
    "addressee_lines",
    "appendix_title",
    "attached_title",
    "title_block",
    "widest_line",
]
