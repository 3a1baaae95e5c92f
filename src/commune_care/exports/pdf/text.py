"""Plain text to reportlab's paragraph markup: NFC, escaped, emphasis from runs."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from commune_care.domain.official_document import Run


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def plain(text: str) -> str:
    """Escaped text for a Paragraph; line breaks kept as <br/>."""
    return escape(nfc(text)).replace("\n", "<br/>")


def runs_markup(runs: Iterable[Run]) -> str:
    out = []
    for run in runs:
        piece = plain(run.text)
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


__all__ = ["nfc", "plain", "runs_markup"]
