"""Work-around for a reference-counting bug in PySide6 6.12.0.

PySide6 6.12.0 returns ``None`` from every Qt call that returns nothing (all
setters, ``processEvents``, …) without taking a new reference to it. On Python
3.12+ ``None`` is immortal (PEP 683) and nothing happens; on Python 3.11 each
such call lowers ``None``'s reference count by one, and after a few thousand
calls Python aborts with "Fatal Python error: none_dealloc".

The guard measures the leak once, at start-up, with a harmless call; if the
count drops, it raises ``None``'s reference count by 2**40, which is what
Python 3.12 does to make it immortal. At a million leaked references a second
that lasts twelve days. Nothing happens on Python 3.12+ or with a PySide6 that
does not leak. tests/gui/test_none_guard.py proves both the bug and the fix.
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


def protect_none() -> bool:
    """Apply the guard if this Python and PySide6 need it; True if applied."""
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
    return True
