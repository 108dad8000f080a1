"""Starting the desktop app: the error log is the user's alone."""

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
