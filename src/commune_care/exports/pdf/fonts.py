"""The bundled Liberation Serif (metric-compatible with Times New Roman, SIL OFL 1.1), registered
once with reportlab as a family — regular, bold, italic, bold italic — and embedded (as a subset)
in every PDF."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from commune_care import paths

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the four faces and the family (so <b>/<i> pick the right face). Idempotent."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_dir()
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # The family under the regular face's name too: ParagraphStyle(fontName=REGULAR) + <b>.
        for bold, italic, face in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, face)
        _registered = True


def face(bold: bool = False, italic: bool = False) -> str:
    if bold and italic:
        return BOLD_ITALIC
    if bold:
        return BOLD
    return ITALIC if italic else REGULAR


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, face(bold, italic), size))


__all__ = [
    "BOLD",
    "BOLD_ITALIC",
    "FAMILY",
    "ITALIC",
    "REGULAR",
    "face",
    "register_fonts",
    "text_width",
]
