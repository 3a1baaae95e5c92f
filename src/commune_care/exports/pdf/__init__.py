"""The official layout engine (Nghị định 30/2020 Phụ lục I) and the documents built on it.

``render_pdf(OfficialDocument) -> RenderedPdf``; one module per job: ``geometry`` (page, margins),
``fonts``, ``styles`` (sizes and spacing per element), ``header``, ``title``, ``body``,
``tables``, ``closing`` (Nơi nhận and the signer), ``pages`` (templates, page numbers),
``render``. ``documents/`` holds the functions that build a document from data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commune_care.exports.pdf.render import RenderedPdf, render_pdf, render_pdfs, write_pdf

__all__ = ["RenderedPdf", "render_pdf", "render_pdfs", "write_pdf"]


def __getattr__(name: str) -> Any:
    """reportlab is loaded on the first document, not when the app starts (≈70 ms)."""
    if name in __all__:
        from commune_care.exports.pdf import render

        return getattr(render, name)
    raise AttributeError(name)
