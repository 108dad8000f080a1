"""Renders and text analyses for the GUI, off the UI thread.

The service feeds a :class:`Renderer` — the render worker process in the app, a
fast fake in most window tests — from one background thread
(:class:`~handout_builder.gui.services.tasks.BackgroundTasks`). Exports queue
and go first; a waiting preview is replaced by a newer one (only the newest is
rendered) and a preview result older than the one on screen is dropped
(:meth:`RenderService.accept_preview`); analyses run after both. Results come
back as Qt signals and callbacks on the UI thread. Each new preview goes to the
preview cache on a thread of its own, after it is handed over: storing it (a
hash of the layout's files, a synced write) took 36 ms on the way to the screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from handout_builder.core import preview_cache
from handout_builder.gui.services.tasks import BackgroundTasks

if TYPE_CHECKING:  # the render messages load with the render worker, after the first paint
    from handout_builder.core.jobs import (
        AnalysisRequest,
        AnalysisResult,
        RenderRequest,
        RenderResult,
    )

    # A request, or a function that makes it on the render thread (so files such
    # as the brand profile are read there, not on the UI thread).
    RequestSource = RenderRequest | Callable[[], RenderRequest]

# Task priorities, lower first: starting the worker, renders the clinician
# waits for, then the preview, then analyses (which only decorate the window).
START, EXPORT, PREVIEW, ANALYSIS = -1, 0, 1, 2


class Renderer(Protocol):
    """What the service needs from a renderer (``RenderWorker`` has it all)."""

    def start(self) -> None: ...

    def render(self, request: RenderRequest, time_limit: float | None = None) -> RenderResult: ...

    def analyze(
        self, request: AnalysisRequest, time_limit: float | None = None
    ) -> AnalysisResult: ...

    def close(self) -> None: ...

    def abort(self) -> None:
        """Stop a render running on another thread at once (it returns a
        stopped result); renders asked for later are stopped too."""


class RenderService(QObject):
    """``preview_ready(RenderResult)`` for previews; ``busy_changed(bool)`` while
    renders (not analyses) are running or waiting."""

    preview_ready = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, renderer: Renderer | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self.tasks = BackgroundTasks(self, name="render-service", start=False)
        self._cache = BackgroundTasks(self, name="preview-cache")
        self._ids = itertools.count(1)
        self._latest_shown = 0
        self._exports = 0  # exports and prints asked for, not back yet (UI thread)
        self._started = False
        # The preview cache keeps, of each handout, the first preview stored
        # (the handout as opened) and the newest (as closed), not every draft
        # typed in between: they would push other handouts' previews out.
        self._first_stored: str | None = None
        self._draft_stored: str | None = None
        # Which handout a preview is of: counted on the UI thread as handouts are
        # shown (new_document), and where the cache thread's two keys above are.
        self._document = 0
        self._stored_for = 0
        # Whether previews may be kept at all (asked at each store): the window
        # keeps them only while the history is on (history.keeps_previews).
        self.keep_previews: Callable[[], bool] = lambda: True

    @property
    def renderer(self) -> Renderer:
        """The renderer given, else the render worker process, made when first
        needed (when the service starts, after the window's first paint: its
        module and the render messages took ~4 ms of the way there)."""
        if self._renderer is None:
            from handout_builder.render.worker import RenderWorker

            self._renderer = RenderWorker(start=False)
        return self._renderer

    @renderer.setter
    def renderer(self, renderer: Renderer) -> None:
        self._renderer = renderer

    def start(self) -> None:
        """Start the background thread and, on it, the renderer (the worker
        process); requests made before wait for this."""
        if not self._started:
            self._started = True
            self.tasks.submit(self.renderer.start, priority=START)
            self.tasks.start()

    def next_id(self) -> int:
        return next(self._ids)

    def request_preview(self, request: RequestSource) -> None:
        """Render ``request`` for the preview (``preview_ready``); a waiting older
        preview is dropped."""
        self._render(request, self.preview_ready.emit, PREVIEW, key="preview")

    def submit(self, request: RequestSource, callback: Callable[[RenderResult], object]) -> None:
        """Render ``request`` (an export, a print) ahead of previews; ``callback``
        gets the result on the UI thread. Until then :meth:`exporting` holds."""
        self._exports += 1

        def delivered(result: RenderResult) -> None:
            self._exports -= 1
            callback(result)

        def failed(error: Exception) -> None:
            self._exports -= 1
            raise error  # the app's error handler

        self._render(request, delivered, EXPORT, failed=failed)

    def exporting(self) -> bool:
        """Whether an export or a print asked for has not come back yet (closing
        the window now would lose it)."""
        return self._exports > 0

    def analyze(
        self,
        request: AnalysisRequest,
        callback: Callable[[AnalysisResult], object],
        *,
        replace: bool = False,
    ) -> None:
        """Run a text analysis after any waiting renders; ``callback`` gets the
        result on the UI thread. With ``replace``, a waiting analysis of the same
        kind is dropped (only the newest text matters)."""
        self.tasks.submit(
            lambda: self.renderer.analyze(request),  # the worker's analysis limit
            callback,
            key=("analysis", request.kind) if replace else None,
            priority=ANALYSIS,
        )

    def new_document(self) -> None:
        """Another handout is shown: the previews asked for from now on are its
        own (see :meth:`_store`; one of the last handout still on its way is
        that one's), and a preview of the last one still on its way is not
        shown (:meth:`accept_preview`)."""
        self._latest_shown = self.next_id()
        self._document += 1

    def _store(self, request: RenderRequest, pdf: bytes, document: int) -> None:
        """Keep a preview of the ``document``-th handout shown for next time (on
        the cache thread): the handout's first one stays; a later one replaces
        the draft stored before it. A late one of a handout no longer shown is
        stored as it is."""
        if not self.keep_previews():
            return
        if document < self._stored_for:
            preview_cache.store(request, pdf)
            return
        if document > self._stored_for:  # the first of another handout
            self._stored_for, self._first_stored, self._draft_stored = document, None, None
        draft = self._draft_stored if self._draft_stored != self._first_stored else None
        key = preview_cache.store(request, pdf, replaces=draft)
        if key is None:
            return
        if self._first_stored is None:
            self._first_stored = key
        self._draft_stored = None if key == self._first_stored else key

    def accept_preview(self, result: RenderResult) -> bool:
        """Whether a preview result is newer than the one on screen (and take it)."""
        if result.render_id <= self._latest_shown:
            return False
        self._latest_shown = result.render_id
        return True

    def close(self) -> None:
        """Stop (the window is closing). A render still running, or the worker
        still starting, is stopped at once: nobody will see its result, and the
        window would wait for it (seconds, for a long handout)."""
        self.tasks.close(timeout=0)  # nothing more starts
        if self.tasks.running():
            self.renderer.abort()
            self.tasks.close()  # the render returns as soon as the worker is gone
        self._cache.close(finish=True)  # the newest preview is kept for next time
        if self._renderer is not None:  # else none was made: nothing to stop
            self._renderer.close()

    # -- renders -------------------------------------------------------------------------

    def _render(
        self,
        source: RequestSource,
        callback: Callable[[RenderResult], object],
        priority: int,
        key: str | None = None,
        failed: Callable[[Exception], object] | None = None,
    ) -> None:
        document = self._document  # the handout shown when the render was asked for

        def work() -> RenderResult:
            self.busy_changed.emit(True)
            request = source() if callable(source) else source
            result = self.renderer.render(request)  # the time limit of its purpose
            if (pdf := result.pdf) is not None and request.purpose == "preview":
                # shown at once next time; only the newest waits
                self._cache.submit(
                    lambda: self._store(request, pdf, document), key=("preview", document)
                )
            result.problems[:0] = request.notes
            return result

        def done(result: RenderResult) -> None:
            callback(result)
            if not self.tasks.has_waiting(lambda _key, waiting: waiting <= PREVIEW):
                self.busy_changed.emit(False)

        self.tasks.submit(work, done, failed=failed, key=key, priority=priority)
