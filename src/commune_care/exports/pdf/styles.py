"""Sizes, faces and spacing of each element of a document (Nghị định 30/2020 Phụ lục I, mục II
and the table of mục V; DOMAIN.md §6), as named constants, and the paragraph styles built from
them. Where the decree gives a range, the value is the one of its own example column."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from commune_care.domain.official_document import Align
from commune_care.exports.pdf.fonts import face, register_fonts

# --- sizes in points -------------------------------------------------------------------------
QUOC_HIEU_SIZE = 12.0  # 12–13, capitals, bold
TIEU_NGU_SIZE = 13.0  # 13–14, bold
AGENCY_SIZE = 12.0  # 12–13, capitals; the issuing body bold, its parent body upright
NUMBER_SIZE = 13.0  # 13, upright
DATE_SIZE = 13.0  # 13–14, italic: the size of the number, so both stand on one line
TYPE_SIZE = 14.0  # 13–14, capitals, bold
SUBJECT_SIZE = 14.0  # 13–14, bold
BODY_SIZE = 14.0  # 13–14
PAGE_NUMBER_SIZE = 14.0  # 13–14, upright
SIGNER_SIZE = 14.0  # 13–14, capitals, bold; the name bold
RECIPIENTS_TITLE_SIZE = 12.0  # "Nơi nhận:" 12, bold italic
RECIPIENTS_SIZE = 11.0  # the list, 11, upright
APPENDIX_NUMBER_SIZE = 14.0  # "Phụ lục I", 14, bold
APPENDIX_TITLE_SIZE = 14.0  # 13–14, capitals, bold
APPENDIX_REFERENCE_SIZE = 14.0  # 13–14, italic
MARKING_SIZE = 13.0  # 13–14, capitals, bold, in a frame
ADDRESSEE_SIZE = 14.0  # "Kính gửi: …" 13–14, upright (the decree's example: 14)

# --- spacing -----------------------------------------------------------------------------------
LINE_SPACING = 1.2  # leading / size: Times' own single spacing is 1.15; the decree allows to 1.5
PARAGRAPH_SPACE = 6.0  # after each paragraph: "tối thiểu là 6pt"
FIRST_LINE_INDENT = 1.27 * cm  # "lùi vào 1 cm hoặc 1,27 cm"
RULE_THICKNESS = 0.6  # the solid rules under the agency, the Tiêu ngữ and the subject
SHORT_RULE_RATIO = 0.4  # the agency's and the subject's rule: 1/3–1/2 of their text
SIGNATURE_SPACE = 26 * 2.834645669  # room for the signature and the seal (26 mm)

_ALIGN = {
    Align.JUSTIFY: TA_JUSTIFY,
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
}


@lru_cache(maxsize=256)
def style(
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: Align = Align.LEFT,
    indent: float = 0.0,
    space_after: float = 0.0,
    space_before: float = 0.0,
    keep_with_next: bool = False,
) -> ParagraphStyle:
    """One paragraph style; shared, so thousands of paragraphs cost one object each kind."""
    register_fonts()
    return ParagraphStyle(
        name=f"s{size}{'b' if bold else ''}{'i' if italic else ''}{align}{indent}{space_after}",
        fontName=face(bold, italic),
        fontSize=size,
        leading=round(size * LINE_SPACING, 2),
        alignment=_ALIGN[align],
        firstLineIndent=indent,
        spaceAfter=space_after,
        spaceBefore=space_before,
        keepWithNext=int(keep_with_next),
        allowWidows=1,
        allowOrphans=0,
        splitLongWords=True,
    )


def body_style(
    align: Align = Align.JUSTIFY, indent: bool = True, bold: bool = False, italic: bool = False,
    keep_with_next: bool = False, size: float = BODY_SIZE,
) -> ParagraphStyle:  # fmt: skip
    """Body text: justified, first line indented, 6 pt after (mục II.6.e)."""
    return style(
        size, bold, italic, align, FIRST_LINE_INDENT if indent else 0.0, PARAGRAPH_SPACE,
        keep_with_next=keep_with_next,
    )  # fmt: skip


def leading(size: float) -> float:
    return round(size * LINE_SPACING, 2)


__all__ = [
    "ADDRESSEE_SIZE",
    "AGENCY_SIZE",
    "APPENDIX_NUMBER_SIZE",
    "APPENDIX_REFERENCE_SIZE",
    "APPENDIX_TITLE_SIZE",
    "BODY_SIZE",
    "DATE_SIZE",
    "FIRST_LINE_INDENT",
    "LINE_SPACING",
    "MARKING_SIZE",
    "NUMBER_SIZE",
    "PAGE_NUMBER_SIZE",
    "PARAGRAPH_SPACE",
    "QUOC_HIEU_SIZE",
    "RECIPIENTS_SIZE",
    "RECIPIENTS_TITLE_SIZE",
    "RULE_THICKNESS",
    "SHORT_RULE_RATIO",
    "SIGNATURE_SPACE",
    "SIGNER_SIZE",
    "SUBJECT_SIZE",
    "TIEU_NGU_SIZE",
    "TYPE_SIZE",
    "body_style",
    "leading",
    "style",
]
