"""Spanish reading ease: Szigriszt-Pazos on the INFLESZ scale, and Fernández-Huerta.

Both formulas are Flesch's Reading Ease adapted to Spanish (higher is easier):

* **Szigriszt-Pazos** (perspicuity, 1993):
  ``206.835 − 62.3 × syllables/words − words/sentences``; read on the
  **INFLESZ** scale (Barrio-Cantalejo IM et al. 2008, "Validación de la Escala
  INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes",
  An Sist Sanit Navar 31(2):135–152): below 40 *muy difícil*, 40–55 *algo
  difícil*, 55–65 *normal*, 65–80 *bastante fácil*, 80 and above *muy fácil*.
* **Fernández-Huerta** (1959), as corrected by Law (2011):
  ``206.84 − 60 × syllables/words − 1.02 × words/sentences``.

textstat 0.7.8 has both (``szigriszt_pazos``, ``fernandez_huerta``) and runs
offline, but counts Spanish syllables with Pyphen's hyphenation dictionary,
which never splits off a single vowel nor a hiatus (``amor``, ``idea``,
``país`` count as one syllable): that makes every text look easier (7–8
points on the Spanish test entries). So the counts here are our own: words are runs of
letters, sentences are split as for English (:mod:`readability`), and
syllables come from ``silabeador`` (Sanz-Lázaro's rule-based Spanish
syllabifier; hiatus and diphthongs by the RAE's rules). The formulas are
textstat's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

INFLESZ_BANDS = (
    (80.0, "muy fácil", "very easy"),
    (65.0, "bastante fácil", "fairly easy"),
    (55.0, "normal", "standard"),
    (40.0, "algo difícil", "fairly difficult"),
    (float("-inf"), "muy difícil", "very difficult"),
)
"""INFLESZ scale (Barrio-Cantalejo et al. 2008): lower bound, Spanish and English name."""


def szigriszt_pazos(words: int, sentences: int, syllables: int) -> float:
    """Szigriszt-Pazos perspicuity (0–100, higher is easier); 0 for no text."""
    if not words or not sentences:
        return 0.0
    return 206.835 - 62.3 * syllables / words - words / sentences


def fernandez_huerta(words: int, sentences: int, syllables: int) -> float:
    """Fernández-Huerta reading ease (Law's 2011 correction); 0 for no text."""
    if not words or not sentences:
        return 0.0
    return 206.84 - 60 * syllables / words - 1.02 * words / sentences


def inflesz_band(score: float, *, english: bool = False) -> str:
    """The INFLESZ band of a Szigriszt-Pazos score: ``bastante fácil`` (or, with
    ``english``, ``fairly easy``)."""
    for floor, spanish, english_name in INFLESZ_BANDS:
        if score >= floor:
            return english_name if english else spanish
    raise AssertionError("the last band has no floor")  # pragma: no cover


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Syllables in one Spanish word (at least 1), by silabeador's rules; a word
    it cannot divide (digits, foreign spelling) counts its vowel groups."""
    lowered = word.lower().strip("'’-")
    if not lowered:
        return 0
    try:
        # exceptions=0: the RAE's spelling rules (``destruir`` is des-truir), and
        # 20 times faster than silabeador's verse exceptions (read per word).
        return max(1, len(_syllabify()(lowered, exceptions=0)))
    except Exception:  # silabeador raises plain exceptions on odd input
        return _vowel_groups(lowered)


@lru_cache(maxsize=1)
def _syllabify() -> Any:
    import silabeador  # loaded with the checks, not at start-up

    return silabeador.syllabify


def _vowel_groups(word: str) -> int:
    vowels = set("aeiouáéíóúüy")
    groups = 0
    previous = False
    for char in word:
        is_vowel = char in vowels
        if is_vowel and not previous:
            groups += 1
        previous = is_vowel
    return max(1, groups)
