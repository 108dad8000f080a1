"""A PEMAT-style checklist (Patient Education Materials Assessment Tool for
printable materials, PEMAT-P: AHRQ; Shoemaker, Wolf & Brach 2014).

PEMAT rates each item *agree* (1) or *disagree* (0), or *not applicable*, and
scores understandability and actionability separately as the share of
applicable items agreed with; 70 % is the usual bar. Twelve items are judged
here from the text (``automatic``), each with the reason; the rest are
questions for the clinician, ticked in the app and saved in the handout
(``checklist``). A question not ticked counts as *disagree* until it is, so the
score shows what has been confirmed. docs/accessibility.md lists every rule.

Why one long module: the twelve automatic rules are small functions kept next to
the item list they judge, so the whole checklist reads in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from handout_builder.core.checks.thresholds import (
    ACCEPTABLE_GRADE,
    ACCEPTABLE_INFLESZ,
    MAX_PART_WORDS,
    MAX_PASSIVE_SHARE,
    MIN_YOU_SHARE,
    PASS_MARK,
    SHORT_MATERIAL_WORDS,
)

if TYPE_CHECKING:
    from handout_builder.core.checks.health_literacy import HealthReport, SectionAnalysis

Group = Literal["understandability", "actionability"]
Status = Literal["pass", "fail", "n/a", "yes", "not yet"]

GENERIC_HEADINGS = frozenset(
    [
        "introduction",
        "intro",
        "overview",
        "background",
        "details",
        "detail",
        "information",
        "info",
        "more",
        "other",
        "others",
        "misc",
        "miscellaneous",
        "notes",
        "note",
        "text",
        "content",
        "contents",
        "general",
        "untitled",
        "section",
        "part",
        "chapter",
        "heading",
        "title",
    ]
)
_SUMMARY_HEADING = re.compile(
    r"^\s*(?:key\s+points?|summary|in\s+short|in\s+brief|to\s+sum\s+up|remember)\b",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(r"^\s*(?:section|part|chapter|step)\s+\d+\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Item:
    """A PEMAT-P item: its id, number in the tool, group and wording."""

    id: str
    number: int
    group: Group
    text: str  # the statement, as PEMAT puts it (shortened)
    question: str = ""  # for clinician items: the question asked in the app


@dataclass(frozen=True)
class ItemResult:
    item: Item
    automatic: bool
    status: Status
    reason: str

    @property
    def counts(self) -> bool:
        """Whether the item is applicable (counts in the score)."""
        return self.status != "n/a"

    @property
    def agreed(self) -> bool:
        return self.status in ("pass", "yes")


AUTOMATIC_ITEMS = (
    Item("everyday-language", 3, "understandability", "Uses common, everyday language"),
    Item("terms-defined", 4, "understandability", "Technical terms are explained when used"),
    Item("active-voice", 5, "understandability", "Uses the active voice"),
    Item("short-sections", 8, "understandability", "Breaks information into short sections"),
    Item("informative-headers", 9, "understandability", "Sections have informative headers"),
    Item("summary", 11, "understandability", "Provides a summary"),
    Item(
        "visual-cues", 12, "understandability", "Uses visual cues to draw attention to key points"
    ),
    Item("visual-captions", 17, "understandability", "Pictures have clear captions"),
    Item("action", 20, "actionability", "Names at least one action the reader can take"),
    Item("addresses-reader", 21, "actionability", "Speaks to the reader directly"),
    Item("explicit-steps", 22, "actionability", "Breaks actions into explicit steps"),
    Item("tangible-tool", 23, "actionability", "Gives a tangible tool (a log, checklist, lines)"),
)

QUESTIONS = (
    Item(
        "purpose-evident",
        1,
        "understandability",
        "Makes its purpose completely evident",
        "Is the purpose clear from the title and the first lines?",
    ),
    Item(
        "no-distractions",
        2,
        "understandability",
        "Does not include content that distracts from its purpose",
        "Does everything in it serve that purpose?",
    ),
    Item(
        "numbers-clear",
        6,
        "understandability",
        "Numbers are clear and easy to understand",
        "Are the numbers in it clear and easy to understand?",
    ),
    Item(
        "no-calculations",
        7,
        "understandability",
        "Does not expect the reader to do calculations",
        "Does it avoid asking the reader to do any sums?",
    ),
    Item(
        "logical-order",
        10,
        "understandability",
        "Presents information in a logical order",
        "Is the information in a logical order for this client?",
    ),
    Item(
        "visuals-help",
        15,
        "understandability",
        "Uses pictures wherever they make content easier to understand",
        "Are there pictures wherever they would make it easier to understand?",
    ),
    Item(
        "visuals-reinforce",
        16,
        "understandability",
        "Pictures reinforce rather than distract from the content",
        "Do the pictures support the text rather than distract from it?",
    ),
    Item(
        "visuals-clear",
        18,
        "understandability",
        "Pictures are clear and uncluttered",
        "Are the pictures clear and uncluttered?",
    ),
    Item(
        "tables-simple",
        19,
        "understandability",
        "Tables are simple, with short and clear headings",
        "Are the tables simple, with short, clear headings?",
    ),
    Item(
        "charts-explained",
        25,
        "actionability",
        "Explains how to use its tables or diagrams to take action",
        "Does it explain how to use its tables or pictures to act?",
    ),
    Item(
        "visuals-for-action",
        26,
        "actionability",
        "Uses pictures wherever they make it easier to act",
        "Are there pictures wherever they would make the steps easier to follow?",
    ),
)

QUESTION_IDS = tuple(item.id for item in QUESTIONS)


@dataclass(frozen=True)
class GroupScore:
    agreed: int
    applicable: int

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.agreed / self.applicable, 0) if self.applicable else None


@dataclass(frozen=True)
class PematReport:
    """Every item's result and the scores."""

    results: tuple[ItemResult, ...]

    @property
    def automatic(self) -> tuple[ItemResult, ...]:
        return tuple(r for r in self.results if r.automatic)

    @property
    def questions(self) -> tuple[ItemResult, ...]:
        return tuple(r for r in self.results if not r.automatic)

    def _score(self, results: tuple[ItemResult, ...]) -> GroupScore:
        applicable = [r for r in results if r.counts]
        return GroupScore(sum(r.agreed for r in applicable), len(applicable))

    def score(self, group: Group | None = None) -> GroupScore:
        """Agreed / applicable items (unticked questions count as not agreed)."""
        return self._score(tuple(r for r in self.results if group in (None, r.item.group)))

    def automatic_score(self) -> GroupScore:
        return self._score(self.automatic)

    @property
    def open_questions(self) -> int:
        return sum(1 for r in self.questions if r.status == "not yet")

    def result(self, item_id: str) -> ItemResult:
        return next(r for r in self.results if r.item.id == item_id)

    def to_data(self) -> dict[str, Any]:
        def score(s: GroupScore) -> dict[str, Any]:
            return {"agreed": s.agreed, "applicable": s.applicable, "percent": s.percent}

        return {
            "understandability": score(self.score("understandability")),
            "actionability": score(self.score("actionability")),
            "overall": score(self.score()),
            "automatic": score(self.automatic_score()),
            "open_questions": self.open_questions,
            "pass_mark": PASS_MARK,
            "items": [
                {
                    "id": r.item.id,
                    "number": r.item.number,
                    "group": r.item.group,
                    "statement": r.item.text,
                    "question": r.item.question or None,
                    "automatic": r.automatic,
                    "status": r.status,
                    "reason": r.reason,
                }
                for r in self.results
            ],
        }


# -- the automatic items -------------------------------------------------------------------

Verdict = tuple[Status, str]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"“{x}”" for x in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _everyday_language(report: HealthReport) -> Verdict:
    score = report.readability
    grade = score.grade
    hard = sorted({use.term.term for _, use in report.jargon if not use.term.technical})
    problems = []
    if score.inflesz is not None:  # Spanish: the INFLESZ scale instead of the grade
        if score.words and score.inflesz < ACCEPTABLE_INFLESZ:
            problems.append(f"{score.headline} is below {ACCEPTABLE_INFLESZ:.0f} (normal)")
    elif grade > ACCEPTABLE_GRADE:
        problems.append(f"reading grade {grade:.1f} is above {ACCEPTABLE_GRADE:.0f}")
    if hard:
        problems.append(f"hard words with plain alternatives: {_quote(hard)}")
    if problems:
        return "fail", _sentence("; ".join(problems))
    level = score.headline if score.inflesz is not None else f"Reading grade {grade:.1f}"
    return "pass", f"{level[:1].upper()}{level[1:]} and no hard words from the jargon list"


def _terms_defined(report: HealthReport) -> Verdict:
    technical = [use for _, use in report.jargon if use.term.technical]
    if not technical:
        return "pass", "No technical terms are used"
    unexplained = [use.term.term for use in technical if not use.explained]
    if unexplained:
        return "fail", (
            f"Not explained where first used: {_quote(unexplained)} "
            "(explain in the same or the next sentence)"
        )
    return "pass", f"Explained where first used: {_quote([u.term.term for u in technical])}"


def _active_voice(report: HealthReport) -> Verdict:
    sentences = report.readability.sentences
    passive = len(report.passive)
    if sentences == 0:
        return "n/a", "No text yet"
    share = passive / sentences
    counted = f"{passive} of {sentences} sentences use the passive voice"
    if share > MAX_PASSIVE_SHARE:
        return "fail", f"{counted} (aim for at most 1 in {round(1 / MAX_PASSIVE_SHARE)})"
    return "pass", counted if passive else "No passive voice found"


def _too_short(report: HealthReport) -> bool:
    return report.readability.words < SHORT_MATERIAL_WORDS


def _short_sections(report: HealthReport) -> Verdict:
    if _too_short(report):
        return "n/a", f"Very short material (under {SHORT_MATERIAL_WORDS} words)"
    long_parts = [
        f"{part.heading or 'the opening'} ({part.words} words, in “{section.title}”)"
        for section in report.sections
        for part in section.parts
        if part.words > MAX_PART_WORDS
    ]
    if long_parts:
        return "fail", f"Over {MAX_PART_WORDS} words: " + "; ".join(long_parts[:3])
    return "pass", f"Every part has at most {MAX_PART_WORDS} words"


def _heading_problem(heading: str) -> str | None:
    words = re.findall(r"[A-Za-z']+", heading.lower())
    if not words:
        return "an empty heading"
    if _NUMBERED_HEADING.match(heading) or (len(words) == 1 and words[0] in GENERIC_HEADINGS):
        return f"“{heading}” says little about what follows"
    return None


def _informative_headers(report: HealthReport) -> Verdict:
    if _too_short(report):
        return "n/a", f"Very short material (under {SHORT_MATERIAL_WORDS} words)"
    problems = []
    for section in report.sections:
        if problem := _heading_problem(section.title):
            problems.append(f"section title: {problem}")
        headed = [p for p in section.parts if p.heading]
        if not headed and section.readability.words > MAX_PART_WORDS:
            problems.append(f"“{section.title}” has no headings inside")
        for part in headed:
            if problem := _heading_problem(part.heading):
                problems.append(problem)
    if problems:
        return "fail", _sentence("; ".join(problems[:3]))
    return "pass", "Every section and part has a heading that says what it is about"


def _has_summary(section: SectionAnalysis) -> bool:
    return any(p.kind == "key_points" or _SUMMARY_HEADING.match(p.heading) for p in section.parts)


def _summary(report: HealthReport) -> Verdict:
    if _too_short(report):
        return "n/a", f"Very short material (under {SHORT_MATERIAL_WORDS} words)"
    missing = [
        s.title
        for s in report.sections
        if s.readability.words > MAX_PART_WORDS and not _has_summary(s)
    ]
    if missing:
        return "fail", f"No “Key points” part in: {_quote(missing)}"
    return "pass", "A “Key points” summary is there"


def _visual_cues(report: HealthReport) -> Verdict:
    cues = []
    if any(s.features.bullet_lists or s.features.ordered_lists for s in report.sections):
        cues.append("lists")
    if any(s.features.bold for s in report.sections):
        cues.append("bold words")
    if any(p.kind in ("try_this", "key_points") for s in report.sections for p in s.parts):
        cues.append("boxed “Try this” / “Key points” parts")
    if cues:
        return "pass", "Uses " + ", ".join(cues)
    return "fail", "No lists, bold words or boxed parts to draw the eye to key points"


def _visual_captions(report: HealthReport) -> Verdict:
    pictures = [s for s in report.sections if s.illustration is not None]
    if not pictures:
        return "n/a", "No pictures"
    missing = [s.title for s in pictures if s.illustration and not s.illustration.caption.strip()]
    if missing:
        return "fail", f"Picture without a caption in: {_quote(missing)}"
    count = len(pictures)
    return "pass", f"{'Every' if count > 1 else 'The'} picture has a caption"


def _action_parts(report: HealthReport) -> list[tuple[SectionAnalysis, Any]]:
    return [(s, p) for s in report.sections for p in s.parts if p.kind == "try_this"]


def _action(report: HealthReport) -> Verdict:
    actions = _action_parts(report)
    if actions:
        return "pass", f"“{actions[0][1].heading}”" + (
            f" and {len(actions) - 1} more action{'s' if len(actions) > 2 else ''}"
            if len(actions) > 1
            else ""
        )
    if any(s.features.ordered_lists for s in report.sections):
        return "pass", "Numbered steps the reader can follow"
    return "fail", "No “Try this” part or numbered steps: add one thing the reader can do"


def _addresses_reader(report: HealthReport) -> Verdict:
    sentences = report.readability.sentences
    if sentences == 0:
        return "n/a", "No text yet"
    you = sum(s.you_sentences for s in report.sections)
    impersonal = [part.heading for _, part in _action_parts(report) if part.you_sentences == 0]
    if impersonal:
        return "fail", f"Steps that do not speak to the reader (“you”): {_quote(impersonal)}"
    if you / sentences < MIN_YOU_SHARE:
        return "fail", f"Only {you} of {sentences} sentences speak to the reader as “you”"
    return "pass", f"{you} of {sentences} sentences speak to the reader as “you”"


def _explicit_steps(report: HealthReport) -> Verdict:
    actions = _action_parts(report)
    if not actions:
        if any(s.features.longest_ordered_list >= 2 for s in report.sections):
            return "pass", "Numbered steps"
        return "n/a", "No action to break into steps"
    unnumbered = [part.heading for _, part in actions if part.features.longest_ordered_list < 2]
    if unnumbered:
        return "fail", f"No numbered steps in: {_quote(unnumbered)}"
    return "pass", "Every “Try this” part has numbered steps"


def _tangible_tool(report: HealthReport) -> Verdict:
    material = report.material
    tools = []
    if any(s.features.blanks for s in report.sections):
        tools.append("lines to write on in the text")
    if any(s.features.tables for s in report.sections):
        tools.append("a table to fill in")
    if material.kind == "entry" and any(s.reflection for s in report.sections):
        tools.append("reflection questions (layouts with write-in lines print lines under them)")
    elif material.writein_lines > 0:
        if any(s.reflection for s in report.sections):
            tools.append("reflection questions with lines to write on")
        else:
            tools.append("lines for notes")
    if tools:
        return "pass", "Has " + " and ".join(tools)
    return "fail", (
        "Nothing to fill in or keep: add lines to write on (“______”), a log, "
        "or switch on write-in lines"
    )


RULES: dict[str, Callable[[HealthReport], Verdict]] = {
    "everyday-language": _everyday_language,
    "terms-defined": _terms_defined,
    "active-voice": _active_voice,
    "short-sections": _short_sections,
    "informative-headers": _informative_headers,
    "summary": _summary,
    "visual-cues": _visual_cues,
    "visual-captions": _visual_captions,
    "action": _action,
    "addresses-reader": _addresses_reader,
    "explicit-steps": _explicit_steps,
    "tangible-tool": _tangible_tool,
}


def _question_applies(item: Item, report: HealthReport) -> str | None:
    """Why a clinician question does not apply, or ``None`` when it does."""
    pictures = any(s.illustration is not None for s in report.sections)
    tables = any(s.features.tables for s in report.sections)
    numbers = any(_DIGIT.search(s.text) for s in report.sections)
    if item.id in ("visuals-reinforce", "visuals-clear") and not pictures:
        return "No pictures"
    if item.id == "tables-simple" and not tables:
        return "No tables"
    if item.id == "charts-explained" and not (tables or pictures):
        return "No tables or pictures"
    if item.id == "numbers-clear" and not numbers:
        return "No numbers"
    return None


def evaluate(report: HealthReport) -> PematReport:
    """All items for ``report`` (whose ``pemat`` is not needed)."""
    results = []
    for item in AUTOMATIC_ITEMS:
        status, reason = RULES[item.id](report)
        results.append(ItemResult(item, True, status, reason))
    for item in QUESTIONS:
        not_applicable = _question_applies(item, report)
        if not_applicable:
            results.append(ItemResult(item, False, "n/a", not_applicable))
        elif item.id in report.material.confirmed:
            results.append(ItemResult(item, False, "yes", "Ticked by the clinician"))
        else:
            results.append(ItemResult(item, False, "not yet", "Not ticked yet"))
    return PematReport(tuple(results))
