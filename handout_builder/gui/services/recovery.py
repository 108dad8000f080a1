"""Autosave: the open handout goes to a recovery file when typing pauses, and
at least every two seconds while it does not, so a crash loses at most the
last two seconds; the next start offers it back if the app did not close
normally.

The UI thread only takes a copy of the handout; writing it (JSON, a temporary
file, fsync, rename: 5–30 ms, and more on a busy disk) runs on a background
thread, one file operation at a time and in order, so a discard after a write
always leaves no file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.model import recovery
from handout_builder.core.model.handout import Handout
from handout_builder.gui.i18n import arg
from handout_builder.gui.services.tasks import BackgroundTasks

AUTOSAVE_IDLE_MS = 1000  # written once edits pause this long ...
AUTOSAVE_MAX_WAIT_MS = 2000  # ... and never later than this after the first unsaved edit


class RecoveryKeeper(QObject):
    """Writes the recovery file for this session (owner-only) when edits pause,
    and while they do not, every :data:`AUTOSAVE_MAX_WAIT_MS`.

    ``snapshot`` returns the handout as it is now (with any text still being
    typed), where it was saved, and whether it has unsaved changes; it must be
    a copy (it is written on another thread).
    """

    written = Signal()  # after each write (or discard) of the recovery file is done

    def __init__(
        self,
        snapshot: Callable[[], tuple[Handout, Path | None, bool]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = recovery.new_session_id()
        self._snapshot = snapshot
        self.idle_timer = self._timer(AUTOSAVE_IDLE_MS)
        self.max_wait_timer = self._timer(AUTOSAVE_MAX_WAIT_MS)
        self.last_error: str | None = None
        self._files = BackgroundTasks(self, name="autosave")

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.write_now)
        return timer

    def changed(self) -> None:
        """Call on every edit and keystroke: the file is written once edits
        pause, or when the oldest unwritten edit is two seconds old."""
        self.idle_timer.start()
        if not self.max_wait_timer.isActive():
            self.max_wait_timer.start()

    def write_now(self) -> None:
        """Write the recovery file (or remove it when nothing is unsaved) in the
        background; ``written`` follows."""
        handout, saved_as, modified = self._snapshot()  # may report a last edit: changed()
        self.idle_timer.stop()
        self.max_wait_timer.stop()
        session = self.session
        if modified:
            self._in_background(lambda: recovery.write_recovery(session, handout, saved_as))
        else:
            self._in_background(lambda: recovery.discard_recovery(session))

    def discard(self) -> None:
        """Remove the recovery file (saved, or another handout opened), after
        any write still on its way."""
        self.idle_timer.stop()
        self.max_wait_timer.stop()
        session = self.session
        self._in_background(lambda: recovery.discard_recovery(session))

    def close(self) -> None:
        """Remove the recovery file now (the app is closing normally): a write
        on its way finishes first, one waiting is dropped."""
        self.idle_timer.stop()
        self.max_wait_timer.stop()
        self._files.close()
        try:
            recovery.discard_recovery(self.session)
        except HandoutBuilderError as exc:
            self.last_error = str(exc)

    def _in_background(self, work: Callable[[], object]) -> None:
        # One key: a newer file operation replaces a waiting one (only the
        # newest state matters); one thread keeps them in order.
        self._files.submit(work, self._done, failed=self._failed, key="file")

    def _done(self, _result: object) -> None:
        self.last_error = None
        self.written.emit()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, HandoutBuilderError):
            raise error
        self.last_error = str(error)  # shown in the status bar; never interrupts work
        self.written.emit()


def offer_recovery(
    parent: QWidget, found: recovery.Recovered, restore: Callable[[recovery.Recovered], None]
) -> QMessageBox:
    """Ask (without blocking) whether to restore unsaved work found at start-up."""
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(found.written)),
        QCoreApplication.translate("RecoveryKeeper", "d MMMM yyyy 'at' HH:mm"),
    )
    name = (
        found.saved_as.name
        if found.saved_as
        else arg(
            QCoreApplication.translate("RecoveryKeeper", "“%1” (never saved)"), found.handout.title
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecoveryKeeper", "Restore unsaved work?"),
        arg(
            QCoreApplication.translate(
                "RecoveryKeeper",
                "Handout Builder did not close normally last time. Unsaved changes to "
                "%1 from %2 were kept.\n\nRestore them?",
            ),
            name,
            when,
        ),
        parent=parent,
    )
    box.setObjectName("recovery-question")
    restore_button = box.addButton(
        QCoreApplication.translate("RecoveryKeeper", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("RecoveryKeeper", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(restore_button)

    def answered(button: object) -> None:
        if button is restore_button:
            restore(found)
        with contextlib.suppress(OSError):
            found.path.unlink(missing_ok=True)

    box.buttonClicked.connect(answered)
    box.open()
    return box
