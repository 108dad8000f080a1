"""Autosave keeps up with a clinician who types without pause: the recovery
file is never more than about two seconds behind the editor; written in the
background, it is still gone once the handout is saved or the app closes."""

from __future__ import annotations

import json
import re
import time

from PySide6.QtGui import QTextCursor

from handout_builder.core.model import recovery
from handout_builder.gui.services.recovery import RecoveryKeeper

TYPING_SECONDS = 7.0
KEYSTROKE_GAP_MS = 40  # faster than the editor's own 120 ms pause: it never settles


def test_the_recovery_file_follows_typing_that_never_pauses(qtbot, window):
    sections = window.document.handout.sections
    assert sections, "the sample handout has sections"
    window.outline.select_section(sections[0].id)
    editor = window.editor.text
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    writes: list[float] = []
    window.keeper.written.connect(lambda: writes.append(time.monotonic()))
    typed_at: dict[int, float] = {}
    started = time.monotonic()
    word = 0
    while time.monotonic() - started < TYPING_SECONDS:
        qtbot.keyClicks(editor, f" k{word}")
        typed_at[word] = time.monotonic()
        word += 1
        qtbot.wait(KEYSTROKE_GAP_MS)
    stopped = time.monotonic()

    saved = json.loads(recovery.recovery_file(window.keeper.session).read_text())
    body = saved["handout"]["sections"][0]["body"]
    last_saved = max(int(n) for n in re.findall(r"\bk(\d+)\b", body))
    behind = stopped - typed_at[last_saved]
    assert behind <= 2.0 + 1.0, (behind, last_saved, word)  # two seconds, and slack for load
    assert len([t for t in writes if t < stopped]) >= 2  # written while typing went on


def _keeper(handout) -> RecoveryKeeper:
    """A keeper of ``handout``, which has unsaved changes."""
    return RecoveryKeeper(lambda: (handout.copy(), None, True))


def test_saving_right_after_an_autosave_leaves_no_recovery_file(qtbot, home, make_handout):
    # The file is written on a background thread: the removal after saving
    # must still come after it, or a stale file would offer "Restore?" next time.
    keeper = _keeper(make_handout("anxiety-alarm", title="Written then saved"))
    written: list[bool] = []
    keeper.written.connect(lambda: written.append(True))
    keeper.write_now()
    keeper.discard()
    qtbot.waitUntil(lambda: bool(written))
    qtbot.wait(200)  # anything still on its way has landed
    assert not recovery.recovery_file(keeper.session).exists()
    keeper.close()


def test_the_recovery_file_is_written_and_gone_after_a_normal_close(qtbot, home, make_handout):
    keeper = _keeper(make_handout("anxiety-alarm", title="Kept while open"))
    with qtbot.waitSignal(keeper.written, timeout=10_000):
        keeper.write_now()
    path = recovery.recovery_file(keeper.session)
    assert json.loads(path.read_text())["handout"]["title"] == "Kept while open"
    keeper.write_now()  # one more on its way as the app closes
    keeper.close()
    assert not path.exists()
