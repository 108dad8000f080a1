"""Health-literacy report for a handout or a library entry.

One report holds the reading level of the whole text and of each section
(Flesch–Kincaid grade and SMOG, see :mod:`readability`), the sentences that are
too long, the jargon used (and whether each technical term is explained where
it is first used), passive voice, and the PEMAT-style checklist
(:mod:`pemat`). The editor, ``handout-builder check`` and the tests all use it;
docs/accessibility.md describes every rule.

:func:`line_findings` is the fast part for the editor's highlighting: one line
(paragraph) at a time, regular expressions only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from handout_builder.core.checks.jargon import JargonList, JargonTerm
from handout_builder.core.checks.normalise import normalise, normalise_with_offsets
from handout_builder.core.checks.passive import passive_finder
from handout_builder.core.checks.readability import (
    Readability,
    addresses_reader,
    combine,
    long_sentence_spans,
    score_text,
    scoring_lines,
    split_sentences,
    word_count,
)
from handout_builder.core.checks.thresholds import LONG_SENTENCE_WORDS
from handout_builder.core.model.handout import Handout
from handout_builder.core.model.illustrations import Illustration
from handout_builder.core.model.library import LibraryEntry

if TYPE_CHECKING:  # the Markdown parser loads only where text is analysed (the worker)
    from handout_builder.core.markdown import MarkdownFeatures

FindingKind = Literal["long_sentence", "jargon", "passive"]

# Words that show a term is being explained around where it is first used (the
# sentence before, the same one or the next): "a small part called the
# amygdala", "cortisol is a stress hormone", "dissociation (feeling far away)",
# "it stands for …", "… — that is, …".
_EXPLAINED = re.compile(
    r"\b(?:called|named|known as|means?|meaning|refers? to|in other words|that is|"
    r"is a|is an|is the|are the|is how|is when|is what|is like|are like|stands? for)\b"
    r"|[(:—–]",
    re.IGNORECASE,
)
# "the cortex, the outer part of the brain": an explanation right after the term.
_APPOSITIVE = re.compile(r"^\s*(?:,|-)\s*(?:the|a|an|which|that|who|your|our)\b", re.IGNORECASE)


# -- the editor's line-by-line findings ----------------------------------------------


@dataclass(frozen=True)
class Finding:
    """Something to highlight in one line of text (character offsets)."""

    kind: FindingKind
    start: int
    end: int
    message: str
    alternatives: tuple[str, ...] = ()
    term: str = ""  # for jargon: the term, as the list has it


def line_findings(typed: str, jargon: JargonList, language: str = "en") -> list[Finding]:
    """Long sentences, jargon and passive voice in one line (paragraph) of text
    written in ``language`` (``jargon`` is that language's list); offsets are
    into the line as typed (read through :mod:`normalise`)."""
    line, index = normalise_with_offsets(typed)
    return [
        replace(finding, start=index[finding.start], end=index[finding.end])
        for finding in _findings(line, jargon, language)
    ]


def _findings(line: str, jargon: JargonList, language: str) -> list[Finding]:
    findings: list[Finding] = []
    for start, end in long_sentence_spans(line):
        words = word_count(line[start:end])
        findings.append(
            Finding(
                "long_sentence",
                start,
                end,
                f"Long sentence: {words} words (aim for {LONG_SENTENCE_WORDS} or fewer). "
                "Try splitting it in two.",
            )
        )
    finder = passive_finder(language) or (lambda _text: [])
    example = "“su cerebro llama …”" if language.startswith("es") else "“your brain calls …”"
    for hit in finder(line):
        findings.append(
            Finding(
                "passive",
                hit.start,
                hit.end,
                f"Passive voice: “{hit.text}”. Say who does what, e.g. {example}.",
            )
        )
    for jargon_hit in jargon.find(line):
        findings.append(
            Finding(
                "jargon",
                jargon_hit.start,
                jargon_hit.end,
                jargon_message(jargon_hit.term),
                jargon_hit.term.plain,
                jargon_hit.term.term,
            )
        )
    return findings


def jargon_message(term: JargonTerm) -> str:
    plain = " or ".join(f"“{p}”" for p in term.plain)
    if term.technical:
        return (
            f"“{term.term}” is a technical term: explain it where it is first used, e.g. {plain}."
        )
    return f"“{term.term}” is a hard word. Plainer: {plain}."


# -- what is checked -------------------------------------------------------------------


@dataclass(frozen=True)
class MaterialSection:
    """One section of what is checked (a handout section or a library entry)."""

    id: str
    title: str
    body: str  # Markdown
    illustration: Illustration | None = None  # printed illustration, if any
    illustration_missing: str = ""  # name of an illustration not in the catalog
    reflection: tuple[str, ...] = ()
    language: str = "en"  # what the text is written in: picks the formulas and lists


@dataclass(frozen=True)
class Material:
    """A handout or a library entry, as the checks see it."""

    kind: Literal["handout", "entry"]
    title: str
    sections: tuple[MaterialSection, ...]
    writein_lines: int = 0  # write-in lines printed after each section
    confirmed: frozenset[str] = frozenset()  # clinician questions answered "yes"


def material_from_handout(handout: Handout, illustrations: Mapping[str, Illustration]) -> Material:
    sections = []
    for section in handout.sections:
        name = section.illustration if handout.options.include_illustrations else None
        found = illustrations.get(name) if name else None
        sections.append(
            MaterialSection(
                id=section.id,
                title=section.title,
                body=section.body,
                illustration=found,
                illustration_missing=name if name and found is None else "",
                reflection=tuple(section.reflection),
                language=section.language or handout.language or "en",
            )
        )
    return Material(
        kind="handout",
        title=handout.title,
        sections=tuple(sections),
        writein_lines=handout.options.writein_lines,
        confirmed=frozenset(handout.checklist),
    )


def material_from_entry(entry: LibraryEntry, illustrations: Mapping[str, Illustration]) -> Material:
    """A library entry, checked as the text it gives every handout."""
    found = illustrations.get(entry.illustration) if entry.illustration else None
    section = MaterialSection(
        id=entry.id,
        title=entry.title,
        body=entry.body,
        illustration=found,
        illustration_missing=entry.illustration if entry.illustration and not found else "",
        reflection=entry.reflection,
        language=entry.language,
    )
    return Material(kind="entry", title=entry.title, sections=(section,))


# -- the analysis ------------------------------------------------------------------------


@dataclass(frozen=True)
class JargonUse:
    """A term used in a section: how it was written, in which sentence, and
    whether it is explained there or in the next sentence."""

    term: JargonTerm
    text: str
    sentence: str
    explained: bool
    count: int


@dataclass(frozen=True)
class PartInfo:
    heading: str
    kind: str
    words: int
    features: MarkdownFeatures
    you_sentences: int


@dataclass(frozen=True)
class SectionAnalysis:
    id: str
    title: str
    text: str  # the scored text (see readability.scoring_text)
    readability: Readability
    parts: tuple[PartInfo, ...]
    features: MarkdownFeatures
    jargon: tuple[JargonUse, ...]
    passive: tuple[str, ...]  # sentences with passive voice
    you_sentences: int  # sentences addressing the reader
    illustration: Illustration | None
    illustration_missing: str
    reflection: tuple[str, ...]


@dataclass(frozen=True)
class HealthReport:
    """Everything the checks found (see the module notes)."""

    material: Material
    readability: Readability
    sections: tuple[SectionAnalysis, ...]
    pemat: Any  # pemat.PematReport (Any: the modules refer to each other)
    problems: tuple[Any, ...] = field(default=())

    @property
    def long_sentences(self) -> list[tuple[str, str]]:
        """(section title, sentence) for every sentence over the limit."""
        return [(s.title, text) for s in self.sections for text in s.readability.long_sentences]

    @property
    def passive(self) -> list[tuple[str, str]]:
        return [(s.title, text) for s in self.sections for text in s.passive]

    @property
    def jargon(self) -> list[tuple[str, JargonUse]]:
        return [(s.title, use) for s in self.sections for use in s.jargon]

    def section(self, section_id: str) -> SectionAnalysis | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def to_data(self) -> dict[str, Any]:
        """The report as plain data (``check --json``)."""
        return {
            "kind": self.material.kind,
            "title": self.material.title,
            "readability": readability_data(self.readability),
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "readability": readability_data(s.readability),
                    "long_sentences": list(s.readability.long_sentences),
                    "passive_voice": list(s.passive),
                    "jargon": [
                        {
                            "term": use.term.term,
                            "as_written": use.text,
                            "plain": list(use.term.plain),
                            "technical": use.term.technical,
                            "explained": use.explained,
                            "uses": use.count,
                        }
                        for use in s.jargon
                    ],
                }
                for s in self.sections
            ],
            "pemat": self.pemat.to_data(),
            "problems": [str(p) for p in self.problems],
        }


def readability_data(score: Readability) -> dict[str, Any]:
    spanish = score.inflesz is not None
    return {
        "grade": None if spanish else score.grade,
        "smog": None if spanish else score.smog,
        "inflesz": score.inflesz,
        "fernandez_huerta": score.fernandez_huerta,
        "words": score.words,
        "sentences": score.sentences,
        "reading_minutes": score.reading_minutes,
        "verdict": score.verdict,
    }


def _jargon_uses(sentences: list[str], jargon: JargonList) -> tuple[JargonUse, ...]:
    first: dict[str, JargonUse] = {}
    counts: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        for hit in jargon.find(sentence):
            key = hit.term.term.lower()
            counts[key] = counts.get(key, 0) + 1
            if key in first:
                continue
            nearby = " ".join(sentences[max(0, index - 1) : index + 2])
            explained = bool(_EXPLAINED.search(nearby) or _APPOSITIVE.match(sentence[hit.end :]))
            first[key] = JargonUse(hit.term, hit.text, sentence, explained, 0)
    return tuple(
        JargonUse(u.term, u.text, u.sentence, u.explained, counts[k]) for k, u in first.items()
    )


@lru_cache(maxsize=64)
def analyse_section(section: MaterialSection, jargon: JargonList) -> SectionAnalysis:
    """One section's analysis (cached: while the clinician types in one section,
    the others are not analysed again). Each edit adds an entry of about 16 KB,
    so the cache holds 64 (a long handout's sections), not hundreds: the worker's
    memory stays flat while the clinician types."""
    from handout_builder.core.markdown import combine_features, part_texts

    parts = []
    texts = []
    addresses = addresses_reader(section.language)
    for part in part_texts(normalise(section.body), section.language):
        text = scoring_lines(part.blocks)
        texts.append(text)
        part_sentences = split_sentences(text)
        parts.append(
            PartInfo(
                heading=part.heading,
                kind=part.kind,
                words=sum(word_count(s) for s in part_sentences),
                features=part.features,
                you_sentences=sum(1 for s in part_sentences if addresses.search(s)),
            )
        )
    text = "\n".join(t for t in texts if t)
    sentences = split_sentences(text)
    finder = passive_finder(section.language)
    return SectionAnalysis(
        id=section.id,
        title=section.title,
        text=text,
        readability=score_text(text, section.language),
        parts=tuple(parts),
        features=combine_features(p.features for p in parts),
        jargon=_jargon_uses(sentences, jargon),
        passive=tuple(s for s in sentences if finder is not None and finder(s)),
        you_sentences=sum(1 for s in sentences if addresses.search(s)),
        illustration=section.illustration,
        illustration_missing=section.illustration_missing,
        reflection=section.reflection,
    )


def check_material(material: Material, jargon: JargonList) -> HealthReport:
    """The whole report for ``material``."""
    from handout_builder.core.checks.pemat import evaluate

    sections = tuple(analyse_section(s, jargon) for s in material.sections)
    whole = combine(s.readability for s in sections)
    report = HealthReport(
        material=material,
        readability=whole,
        sections=sections,
        pemat=None,
        problems=tuple(jargon.problems),
    )
    return HealthReport(
        material=material,
        readability=report.readability,
        sections=sections,
        pemat=evaluate(report),
        problems=report.problems,
    )
