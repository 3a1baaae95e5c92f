"""The header of the first page (Phụ lục I, mục II.1–4 and mục IV, ô 1–4 and 10a): the
agency's name top left with a short rule under it and the number under that; the Quốc hiệu and
the Tiêu ngữ top right with a rule as long as the Tiêu ngữ, and the place and date under them,
on the same line as the number; a confidentiality marking framed under the number."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from commune_care.domain.official_document import Align, OfficialDocument
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.lines import line_or_paragraph
from commune_care.exports.pdf.rules import Rule
from commune_care.exports.pdf.styles import (
    AGENCY_SIZE,
    DATE_SIZE,
    MARKING_SIZE,
    NUMBER_SIZE,
    QUOC_HIEU_SIZE,
    SHORT_RULE_RATIO,
    TIEU_NGU_SIZE,
)

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
# Share of the text width for the agency's column; the rest holds the Quốc hiệu (which at 12 pt
# bold is 88 mm wide: the right column is 102 mm on portrait pages).
LEFT_SHARE = 0.38
ROW_GAP = 6.0  # between the rules and the number / date line


class Marking(Flowable):
    """'MẬT' (or another restriction) in capitals, bold, in a single-line frame, centred."""

    PAD_X = 6.0
    PAD_Y = 3.0

    def __init__(self, text: str, size: float = MARKING_SIZE) -> None:
        super().__init__()
        self.text = text.upper()
        self.size = size
        self._avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.size + 2 * self.PAD_Y + 4

    def draw(self) -> None:
        canvas: Any = self.canv
        width = text_width(self.text, self.size, bold=True)
        box_w = width + 2 * self.PAD_X
        box_h = self.size + 2 * self.PAD_Y
        x0 = (self._avail - box_w) / 2
        canvas.saveState()
        canvas.setLineWidth(0.8)
        canvas.rect(x0, 0, box_w, box_h)
        canvas.setFont(face(bold=True), self.size)
        canvas.drawCentredString(self._avail / 2, self.PAD_Y + self.size * 0.22, self.text)
        canvas.restoreState()


def _centred(text: str, size: float, width: float, bold: bool = False,
             italic: bool = False) -> Flowable:  # fmt: skip
    return line_or_paragraph(text, size, width, bold, italic, Align.CENTER)


def header(doc: OfficialDocument, width: float, numbered: bool = True) -> Flowable:
    """``numbered`` False: the agency and the Quốc hiệu alone, without the number and date line
    (a document issued with a decision, Phụ lục III Mẫu 1.3)."""
    left_width = width * LEFT_SHARE
    right_width = width - left_width
    left: list[Flowable] = [
        _centred(line.upper(), AGENCY_SIZE, left_width) for line in doc.agency_parent
    ]
    left += [_centred(line.upper(), AGENCY_SIZE, left_width, bold=True) for line in doc.agency]
    if doc.agency:
        widest = max(text_width(line.upper(), AGENCY_SIZE, bold=True) for line in doc.agency)
        left.append(Rule(min(widest, left_width) * SHORT_RULE_RATIO))
    right: list[Flowable] = [
        _centred(QUOC_HIEU, QUOC_HIEU_SIZE, right_width, bold=True),
        _centred(TIEU_NGU, TIEU_NGU_SIZE, right_width, bold=True),
        Rule(text_width(TIEU_NGU, TIEU_NGU_SIZE, bold=True)),
    ]
    number = doc.number_line
    rows: list[list[Any]] = [[left, right]]
    if numbered:
        rows.append(
            [
                _centred(number, NUMBER_SIZE, left_width) if number else "",
                _centred(doc.date_line, DATE_SIZE, right_width, italic=True),
            ]
        )
    if doc.marking:
        rows.append([Marking(doc.marking), ""])
    table = Table(rows, colWidths=[left_width, right_width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), face()),  # empty cells too: no other font in the file
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if numbered:
        commands.append(("TOPPADDING", (0, 1), (-1, 1), ROW_GAP))
    if doc.marking:
        row = len(rows) - 1
        commands.append(("TOPPADDING", (0, row), (-1, row), ROW_GAP))
    table.setStyle(TableStyle(commands))
    return table


__all__ = ["QUOC_HIEU", "TIEU_NGU", "Marking", "header"]
