"""Page templates: portrait and landscape, each in a 'first page' kind (no number) and a 'next
pages' kind (the page number, centred in the top margin: Phụ lục I, mục I.7). A document, and
each of its appendices (mục III.1.đ), is a *unit* whose pages are numbered from 1; the first page
of a unit shows no number. Many documents in one PDF (1,000 record sheets) are many units."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from commune_care.exports.pdf.fonts import REGULAR, face, register_fonts
from commune_care.exports.pdf.geometry import PageGeometry, geometry
from commune_care.exports.pdf.styles import PAGE_NUMBER_SIZE


def template_name(landscape: bool, first: bool) -> str:
    return ("landscape" if landscape else "portrait") + ("_first" if first else "")


def _first_page(canvas: Any, doc: Any) -> None:
    doc.unit_start = canvas.getPageNumber()


def _numbered_page(g: PageGeometry) -> Any:
    def on_page(canvas: Any, doc: Any) -> None:
        number = canvas.getPageNumber() - getattr(doc, "unit_start", 1) + 1
        if number < 2:  # never on a unit's first page
            return
        canvas.saveState()
        canvas.setFont(face(), PAGE_NUMBER_SIZE)
        canvas.drawCentredString(
            g.page_number_x, g.page_number_baseline(PAGE_NUMBER_SIZE), str(number)
        )
        canvas.restoreState()

    return on_page


def _templates() -> dict[str, PageTemplate]:
    out = {}
    for landscape in (False, True):
        g = geometry(landscape)
        for first in (True, False):
            name = template_name(landscape, first)
            frame = Frame(
                g.frame_x, g.frame_y, g.frame_width, g.frame_height, id=f"{name}_frame",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            )  # fmt: skip
            out[name] = PageTemplate(
                id=name,
                frames=[frame],
                onPage=_first_page if first else _numbered_page(g),
                pagesize=(g.width, g.height),
                autoNextPageTemplate=template_name(landscape, first=False),
            )
    return out


class DocumentTemplate(BaseDocTemplate):
    """A4 pages with the decree's margins. The first page uses the first-page template of
    ``first_landscape``'s orientation."""

    def __init__(self, buffer: BytesIO, first_landscape: bool = False, title: str = "",
                 author: str = "", subject: str = "") -> None:  # fmt: skip
        register_fonts()
        # Binary (zlib) streams without the ASCII85 layer: smaller files, and a second less
        # for a thousand pages. reportlab's setting is global; this app is its only user.
        rl_config.useA85 = 0
        templates = _templates()
        first = template_name(first_landscape, first=True)
        ordered = [templates[first], *(t for name, t in templates.items() if name != first)]
        g = geometry(first_landscape)
        super().__init__(
            buffer,
            pagesize=(g.width, g.height),
            pageTemplates=ordered,
            title=title,
            author=author,
            subject=subject,
            creator="commune_care",
            # The canvas's own starting font: ours, so no other font enters the file.
            initialFontName=REGULAR,
            initialFontSize=PAGE_NUMBER_SIZE,
            leftMargin=g.frame_x,
            rightMargin=g.width - g.frame_x - g.frame_width,
            topMargin=g.height - g.frame_y - g.frame_height,
            bottomMargin=g.frame_y,
        )
        self.unit_start = 1


__all__ = ["DocumentTemplate", "template_name"]
