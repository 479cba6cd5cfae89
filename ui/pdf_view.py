"""Letter PDFs on screen and on paper, without a temporary file.

PySide6-Essentials has no QtPdf, so pypdfium2 (PDFium) renders the pages to ``QImage`` in
memory. PDFium is not thread-safe: rendering happens on the GUI thread only (a one- or two-page
letter takes a few milliseconds); the vault work that produces the bytes runs on the worker.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

#: Screen preview resolution (dots per inch); printing uses the printer's, capped below.
SCREEN_DPI = 96
#: Rendered sharper than the screen and scaled down to the width of the view.
PREVIEW_DPI = 120
MAX_PRINT_DPI = 300


def render_pages(pdf: bytes, dpi: float = SCREEN_DPI, limit: int | None = None) -> list[QImage]:
    """Each page (up to ``limit``) as an RGB image at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document) if limit is None else min(limit, len(document))
        return [render_page(document, index, dpi) for index in range(count)]
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def print_on(printer: QPrinter, pdf: bytes) -> None:
    """Paint every page onto ``printer``, rendered at (up to) the printer's resolution."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                image = render_page(document, index, dpi)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            document.close()
    finally:
        painter.end()


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an image that owns its pixels (the bitmap buffer is freed here)."""
    page = document[index]
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGB888,
    ).copy()
    bitmap.close()
    page.close()
    return image


def print_with_dialog(parent: QWidget | None, pdf: bytes) -> bool:
    """Ask for a printer and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_on(printer, pdf)
    return True


class PdfView(QScrollArea):
    """Scrollable pages of one PDF, one under the other, fitted to the width (reusable)."""

    #: A batch can run to thousands of pages; the preview shows the first ones.
    MAX_PAGES = 20
    MARGIN = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.images: list[QImage] = []
        self.pdf: bytes | None = None
        self.labels: list[QLabel] = []
        inner = QWidget()
        inner.setStyleSheet("background: #808080;")
        self.pages_layout = QVBoxLayout(inner)
        self.pages_layout.setSpacing(self.MARGIN)
        self.pages_layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self.pages_layout.addStretch(1)
        self.setWidget(inner)

    def set_pdf(self, pdf: bytes | None) -> None:
        self.pdf = pdf
        self.images = render_pages(pdf, PREVIEW_DPI, self.MAX_PAGES) if pdf else []
        for label in self.labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for index, _image in enumerate(self.images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.insertWidget(index, label)
            self.labels.append(label)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(100, self.viewport().width() - 2 * self.MARGIN)
        for label, image in zip(self.labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
