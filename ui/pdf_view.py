"""Letter PDFs on screen and on paper, without a temporary file.

PySide6-Essentials has no QtPdf, so pypdfium2 (PDFium) renders the pages to ``QImage`` in
memory. PDFium is not thread-safe: rendering happens on the GUI thread only (a one- or two-page
letter takes a few milliseconds); the vault work that produces the bytes runs on the worker.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

#: Screen preview resolution (dots per inch); printing uses the printer's, capped below.
SCREEN_DPI = 96
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
    """Scrollable pages of one PDF, one under the other (reusable: letters, specimens)."""

    #: A batch can run to thousands of pages; the preview shows the first ones.
    MAX_PAGES = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #808080; }")
        self.images: list[QImage] = []
        self.pdf: bytes | None = None
        self._show([])

    def set_pdf(self, pdf: bytes | None) -> None:
        self.pdf = pdf
        self.images = render_pages(pdf, SCREEN_DPI, self.MAX_PAGES) if pdf else []
        self._show(self.images)

    def _show(self, images: list[QImage]) -> None:
        from PySide6.QtGui import QPixmap

        inner = QWidget()
        inner.setStyleSheet("background: #808080;")
        layout = QVBoxLayout(inner)
        layout.setSpacing(12)
        layout.setContentsMargins(12, 12, 12, 12)
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(inner)
