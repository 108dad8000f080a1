"""Work-around for reference-counting bugs in PySide6 6.12.0.

PySide6 6.12.0 returns ``None`` from every Qt call that returns nothing (all
setters, ``processEvents``, …) without taking a new reference to it, and
``True`` from every ``SignalInstance.emit()`` the same way. On Python 3.12+
``None`` and ``True`` are immortal (PEP 683) and nothing happens; on Python 3.11
each such call lowers the reference count by one, and after a few thousand
calls Python aborts with "Fatal Python error: none_dealloc" (or
"bool_dealloc": a few hundred undo steps were enough, each emits a handful of
signals).

The guard measures each leak once, at start-up, with a harmless call; if the
count drops, it raises the object's reference count by 2**40, which is what
Python 3.12 does to make it immortal. At a million leaked references a second
that lasts twelve days. Nothing happens on Python 3.12+ or with a PySide6 that
does not leak. tests/gui/test_none_guard.py proves both bugs and the fix.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_PROBE_CALLS = 64


def leaks_none() -> bool:
    """Whether a Qt call that returns nothing costs ``None`` a reference."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def leaks_true() -> bool:
    """Whether emitting a signal costs ``True`` a reference."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        signal = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.signal.emit()
    return sys.getrefcount(True) < before - _PROBE_CALLS // 2


def _give_headroom(value: object) -> None:
    refcount = ctypes.c_ssize_t.from_address(id(value))
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM


def protect_none() -> bool:
    """Apply the guards this Python and PySide6 need; True if any was applied."""
    if sys.version_info >= (3, 12):
        return False
    applied = False
    if leaks_none():
        _give_headroom(None)
        applied = True
    if leaks_true():
        _give_headroom(True)
        applied = True
    return applied
