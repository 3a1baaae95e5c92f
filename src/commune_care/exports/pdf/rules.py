"""Solid horizontal rules drawn as lines (not underscores): under the agency's name, the Tiêu
ngữ, the subject and an appendix's reference."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from commune_care.exports.pdf.styles import RULE_THICKNESS


class Rule(Flowable):
    """A line ``length`` points long, centred in the width it is given, ``gap`` points below
    the text above it."""

    def __init__(self, length: float, gap: float = 4.0, after: float = 0.0,
                 thickness: float = RULE_THICKNESS) -> None:  # fmt: skip
        super().__init__()
        self.length = length
        self.gap = gap
        self.after = after
        self.thickness = thickness
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.gap + self.thickness + self.after

    def draw(self) -> None:
        canvas: Any = self.canv
        y = self.after + self.thickness / 2
        x0 = (self._avail - self.length) / 2
        canvas.saveState()
        canvas.setLineWidth(self.thickness)
        canvas.line(x0, y, x0 + self.length, y)
        canvas.restoreState()


__all__ = ["Rule"]
