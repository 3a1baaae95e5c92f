"""The official layout engine (Nghị định 30/2020 Phụ lục I) and the documents built on it.

``render_pdf(OfficialDocument) -> RenderedPdf``; one module per job: ``geometry`` (page, margins),
``fonts``, ``styles`` (sizes and spacing per element), ``header``, ``title``, ``body``,
``tables``, ``closing`` (Nơi nhận and the signer), ``pages`` (templates, page numbers),
``render``. ``documents/`` holds the functions that build a document from data.
"""

from commune_care.exports.pdf.render import RenderedPdf, render_pdf, render_pdfs, write_pdf

__all__ = ["RenderedPdf", "render_pdf", "render_pdfs", "write_pdf"]
