"""``library``: list the library's topics (``--json`` for scripts);
``library lint``: check entries against the content rules."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from handout_builder.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandParser,
    parse_language,
    warn,
)


def register(commands: Any) -> None:
    library = commands.add_parser(
        "library",
        help="list the library's topics, or check entries (library lint)",
        description="List the library's topics. `library lint` checks entries.",
    )
    library.add_argument("--json", action="store_true", help="print JSON for scripts")
    library.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="list the entries written in this language (en, es; default en)",
    )
    library.set_defaults(handler=cmd_library)
    actions = library.add_subparsers(
        dest="library_command", parser_class=CommandParser, metavar="ACTION"
    )
    lint = actions.add_parser(
        "lint",
        help="check library entries: structure, reading level, accuracy, references",
        description="Check library entries against the content rules (docs/library.md). "
        "Prints file:line: severity: message lines and a summary; exits with status 2 "
        "when there are errors. Warnings and notes do not fail the run.",
    )
    lint.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="entry files or folders (default: the built-in library and your library folder)",
    )
    lint.add_argument(
        "--builtin-rules",
        action="store_true",
        help="apply the built-in library's rules (grade 6.0 or lower, a reviewed date) "
        "to every file",
    )
    lint.add_argument(
        "--strict", action="store_true", help="fail (exit 2) on warnings as well as errors"
    )
    lint.set_defaults(handler=cmd_lint)


def cmd_library(args: argparse.Namespace) -> int:
    from handout_builder.core.checks.inflesz import inflesz_band
    from handout_builder.core.checks.readability import score_markdown
    from handout_builder.core.languages import language_name
    from handout_builder.core.model.library import load_library

    language = parse_language(args.language, "--language")
    library = load_library(language=language)
    warn(library.problems)
    rows: list[dict[str, Any]] = []
    for entry in library:
        score = score_markdown(entry.body, entry.language)
        ease = score.inflesz
        spanish = ease is not None
        rows.append(
            {
                "id": entry.id,
                "language": entry.language,
                "title": entry.title,
                "summary": entry.summary,
                "audiences": list(entry.audiences),
                "tags": list(entry.tags),
                # Flesch–Kincaid is for English; Spanish entries carry INFLESZ instead.
                "grade": None if spanish else score.grade,
                "smog": None if spanish else score.smog,
                "inflesz": score.inflesz,
                "inflesz_band": inflesz_band(ease) if ease is not None else None,
                "fernandez_huerta": score.fernandez_huerta,
                "words": score.words,
                "revision": entry.revision,
                "illustration": entry.illustration,
                "references": len(entry.references),
                "verified_references": len(entry.verified_references),
                "printed_references": len(entry.printed_references),
                "variant_of": entry.variant_of,
                "variants": [v.id for v in library.variants_of(entry.id)],
                "reviewed": entry.reviewed.isoformat() if entry.reviewed else None,
                "builtin": entry.builtin,
                "practice": entry.practice,
                "source": str(entry.source) if entry.source else None,
                "translation_of": entry.translation_of or None,
                "source_revision": entry.source_revision or None,
                "translation_reviewed": entry.translation_reviewed
                if entry.translation_of
                else None,
                "source_changed": _source_changed(library, entry),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"no library entries in {language_name(language)} ({language})")
        return EXIT_OK
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        audiences = ",".join(row["audiences"])
        if row["inflesz"] is not None:
            level = f"INFLESZ {row['inflesz']:>5}"
        else:
            level = f"grade {row['grade']:>4}"
        print(f"{row['id']:<{width}}  {level}  {audiences:<22} {row['title']}")
    return EXIT_OK


def _source_changed(library: Any, entry: Any) -> bool | None:
    """For a translation: whether its English entry changed since it was made."""
    source = library.source_of(entry)
    if source is None or not entry.source_revision:
        return None
    return bool(source.revision != entry.source_revision)


def cmd_lint(args: argparse.Namespace) -> int:
    from handout_builder.core.checks.lint import lint_paths

    run = lint_paths(args.paths, builtin_rules=args.builtin_rules)
    for problem in run.all_problems():
        print(problem.describe(label=True))
    errors, warnings, notes = run.count("error"), run.count("warning"), run.count("info")
    files = len(run.results)

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    print(
        f"{files} {'entry' if files == 1 else 'entries'} checked: "
        f"{plural(errors, 'error')}, {plural(warnings, 'warning')}, {plural(notes, 'note')}"
    )
    if errors or (args.strict and warnings):
        return EXIT_BAD_INPUT
    return EXIT_OK
