"""Printing a PDF: each page rendered by QtPdf and painted onto the printer's page.

The pages keep their proportions and are centred on the printable area; they are rendered at
the printer's resolution (at most 300 dpi, which is sharper than most office printers need).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from imin_desktop.domain.errors import RefusedError

MAX_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter,
              on_page: Callable[[int, int], bool] | None = None) -> int:  # fmt: skip
    """Print ``document`` (every page, or the printer's from/to range); returns the number of
    pages printed. ``on_page(done, total)`` may return False to stop early."""
    count = document.pageCount()
    if count <= 0:
        raise RefusedError(QCoreApplication.translate("Printing", "There is no document to print."))
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first = min(printer.fromPage() - 1, last)
        last = min(max(printer.toPage() - 1, first), last)
    painter = QPainter()
    if not painter.begin(printer):
        raise RefusedError(
            QCoreApplication.translate("Printing", "The printer could not be started.")
        )
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        target_area = QRectF(0, 0, area.width(), area.height())
        for page in range(first, last + 1):
            if page > first:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(max(1, round(points.width() / 72 * dpi)),
                           max(1, round(points.height() / 72 * dpi)))  # fmt: skip
            image = document.render(page, pixels)
            scale = min(target_area.width() / pixels.width(),
                        target_area.height() / pixels.height())  # fmt: skip
            w, h = pixels.width() * scale, pixels.height() * scale
            target = QRectF((target_area.width() - w) / 2, (target_area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            printed += 1
            if on_page is not None and not on_page(printed, last - first + 1):
                break
    finally:
        painter.end()
    return printed
