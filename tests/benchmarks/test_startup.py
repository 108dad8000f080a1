"""Time from process start to the main window's first paint (goal: at most 2.5×)
and, for a handout the app has rendered before, to its preview painted (goal:
at most 3×), each against a bare PySide6 window started the same way, the two
alternating in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

from handout_builder.core.settings import load_settings, save_settings
from tests.benchmarks.conftest import summary, verdict

DESKTOP_SCREEN = {
    "name": "desktop",
    "x": 0,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
    "logicalBaseDpi": 96,
}
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):  # same measurement as the app's: the first paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 800)
probe = Probe(); w.installEventFilter(probe); w.show()
app.exec()
"""


def time_until_shown(args: list[str], env: dict[str, str], what: str = "shown") -> float:
    """Seconds from starting ``args`` to its line ``what …`` (``shown``: the
    window's first paint; ``preview``: the preview's first painted page)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    killer = threading.Timer(120, process.kill)  # never hang the run
    killer.start()
    try:
        for line in process.stdout:
            if line.startswith(what):
                elapsed = time.perf_counter() - started
                break
        else:
            raise AssertionError(f"never printed {what!r}")
    finally:
        killer.cancel()
    process.wait(120)
    return elapsed


def test_startup_against_bare_window(home):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HANDOUT_BUILDER_STARTUP_PROBE="1",
        HANDOUT_BUILDER_HOME=str(home),
    )
    # A user's Python caches compiled modules (__pycache__) after the first run;
    # some machines here set PYTHONDONTWRITEBYTECODE=1, which would make every
    # start compile the app's sources again and measure that instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "handout_builder"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_until_shown(app, env)  # first run: settings, caches, compiled modules
    bare_times, app_times = [], []
    for _ in range(11):  # alternating, so both see the same machine load
        bare_times.append(time_until_shown(bare, env))
        app_times.append(time_until_shown(app, env))
    print()
    print(summary("bare PySide6 window", bare_times))
    print(summary("Handout Builder main window", app_times))
    verdict("start to first paint (app / bare)", bare_times, app_times, goal=2.5)


def test_preview_of_a_handout_seen_before_against_bare_window(home, tmp_path, make_handout):
    """The app opens a handout it rendered before: its last preview, from the
    preview cache, is on screen before the worker has rendered anything."""
    handout = tmp_path / "seen.handout"
    handout.write_text(make_handout("anxiety-alarm", "grounding-skills").to_json())
    # A desktop screen: on the offscreen platform's default 800×600 the panes
    # become tabs and the preview, behind its tab, is never painted.
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [DESKTOP_SCREEN]}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        HANDOUT_BUILDER_HOME=str(home),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "handout_builder", str(handout)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    settings = load_settings()
    settings.setup_done = True  # no first-run set-up in the way
    save_settings(settings)
    time_until_shown(app, dict(env, HANDOUT_BUILDER_STARTUP_PROBE="rendered"))  # fills the cache
    probe = dict(env, HANDOUT_BUILDER_STARTUP_PROBE="preview")
    bare_times, app_times = [], []
    for _ in range(7):
        bare_times.append(time_until_shown(bare, probe))
        app_times.append(time_until_shown(app, probe, "preview"))
    print()
    print(summary("bare PySide6 window", bare_times))
    print(summary("app: start to the last preview painted", app_times))
    verdict("start to a visible preview, seen before (app / bare)", bare_times, app_times, goal=3)


def test_first_start_shows_the_sample_preview_against_bare_window(tmp_path):
    """The very first start (a new user folder each time): the first-run sample's
    preview, shipped with the app, is on screen before the worker has rendered
    anything (goal: at most 3×, as for a handout seen before)."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [DESKTOP_SCREEN]}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        HANDOUT_BUILDER_STARTUP_PROBE="preview",
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "handout_builder"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    bare_times, app_times = [], []
    for run in range(7):
        first_start = dict(env, HANDOUT_BUILDER_HOME=str(tmp_path / f"home-{run}"))
        bare_times.append(time_until_shown(bare, first_start))
        app_times.append(time_until_shown(app, first_start, "preview"))
    print()
    print(summary("bare PySide6 window", bare_times))
    print(summary("app, first start: start to the sample's preview painted", app_times))
    verdict("first start to the sample's preview (app / bare)", bare_times, app_times, goal=3)
