"""Autosave: the open handout goes to a recovery file after a few seconds of
idle, and the next start offers it back if the app did not close normally."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.model import recovery
from handout_builder.core.model.handout import Handout

AUTOSAVE_IDLE_MS = 3000


class RecoveryKeeper(QObject):
    """Writes the recovery file for this session (owner-only) when edits pause."""

    def __init__(
        self,
        snapshot: Callable[[], tuple[Handout, Path | None, bool]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = recovery.new_session_id()
        self._snapshot = snapshot
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_IDLE_MS)
        self.timer.timeout.connect(self.write_now)
        self.last_error: str | None = None

    def changed(self) -> None:
        """Call on every edit: the file is written once edits pause."""
        self.timer.start()

    def write_now(self) -> None:
        handout, saved_as, modified = self._snapshot()
        try:
            if modified:
                recovery.write_recovery(self.session, handout, saved_as)
            else:
                recovery.discard_recovery(self.session)
            self.last_error = None
        except HandoutBuilderError as exc:
            self.last_error = str(exc)  # shown in the status bar; never interrupts work

    def discard(self) -> None:
        self.timer.stop()
        try:
            recovery.discard_recovery(self.session)
        except HandoutBuilderError as exc:
            self.last_error = str(exc)


def offer_recovery(
    parent: QWidget, found: recovery.Recovered, restore: Callable[[recovery.Recovered], None]
) -> QMessageBox:
    """Ask (without blocking) whether to restore unsaved work found at start-up."""
    when = dt.datetime.fromtimestamp(found.written).strftime("%-d %B %Y at %H:%M")
    name = found.saved_as.name if found.saved_as else f"“{found.handout.title}” (never saved)"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Restore unsaved work?",
        f"Handout Builder did not close normally last time. Unsaved changes to "
        f"{name} from {when} were kept.\n\nRestore them?",
        parent=parent,
    )
    box.setObjectName("recovery-question")
    restore_button = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore_button)

    def answered(button: object) -> None:
        if button is restore_button:
            restore(found)
        with contextlib.suppress(OSError):
            found.path.unlink(missing_ok=True)

    box.buttonClicked.connect(answered)
    box.open()
    return box
