"""For the start-up benchmark (``HANDOUT_BUILDER_STARTUP_PROBE``): the time from
process start to the main window's first paint, printed as ``shown SECONDS``;
then the app quits. With the value ``preview`` it waits on for the preview's
first painted page (``preview SECONDS``: a cached preview counts); with
``rendered``, for the first preview rendered in this run (which fills the
preview cache)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaintProbe(QObject):
    def __init__(self, window: Any, started: float, until: str = "") -> None:
        super().__init__(window)
        self.window, self.started = window, started
        self.until = until if until in ("preview", "rendered") else ""
        if until == "rendered":
            window.preview_updated.connect(lambda _result: QTimer.singleShot(0, self._quit))
        elif until == "preview":
            window.preview.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if watched is self.window:
            print(f"shown {self._seconds()}", flush=True)
            watched.removeEventFilter(self)
            if not self.until:
                QTimer.singleShot(0, self._quit)
        elif self.window.preview.page_count() > 0:  # a page, not the empty view
            print(f"preview {self._seconds()}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)
        return False

    def _seconds(self) -> str:
        return f"{time.perf_counter() - self.started:.4f}"

    def _quit(self) -> None:
        document = getattr(self.window, "document", None)
        if document is not None:
            document.undo_stack.setClean()  # nothing to save: quit without asking
        self.window.close()
