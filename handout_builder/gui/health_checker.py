"""Health-literacy reports computed off the UI thread.

Scoring imports textstat and its pronouncing dictionary (about a second the
first time), so one background thread does all the work; the newest request
replaces a waiting older one, and results arrive as a Qt signal on the UI thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from handout_builder.core.handout import Handout
from handout_builder.core.illustrations import Illustration
from handout_builder.core.jargon import JargonList

log = logging.getLogger(__name__)


class HealthChecker(QObject):
    """``report_ready(request id, HealthReport)`` for the newest request only."""

    report_ready = Signal(int, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cond = threading.Condition()
        self._pending: tuple[int, Handout] | None = None
        self._latest = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="health-checks", daemon=True)
        self._thread.start()

    def request(self, handout: Handout) -> int:
        """Check a copy of ``handout``; returns the request's id."""
        with self._cond:
            self._latest += 1
            self._pending = (self._latest, handout.copy())
            self._cond.notify()
            return self._latest

    @property
    def latest(self) -> int:
        return self._latest

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()

    def _run(self) -> None:
        from handout_builder.core.health_literacy import check_material, material_from_handout
        from handout_builder.core.illustrations import load_illustrations
        from handout_builder.core.jargon import load_jargon

        jargon: JargonList | None = None
        illustrations: dict[str, Illustration] = {}
        while True:
            with self._cond:
                while self._pending is None and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                assert self._pending is not None
                request_id, handout = self._pending
                self._pending = None
            try:
                if jargon is None:
                    jargon, illustrations = load_jargon(), load_illustrations()
                report = check_material(material_from_handout(handout, illustrations), jargon)
            except Exception as exc:  # a bug here must not take the editor down
                log.exception("health checks failed")
                self.failed.emit(f"The reading checks failed: {exc}")
                continue
            if request_id == self._latest:
                self.report_ready.emit(request_id, report)
