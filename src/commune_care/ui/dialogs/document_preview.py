"""Preview of a document before it is printed or saved: its pages as they will come out of the
printer, the signer to choose (Chủ tịch or Phó Chủ tịch, TM. or not) when the document has not
been issued yet, confidential notes only when asked; Print (system dialog, A4, no scaling) and
Save as PDF.

The PDF is rendered to images with pypdfium2 (Qt's QtPdf is not in PySide6-Essentials). Pages
are drawn as they scroll into view and only the last few are kept, so a thousand-page PDF costs
no more memory than a short one.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.documents import SignerRole
from commune_care.domain.errors import UserError
from commune_care.services.documents import SignerChoice
from commune_care.ui.feedback import show_user_error

log = logging.getLogger("commune_care.ui.document_preview")

POINTS_PER_INCH = 72.0
SCREEN_DPI = 96.0  # 100 % zoom: a page as large as on paper on a 96-dpi screen
PRINT_DPI_MAX = 300  # pages go to the printer as images of at most this resolution
PAGE_GAP = 12  # pixels between pages in the view
CACHE_PAGES = 12
ZOOMS = (50, 75, 100, 125, 150, 200)


@dataclass(frozen=True)
class PreviewChoice:
    """What the officer chose in the preview: the signer (None: the document's own), whether
    confidential notes go into the document, and the marking it then carries."""

    signer: SignerChoice | None = None
    include_confidential: bool = False
    marking: str = "MẬT"


# The restrictions a document with confidential details may carry (Nghị định 56 Điều 24;
# Nghị định 30/2020 Phụ lục I, mục III.2.c): the officer may type another one.
MARKINGS = ("MẬT", "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI")


class Rendered(Protocol):
    """A rendered PDF as the services give it (``RenderedPdf``)."""

    @property
    def data(self) -> bytes: ...

    @property
    def pages(self) -> int: ...


Render = Callable[[PreviewChoice], Rendered]
Save = Callable[[bytes, Path, str], None]  # data, path, what the document is
Printed = Callable[[str, int], None]  # what was printed, pages sent
# Number the document in the register (a draft): True once it is issued.
Issue = Callable[[QWidget], bool]

SIGNER_CHOICES: tuple[tuple[SignerRole, bool], ...] = (
    (SignerRole.CHAIRMAN, True),
    (SignerRole.VICE_CHAIRMAN, True),
    (SignerRole.CHAIRMAN, False),
    (SignerRole.VICE_CHAIRMAN, False),
)


def signer_labels() -> dict[tuple[SignerRole, bool], str]:
    """The four ways a commune document is signed, as the officer picks them."""
    return {
        (SignerRole.CHAIRMAN, True): QCoreApplication.translate(
            "SignerChoice", "TM. People's Committee — Chairman"
        ),
        (SignerRole.VICE_CHAIRMAN, True): QCoreApplication.translate(
            "SignerChoice", "TM. People's Committee — Vice-chairman (KT. Chairman)"
        ),
        (SignerRole.CHAIRMAN, False): QCoreApplication.translate(
            "SignerChoice", "Chairman (own decision)"
        ),
        (SignerRole.VICE_CHAIRMAN, False): QCoreApplication.translate(
            "SignerChoice", "Vice-chairman (KT. Chairman)"
        ),
    }


def page_image(page: pdfium.PdfPage, dpi: float, rotate: bool = False) -> QImage:
    """One page as an image at ``dpi`` (a copy that owns its pixels)."""
    bitmap = page.render(
        scale=dpi / POINTS_PER_INCH,
        rotation=90 if rotate else 0,
        force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
        fill_color=(255, 255, 255, 255),
    )
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
    )
    return image.copy()


class PageView(QWidget):
    """The pages one under the other, drawn when they come into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: pdfium.PdfDocument | None = None
        self.sizes: list[tuple[float, float]] = []  # points
        self.zoom = 1.0
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#808080"))
        self.setPalette(palette)

    def set_document(self, document: pdfium.PdfDocument | None) -> None:
        self.document = document
        self._cache.clear()
        self.sizes = (
            [tuple(document.get_page_size(i)) for i in range(len(document))]
            if document is not None
            else []
        )
        self._relayout()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._cache.clear()
        self._relayout()

    def _pixels(self, points: float) -> int:
        return round(points / POINTS_PER_INCH * SCREEN_DPI * self.zoom)

    def page_rects(self) -> list[QRect]:
        rects = []
        y = PAGE_GAP
        width = self.width()
        for w, h in self.sizes:
            pw, ph = self._pixels(w), self._pixels(h)
            rects.append(QRect(max((width - pw) // 2, PAGE_GAP), y, pw, ph))
            y += ph + PAGE_GAP
        return rects

    def sizeHint(self) -> QSize:
        if not self.sizes:
            return QSize(400, 300)
        widest = max(self._pixels(w) for w, _h in self.sizes)
        height = sum(self._pixels(h) + PAGE_GAP for _w, h in self.sizes) + PAGE_GAP
        return QSize(widest + 2 * PAGE_GAP, height)

    def _relayout(self) -> None:
        hint = self.sizeHint()
        self.setMinimumSize(hint.width(), hint.height())
        self.setFixedHeight(hint.height())
        self.updateGeometry()
        self.update()

    def image(self, index: int) -> QImage:
        if index in self._cache:
            self._cache.move_to_end(index)
            return self._cache[index]
        assert self.document is not None
        ratio = self.devicePixelRatioF()
        image = page_image(self.document[index], SCREEN_DPI * self.zoom * ratio)
        image.setDevicePixelRatio(ratio)
        self._cache[index] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return image

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        exposed = event.rect()
        for index, rect in enumerate(self.page_rects()):
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect.translated(2, 2), QColor("#555555"))  # a shadow
            painter.drawImage(rect, self.image(index))
        painter.end()


class DocumentPreviewDialog(QDialog):
    """``render(choice)`` gives the PDF for the officer's choice; ``save(data, path, what)``
    writes it; ``printed(what, pages)`` records a print in the audit trail. ``signer``: the signer proposed (None: the document's own, no choice offered);
    ``confidential``: offer to include the confidential notes, and the marking they bring;
    ``issue``: a draft of the register, which "Issue…" numbers from here."""

    def __init__(
        self,
        render: Render,
        save: Save,
        title: str,
        file_name: str,
        signer: SignerChoice | None = None,
        confidential: bool = False,
        parent: QWidget | None = None,
        issue: Issue | None = None,
        printed: Printed | None = None,
    ) -> None:
        super().__init__(parent)
        self.render_pdf = render
        self.printed = printed
        self.issue = issue
        self.save = save
        self.file_name = file_name
        self.data = b""
        self.pages = 0
        self._document: pdfium.PdfDocument | None = None
        self.setWindowTitle(title)

        self.signer_combo = QComboBox()
        labels = signer_labels()
        for role, on_behalf in SIGNER_CHOICES:
            self.signer_combo.addItem(labels[(role, on_behalf)], (role, on_behalf))
        self.signer_combo.setAccessibleName(self.tr("Signer"))
        self.offers_signer = signer is not None
        if signer is not None:
            self.signer_combo.setCurrentIndex(SIGNER_CHOICES.index((signer.role, signer.on_behalf)))
        signer_label = QLabel(self.tr("&Signer:"))
        signer_label.setBuddy(self.signer_combo)
        self.signer_label = signer_label
        for widget in (signer_label, self.signer_combo):
            widget.setVisible(signer is not None)
        self.confidential_check = QCheckBox(self.tr("Include &confidential notes, marked:"))
        self.confidential_check.setVisible(confidential)
        self.marking_combo = QComboBox()
        self.marking_combo.setEditable(True)
        self.marking_combo.addItems(MARKINGS)
        self.marking_combo.setAccessibleName(self.tr("Marking"))
        self.marking_combo.setToolTip(
            self.tr(
                "The marking printed in a frame under the number when confidential notes"
                " are included"
            )
        )
        self.marking_combo.setVisible(confidential)
        self.marking_combo.setEnabled(False)
        self.zoom_combo = QComboBox()
        for zoom in ZOOMS:
            self.zoom_combo.addItem(f"{zoom} %", zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(100))
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.pages_label = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print on A4 paper at full size (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.issue_button.setToolTip(self.tr("Give this draft its number and date in the register"))
        self.issue_button.setVisible(issue is not None)
        self.issue_button.clicked.connect(self.issue_document)
        close = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.issue_button, close):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_document)

        top = QHBoxLayout()
        top.addWidget(signer_label)
        top.addWidget(self.signer_combo)
        top.addWidget(self.confidential_check)
        top.addWidget(self.marking_combo)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Zoom:")))
        top.addWidget(self.zoom_combo)
        top.addSpacing(12)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(self.issue_button)
        top.addWidget(close)

        self.view = PageView()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.pages_label)

        self.signer_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.confidential_check.toggled.connect(self._confidential_toggled)
        self.marking_combo.activated.connect(lambda _i: self.refresh())
        line = self.marking_combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._marking_edited)
        self.zoom_combo.currentIndexChanged.connect(
            lambda _i: self.view.set_zoom(self.zoom_combo.currentData() / 100)
        )
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else QSize(1366, 768)
        self.resize(min(900, available.width() - 40), max(available.height() - 80, 500))
        self.refresh()
        self.scroll_area.setFocus()

    # --- the document ------------------------------------------------------------------
    def choice(self) -> PreviewChoice:
        signer = None
        if self.offers_signer:
            role, on_behalf = self.signer_combo.currentData()
            signer = SignerChoice(role=role, on_behalf=on_behalf)
        marking = " ".join(self.marking_combo.currentText().split()).upper() or MARKINGS[0]
        return PreviewChoice(signer, self.confidential_check.isChecked(), marking)

    def _confidential_toggled(self, checked: bool) -> None:
        self.marking_combo.setEnabled(checked)
        self.refresh()

    def _marking_edited(self) -> None:
        if self.confidential_check.isChecked():
            self.refresh()

    def issue_document(self) -> None:
        """Number the draft (the issue dialog); then the document shows its number and its
        signer, which can no longer be changed here."""
        if self.issue is None or not self.issue(self):
            return
        self.offers_signer = False
        for widget in (self.signer_combo, self.signer_label):
            widget.hide()
        self.issue_button.hide()
        self.refresh()

    def refresh(self) -> None:
        """Render again for the current choice and show the pages."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.render_pdf(self.choice())
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_user_error(self, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.data, self.pages = result.data, result.pages
        if self._document is not None:
            self.view.set_document(None)
            self._document.close()
        self._document = pdfium.PdfDocument(self.data)
        self.view.set_document(self._document)
        self.pages_label.setText(
            self.tr("1 page") if self.pages == 1 else self.tr("{0} pages").format(self.pages)
        )

    # --- printing and saving -----------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the document's own margins; nothing added, nothing scaled
        printer.setDocName(self.file_name)
        printer.setFromTo(1, max(self.pages, 1))
        return printer

    def print_document(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Every page (or the range chosen) on A4 at its real size: a landscape page turned
        onto the portrait sheet. Returns the number of pages sent."""
        assert self._document is not None
        first = printer.fromPage() or 1
        last = printer.toPage() or self.pages
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            show_user_error(
                self, self.tr("The printer could not be opened. Check it and try again.")
            )
            return 0
        sent = 0
        try:
            for index in range(first - 1, min(last, self.pages)):
                if sent:
                    printer.newPage()
                page = self._document[index]
                width, height = page.get_size()
                image = page_image(page, dpi, rotate=width > height)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
                painter.drawImage(QRect(0, 0, paper.width(), paper.height()), image)
                sent += 1
        finally:
            painter.end()
        if sent and self.printed is not None:
            self.printed(Path(self.file_name).stem, sent)
        return sent

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / self.file_name

    def save_document(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(self.default_path()), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = (
                path.with_suffix(path.suffix + ".pdf") if path.suffix else path.with_suffix(".pdf")
            )
        try:
            self.save(self.data, path, Path(self.file_name).stem)
        except UserError as exc:
            show_user_error(self, exc)
            return False
        return True

    def done(self, result: int) -> None:
        self.view.set_document(None)
        if self._document is not None:
            self._document.close()
            self._document = None
        super().done(result)


__all__ = [
    "MARKINGS",
    "SIGNER_CHOICES",
    "DocumentPreviewDialog",
    "PageView",
    "PreviewChoice",
    "page_image",
    "signer_labels",
]
