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
from handout_builder.core.messages import decimal, joined, msg

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
    Item("everyday-language", 3, "understandability", msg("Uses common, everyday language")),
    Item("terms-defined", 4, "understandability", msg("Technical terms are explained when used")),
    Item("active-voice", 5, "understandability", msg("Uses the active voice")),
    Item("short-sections", 8, "understandability", msg("Breaks information into short sections")),
    Item("informative-headers", 9, "understandability", msg("Sections have informative headers")),
    Item("summary", 11, "understandability", msg("Provides a summary")),
    Item(
        "visual-cues",
        12,
        "understandability",
        msg("Uses visual cues to draw attention to key points"),
    ),
    Item("visual-captions", 17, "understandability", msg("Pictures have clear captions")),
    Item("action", 20, "actionability", msg("Names at least one action the reader can take")),
    Item("addresses-reader", 21, "actionability", msg("Speaks to the reader directly")),
    Item("explicit-steps", 22, "actionability", msg("Breaks actions into explicit steps")),
    Item(
        "tangible-tool", 23, "actionability", msg("Gives a tangible tool (a log, checklist, lines)")
    ),
)

QUESTIONS = (
    Item(
        "purpose-evident",
        1,
        "understandability",
        msg("Makes its purpose completely evident"),
        msg("Is the purpose clear from the title and the first lines?"),
    ),
    Item(
        "no-distractions",
        2,
        "understandability",
        msg("Does not include content that distracts from its purpose"),
        msg("Does everything in it serve that purpose?"),
    ),
    Item(
        "numbers-clear",
        6,
        "understandability",
        msg("Numbers are clear and easy to understand"),
        msg("Are the numbers in it clear and easy to understand?"),
    ),
    Item(
        "no-calculations",
        7,
        "understandability",
        msg("Does not expect the reader to do calculations"),
        msg("Does it avoid asking the reader to do any sums?"),
    ),
    Item(
        "logical-order",
        10,
        "understandability",
        msg("Presents information in a logical order"),
        msg("Is the information in a logical order for this client?"),
    ),
    Item(
        "visuals-help",
        15,
        "understandability",
        msg("Uses pictures wherever they make content easier to understand"),
        msg("Are there pictures wherever they would make it easier to understand?"),
    ),
    Item(
        "visuals-reinforce",
        16,
        "understandability",
        msg("Pictures reinforce rather than distract from the content"),
        msg("Do the pictures support the text rather than distract from it?"),
    ),
    Item(
        "visuals-clear",
        18,
        "understandability",
        msg("Pictures are clear and uncluttered"),
        msg("Are the pictures clear and uncluttered?"),
    ),
    Item(
        "tables-simple",
        19,
        "understandability",
        msg("Tables are simple, with short and clear headings"),
        msg("Are the tables simple, with short, clear headings?"),
    ),
    Item(
        "charts-explained",
        25,
        "actionability",
        msg("Explains how to use its tables or diagrams to take action"),
        msg("Does it explain how to use its tables or pictures to act?"),
    ),
    Item(
        "visuals-for-action",
        26,
        "actionability",
        msg("Uses pictures wherever they make it easier to act"),
        msg("Are there pictures wherever they would make the steps easier to follow?"),
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


def _quote(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"“{x}”" for x in items[:limit])
    return msg("%1 and %2 more", shown, len(items) - limit) if len(items) > limit else shown


def _everyday_language(report: HealthReport) -> Verdict:
    score = report.readability
    grade = score.grade
    hard = sorted({use.term.term for _, use in report.jargon if not use.term.technical})
    problems = []
    if score.inflesz is not None:  # Spanish: the INFLESZ scale instead of the grade
        if score.words and score.inflesz < ACCEPTABLE_INFLESZ:
            problems.append(
                msg("%1 is below %2 (normal)", score.headline, f"{ACCEPTABLE_INFLESZ:.0f}")
            )
    elif grade > ACCEPTABLE_GRADE:
        problems.append(
            msg("Reading grade %1 is above %2", decimal(grade), f"{ACCEPTABLE_GRADE:.0f}")
        )
    if hard:
        problems.append(msg("Hard words with plain alternatives: %1", _quote(hard)))
    if problems:
        return "fail", joined("; ", problems)
    level = score.headline if score.inflesz is not None else msg("Reading grade %1", decimal(grade))
    return "pass", msg("%1 and no hard words from the jargon list", level)


def _terms_defined(report: HealthReport) -> Verdict:
    technical = [use for _, use in report.jargon if use.term.technical]
    if not technical:
        return "pass", msg("No technical terms are used")
    unexplained = [use.term.term for use in technical if not use.explained]
    if unexplained:
        return "fail", msg(
            "Not explained where first used: %1 (explain in the same or the next sentence)",
            _quote(unexplained),
        )
    return "pass", msg("Explained where first used: %1", _quote([u.term.term for u in technical]))


def _active_voice(report: HealthReport) -> Verdict:
    sentences = report.readability.sentences
    passive = len(report.passive)
    if sentences == 0:
        return "n/a", msg("No text yet")
    share = passive / sentences
    counted = msg("%1 of %2 sentences use the passive voice", passive, sentences)
    if share > MAX_PASSIVE_SHARE:
        return "fail", msg("%1 (aim for at most 1 in %2)", counted, round(1 / MAX_PASSIVE_SHARE))
    return "pass", counted if passive else msg("No passive voice found")


def _too_short(report: HealthReport) -> bool:
    return report.readability.words < SHORT_MATERIAL_WORDS


def _very_short() -> Verdict:
    return "n/a", msg("Very short material (under %1 words)", SHORT_MATERIAL_WORDS)


def _short_sections(report: HealthReport) -> Verdict:
    if _too_short(report):
        return _very_short()
    long_parts = [
        msg("%1 (%2 words, in “%3”)", part.heading or msg("the opening"), part.words, section.title)
        for section in report.sections
        for part in section.parts
        if part.words > MAX_PART_WORDS
    ]
    if long_parts:
        return "fail", msg("Over %1 words: %2", MAX_PART_WORDS, joined("; ", long_parts[:3]))
    return "pass", msg("Every part has at most %1 words", MAX_PART_WORDS)


def _heading_problem(heading: str) -> str | None:
    words = re.findall(r"[A-Za-z']+", heading.lower())
    if not words:
        return msg("An empty heading")
    if _NUMBERED_HEADING.match(heading) or (len(words) == 1 and words[0] in GENERIC_HEADINGS):
        return msg("“%1” says little about what follows", heading)
    return None


def _informative_headers(report: HealthReport) -> Verdict:
    if _too_short(report):
        return _very_short()
    problems: list[str] = []
    for section in report.sections:
        if problem := _heading_problem(section.title):
            problems.append(msg("Section title: %1", problem))
        headed = [p for p in section.parts if p.heading]
        if not headed and section.readability.words > MAX_PART_WORDS:
            problems.append(msg("“%1” has no headings inside", section.title))
        for part in headed:
            if problem := _heading_problem(part.heading):
                problems.append(problem)
    if problems:
        return "fail", joined("; ", problems[:3])
    return "pass", msg("Every section and part has a heading that says what it is about")


def _has_summary(section: SectionAnalysis) -> bool:
    return any(p.kind == "key_points" or _SUMMARY_HEADING.match(p.heading) for p in section.parts)


def _summary(report: HealthReport) -> Verdict:
    if _too_short(report):
        return _very_short()
    missing = [
        s.title
        for s in report.sections
        if s.readability.words > MAX_PART_WORDS and not _has_summary(s)
    ]
    if missing:
        return "fail", msg("No “Key points” part in: %1", _quote(missing))
    return "pass", msg("A “Key points” summary is there")


def _visual_cues(report: HealthReport) -> Verdict:
    cues = []
    if any(s.features.bullet_lists or s.features.ordered_lists for s in report.sections):
        cues.append(msg("lists"))
    if any(s.features.bold for s in report.sections):
        cues.append(msg("bold words"))
    if any(p.kind in ("try_this", "key_points") for s in report.sections for p in s.parts):
        cues.append(msg("boxed “Try this” / “Key points” parts"))
    if cues:
        return "pass", msg("Uses %1", joined(", ", cues))
    return "fail", msg("No lists, bold words or boxed parts to draw the eye to key points")


def _visual_captions(report: HealthReport) -> Verdict:
    pictures = [s for s in report.sections if s.illustration is not None]
    if not pictures:
        return "n/a", msg("No pictures")
    missing = [s.title for s in pictures if s.illustration and not s.illustration.caption.strip()]
    if missing:
        return "fail", msg("Picture without a caption in: %1", _quote(missing))
    if len(pictures) > 1:
        return "pass", msg("Every picture has a caption")
    return "pass", msg("The picture has a caption")


def _action_parts(report: HealthReport) -> list[tuple[SectionAnalysis, Any]]:
    return [(s, p) for s in report.sections for p in s.parts if p.kind == "try_this"]


def _action(report: HealthReport) -> Verdict:
    actions = _action_parts(report)
    if actions:
        first = f"“{actions[0][1].heading}”"
        if len(actions) == 2:
            return "pass", msg("%1 and 1 more action", first)
        if len(actions) > 2:
            return "pass", msg("%1 and %2 more actions", first, len(actions) - 1)
        return "pass", first
    if any(s.features.ordered_lists for s in report.sections):
        return "pass", msg("Numbered steps the reader can follow")
    return "fail", msg("No “Try this” part or numbered steps: add one thing the reader can do")


def _addresses_reader(report: HealthReport) -> Verdict:
    sentences = report.readability.sentences
    if sentences == 0:
        return "n/a", msg("No text yet")
    you = sum(s.you_sentences for s in report.sections)
    impersonal = [part.heading for _, part in _action_parts(report) if part.you_sentences == 0]
    if impersonal:
        return "fail", msg("Steps that do not speak to the reader (“you”): %1", _quote(impersonal))
    if you / sentences < MIN_YOU_SHARE:
        return "fail", msg("Only %1 of %2 sentences speak to the reader as “you”", you, sentences)
    return "pass", msg("%1 of %2 sentences speak to the reader as “you”", you, sentences)


def _explicit_steps(report: HealthReport) -> Verdict:
    actions = _action_parts(report)
    if not actions:
        if any(s.features.longest_ordered_list >= 2 for s in report.sections):
            return "pass", msg("Numbered steps")
        return "n/a", msg("No action to break into steps")
    unnumbered = [part.heading for _, part in actions if part.features.longest_ordered_list < 2]
    if unnumbered:
        return "fail", msg("No numbered steps in: %1", _quote(unnumbered))
    return "pass", msg("Every “Try this” part has numbered steps")


def _tangible_tool(report: HealthReport) -> Verdict:
    material = report.material
    tools = []
    if any(s.features.blanks for s in report.sections):
        tools.append(msg("lines to write on in the text"))
    if any(s.features.tables for s in report.sections):
        tools.append(msg("a table to fill in"))
    if material.kind == "entry" and any(s.reflection for s in report.sections):
        tools.append(
            msg("reflection questions (layouts with write-in lines print lines under them)")
        )
    elif material.writein_lines > 0:
        if any(s.reflection for s in report.sections):
            tools.append(msg("reflection questions with lines to write on"))
        else:
            tools.append(msg("lines for notes"))
    if tools:
        return "pass", msg("Has %1", joined(msg(" and "), tools))
    return "fail", msg(
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
        return msg("No pictures")
    if item.id == "tables-simple" and not tables:
        return msg("No tables")
    if item.id == "charts-explained" and not (tables or pictures):
        return msg("No tables or pictures")
    if item.id == "numbers-clear" and not numbers:
        return msg("No numbers")
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
            results.append(ItemResult(item, False, "yes", msg("Ticked by the clinician")))
        else:
            results.append(ItemResult(item, False, "not yet", msg("Not ticked yet")))
    return PematReport(tuple(results))
