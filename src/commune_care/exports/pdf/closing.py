"""The end of a document: 'Nơi nhận:' and its list on the left, the signer's block on the right,
level with each other and kept together on one page (Phụ lục I, mục II.7 and II.9; ô 7a–7c and
9b of mục IV)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from commune_care.domain.official_document import Align, OfficialDocument, Signer
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.lines import TextLine, line_or_paragraph
from commune_care.exports.pdf.styles import (
    RECIPIENTS_SIZE,
    RECIPIENTS_TITLE_SIZE,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    leading,
    style,
)
from commune_care.exports.pdf.text import plain

LEFT_SHARE = 0.45  # Nơi nhận; the signer's block is centred in the rest
SPACE_BEFORE = 12.0
RECIPIENTS_TITLE = "Nơi nhận:"
_DASH = "- "


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """'- UBND huyện;' … '- Lưu: VT, VHXH.': a dash, a semicolon, a full stop on the last."""
    cleaned = (r.strip().lstrip("-–• ").rstrip(";.").strip() for r in recipients)
    items = [item for item in cleaned if item]
    return [f"{_DASH}{item}{'.' if n == len(items) - 1 else ';'}" for n, item in enumerate(items)]


def _recipients(recipients: Sequence[str], width: float) -> list[Flowable]:
    dash = text_width(_DASH, RECIPIENTS_SIZE)
    # A wrapped line goes on under the text, not under the dash.
    hanging = ParagraphStyle(
        "recipients", parent=style(RECIPIENTS_SIZE), leftIndent=dash, firstLineIndent=-dash
    )
    out: list[Flowable] = [TextLine(RECIPIENTS_TITLE, RECIPIENTS_TITLE_SIZE, True, True)]
    for line in recipient_lines(recipients):
        if text_width(line, RECIPIENTS_SIZE) <= width:
            out.append(TextLine(line, RECIPIENTS_SIZE))
        else:
            out.append(Paragraph(plain(line), hanging))
    return out


def signer_block(signer: Signer, width: float, lines: int = 0) -> list[Flowable]:
    """The signer's lines, centred; ``lines``: pad to that many authority lines, so that two
    signers side by side have their names on one line."""
    out = [
        line_or_paragraph(line.upper(), SIGNER_SIZE, width, True, False, Align.CENTER)
        for line in signer.authority
    ]
    if signer.note:
        out.append(line_or_paragraph(signer.note, SIGNER_SIZE, width, False, True, Align.CENTER))
    missing = max(lines - len(signer.authority), 0)
    out.append(Spacer(1, SIGNATURE_SPACE + missing * leading(SIGNER_SIZE)))
    if signer.name:
        out.append(line_or_paragraph(signer.name, SIGNER_SIZE, width, True, False, Align.CENTER))
    return out


def closing(doc: OfficialDocument, width: float) -> Flowable | None:
    """One table, so reportlab never splits it across pages."""
    if not doc.recipients and not doc.signers:
        return None
    left_width = width / 2 if len(doc.signers) == 2 else width * LEFT_SHARE
    right_width = width - left_width
    recipients = _recipients(doc.recipients, left_width) if doc.recipients else []
    rows: list[list[Any]]
    if len(doc.signers) == 2:
        lines = max(len(s.authority) + bool(s.note) for s in doc.signers)
        left_signer, right_signer = doc.signers[1], doc.signers[0]
        rows = [
            [
                signer_block(left_signer, left_width, lines - bool(left_signer.note)),
                signer_block(right_signer, right_width, lines - bool(right_signer.note)),
            ]
        ]
        if recipients:
            rows.append([recipients, ""])
    else:
        right = signer_block(doc.signers[0], right_width) if doc.signers else ""
        rows = [[recipients or "", right]]
    table = Table(rows, colWidths=[left_width, right_width], hAlign="LEFT")
    # "Nơi nhận:" stands on the line of the first authority line: same baseline.
    lift = leading(SIGNER_SIZE) - leading(RECIPIENTS_TITLE_SIZE)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), face()),  # empty cells too: no other font in the file
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if len(doc.signers) < 2:
        commands.append(("TOPPADDING", (0, 0), (0, 0), lift))
    else:
        commands.append(("TOPPADDING", (0, 1), (0, 1), SPACE_BEFORE))
    table.setStyle(TableStyle(commands))
    return table


__all__ = ["RECIPIENTS_TITLE", "closing", "recipient_lines", "signer_block"]
