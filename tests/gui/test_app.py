"""Starting the desktop app: the error log is the user's alone; housekeeping waits
until the window has started."""

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


def test_a_killed_save_s_leftovers_go_once_the_window_has_started(qtbot, home):
    from PySide6.QtCore import QObject, Signal

    from handout_builder.gui.app import _tidy_up_after_start_up
    from tests.core.test_housekeeping import left_by_a_killed_save

    class Window(QObject):
        started = Signal()

    (home / "autosave").mkdir()
    stale = left_by_a_killed_save(home / "autosave" / "123-456.recovery.json")
    window = Window()
    _tidy_up_after_start_up(window.started)
    qtbot.wait(50)
    assert stale.exists()  # not while the window is being made
    window.started.emit()
    qtbot.waitUntil(lambda: not stale.exists(), timeout=5000)


def test_the_cycle_collector_runs_again_once_the_window_has_started(qtbot):
    """Paused while the window is made; a window that started leaves it on
    (otherwise every cycle of objects made afterwards would stay for good)."""
    import gc

    from PySide6.QtCore import QObject, Signal

    from handout_builder.gui.app import _resume_gc_after_start_up

    class Window(QObject):
        started = Signal()

    window = Window()
    gc.disable()
    try:
        _resume_gc_after_start_up(window.started)
        assert not gc.isenabled()  # not before the window has started
        window.started.emit()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
