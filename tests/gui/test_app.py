"""Starting the desktop app: the error log is the user's alone; housekeeping waits
for the window's first paint."""

from __future__ import annotations

import os
import stat

from handout_builder.gui.app import append_to_log


def test_the_error_log_is_owner_only_even_one_an_older_version_made(home):
    previous = os.umask(0o022)
    try:
        append_to_log("--- Sam's words in a traceback\n")
        log = home / "logs" / "errors.log"
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
        log.chmod(0o644)  # as an older version left it
        append_to_log("--- again\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text() == "--- Sam's words in a traceback\n--- again\n"


def test_a_killed_save_s_leftovers_go_once_the_window_is_painted(qtbot, home):
    from PySide6.QtWidgets import QWidget

    from handout_builder.gui.app import _tidy_up_after_first_paint
    from tests.core.test_housekeeping import left_by_a_killed_save

    (home / "autosave").mkdir()
    stale = left_by_a_killed_save(home / "autosave" / "123-456.recovery.json")
    window = QWidget()
    qtbot.addWidget(window)
    _tidy_up_after_first_paint(window)
    qtbot.wait(50)
    assert stale.exists()  # not while the window is being made
    window.show()
    qtbot.waitUntil(lambda: not stale.exists(), timeout=5000)
