"""Wording rules for client text that are about words, not reading level.

* Clients do not know the word "clinician": client text names the person they
  work with with the ``[[therapist]]`` placeholder (the brand's clinician name,
  or "your therapist or counselor"; "su terapeuta" in Spanish).
* A "Try this" that has the reader attend to their breathing carries the
  caution in the reader's words (content guide, "Safety in the client's text"):
  for some people, paying attention to the breath makes anxiety rise at first.
* The built-in library uses US spelling (:mod:`handout_builder.core.checks.spelling`).

The placeholder and breathing rules have their words per language
(:func:`wording_rules`): English and Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from handout_builder.core.languages import base_language

CLINICIAN_WORD = re.compile(r"\bclinicians?\b", re.IGNORECASE)
CLINICIAN_HINT = (
    "clients may not know the word 'clinician': write [[therapist]] (it prints the "
    "clinician's name from the brand profile, or 'your therapist or counselor'; "
    "[[Therapist]] at the start of a sentence)"
)
PLAIN_THERAPIST_HINT = (
    "write [[therapist]] ([[Therapist]] at the start of a sentence): it prints the "
    "clinician's name from the brand profile, and these words when there is none"
)


@dataclass(frozen=True)
class WordingRules:
    """The words of the placeholder and breathing rules in one language."""

    # In the built-in library's text, the plain words for the clinician are the
    # placeholder's fallback: write the placeholder so the name prints when known.
    plain_therapist: re.Pattern[str]
    # An instruction that has the reader attend to the breath ...
    breathing: re.Pattern[str]
    # ... and the caution: one sentence that names the breath (``breath``) and
    # says it can make some people more anxious or upset (``caution``).
    breath: re.Pattern[str]
    caution: re.Pattern[str]
    breathing_hint: str


_RULES = {
    "en": WordingRules(
        plain_therapist=re.compile(r"\byour therapist or counsel+or\b", re.IGNORECASE),
        breathing=re.compile(
            r"\b(?:breathe|breathing (?:in|out)|(?:slow|deep|long|a|the|your) breaths?|"
            r"breaths)\b",
            re.IGNORECASE,
        ),
        breath=re.compile(r"\bbreath\w*", re.IGNORECASE),
        caution=re.compile(r"\b(?:anxi\w*|panic\w*|worse|uneasy|upset|scared)\b", re.IGNORECASE),
        breathing_hint=(
            "add the caution in the client's words, for example: 'For some people, paying "
            "attention to the breath makes anxiety rise at first. If that happens, stop, "
            "look around the room, and tell [[therapist]].'"
        ),
    ),
    # "respire", "tome aire", "saque el aire" (usted form) and the caution
    # "poner atención en la respiración les sube la ansiedad".
    "es": WordingRules(
        plain_therapist=re.compile(r"\bsu terapeuta\b", re.IGNORECASE),
        breathing=re.compile(
            r"\b(?:respire|respiren|respirar|respiración|(?:tome|tomar|saque|sacar|suelte|"
            r"soltar|bote|botar) (?:el )?aire)\b",
            re.IGNORECASE,
        ),
        breath=re.compile(r"\brespir\w*", re.IGNORECASE),
        caution=re.compile(
            r"\b(?:ansi\w*|nervios\w*|pánico|peor|angusti\w*|miedo|asust\w*|incómod\w*|alter[ae]\w*)",
            re.IGNORECASE,
        ),
        breathing_hint=(
            "add the caution in the client's words, for example: 'A algunas personas, "
            "poner atención en la respiración les sube la ansiedad al principio. Si le "
            "pasa, pare, mire a su alrededor y dígaselo a [[therapist]].'"
        ),
    ),
}


def wording_rules(language: str = "en") -> WordingRules | None:
    """The rules for ``language`` (a code such as ``es`` or ``es-MX``), or None
    for a language without its words here."""
    return _RULES.get(base_language(language))


def has_breathing_caution(sentences: Iterable[str], language: str = "en") -> bool:
    """Whether one of ``sentences`` (in ``language``) cautions that attending to
    the breath can raise anxiety (the breath and the reaction named in the same
    sentence)."""
    rules = wording_rules(language) or _RULES["en"]
    return any(rules.breath.search(s) and rules.caution.search(s) for s in sentences)
