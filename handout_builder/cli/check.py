"""``check``: the health-literacy report for a handout document or a library entry.

Prints the same report the editor shows: reading level (whole text and each
section), long sentences, jargon, passive voice and the PEMAT-style checklist.
Exit 0 whenever there is a report, even with failing items; 2 only when the
file cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handout_builder.cli.common import EXIT_OK, warn
from handout_builder.core.checks.thresholds import (
    ACCEPTABLE_GRADE,
    ACCEPTABLE_INFLESZ,
    GOOD_GRADE,
    GOOD_INFLESZ,
    LONG_SENTENCE_WORDS,
    PASS_MARK,
)

if TYPE_CHECKING:  # loaded with the checks, after start-up
    from handout_builder.core.checks.health_literacy import HealthReport
    from handout_builder.core.checks.readability import Readability

MARKS = {"pass": "✓", "fail": "✗", "n/a": "–", "yes": "✓", "not yet": "?"}


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="health-literacy report for a handout (.handout) or a library entry (.md)",
        description="Reading level, long sentences, jargon, passive voice and a "
        "PEMAT-style checklist for a handout document or a library entry. "
        "Exit 0 with a report (even when items fail), 2 when the file cannot be read.",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="a .handout file or an entry .md")
    check.add_argument("--json", action="store_true", help="print JSON for scripts")
    check.set_defaults(handler=cmd_check)


def load_report(path: Path) -> HealthReport:
    """Check the handout document or library entry at ``path``."""
    from handout_builder.core.checks.health_literacy import (
        check_material,
        material_from_entry,
        material_from_handout,
    )
    from handout_builder.core.checks.jargon import load_jargon
    from handout_builder.core.errors import NotFoundError
    from handout_builder.core.model.handout import load_handout
    from handout_builder.core.model.illustrations import load_illustrations
    from handout_builder.core.model.library import load_entry

    if not path.exists():
        raise NotFoundError(f"{path}: file not found")
    illustrations = load_illustrations()
    if path.suffix.lower() == ".md":
        entry = load_entry(path)
        material, language = material_from_entry(entry, illustrations), entry.language
    else:
        handout = load_handout(path)
        material, language = material_from_handout(handout, illustrations), handout.language
    return check_material(material, load_jargon(language=language))


def cmd_check(args: argparse.Namespace) -> int:
    report = load_report(args.file)
    if args.json:
        data = {"file": str(args.file), **report.to_data()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, str(args.file)))
    warn(list(report.problems))
    return EXIT_OK


def _figures(score: Readability) -> str:
    if not score.words:
        return "no text"
    minutes = max(1, round(score.reading_minutes))
    level = f"grade {score.grade:.1f} · SMOG {score.smog:.1f}"
    if score.inflesz is not None:
        level = f"{score.headline} · Fernández-Huerta {score.fernandez_huerta or 0:.0f}"
    return (
        f"{level} · {score.words} words · "
        f"{score.sentences} sentences · about {minutes} min · {score.verdict}"
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


def format_report(report: HealthReport, file: str) -> str:
    """The report as text, one fact per line."""
    kind = "library entry" if report.material.kind == "entry" else "handout"
    lines = [f"{report.material.title} — {kind} {file}", ""]
    if report.readability.inflesz is not None:
        lines.append(
            f"Reading level (target: INFLESZ {GOOD_INFLESZ:.0f} or more is good, "
            f"{ACCEPTABLE_INFLESZ:.0f} or more is acceptable, below is too hard)"
        )
    else:
        lines.append(
            f"Reading level (target: grade {GOOD_GRADE:.0f} or lower is good, "
            f"{ACCEPTABLE_GRADE:.0f} or lower is acceptable, above {ACCEPTABLE_GRADE:.0f} "
            "is too hard)"
        )
    lines.append(f"  whole text: {_figures(report.readability)}")
    if report.material.kind == "handout":
        for number, section in enumerate(report.sections, start=1):
            title = section.title.strip() or "(no title)"  # not "1. : no text"
            lines.append(f"  {number}. {title}: {_figures(section.readability)}")

    count = len(report.long_sentences) or "none"
    lines += ["", f"Long sentences (over {LONG_SENTENCE_WORDS} words): {count}"]
    lines += [f"  - [{title}] {sentence}" for title, sentence in report.long_sentences]
    lines += ["", f"Passive voice: {len(report.passive) or 'none'}"]
    lines += [f"  - [{title}] {sentence}" for title, sentence in report.passive]
    lines += ["", f"Jargon: {len(report.jargon) or 'none'}"]
    for title, use in report.jargon:
        if use.term.technical:
            state = "explained where first used" if use.explained else "NOT explained"
            label = f"technical term, {state}"
        else:
            label = "hard word"
        plain = " / ".join(use.term.plain)
        times = f", {use.count}×" if use.count > 1 else ""
        lines.append(f"  - [{title}] “{use.text}” ({label}{times}) → {plain}")

    pemat = report.pemat
    automatic = pemat.automatic_score()
    understand, act = pemat.score("understandability"), pemat.score("actionability")
    lines += [
        "",
        f"PEMAT checklist: understandability {_percent(understand.percent)} "
        f"({understand.agreed} of {understand.applicable}), actionability "
        f"{_percent(act.percent)} ({act.agreed} of {act.applicable}); "
        f"{PASS_MARK:.0f} % is the usual bar",
        f"  automatic items: {automatic.agreed} of {automatic.applicable} pass "
        f"({_percent(automatic.percent)})",
    ]
    if pemat.open_questions:
        lines.append(
            f"  {pemat.open_questions} question(s) for the clinician not ticked yet "
            "count as 'no' (tick them in the app's checklist)"
        )
    for result in pemat.automatic:
        mark = MARKS[result.status]
        lines.append(f"  {mark} {result.item.number:>2} {result.item.text} — {result.reason}")
    lines.append("  Questions for the clinician:")
    for result in pemat.questions:
        mark = MARKS[result.status]
        answer = {"yes": "yes", "not yet": "not ticked yet"}.get(result.status, result.reason)
        lines.append(f"  {mark} {result.item.number:>2} {result.item.question} — {answer}")
    return "\n".join(lines)
