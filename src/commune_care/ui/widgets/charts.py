"""Small charts drawn with QPainter (docs/decisions/dashboard.md: PySide6-Essentials has no Qt
Charts, and Qt Charts is deprecated in Qt 6.10).

Each chart draws itself in ``paint_chart(painter, rect)`` with vector operations only, in
logical units, so the same code paints the screen at any device-pixel ratio, a PNG at twice the
size, a printer page at 1200 dpi and a PDF. The context menu offers "Lưu ảnh…" (PNG), "Lưu
PDF…" and "In…". Labels are Vietnamese (decimal comma); colours keep a contrast of at least
4.5:1 for text.

- ``ProgressChart``: a share against its target (bar, target mark, the figure in words);
- ``BarChart``: labelled horizontal bars, each clickable (``bar_clicked(index)``);
- ``QuarterChart``: lines over the four quarters (``None`` leaves a gap), with target lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

from commune_care.ui.feedback import show_user_error

TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
GRID = QColor("#d9dee5")
TRACK = QColor("#e9edf2")
GOOD = QColor("#2e7d32")
BAD = QColor("#c62828")
BLUE = QColor("#1565c0")
TEAL = QColor("#00796b")
HOVER = QColor("#0d47a1")
SERIES_COLORS = (BLUE, TEAL, QColor("#6a1b9a"), QColor("#ef6c00"))
PNG_SCALE = 2  # a saved image is twice the size on screen: sharp in a report or a slide


def vn_pct(value: float | None) -> str:
    """86.4 → '86,4 %'; 80.0 → '80 %'; None → '—'."""
    if value is None:
        return "—"
    text = f"{value:.1f}".replace(".", ",").removesuffix(",0")
    return f"{text} %"


def vn_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class ChartWidget(QWidget):
    """What every chart shares: a title, painting to screen / image / printer, the menu."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setAccessibleName(title)

    # --- what subclasses draw --------------------------------------------------------------
    def paint_chart(self, p: QPainter, rect: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> str:
        """The chart in words (tooltip, accessibility)."""
        return self.title

    # --- painting ---------------------------------------------------------------------------
    def chart_font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The widget's font sized in pixels (logical units), so that text keeps its size
        relative to the chart on a printer or an image, whatever their resolution."""
        font = QFont(self.font())
        points = self.font().pointSizeF()
        pixels = points * self.logicalDpiY() / 72 if points > 0 else self.font().pixelSize()
        font.setPixelSize(max(1, round(pixels * scale)))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self.render_into(p, QRectF(self.rect()))
        finally:
            p.end()

    def render_into(self, p: QPainter, rect: QRectF) -> None:
        """Title and chart in ``rect`` (logical units of ``p``)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(self.chart_font())
        body = QRectF(rect)
        if self.title:
            bold = self.chart_font(bold=True)
            p.setFont(bold)
            height = QFontMetricsF(bold).height()
            p.setPen(TEXT)
            p.drawText(
                QRectF(rect.left(), rect.top(), rect.width(), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.title,
            )
            p.setFont(self.chart_font())
            body.setTop(rect.top() + height + 4)
        self.paint_chart(p, body)

    def to_image(self, scale: int = PNG_SCALE) -> QImage:
        """The chart on white, ``scale`` times its size on screen."""
        size = self.size() if self.width() > 10 else self.sizeHint()
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        p = QPainter(image)
        try:
            self.render_into(p, QRectF(0, 0, size.width(), size.height()))
        finally:
            p.end()
        return image

    def save_png(self, path: Path) -> None:
        if not self.to_image().save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs: bytes
            raise OSError(f"Không ghi được tệp ảnh «{path}».")

    def print_to(self, printer: QPrinter) -> None:
        """The chart on one landscape page, as wide as the page, keeping its proportions."""
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        p = QPainter(printer)
        try:
            size = QSizeF(self.size() if self.width() > 10 else self.sizeHint())
            factor = min(page.width() / size.width(), page.height() / size.height())
            p.scale(factor, factor)
            self.render_into(p, QRectF(0, 0, size.width(), size.height()))
        finally:
            p.end()

    def save_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        printer.setOutputFileName(str(path))
        printer.setDocName(self.title)
        self.print_to(printer)

    # --- the menu ---------------------------------------------------------------------------
    def context_actions(self) -> list[QAction]:
        save = QAction(self.tr("Save image…"), self)
        save.triggered.connect(self.ask_save_png)
        pdf = QAction(self.tr("Save as PDF…"), self)
        pdf.triggered.connect(self.ask_save_pdf)
        printing = QAction(self.tr("Print…"), self)
        printing.triggered.connect(self.ask_print)
        return [save, pdf, printing]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self.context_actions():
            menu.addAction(action)
        menu.exec(event.globalPos())

    def _file_name(self, suffix: str) -> str:
        from commune_care.domain.textfold import fold

        stem = "-".join(fold(self.title).split()) or "bieu-do"
        return f"{stem}.{suffix}"

    def ask_save_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save image"), self._file_name("png"), self.tr("PNG image (*.png)")
        )
        if path:
            try:
                self.save_png(Path(path))
            except OSError as exc:
                show_user_error(self, str(exc))

    def ask_save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._file_name("pdf"), self.tr("PDF file (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)


class ProgressChart(ChartWidget):
    """``part`` of ``whole`` (per cent) against ``target`` per cent: a bar, the target's mark,
    green when the target is met, red when not."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.pct: float | None = None
        self.target: int | None = None
        self.caption = ""  # e.g. "95 / 110 trẻ em"
        self.setMinimumHeight(self.fontMetrics().height() * 4)

    def set_value(self, pct: float | None, target: int | None, caption: str = "") -> None:
        self.pct, self.target, self.caption = pct, target, caption
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        target = self.tr("target {0}").format(vn_pct(self.target)) if self.target else ""
        return " — ".join(t for t in (self.title, vn_pct(self.pct), target, self.caption) if t)

    def sizeHint(self) -> QSize:
        return QSize(320, self.fontMetrics().height() * 4 + 8)

    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        fm = QFontMetricsF(p.font())
        line = fm.height()
        big = self.chart_font(1.9, bold=True)
        met = self.pct is not None and self.target is not None and self.pct >= self.target
        color = MUTED if self.pct is None else GOOD if met else BAD
        big_h = QFontMetricsF(big).height()
        p.setFont(big)
        p.setPen(color)
        p.drawText(QRectF(rect.left(), rect.top(), rect.width() * 0.5, big_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   vn_pct(self.pct))  # fmt: skip
        p.setFont(self.chart_font())
        p.setPen(MUTED)
        if self.target is not None:
            verdict = (
                "" if self.pct is None
                else self.tr("met") if met else self.tr("not met")
            )  # fmt: skip
            text = self.tr("Target {0}").format(vn_pct(self.target))
            p.drawText(
                QRectF(rect.left() + rect.width() * 0.5, rect.top(), rect.width() * 0.5, big_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{text} — {verdict}" if verdict else text,
            )
        bar = QRectF(rect.left(), rect.top() + big_h + 4, rect.width(), max(8.0, line * 0.7))
        path = QPainterPath()
        path.addRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        p.fillPath(path, TRACK)
        if self.pct is not None and self.pct > 0:
            filled = QRectF(bar)
            filled.setWidth(bar.width() * min(self.pct, 100) / 100)
            fill = QPainterPath()
            fill.addRoundedRect(filled, bar.height() / 2, bar.height() / 2)
            p.fillPath(fill, color)
        if self.target is not None:
            x = bar.left() + bar.width() * self.target / 100
            pen = QPen(TEXT, 2)
            p.setPen(pen)
            p.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
        if self.caption:
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left(), bar.bottom() + 4, rect.width(), line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.caption)  # fmt: skip


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


class BarChart(ChartWidget):
    """Labelled horizontal bars, largest scale first; a click on a bar emits its index."""

    bar_clicked = Signal(int)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bars: list[Bar] = []
        self.color = BLUE
        self._hover = -1
        self._rows: list[QRectF] = []
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(int(self._row_height() * max(len(self.bars), 1) + 40))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() + 7

    def sizeHint(self) -> QSize:
        return QSize(420, int(self._row_height() * max(len(self.bars), 1) + 40))

    def describe(self) -> str:
        return self.title + ": " + "; ".join(f"{b.label} {vn_int(b.value)}" for b in self.bars)

    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        fm = QFontMetricsF(p.font())
        row_h = fm.height() + 7
        label_w = min(rect.width() * 0.55, max((fm.horizontalAdvance(b.label) for b in self.bars),
                                               default=0) + 12)  # fmt: skip
        number_w = fm.horizontalAdvance("000.000") + 8
        top = max((b.value for b in self.bars), default=0) or 1
        self._rows = []
        for i, b in enumerate(self.bars):
            row = QRectF(rect.left(), rect.top() + i * row_h, rect.width(), row_h)
            self._rows.append(row)
            if i == self._hover:
                p.fillRect(row, QColor("#eef3fd"))
            p.setPen(TEXT)
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(row.left() + 2, row.top(), label_w - 6, row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            span = max(rect.width() - label_w - number_w, 10)
            width = span * b.value / top
            bar = QRectF(row.left() + label_w, row.top() + 3, max(width, 1.5 if b.value else 0),
                         row_h - 6)  # fmt: skip
            p.fillRect(bar, HOVER if i == self._hover else self.color)
            p.setPen(TEXT if b.value else MUTED)
            p.drawText(QRectF(bar.right() + 6, row.top(), number_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       vn_int(b.value))  # fmt: skip

    def index_at(self, pos: QPointF) -> int:
        return next((i for i, r in enumerate(self._rows) if r.contains(pos)), -1)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.index_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor
            )
            if hover >= 0:
                b = self.bars[hover]
                self.setToolTip(self.tr("{0}: {1} — click to list them").format(
                    b.label, vn_int(b.value)))  # fmt: skip
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position())
            if index >= 0:
                self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per quarter; None: not begun (a gap)
    target: float | None = None


class QuarterChart(ChartWidget):
    """Per-cent lines over the quarters (0–100 %), each with its dashed target, a legend."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.series: list[Series] = []
        self.labels: list[str] = []

    def set_series(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels, self.series = list(labels), list(series)
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        parts = []
        for s in self.series:
            values = ", ".join(
                f"{q} {vn_pct(v)}" for q, v in zip(self.labels, s.values, strict=False)
            )
            parts.append(f"{s.label}: {values}")
        return self.title + "\n" + "\n".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(420, self.fontMetrics().height() * 12)

    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        fm = QFontMetricsF(p.font())
        line = fm.height()
        legend_h = line * len(self.series) + 4
        axis_w = fm.horizontalAdvance("100 %") + 8
        plot = QRectF(rect.left() + axis_w, rect.top() + line / 2, rect.width() - axis_w - 12,
                      rect.height() - legend_h - line * 1.8)  # fmt: skip
        if plot.height() < 20 or not self.labels:
            return

        def y(v: float) -> float:
            return plot.bottom() - plot.height() * max(0.0, min(v, 100.0)) / 100

        # grid and axis labels
        for tick in (0, 25, 50, 75, 100):
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left(), y(tick) - line / 2, axis_w - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick} %")  # fmt: skip
        n = len(self.labels)
        step = plot.width() / n

        def x(i: int) -> float:
            return plot.left() + step * (i + 0.5)

        for i, label in enumerate(self.labels):
            p.setPen(MUTED)
            p.drawText(QRectF(x(i) - step / 2, plot.bottom() + 2, step, line * 1.4),
                       Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
        for k, s in enumerate(self.series):
            color = SERIES_COLORS[k % len(SERIES_COLORS)]
            if s.target is not None:
                dash = QPen(color, 1.2, Qt.PenStyle.DashLine)
                p.setPen(dash)
                p.drawLine(QPointF(plot.left(), y(s.target)), QPointF(plot.right(), y(s.target)))
            pen = QPen(color, 2.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            path = QPainterPath()
            started = False
            for i, v in enumerate(s.values):
                if v is None:
                    started = False
                    continue
                point = QPointF(x(i), y(v))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(color)
            for i, v in enumerate(s.values):
                if v is not None:
                    p.setPen(QPen(QColor("white"), 1.5))
                    p.drawEllipse(QPointF(x(i), y(v)), 4.5, 4.5)
                    p.setPen(color)
                    above = y(v) - line * 1.2 if v < 92 else y(v) + 4
                    p.drawText(QRectF(x(i) - step / 2, above, step, line),
                               Qt.AlignmentFlag.AlignCenter, vn_pct(v))  # fmt: skip
            p.setBrush(Qt.BrushStyle.NoBrush)
            # legend
            ly = rect.bottom() - legend_h + k * line + 2
            p.setPen(QPen(color, 2.4))
            p.drawLine(
                QPointF(plot.left(), ly + line / 2), QPointF(plot.left() + 22, ly + line / 2)
            )
            p.setPen(TEXT)
            target = (
                self.tr(" — target {0} (dashed)").format(vn_pct(s.target))
                if s.target is not None
                else ""
            )
            p.drawText(QRectF(plot.left() + 28, ly, plot.width() - 28, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       s.label + target)  # fmt: skip


__all__ = [
    "Bar",
    "BarChart",
    "ChartWidget",
    "ProgressChart",
    "QuarterChart",
    "Series",
    "vn_int",
    "vn_pct",
]
