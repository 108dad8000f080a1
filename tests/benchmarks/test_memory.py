"""Memory while a clinician keeps editing: the resident size of the render
worker and of the app's own process at preview 20 and at preview 200 of
continuous typing, each preview followed by the reading checks as in the app
(goal: each grows by less than 10 %). Set BENCH_PREVIEWS for a shorter run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.main_window import MainWindow

pytestmark = pytest.mark.benchmark
PREVIEWS = int(os.environ.get("BENCH_PREVIEWS", "200"))
FIRST = 20


def resident_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_stays_flat_while_editing(qtbot, home, make_handout):
    window = MainWindow(HandoutDocument(make_handout("anxiety-alarm", "grounding-skills")))
    window.settings.setup_done = True
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    with qtbot.waitSignal(window.preview_updated, timeout=120_000):
        pass
    if window.dialog is not None:
        window.dialog.close()
    editor = window.editor.text
    marks: dict[int, tuple[float, float]] = {}
    for number in range(1, PREVIEWS + 1):
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        with qtbot.waitSignal(
            window.preview_updated, timeout=120_000, check_params_cb=lambda r: r.ok
        ):
            qtbot.keyClicks(editor, f" word{number}")
        # the reading checks the edit asked for run too (the worker's analyses)
        qtbot.waitUntil(
            lambda: not window.service.tasks.has_waiting(lambda _key, _priority: True),
            timeout=60_000,
        )
        if number in (1, FIRST, PREVIEWS) or number % 50 == 0:
            marks[number] = (resident_mb(window.service.renderer.pid), resident_mb())
            worker, app = marks[number]
            print(f"\npreview {number}: worker {worker:.0f} MB, app {app:.0f} MB", end="")
    print()
    for index, what in enumerate(("render worker", "app (GUI process)")):
        start, end = marks[FIRST][index], marks[PREVIEWS][index]
        growth = end / start - 1
        print(
            f"{what}: {start:.0f} MB at preview {FIRST}, {end:.0f} MB at preview {PREVIEWS}: "
            f"{growth:+.1%} (goal < +10%: {'MET' if growth < 0.10 else 'NOT MET'})"
        )
