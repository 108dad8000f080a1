"""Printing: the real PDF pages, sent to the printer off the UI thread.

:func:`match_printer` sets the printer to the handout's own paper size and
orientation (a Letter handout prints on Letter; the tri-fold brochure is a
landscape sheet printed on both sides, flipped on the short edge) before the
print dialog shows. :class:`PrintJob` then draws one page at a time in a
background thread — each page rendered at no more than :data:`MAX_DPI`, so a
long handout needs the memory of one page image, not of all of them — and
reports progress; :meth:`PrintJob.cancel` stops it between pages.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from handout_builder.gui.qt_pdf import QPdfDocument, QPdfDocumentRenderOptions

# Enough for sharp 12 pt text and line art on any office printer; a Letter page
# at 300 dpi is a 2550 x 3300 image (about 34 MB), drawn and dropped page by page.
MAX_DPI = 300
BAND_ROWS = 200


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def match_printer(printer: QPrinter, pdf: bytes) -> int:
    """Set ``printer`` to the PDF's paper size and orientation, no margins (the
    handout keeps its own), and — for a landscape sheet printed on both sides,
    the tri-fold brochure — duplex on the short edge. Returns the page count."""
    document, buffer = _load(pdf)
    try:
        count = document.pageCount()
        if count == 0:
            return 0
        points = document.pagePointSize(0)
    finally:
        document.close()
        buffer.close()
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    if landscape and count > 1:
        printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)
    return count


class _Thread(QThread):
    def __init__(self, target: object) -> None:
        super().__init__()
        self._target = target

    def run(self) -> None:
        self._target()  # type: ignore[operator]


class PrintJob(QObject):
    """Print ``pdf`` on ``printer`` in a background thread, one page at a time.

    ``progress(done, total)`` after each page; ``finished(printed)`` at the
    end (``printed`` is 0 and ``cancelled`` true when stopped); ``failed(message)``
    when the printer could not be used. Signals arrive on the thread that made
    the job (the UI thread).
    """

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pdf, self._printer = pdf, printer
        self._stop = threading.Event()
        self.cancelled = False
        self._thread: QThread | None = None

    def start(self) -> None:
        self._thread = _Thread(self._run)
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the page being drawn; nothing more reaches the printer."""
        self._stop.set()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the thread ends (for closing the app and for tests)."""
        return self._thread.wait(milliseconds) if self._thread is not None else True

    def _run(self) -> None:
        printer = self._printer
        document, buffer = _load(self._pdf)
        try:
            count = document.pageCount()
            first, last = 0, count - 1
            if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
                first, last = printer.fromPage() - 1, min(count, printer.toPage()) - 1
            painter = QPainter()
            if count == 0 or not painter.begin(printer):
                self.failed.emit("The printer could not be started.")
                return
            printed = 0
            dpi = min(printer.resolution(), MAX_DPI)
            try:
                for page in range(first, last + 1):
                    if self._stop.is_set():
                        printer.abort()
                        self.cancelled = True
                        break
                    if printed:
                        printer.newPage()
                    self._draw_page(document, page, painter, dpi)
                    printed += 1
                    self.progress.emit(printed, last - first + 1)
            finally:
                painter.end()
            self.finished.emit(0 if self.cancelled else printed)
        finally:
            document.close()
            buffer.close()

    def _draw_page(self, document: QPdfDocument, page: int, painter: QPainter, dpi: int) -> None:
        """Draw one page, rendered in bands of :data:`BAND_ROWS` rows: Qt holds
        Python's lock while it renders or draws an image, so short calls keep
        the window responsive (and a band needs little memory)."""
        points = document.pagePointSize(page)
        width, height = round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
        area = QRectF(painter.viewport())
        target = QSizeF(width, height).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        scale = target.height() / height
        for top in range(0, height, BAND_ROWS):
            rows = min(BAND_ROWS, height - top)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(QSize(width, height))
            options.setScaledClipRect(QRect(0, top, width, rows))
            band = document.render(page, QSize(width, rows), options)
            y0, y1 = round(area.top() + top * scale), round(area.top() + (top + rows) * scale)
            painter.drawImage(QRectF(area.left(), y0, target.width(), y1 - y0), band)
