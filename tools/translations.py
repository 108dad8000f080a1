"""Keep the interface translations up to date (``make translations``).

Runs ``pyside6-lupdate`` over ``handout_builder/gui`` (and the messages the
core and the renderer make for the app: ``msg("…")`` in ``core/`` and
``render/``, see ``core/messages.py``) into every
``handout_builder/gui/translations/*.ts`` (new strings arrive marked
unfinished, removed ones are dropped), compiles each to ``.qm`` with
``pyside6-lrelease`` and prints how many strings are still untranslated.
English, the source language, has only its plural forms translated.
With ``--compile`` it only compiles (what the set-up and the wheel's build
hook do); with ``--check`` it changes nothing and exits 1 if a string of the
source is untranslated (a test runs it). See docs/translations.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "handout_builder" / "gui"
TRANSLATIONS = GUI / "translations"
# Where the app's words are written: the GUI, and the core's and renderer's
# messages marked with msg() (lupdate reads it as QT_TR_NOOP: the empty context).
SOURCES = (GUI, ROOT / "handout_builder" / "core", ROOT / "handout_builder" / "render")
MARKER_ALIAS = "QT_TR_NOOP+=msg"


def _tool(name: str) -> list[str]:
    """Run a PySide6 tool through the running interpreter (no PATH needed)."""
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; "
        f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())",
    ]


def compile_all() -> list[Path]:
    """Compile every ``.ts`` to the ``.qm`` beside it; returns the ``.qm`` files."""
    compiled = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def unfinished(ts: Path) -> int:
    """Messages of ``ts`` still waiting for a translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return sum(
        1 for translation in root.iter("translation") if translation.get("type") == "unfinished"
    )


def update(check: bool = False) -> int:
    """lupdate every ``.ts`` from the source; print what is left to translate.
    ``check``: work on copies and change nothing (for tests). Returns 1 when
    something is unfinished, else 0."""
    sources = sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in d.rglob("*.py"))
    status = 0
    with tempfile.TemporaryDirectory() as scratch:
        for original in sorted(TRANSLATIONS.glob("*.ts")):
            ts = Path(shutil.copy(original, scratch)) if check else original
            subprocess.run(
                [
                    *_tool("lupdate"),
                    *(["-pluralonly"] if ts.stem.endswith("_en") else []),
                    "-silent",
                    "-tr-function-alias",
                    MARKER_ALIAS,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
                cwd=ROOT,
            )
            left = unfinished(ts)
            print(f"{original.relative_to(ROOT)}: {left} unfinished")
            status = status or int(left > 0)
    if not check:
        compile_all()
    return status


if __name__ == "__main__":
    if "--compile" in sys.argv[1:]:
        compile_all()
        sys.exit(0)
    sys.exit(update(check="--check" in sys.argv[1:]))
