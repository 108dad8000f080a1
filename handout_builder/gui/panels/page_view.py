"""The preview's pages, one below the other, drawn from images that Qt's
``QPdfPageRenderer`` makes on a thread of its own.

Why not ``QPdfView``: a new document in a QPdfView cost the UI thread a burst
of work in one go — it reads page one's text for links, lays every page out,
and draws blank pages until its renders come back, then draws again — 20–30 ms
on this machine while the clinician types. Here a new document takes the old
one's place only once the pages in sight are rendered, off the UI thread and
without Python's GIL (the renderer is C++; ``QPdfDocument.render`` called from
Python would hold the GIL for the whole page). Until then the old pages stay on
screen; the swap itself is a repaint of finished images, at the same page and
place in it.

One page renders at a time, across old and new documents alike: renders of two
documents would queue on PDFium's one lock, and a document is closed only while
no render runs (closing waits for that lock). :meth:`PageView.hold` holds
renders back while a document is parsed on another thread, which holds the GIL
while it waits for that lock.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from handout_builder.gui.widgets import own_viewport

if TYPE_CHECKING:  # QtPdf loads with the first preview (handout_builder.gui.qt_pdf)
    from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer

GAP = 8  # px around and between pages
RENDER_LIMIT_MS = 10_000  # a page not back by then counts as failed (never holds all up)
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
# Rendered pages kept per document, in bytes: every page of a long handout at
# fit width (~2 MB a page), a few at 400 % (~55 MB a page); the pages farthest
# from the view go first and are rendered again when scrolled back to.
IMAGE_BUDGET = 160 * 1024 * 1024


@dataclass(eq=False)
class Pages:
    """A document with its page sizes (points), read where it was parsed, so the
    UI thread never waits for PDFium's lock to ask; and its rendered pages."""

    document: QPdfDocument
    sizes: list[QSizeF]
    images: dict[int, QImage] = field(default_factory=dict)
    renderer: QPdfPageRenderer | None = None
    in_flight: tuple[int, int] | None = None  # (page, request id) being rendered
    failed: set[int] = field(default_factory=set)  # pages that gave no image

    @staticmethod
    def read(document: QPdfDocument) -> Pages:
        """The pages of a loaded ``document`` (none if it failed to load); call
        on the thread that loaded it."""
        from handout_builder.gui.qt_pdf import QPdfDocument

        ready = document.status() == QPdfDocument.Status.Ready
        count = document.pageCount() if ready else 0
        return Pages(document, [document.pagePointSize(page) for page in range(count)])


class PageView(QAbstractScrollArea):
    """Shows :class:`Pages` (see the module's notes). ``current_page_changed(int)``
    when another page comes into the middle of the view; ``shown()`` when a new
    document is on screen."""

    current_page_changed = Signal(int)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: Pages | None = None  # on screen
        self._coming: Pages | None = None  # waiting for its pages in sight
        self._retired: list[Pages] = []  # to close once no render runs
        self._zoom: float | None = None  # None: fit to width; else 1.0 is 100 %
        self._current = 0
        self._paused = False
        self._then: Callable[[], object] | None = None  # see hold()
        self._closing = False  # a call to _close_retired is on its way
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(RENDER_LIMIT_MS)
        self._limit.timeout.connect(self._overdue)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        own_viewport(self, QPalette.ColorRole.Dark)  # asked for from the first paint on
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._request())

    # -- what is shown -------------------------------------------------------------------

    def document(self) -> QPdfDocument | None:
        """The document on screen."""
        return self._pages.document if self._pages is not None else None

    def page_count(self) -> int:
        """How many pages the document on screen has (0 when none is)."""
        return len(self._pages.sizes) if self._pages is not None else 0

    def current_page(self) -> int:
        """The page in the middle of the view (0-based; the last one when
        scrolled to the end)."""
        return self._current

    def set_pages(self, pages: Pages) -> None:
        """Show ``pages`` once its pages in sight are rendered (at once if none
        are in sight); until then, what is on screen stays. A document still
        waiting is dropped."""
        if self._coming is not None:
            self._retire(self._coming)
        self._coming = pages
        if not self._in_sight(pages):
            self._swap()
        else:
            self._request()

    def drop_coming(self) -> None:
        """Drop the document waiting to be shown (it is closed); what is on
        screen stays."""
        if self._coming is not None:
            self._retire(self._coming)
            self._coming = None
            self._request()

    def clear(self) -> None:
        """Show no pages, and drop the document waiting to be shown (both are
        closed once no render runs)."""
        self.drop_coming()
        if self._pages is not None:
            self._retire(self._pages)
            self._pages = None
            self._relayout()
            self._scrolled()  # page 0 of none; the retired document is closed

    def go_to_page(self, page: int) -> None:
        """Scroll so that ``page`` (0-based) starts at the top of the view; a
        page the document on screen does not have is ignored."""
        if self._pages is not None and 0 <= page < len(self._pages.sizes):
            tops, _heights = self._layout(self._pages)
            self.verticalScrollBar().setValue(tops[page] - GAP)

    # -- zoom ----------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The zoom, 1.0 at 100 % (in fit-to-width too)."""
        return self._scale(self._pages) / self._points_to_pixels() if self._pages else 1.0

    def set_zoom(self, factor: float | None) -> None:
        """Zoom to ``factor`` (1.0 is 100 %, clamped) or, with ``None``, fit the
        page width to the view."""
        anchor = self._anchor()
        self._zoom = None if factor is None else max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._relayout(anchor)

    # -- layout --------------------------------------------------------------------------

    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def _scale(self, pages: Pages) -> float:
        """Pixels per point."""
        if self._zoom is not None or not pages.sizes:
            return (self._zoom or 1.0) * self._points_to_pixels()
        widest = max(size.width() for size in pages.sizes)
        return max(1, self.viewport().width() - 2 * GAP) / max(widest, 1.0)

    def _page_size(self, pages: Pages, page: int) -> QSize:
        scale = self._scale(pages)
        size = pages.sizes[page]
        return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))

    def _layout(self, pages: Pages) -> tuple[list[int], list[int]]:
        """Each page's top and height, in px from the top of the content."""
        tops, heights, y = [], [], GAP
        for page in range(len(pages.sizes)):
            height = self._page_size(pages, page).height()
            tops.append(y)
            heights.append(height)
            y += height + GAP
        return tops, heights

    def _page_rect(self, pages: Pages, page: int, tops: list[int]) -> QRect:
        size = self._page_size(pages, page)
        width = self._content_width(pages)
        left = (max(width, self.viewport().width()) - size.width()) // 2
        return QRect(
            left - self.horizontalScrollBar().value(),
            tops[page] - self.verticalScrollBar().value(),
            size.width(),
            size.height(),
        )

    def _content_width(self, pages: Pages) -> int:
        widths = [self._page_size(pages, p).width() for p in range(len(pages.sizes))]
        return max(widths, default=0) + 2 * GAP

    def _anchor(self) -> tuple[int, float]:
        """The page at the top of the view and how far down it the view starts."""
        if self._pages is None or not self._pages.sizes:
            return 0, 0.0
        tops, heights = self._layout(self._pages)
        y = self.verticalScrollBar().value()
        page = max(0, bisect.bisect_right(tops, y + GAP) - 1)
        return page, (y - tops[page]) / max(1, heights[page])

    def _scroll_for(self, pages: Pages, anchor: tuple[int, float]) -> int:
        if not pages.sizes:
            return 0
        tops, heights = self._layout(pages)
        page = min(anchor[0], len(tops) - 1)
        return tops[page] + round(anchor[1] * heights[page])

    def _in_sight(self, pages: Pages, scroll: int | None = None) -> list[int]:
        """The pages of ``pages`` in the view (scrolled to ``scroll``, or to where
        the page on screen now would be)."""
        if not pages.sizes or self.viewport().height() <= 0:
            return []
        if scroll is None:
            scroll = self._scroll_for(pages, self._anchor())
        tops, heights = self._layout(pages)
        bottom = scroll + self.viewport().height()
        pairs = enumerate(zip(tops, heights, strict=True))
        return [page for page, (top, height) in pairs if top < bottom and top + height > scroll]

    def _relayout(self, anchor: tuple[int, float] | None = None) -> None:
        pages = self._pages
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        if pages is None or not pages.sizes:
            vertical.setRange(0, 0)
            horizontal.setRange(0, 0)
            self.viewport().update()
            return
        tops, heights = self._layout(pages)
        view = self.viewport().size()
        vertical.setPageStep(view.height())
        vertical.setSingleStep(20)
        horizontal.setPageStep(view.width())
        horizontal.setSingleStep(20)
        vertical.blockSignals(True)  # one update below, not one per change
        vertical.setRange(0, max(0, tops[-1] + heights[-1] + GAP - view.height()))
        if anchor is not None:
            vertical.setValue(self._scroll_for(pages, anchor))
        vertical.blockSignals(False)
        horizontal.setRange(0, max(0, self._content_width(pages) - view.width()))
        self._scrolled()

    # -- rendering -----------------------------------------------------------------------

    def hold(self, then: Callable[[], object]) -> None:
        """Hold renders back (while a document is parsed on another thread) and
        call ``then`` once no render runs: at once, or when the one running is back."""
        self._paused = True
        if self.rendering():
            self._then = then
        else:
            then()

    def release(self) -> None:
        """Render again (after :meth:`hold`)."""
        self._paused = False
        self._request()

    def discard(self, pages: Pages) -> None:
        """Close ``pages`` (never shown) once no render runs."""
        self._retire(pages)
        self._request()

    def rendering(self) -> bool:
        """Whether a page is being rendered now."""
        return any(p.in_flight is not None for p in self._all())

    def _all(self) -> list[Pages]:
        return [p for p in (self._pages, self._coming, *self._retired) if p is not None]

    def _request(self) -> None:
        """Render the next page wanted: the new document's pages in sight first,
        then those in sight on screen."""
        if self.rendering():
            return
        if self._retired:  # closed first, on a turn of the event loop of its own
            if not self._closing:
                self._closing = True
                QTimer.singleShot(0, self._close_retired)
            return
        if self._paused:
            return
        for pages in (self._coming, self._pages):
            if pages is None:
                continue
            for page in self._in_sight(pages) if pages is self._coming else self._visible():
                size = self._page_size(pages, page) * self.devicePixelRatioF()
                image = pages.images.get(page)
                if page not in pages.failed and (image is None or image.size() != size):
                    self._render(pages, page, size)
                    return

    def _render(self, pages: Pages, page: int, size: QSize) -> None:
        from handout_builder.gui.qt_pdf import QPdfDocumentRenderOptions, QPdfPageRenderer

        if pages.renderer is None:
            renderer = pages.renderer = QPdfPageRenderer(self)
            renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
            renderer.setDocument(pages.document)
            renderer.pageRendered.connect(
                lambda number, _size, image, _options, request, pages=pages: self._rendered(
                    pages, number, image, request
                )
            )
        request = pages.renderer.requestPage(page, size, QPdfDocumentRenderOptions())
        pages.in_flight = (page, request)
        self._limit.start()

    def _overdue(self) -> None:
        """A render that never came back (the renderer drops requests for a
        document that is not ready): that page counts as failed."""
        for pages in self._all():
            if pages.in_flight is not None:
                page, request = pages.in_flight
                self._rendered(pages, page, QImage(), request)

    def _rendered(self, pages: Pages, page: int, image: QImage, request: int) -> None:
        if pages.in_flight != (page, request):
            return
        pages.in_flight = None
        self._limit.stop()
        if image.isNull():
            pages.failed.add(page)
        else:
            image.setDevicePixelRatio(self.devicePixelRatioF())
            pages.images[page] = image
            self._trim(pages)
        if pages is self._coming:
            if all(p in pages.images or p in pages.failed for p in self._in_sight(pages)):
                self._swap()
        elif pages is self._pages:
            tops, _heights = self._layout(pages)
            self.viewport().update(self._page_rect(pages, page, tops))
        if self._then is not None:  # held: the parse waiting for this render goes next
            then, self._then = self._then, None
            then()
        self._request()

    def _trim(self, pages: Pages) -> None:
        """Let go of rendered pages of ``pages``, farthest from the view first,
        until they hold at most :data:`IMAGE_BUDGET` bytes (pages in the view
        are kept whatever their size)."""
        total = sum(image.sizeInBytes() for image in pages.images.values())
        if total <= IMAGE_BUDGET:
            return
        in_view = self._visible() if pages is self._pages else self._in_sight(pages)
        middle = (in_view[0] + in_view[-1]) / 2 if in_view else 0.0
        for page in sorted(pages.images, key=lambda p: abs(p - middle), reverse=True):
            if total <= IMAGE_BUDGET:
                break
            if page not in in_view:
                total -= pages.images.pop(page).sizeInBytes()

    def _swap(self) -> None:
        coming, old = self._coming, self._pages
        if coming is None:
            return
        anchor = self._anchor()
        self._coming, self._pages = None, coming
        if old is not None:
            self._retire(old)
        self._relayout(anchor)
        self.viewport().update()
        self._request()  # the old document is closed first
        self.shown.emit()

    def _retire(self, pages: Pages) -> None:
        self._retired.append(pages)

    def _close_retired(self) -> None:
        """Close the documents no longer shown, while no render runs (see the
        notes; not from within a renderer's signal), then render on."""
        self._closing = False
        if self.rendering():
            return  # again when that render is back
        for pages in self._retired:
            if pages.renderer is not None:
                shiboken6.delete(pages.renderer)  # its thread is idle: no wait
            shiboken6.delete(pages.document)
        self._retired.clear()
        self._request()

    # -- events --------------------------------------------------------------------------

    def _visible(self) -> list[int]:
        return self._in_sight(self._pages, self.verticalScrollBar().value()) if self._pages else []

    def _scrolled(self, *_value: object) -> None:
        self.viewport().update()
        if self._pages is not None and self._pages.sizes:
            tops, _heights = self._layout(self._pages)
            middle = self.verticalScrollBar().value() + self.viewport().height() // 2
            page = max(0, bisect.bisect_right(tops, middle) - 1)
            if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() > 0:
                page = len(tops) - 1  # at the end: the last page, however short
        else:
            page = 0
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)
        self._request()

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._anchor()
        super().resizeEvent(event)
        self._relayout(anchor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout(self._anchor())

    def paintEvent(self, event: QPaintEvent) -> None:
        pages = self._pages
        if pages is None or not pages.sizes:
            return
        painter = QPainter(self.viewport())
        tops, _heights = self._layout(pages)
        area = event.rect()
        for page in self._visible():
            target = self._page_rect(pages, page, tops)
            if not target.intersects(area):
                continue
            painter.fillRect(target, Qt.GlobalColor.white)  # paper: the page draws on it
            image = pages.images.get(page)
            if image is None:
                continue
            if image.size() == target.size() * self.devicePixelRatioF():
                painter.drawImage(target.topLeft(), image)
            else:  # rendered at another zoom: stretched until the new one comes
                painter.drawImage(QRectF(target), image)
        painter.end()

    def scroll_position(self) -> QPoint:
        """Where the view is scrolled to, in px (for tests)."""
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
