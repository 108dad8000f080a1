"""For the start-up benchmark: the time from process start to the main
window's first paint, printed as ``shown SECONDS``; then the app quits."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow


class FirstPaintProbe(QObject):
    def __init__(self, window: QMainWindow, started: float) -> None:
        super().__init__(window)
        self.window, self.started = window, started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            print(f"shown {time.perf_counter() - self.started:.4f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        document = getattr(self.window, "document", None)
        if document is not None:
            document.undo_stack.setClean()  # nothing to save: quit without asking
        self.window.close()
