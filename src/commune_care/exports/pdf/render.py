"""A document (or many) to PDF bytes: the header, the title, the body, the closing block, the
appendices, on the page templates of ``pages``; and writing a PDF safely."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from commune_care.domain.official_document import OfficialDocument
from commune_care.exports.pdf.body import body, ends_landscape
from commune_care.exports.pdf.closing import SPACE_BEFORE, closing
from commune_care.exports.pdf.geometry import geometry
from commune_care.exports.pdf.header import header
from commune_care.exports.pdf.pages import DocumentTemplate, template_name
from commune_care.exports.pdf.title import appendix_title, attached_title, title_block


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    data: bytes
    pages: int


def story(doc: OfficialDocument) -> list[Flowable]:
    """The flowables of one document, starting on the page the template is on."""
    width = geometry(doc.landscape).frame_width
    out: list[Flowable] = [header(doc, width), *title_block(doc, width)]
    out += body(doc.blocks, doc.landscape)
    end = closing(doc, geometry(ends_landscape(doc.blocks, doc.landscape)).frame_width)
    if end is not None:
        # Kept on one page with the paragraph before it ("Trên đây là …./.") and the headings
        # that keep with it: the signature never stands alone on a page.
        start = len(out)
        if start and _is_text(out[-1]):
            start -= 1
            while start > 0 and _is_text(out[start - 1]) and out[start - 1].getKeepWithNext():
                start -= 1
        out[start:] = [KeepTogether([*out[start:], Spacer(1, SPACE_BEFORE), end])]
    for index, appendix in enumerate(doc.appendices):
        out += [NextPageTemplate(template_name(appendix.landscape, first=True)), PageBreak()]
        if appendix.type_name:  # a document issued with the decision (Mẫu 1.3)
            out.append(header(doc, geometry(appendix.landscape).frame_width, numbered=False))
            out += attached_title(appendix.type_name, appendix.title, doc.appendix_reference)
        else:
            out += appendix_title(
                doc.appendix_number(index), appendix.title, doc.appendix_reference
            )
        out += body(appendix.blocks, appendix.landscape)
    return out


def _is_text(flowable: Flowable) -> bool:
    from reportlab.platypus import Paragraph

    return isinstance(flowable, Paragraph)


def render_pdfs(
    docs: Sequence[OfficialDocument], title: str = "", prepared_by: str = ""
) -> RenderedPdf:
    """Many documents in one PDF, each starting on a new page and numbered on its own. The
    file's properties say who made it and when (``prepared_by``: the user; the creation date
    is the PDF's own), so a copy found later can be traced to the audit trail."""
    if not docs:
        raise ValueError("no document to render")
    buffer = BytesIO()
    first = docs[0]
    template = DocumentTemplate(
        buffer,
        first_landscape=first.landscape,
        title=title or first.subject or first.type_name,
        author=prepared_by or first.issuer,
        subject=provenance(first.issuer, prepared_by, datetime.now()),
    )
    flowables: list[Flowable] = []
    for n, doc in enumerate(docs):
        if n:
            flowables += [NextPageTemplate(template_name(doc.landscape, first=True)), PageBreak()]
        flowables += story(doc)
    template.build(flowables)
    return RenderedPdf(buffer.getvalue(), int(template.page))


def render_pdf(doc: OfficialDocument, prepared_by: str = "") -> RenderedPdf:
    return render_pdfs([doc], prepared_by=prepared_by)


def provenance(issuer: str, prepared_by: str, at: datetime) -> str:
    """'UBND xã Hòa Cư — tệp do «hanh» lập lúc 05/12/2026 14:03 bằng commune_care'."""
    who = f"tệp do «{prepared_by}» lập" if prepared_by else "tệp được lập"
    return f"{issuer} — {who} lúc {at.strftime('%d/%m/%Y %H:%M')} bằng commune_care"


def write_pdf(data: bytes, path: Path) -> None:
    """Write to a temporary file in the same folder, then rename it into place: a reader never
    sees half a file, and a failure leaves the old file as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["RenderedPdf", "render_pdf", "render_pdfs", "story", "write_pdf"]
