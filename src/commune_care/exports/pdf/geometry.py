"""Page geometry of Nghị định 30/2020 Phụ lục I, mục I: A4, portrait (landscape for wide tables),
margins inside the decree's ranges, the page number in the middle of the top margin."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4  # 210 × 297 mm, in points

# Margins (mục I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm). The low end of each
# range, as the ministries' own Word templates use: the most room for text.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """One orientation: the page, and the text area inside the margins (the frame)."""

    width: float
    height: float
    landscape: bool

    @property
    def frame_x(self) -> float:
        return MARGIN_LEFT

    @property
    def frame_y(self) -> float:
        return MARGIN_BOTTOM

    @property
    def frame_width(self) -> float:
        return self.width - MARGIN_LEFT - MARGIN_RIGHT

    @property
    def frame_height(self) -> float:
        return self.height - MARGIN_TOP - MARGIN_BOTTOM

    @property
    def page_number_x(self) -> float:
        """Centred over the text area (mục I.7: 'canh giữa theo chiều ngang')."""
        return self.frame_x + self.frame_width / 2

    def page_number_baseline(self, size: float) -> float:
        """The number's baseline: the digits' middle in the middle of the top margin."""
        return self.height - MARGIN_TOP / 2 - size * 0.33


PORTRAIT = PageGeometry(PAGE_WIDTH, PAGE_HEIGHT, landscape=False)
# Landscape pages keep the same margins as read: top and bottom 20 mm, left 30, right 15.
LANDSCAPE = PageGeometry(PAGE_HEIGHT, PAGE_WIDTH, landscape=True)


def geometry(landscape: bool) -> PageGeometry:
    return LANDSCAPE if landscape else PORTRAIT


__all__ = [
    "LANDSCAPE",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "PORTRAIT",
    "PageGeometry",
    "geometry",
]
