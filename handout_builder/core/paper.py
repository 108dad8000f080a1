"""Paper sizes: the one place that names them.

Handouts print on US Letter or ISO A4. Everything that lists, checks, offers or
sizes paper (the handout format, layout manifests, the template context, the
command line's ``--paper``, the toolbar and Preferences) takes it from here.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Paper:
    """A paper size: its name in files (``letter``), its label for people, its
    size in millimetres (portrait) and its CSS ``@page size`` keyword."""

    name: str
    label: str
    width_mm: float
    height_mm: float
    css: str


LETTER = Paper("letter", "Letter", 215.9, 279.4, "letter")  # ANSI/ASME Y14.1
A4 = Paper("a4", "A4", 210.0, 297.0, "A4")  # ISO 216
PAPER_SIZES = {paper.name: paper for paper in (LETTER, A4)}
PAPERS = tuple(PAPER_SIZES)  # ("letter", "a4"), the names files and --paper take
DEFAULT_PAPER = LETTER.name  # when a file names none

# Countries that use US Letter paper; everywhere else uses A4.
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "SV", "DO"}


def locale_paper() -> str:
    """``letter`` where the system locale's country uses it, else ``a4``."""
    name = ""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(variable):
            name = os.environ[variable]
            break
    if not name:
        name = locale.getlocale()[0] or ""
    territory = name.split(".")[0].split("@")[0].partition("_")[2].upper()
    return LETTER.name if territory in LETTER_TERRITORIES else A4.name
