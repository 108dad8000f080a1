"""Autosave: the open handout goes to a recovery file when typing pauses, and
at least every two seconds while it does not, so a crash loses at most the
last two seconds; the next start offers it back if the app did not close
normally."""

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

AUTOSAVE_IDLE_MS = 1000  # written once edits pause this long ...
AUTOSAVE_MAX_WAIT_MS = 2000  # ... and never later than this after the first unsaved edit


class RecoveryKeeper(QObject):
    """Writes the recovery file for this session (owner-only) when edits pause,
    and while they do not, every :data:`AUTOSAVE_MAX_WAIT_MS`.

    ``snapshot`` returns the handout as it is now (with any text still being
    typed), where it was saved, and whether it has unsaved changes.
    """

    written = Signal()  # after each write (or discard) of the recovery file

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
        handout, saved_as, modified = self._snapshot()  # may report a last edit: changed()
        self.idle_timer.stop()
        self.max_wait_timer.stop()
        try:
            if modified:
                recovery.write_recovery(self.session, handout, saved_as)
            else:
                recovery.discard_recovery(self.session)
            self.last_error = None
        except HandoutBuilderError as exc:
            self.last_error = str(exc)  # shown in the status bar; never interrupts work
        self.written.emit()

    def discard(self) -> None:
        self.idle_timer.stop()
        self.max_wait_timer.stop()
        try:
            recovery.discard_recovery(self.session)
        except HandoutBuilderError as exc:
            self.last_error = str(exc)


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
