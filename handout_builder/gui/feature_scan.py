"""Work-around for a start-up cost of PySide6's ``__feature__`` support.

Once ``PySide6.QtCore`` is imported, PySide6 looks at every module the first
time an ``import`` statement names it, to find out whether the module uses
PySide (``from __feature__ import snake_case`` switches Qt's names per module).
It finds out by reading the module's whole source (``inspect.getsource``) and
searching it for "PySide6": ~0.1 ms a module, and the window's start named 133
modules after PySide6 was imported, ~13 ms before its first paint (measured
with ``PySide6.support.feature._mod_uses_pyside`` wrapped; PySide6 6.12).

No module of this app uses ``__feature__``, so the answer changes nothing here.
:func:`skip_source_scans` gives PySide6 the answer the scan would give, without
reading any source, for the modules loaded before PySide6 and the standard
library's (they do not use it) and this package's own (those in
``handout_builder.gui`` use it, the others never import Qt). It writes to a
table PySide6 keeps (``PySide6.support.feature.pyside_feature_dict``: 0 for a
module that uses PySide, -1 for one to ignore); where that table is not found,
it does nothing and PySide6 reads the sources as before. ``tests/gui/test_feature_scan.py``
shows the sources are no longer read and Qt's names are unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

USES_PYSIDE = 0  # PySide6's value for a module that uses it, with no features chosen
IGNORED = -1  # ... for a module that does not use it
PACKAGE = "handout_builder"
GUI = f"{PACKAGE}.gui"


def skip_source_scans() -> bool:
    """Tell PySide6 which modules use it, so that it reads no module's source
    for that (call once ``PySide6.QtCore`` is imported). True if applied."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]  # not in the stubs

        known = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return False
    if not isinstance(known, dict):
        return False
    for name in [*sys.modules, *sys.stdlib_module_names]:  # the standard library: never
        if not name.startswith(("PySide6", "shiboken6", "shibokensupport")):
            known.setdefault(name, IGNORED)
    for name in package_modules():
        gui = name == GUI or name.startswith(f"{GUI}.")
        known.setdefault(name, USES_PYSIDE if gui else IGNORED)
    return True


def package_modules() -> Iterator[str]:
    """The names of this package's modules, from its source files (none in the
    bundle, which has no sources for PySide6 to read either)."""
    folders = [(Path(__file__).resolve().parent.parent, PACKAGE)]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                stem = entry.name[:-3]
                yield prefix if stem == "__init__" else f"{prefix}.{stem}"
            elif entry.is_dir() and (package := Path(entry.path)).joinpath("__init__.py").exists():
                folders.append((package, f"{prefix}.{entry.name}"))
