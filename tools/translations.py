"""Keep the interface translations up to date (``make translations``).

Runs ``pyside6-lupdate`` over ``handout_builder/gui`` into every
``handout_builder/gui/translations/*.ts`` (new strings arrive marked
unfinished, removed ones are dropped), compiles each to ``.qm`` with
``pyside6-lrelease`` and prints how many strings are still untranslated.
English, the source language, has only its plural forms translated.
With ``--compile`` it only compiles (what the set-up and the wheel's build
hook do). See docs/translations.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "handout_builder" / "gui"
TRANSLATIONS = GUI / "translations"


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


def update() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))
    status = 0
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [
                *_tool("lupdate"),
                *(["-pluralonly"] if ts.stem.endswith("_en") else []),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {left} unfinished")
        status = status or int(left > 0)
    compile_all()
    return status


if __name__ == "__main__":
    if "--compile" in sys.argv[1:]:
        compile_all()
        sys.exit(0)
    sys.exit(update())
