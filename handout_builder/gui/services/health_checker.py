"""Health-literacy reports, computed in the render worker process.

Scoring needs textstat and its pronouncing dictionary (a second to load and a
million small objects); they live in the worker, never in the GUI process. The
newest request replaces a waiting older one, and results arrive as a Qt signal
on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from handout_builder.core import paths
from handout_builder.core.model.handout import Handout
from handout_builder.gui.i18n import arg
from handout_builder.gui.services.render_service import RenderService

if TYPE_CHECKING:  # the render messages load with the render worker, after the first paint
    from handout_builder.core.jobs import AnalysisResult


class HealthChecker(QObject):
    """``report_ready(request id, HealthReport)`` for the newest request only."""

    report_ready = Signal(int, object)
    failed = Signal(str)

    def __init__(self, service: RenderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._latest = 0
        self._closed = False

    def request(self, handout: Handout) -> int:
        """Check a copy of ``handout``; returns the request's id."""
        from handout_builder.core.jobs import AnalysisRequest

        self._latest += 1
        request = AnalysisRequest(
            "health",
            render_id=self._latest,
            handout=handout.copy(),
            data_home=str(paths.data_home()),
        )
        self.service.analyze(request, self._done, replace=True)
        return self._latest

    @property
    def latest(self) -> int:
        return self._latest

    def close(self) -> None:
        self._closed = True

    def _done(self, result: AnalysisResult) -> None:
        if self._closed or result.render_id != self._latest:
            return
        if not result.ok or not result.values:
            self.failed.emit(arg(self.tr("The reading checks failed: %1"), result.error))
            return
        self.report_ready.emit(result.render_id, result.values[0])
