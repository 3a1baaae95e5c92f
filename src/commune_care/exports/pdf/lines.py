"""One line of text as a flowable, measured and drawn directly: the header's lines, the
signer's, Nơi nhận's, a record sheet's fields. A thousand record sheets hold fifty thousand such
lines; a reportlab Paragraph (markup parser, line breaker) for each would cost seconds. Text too
wide for its line becomes a wrapping Paragraph instead (``line_or_paragraph``)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

from commune_care.domain.official_document import Align
from commune_care.exports.pdf.fonts import face, text_width
from commune_care.exports.pdf.styles import LINE_SPACING, style
from commune_care.exports.pdf.text import nfc, plain

# Where the baseline sits in a line of height size × LINE_SPACING, measured from the line's
# top: as reportlab's Paragraph puts it (its first baseline is one font size below the top).
_BASELINE_FROM_TOP = 1.0


class TextLine(Flowable):
    """One line of plain text, aligned left, centred or right in the width it is given."""

    def __init__(self, text: str, size: float, bold: bool = False, italic: bool = False,
                 align: Align = Align.LEFT, indent: float = 0.0,
                 space_after: float = 0.0) -> None:  # fmt: skip
        super().__init__()
        self.text = nfc(text)
        self.size = size
        self.font = face(bold, italic)
        self.align = align
        self.indent = indent
        self.space_after = space_after
        self.text_width = text_width(self.text, size, bold, italic)
        self._avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.size * LINE_SPACING

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        canvas: Any = self.canv
        y = self.size * LINE_SPACING - self.size * _BASELINE_FROM_TOP
        canvas.setFont(self.font, self.size)
        if self.align is Align.CENTER:
            canvas.drawCentredString(self._avail / 2, y, self.text)
        elif self.align is Align.RIGHT:
            canvas.drawRightString(self._avail, y, self.text)
        else:
            canvas.drawString(self.indent, y, self.text)


def line_or_paragraph(text: str, size: float, width: float, bold: bool = False,
                      italic: bool = False, align: Align = Align.LEFT) -> Flowable:  # fmt: skip
    """A TextLine when ``text`` fits ``width`` on one line, else a Paragraph that wraps."""
    if "\n" not in text and text_width(text, size, bold, italic) <= width:
        return TextLine(text, size, bold, italic, align)
    return Paragraph(plain(text), style(size, bold, italic, align))


__all__ = ["TextLine", "line_or_paragraph"]
