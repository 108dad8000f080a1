"""US spelling for the built-in library: British spellings and their US forms.

The list is a data file, ``assets/lint/us-spelling.yaml`` (whole words, word
beginnings and -ise/-ize stems; its header says what is left out on purpose).
The content linter uses :func:`british_spellings` on the built-in entries'
title, summary, body, reflection questions and clinician note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from handout_builder.core import resources

SPELLING_FILE = "us-spelling.yaml"
_WORD = re.compile(r"\b[A-Za-z]+\b")
_PREFIXES = ("", "un", "re", "dis", "de", "over", "under", "mis")
_IZE_ENDINGS = ("ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers")


@dataclass(frozen=True)
class SpellingList:
    """British → US spellings: whole ``words``, word ``beginnings`` (any ending
    follows) and ``ize_stems`` (stem + -ise/-ised/… becomes stem + -ize/-ized/…)."""

    words: Mapping[str, str]
    beginnings: Mapping[str, str]
    ize_stems: frozenset[str]

    def us_form(self, word: str) -> str | None:
        """The US spelling of ``word`` when it is a listed British one, else None.
        A capital first letter is kept."""
        lower = word.lower()
        us = self.words.get(lower)
        if us is None:
            us = next(
                (
                    american + lower[len(british) :]
                    for british, american in self.beginnings.items()
                    if lower.startswith(british)
                ),
                None,
            )
        if us is None:
            us = next(
                (
                    lower[: -len(ending)] + "iz" + ending[2:]
                    for ending in _IZE_ENDINGS
                    if lower.endswith(ending) and self._is_stem(lower[: -len(ending)])
                ),
                None,
            )
        if us is None:
            return None
        return us[:1].upper() + us[1:] if word[:1].isupper() else us

    def _is_stem(self, start: str) -> bool:
        """``start`` is a listed stem, perhaps after a prefix (un-, re-, dis- ...)."""
        return any(
            start.startswith(prefix) and start[len(prefix) :] in self.ize_stems
            for prefix in _PREFIXES
        )


@cache
def load_spelling_list() -> SpellingList:
    """The built-in list (a broken file is a bug in the package and raises)."""
    data: Any = yaml.safe_load(resources.asset("lint", SPELLING_FILE).read_text("utf-8"))
    return SpellingList(
        words={str(k).lower(): str(v) for k, v in data["words"].items()},
        beginnings={str(k).lower(): str(v) for k, v in data["beginnings"].items()},
        ize_stems=frozenset(str(stem).lower() for stem in data["ize_stems"]),
    )


def british_spellings(text: str) -> list[tuple[int, str, str]]:
    """``(offset, british, us)`` for each British spelling in ``text``."""
    spelling = load_spelling_list()
    found: list[tuple[int, str, str]] = []
    for match in _WORD.finditer(text):
        us = spelling.us_form(match.group(0))
        if us is not None:
            found.append((match.start(), match.group(0), us))
    return found
