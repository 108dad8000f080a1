"""Printing: the real PDF pages, drawn onto the printer at its resolution."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the pages of ``pdf`` (honouring a chosen page range), each scaled to
    fit the printable area; returns the number of pages sent."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(count, printer.toPage()) - 1
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        buffer.close()
        return 0
    printed = 0
    try:
        dpi = printer.resolution()
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, pixels)
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
            printed += 1
    finally:
        painter.end()
        buffer.close()
    return printed
