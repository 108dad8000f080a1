"""The shared practice folder in the window: notice when its entries, layouts or
brand profiles change (a colleague's edit arriving through the sync client), or
when the folder goes missing or comes back.

Like the layout watcher (:mod:`.layout_watch`) it polls modification times, but
on its own background thread: the folder is often a network drive or a synced
cloud folder, and a drive that stops answering must never freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from handout_builder.core import paths
from handout_builder.core.layout.authoring import Snapshot, snapshot
from handout_builder.gui.services.tasks import BackgroundTasks

POLL_MS = 2000

Snapshots = dict[str, Snapshot | None]  # part ("library", ...) → files, None when unreachable


def practice_snapshot() -> Snapshots:
    """Modification time and size of every file in each part of the practice
    folder (``None`` for a part that cannot be reached)."""
    found: Snapshots = {}
    for part in paths.PRACTICE_PARTS:
        folder = paths.practice_folder(part)
        found[part] = snapshot([folder]) if folder is not None else None
    return found


class PracticeWatcher(QObject):
    """Signals ``library_changed``, ``layouts_changed`` and ``brands_changed``
    when that part of the practice folder changed since the last look (also
    when the folder was chosen, went missing or came back)."""

    library_changed = Signal()
    layouts_changed = Signal()
    brands_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._tasks = BackgroundTasks(self, name="practice-watch")
        self._last: Snapshots | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self.check_now()

    def check_now(self) -> None:
        """Look again (in the background); the signals follow on the UI thread."""
        self._tasks.submit(practice_snapshot, self._compare, key="snapshot")

    def close(self) -> None:
        self.timer.stop()
        self._tasks.close(timeout=0.5)

    def _compare(self, found: Snapshots) -> None:
        last, self._last = self._last, found
        if last is None:
            return  # the first look: what the window loaded at start-up
        for part, signal in (
            ("library", self.library_changed),
            ("layouts", self.layouts_changed),
            ("brands", self.brands_changed),
        ):
            if last.get(part) != found.get(part):
                signal.emit()
