"""Bundled fonts: the families a brand profile may choose, from PyPI packages.

Fonts are never downloaded at run time; each family comes from an installed
``fontpkg-*`` package (SIL Open Font License) that ships the font files and a
``metadata.json`` describing them.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DEFAULT_FONT = "Atkinson Hyperlegible"

# family name -> package that ships it
FONT_PACKAGES = {
    "Atkinson Hyperlegible": "fontpkg_atkinson_hyperlegible",
    "Source Sans 3": "fontpkg_source_sans_3",
    "Source Serif 4": "fontpkg_source_serif_4",
    "Lora": "fontpkg_lora",
}
FONT_CHOICES = tuple(FONT_PACKAGES)


@dataclass(frozen=True)
class FontFile:
    path: Path
    style: str  # "normal" | "italic"
    weight: str  # "400", "700"; "" for a variable font (every weight from one file)


@cache
def package_dir(family: str) -> Path | None:
    """Folder of the package that ships ``family`` (``None`` if not installed)."""
    spec = importlib.util.find_spec(FONT_PACKAGES[family])
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).resolve()


@cache
def font_files(family: str) -> tuple[FontFile, ...]:
    folder = package_dir(family)
    if folder is None:
        return ()
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    files = []
    for item in meta.get("files", []):
        # WeasyPrint 70 rejects weight ranges ("100 900") in @font-face; a variable
        # font declared without a weight still gives every weight through Pango.
        weight = "" if item.get("variable") else str(item.get("weight") or 400)
        files.append(FontFile(folder / item["path"], item.get("style", "normal"), weight))
    return tuple(files)


def font_face_css(families: list[str]) -> str:
    """``@font-face`` rules (with ``file:`` URLs) for each family that is installed."""
    rules = []
    for family in dict.fromkeys(families):
        if family not in FONT_PACKAGES:
            continue
        for font in font_files(family):
            rules.append(
                "@font-face { "
                f"font-family: '{family}'; src: url('{font.path.as_uri()}'); "
                f"font-style: {font.style};"
                + (f" font-weight: {font.weight};" if font.weight else "")
                + " }"
            )
    return "\n".join(rules)


def font_dirs() -> list[Path]:
    """Folders the renderer may read font files from."""
    return [d for family in FONT_PACKAGES if (d := package_dir(family)) is not None]
