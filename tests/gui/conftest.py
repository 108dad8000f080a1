"""GUI fixtures: a main window with its own data home and render worker."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from handout_builder.gui.dialogs.brand_dialog import BrandDialog
from handout_builder.gui.main_window import MainWindow

PREVIEW_TIMEOUT_MS = 60_000


def _discard_changes(win: MainWindow) -> None:
    win.editor.flush()
    win.document.undo_stack.setClean()  # no "unsaved changes" question on close


@pytest.fixture
def window(qtbot, home) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=_discard_changes)
    win.show()
    with qtbot.waitSignal(win.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    skip_practice_setup(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    return win


def skip_practice_setup(win: MainWindow) -> None:
    """Press "Skip for now" on the first-run practice set-up, as a user might."""
    if isinstance(win.dialog, BrandDialog) and win.dialog.isVisible():
        win.dialog.reject()
