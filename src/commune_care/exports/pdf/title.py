"""The type and subject of a document, centred under the header with a short rule under them
(Phụ lục I, mục II.5), and the title of an appendix (mục III.1)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from commune_care.domain.official_document import Align, OfficialDocument
from commune_care.exports.pdf.rules import Rule
from commune_care.exports.pdf.styles import (
    APPENDIX_NUMBER_SIZE,
    APPENDIX_REFERENCE_SIZE,
    APPENDIX_TITLE_SIZE,
    SHORT_RULE_RATIO,
    SUBJECT_SIZE,
    TYPE_SIZE,
    style,
)
from commune_care.exports.pdf.text import plain

SPACE_BEFORE_TITLE = 18.0  # from the header's last line to the type name
SPACE_AFTER_TITLE = 12.0  # from the rule to the first line of the body


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


def title_block(doc: OfficialDocument) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, SPACE_BEFORE_TITLE)]
    last: Paragraph | None = None
    if doc.type_name:
        last = Paragraph(plain(doc.type_name.upper()), style(TYPE_SIZE, True, False, Align.CENTER))
        out.append(last)
    if doc.subject:
        last = Paragraph(plain(doc.subject), style(SUBJECT_SIZE, True, False, Align.CENTER))
        out.append(last)
    if last is not None:
        out += [ShortRule(last), Spacer(1, SPACE_AFTER_TITLE)]
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


__all__ = ["ShortRule", "appendix_title", "title_block", "widest_line"]
