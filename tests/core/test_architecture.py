"""The layering rules: core and render know nothing of Qt; the GUI never loads
WeasyPrint (rendering happens in the worker process)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "handout_builder"


def imported_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def test_core_and_render_import_no_qt():
    for folder in ("core", "render"):
        for file, names in imported_modules(PACKAGE / folder).items():
            qt = sorted(n for n in names if n.split(".")[0] in ("PySide6", "shiboken6"))
            assert not qt, f"{file} imports {qt}"


def test_gui_source_does_not_import_weasyprint():
    for file, names in imported_modules(PACKAGE / "gui").items():
        assert not any(n.split(".")[0] == "weasyprint" for n in names), file
        assert "handout_builder.render.pdf" not in names, file


def test_importing_all_of_core_loads_no_qt_module():
    code = (
        "import pkgutil, importlib, sys, handout_builder.core as c, handout_builder.render as r\n"
        "for pkg in (c, r):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_main_window_does_not_load_weasyprint():
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from handout_builder.gui import main_window\n"
        "heavy = ('weasyprint', 'jinja2', 'textstat', 'markdown_it')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Rendering and text analysis happen in the worker process; the window
    # stays light (and starts fast).
    assert out.stdout.strip() == "[]"


def test_desktop_integration_imports_qt_only_to_draw_icons():
    # The command line (install-desktop, opening files) and the frozen start-up
    # stay light; only icons.py renders the PNG sizes with Qt.
    for file, names in imported_modules(PACKAGE / "desktop").items():
        qt = sorted(n for n in names if n.split(".")[0] in ("PySide6", "shiboken6"))
        assert not qt or file == "desktop/icons.py", f"{file} imports {qt}"
