"""Wording rules for client text that are about words, not reading level.

* Clients do not know the word "clinician": client text names the person they
  work with with the ``[[therapist]]`` placeholder (the brand's clinician name,
  or "your therapist or counselor").
* A "Try this" that has the reader attend to their breathing carries the
  caution in the reader's words (content guide, "Safety in the client's text"):
  for some people, paying attention to the breath makes anxiety rise at first.
* The built-in library uses US spelling (:mod:`handout_builder.core.checks.spelling`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CLINICIAN_WORD = re.compile(r"\bclinicians?\b", re.IGNORECASE)
CLINICIAN_HINT = (
    "clients may not know the word 'clinician': write [[therapist]] (it prints the "
    "clinician's name from the brand profile, or 'your therapist or counselor'; "
    "[[Therapist]] at the start of a sentence)"
)

# In the built-in library's text, the plain words for the clinician are the
# placeholder's fallback: write the placeholder so the name prints when known.
PLAIN_THERAPIST = re.compile(r"\byour therapist or counsel+or\b", re.IGNORECASE)
PLAIN_THERAPIST_HINT = (
    "write [[therapist]] ([[Therapist]] at the start of a sentence): it prints the "
    "clinician's name from the brand profile, and these words when there is none"
)

# An instruction that has the reader attend to the breath ("breathe in",
# "take a slow breath", "bring your attention to your breath") ...
BREATHING = re.compile(
    r"\b(?:breathe|breathing (?:in|out)|(?:slow|deep|long|a|the|your) breaths?|breaths)\b",
    re.IGNORECASE,
)
# ... and the caution: one sentence about the breath that says it can make
# some people more anxious or upset (and so what to do).
_BREATH = re.compile(r"\bbreath\w*", re.IGNORECASE)
_CAUTION_WORDS = re.compile(r"\b(?:anxi\w*|panic\w*|worse|uneasy|upset|scared)\b", re.IGNORECASE)
BREATHING_HINT = (
    "add the caution in the client's words, for example: 'For some people, paying "
    "attention to the breath makes anxiety rise at first. If that happens, stop, look "
    "around the room, and tell [[therapist]].'"
)


def has_breathing_caution(sentences: Iterable[str]) -> bool:
    """Whether one of ``sentences`` cautions that attending to the breath can
    raise anxiety (the breath and the reaction named in the same sentence)."""
    return any(_BREATH.search(s) and _CAUTION_WORDS.search(s) for s in sentences)
