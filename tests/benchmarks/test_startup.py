"""Time from process start to the main window shown, against a bare PySide6
window started the same way in the same run (goal: at most 2.5×)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from tests.benchmarks.conftest import summary

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


def time_until_shown(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise AssertionError("window was never shown")
    process.wait(60)
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
    ratio = statistics.median(app_times) / statistics.median(bare_times)
    print()
    print(summary("bare PySide6 window", bare_times))
    print(summary("Handout Builder main window", app_times))
    print(f"startup ratio (app / bare): {ratio:.2f}x (goal <= 2.5x)")
