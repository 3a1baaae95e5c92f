"""Reading a PDF back as a reader would: text with its font, size and place (pdfplumber), the
rules drawn on the page, the fonts embedded in the file."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdftypes import resolve1

MM = 72 / 25.4
A4_W, A4_H = 210 * MM, 297 * MM
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM  # the engine's margins
TOL = 0.6  # points: rounding in the PDF and pdfplumber's boxes


@dataclass(frozen=True)
class Found:
    """A piece of text on a page: its box (top from the page's top edge) and its first char."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    chars: tuple[dict[str, Any], ...]

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def size(self) -> float:
        return round(float(self.chars[0]["size"]), 2)

    @property
    def fonts(self) -> set[str]:
        return {c["fontname"].split("+")[-1] for c in self.chars if c["text"].strip()}

    @property
    def bold(self) -> bool:
        return all("Bold" in f for f in self.fonts)

    @property
    def italic(self) -> bool:
        return all("Italic" in f for f in self.fonts)

    @property
    def upright(self) -> bool:
        return not any("Italic" in f for f in self.fonts)

    @property
    def regular(self) -> bool:
        return not any("Bold" in f or "Italic" in f for f in self.fonts)

    @property
    def baseline(self) -> float:
        """The baseline, from the page's top edge: the text matrix of the first char (the page's
        height is its top plus its y1)."""
        c = self.chars[0]
        return float(c["top"] + c["y1"] - c["matrix"][5])


class Page:
    def __init__(self, page: Any) -> None:
        self.page = page
        self.width = float(page.width)
        self.height = float(page.height)

    def find(self, text: str) -> Found:
        found = self.find_all(text)
        assert found, f"«{text}» not on page {self.page.page_number}: {self.text()[:400]!r}"
        return found[0]

    def find_all(self, text: str) -> list[Found]:
        out = []
        for m in self.page.search(text, regex=False, return_chars=True):
            out.append(Found(m["text"], m["x0"], m["x1"], m["top"], m["bottom"], tuple(m["chars"])))
        return out

    def has(self, text: str) -> bool:
        return bool(self.page.search(text, regex=False))

    def text(self) -> str:
        return str(self.page.extract_text() or "")

    def chars(self) -> list[dict[str, Any]]:
        return [c for c in self.page.chars if c["text"].strip()]

    def outside_margins(self) -> list[dict[str, Any]]:
        """Chars outside the text area (the page number in the top margin aside)."""
        return [
            c for c in self.chars()
            if not (c["bottom"] <= TOP and c["text"].isdigit())
            and not (c["x0"] >= LEFT - TOL and c["x1"] <= self.width - RIGHT + TOL
                     and c["top"] >= TOP - TOL and c["bottom"] <= self.height - BOTTOM + TOL)
        ]  # fmt: skip

    def rules(self) -> list[dict[str, Any]]:
        """Horizontal lines drawn on the page (not table grids: those come as rects/edges)."""
        return [ln for ln in self.page.lines if abs(ln["top"] - ln["bottom"]) < 0.01]

    def rule_under(self, found: Found, within: float = 9.0) -> dict[str, Any]:
        """The rule just below ``found`` and overlapping it horizontally."""
        below = [
            ln
            for ln in self.rules()
            if 0 <= ln["top"] - found.bottom <= within and ln["x0"] < found.x1
            and ln["x1"] > found.x0
        ]  # fmt: skip
        assert below, f"no rule under «{found.text}»"
        return min(below, key=lambda ln: ln["top"])


class Pdf:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = pdfplumber.open(io.BytesIO(data))
        self.pages = [Page(p) for p in self.pdf.pages]

    def close(self) -> None:
        self.pdf.close()

    def text(self) -> str:
        return "\n".join(p.text() for p in self.pages)

    def fonts(self) -> dict[str, bool]:
        """Every font a page uses → whether its program is embedded in the file."""
        out: dict[str, bool] = {}
        for page in self.pdf.pages:
            resources = resolve1(page.page_obj.resources.get("Font")) or {}
            for ref in resources.values():
                font = resolve1(ref)
                name = str(resolve1(font.get("BaseFont"))).strip("/'")
                descriptor = resolve1(font.get("FontDescriptor"))
                if descriptor is None and font.get("DescendantFonts"):
                    descendant = resolve1(resolve1(font["DescendantFonts"])[0])
                    descriptor = resolve1(descendant.get("FontDescriptor"))
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("FontFile", "FontFile2", "FontFile3")
                )
                out[name] = embedded
        return out
