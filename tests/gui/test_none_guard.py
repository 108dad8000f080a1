"""PySide6 6.12.0 leaks a reference to None per void call and one to True per
signal emit; the guard keeps the app alive (a long session makes millions of
such calls)."""

from __future__ import annotations

import subprocess
import sys

from handout_builder.gui import none_guard

MANY_CALLS = """
import sys
{setup}
from PySide6.QtCore import QObject
o = QObject()
for _ in range(200_000):
    o.setObjectName("x")
print("alive")
"""


MANY_EMITS = """
import sys
{setup}
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    changed = Signal()
source = Source()
source.changed.connect(lambda: None)
for _ in range(200_000):
    source.changed.emit()
print("alive")
"""


def run(setup: str, script: str = MANY_CALLS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script.format(setup=setup)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_many_void_qt_calls_do_not_crash_with_the_guard():
    result = run("import handout_builder.gui")
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "alive"


def test_many_signal_emits_do_not_crash_with_the_guard():
    # Every undo, section change and keystroke emits signals; without the guard
    # the app aborted ("bool_dealloc") after a few hundred undo/redo steps.
    result = run("import handout_builder.gui", MANY_EMITS)
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "alive"


def test_the_true_guard_is_needed_here_or_harmless():
    without = run("", MANY_EMITS)
    if none_guard.leaks_true() and sys.version_info < (3, 12):
        assert without.returncode != 0 and "bool_dealloc" in without.stderr
    else:
        assert without.returncode == 0


def test_the_guard_is_needed_here_or_harmless():
    without = run("")
    if none_guard.leaks_none() and sys.version_info < (3, 12):
        # The bug is present: without the guard Python aborts.
        assert without.returncode != 0 and "none_dealloc" in without.stderr
    else:
        assert without.returncode == 0


def test_none_refcount_has_headroom_after_import():
    assert (
        sys.version_info >= (3, 12)
        or not none_guard.leaks_none()
        or sys.getrefcount(None) > none_guard.HEADROOM // 2
    )
    assert (
        sys.version_info >= (3, 12)
        or not none_guard.leaks_true()
        or sys.getrefcount(True) > none_guard.HEADROOM // 2
    )
