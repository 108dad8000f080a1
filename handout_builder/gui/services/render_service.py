"""Renders for the GUI, off the UI thread, through the render worker process.

The service owns one :class:`~handout_builder.render.worker.RenderWorker` and a
background thread that feeds it. Preview requests replace each other while they
wait (only the newest is rendered); exports queue and go first. Results arrive
as Qt signals on the UI thread.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from handout_builder.core.jobs import AnalysisRequest, AnalysisResult, RenderRequest, RenderResult
from handout_builder.render.worker import RenderWorker


class RenderService(QObject):
    preview_ready = Signal(object)  # RenderResult, newest preview only
    job_done = Signal(object, object)  # (result, callback) for exports and analyses
    busy_changed = Signal(bool)  # renders only (analyses run quietly)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._cond = threading.Condition()
        self._pending_preview: RenderRequest | None = None
        self._jobs: deque[tuple[RenderRequest, Callable[[RenderResult], None]]] = deque()
        self._analyses: deque[tuple[AnalysisRequest, Callable[[AnalysisResult], None]]] = deque()
        self._closed = False
        self._latest_shown = 0
        self.worker = RenderWorker(start=False)
        self.job_done.connect(self._finish_job)
        self._thread = threading.Thread(target=self._run, name="render-service", daemon=True)

    def start(self) -> None:
        """Start the background thread (which starts the worker process)."""
        if not self._thread.is_alive():
            self._thread.start()

    def next_id(self) -> int:
        return next(self._ids)

    def request_preview(self, request: RenderRequest) -> None:
        """Render ``request`` for the preview; a waiting older preview is dropped."""
        with self._cond:
            self._pending_preview = request
            self._cond.notify()

    def submit(self, request: RenderRequest, callback: Callable[[RenderResult], None]) -> None:
        """Render ``request`` (e.g. an export); ``callback`` runs on the UI thread."""
        with self._cond:
            self._jobs.append((request, callback))
            self._cond.notify()

    def analyze(
        self,
        request: AnalysisRequest,
        callback: Callable[[AnalysisResult], None],
        *,
        replace: bool = False,
    ) -> None:
        """Run a text analysis in the worker, after any waiting renders;
        ``callback`` runs on the UI thread. With ``replace``, a waiting analysis
        of the same kind is dropped (only the newest text matters)."""
        with self._cond:
            if replace:
                self._analyses = deque(job for job in self._analyses if job[0].kind != request.kind)
            self._analyses.append((request, callback))
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
        if self._thread.is_alive():
            self._thread.join(5)
        self.worker.close()

    # -- background thread -------------------------------------------------------------

    def _run(self) -> None:
        self.worker.start()
        while True:
            with self._cond:
                while not (self._closed or self._pending_preview or self._jobs or self._analyses):
                    self._cond.wait()
                if self._closed:
                    return
                job: tuple[object, Callable[[Any], None] | None]
                if self._jobs:  # exports first, then the newest preview, then analyses
                    job = self._jobs.popleft()
                elif self._pending_preview is not None:
                    job = (self._pending_preview, None)
                    self._pending_preview = None
                else:
                    job = self._analyses.popleft()
            request, callback = job
            rendering = isinstance(request, RenderRequest)
            if rendering:
                self.busy_changed.emit(True)
            result: RenderResult | AnalysisResult
            if isinstance(request, AnalysisRequest):
                result = self.worker.analyze(request)
            else:
                assert isinstance(request, RenderRequest)
                result = self.worker.render(request)  # the limits of its purpose
            if self._closed:
                return
            if callback is None:
                self.preview_ready.emit(result)
            else:
                self.job_done.emit(result, callback)
            with self._cond:
                idle = self._pending_preview is None and not self._jobs
            if rendering and idle:
                self.busy_changed.emit(False)

    def _finish_job(self, result: object, callback: Callable[[Any], None]) -> None:
        callback(result)

    def accept_preview(self, result: RenderResult) -> bool:
        """Whether a preview result is newer than the one on screen (and take it)."""
        if result.render_id <= self._latest_shown:
            return False
        self._latest_shown = result.render_id
        return True
