"""The ``handout-builder`` command.

With no arguments it opens the desktop app. Subcommands render headless (for
template authors and batch use). Bad input exits with status 2 and a one-line
message naming the file, field or topic at fault; nothing half-written is left.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from handout_builder import __version__
from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest

PROG = "handout-builder"
EXIT_OK, EXIT_BAD_INPUT = 0, 2


class UsageError(HandoutBuilderError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line (argparse would print the whole usage first); --help shows usage.
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Branded, easy-to-read psychoeducation handouts. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    build = commands.add_parser("build", help="make a PDF from library topics")
    build.add_argument(
        "--topic",
        action="append",
        required=True,
        metavar="ID",
        help="library topic id (repeat for several, in order)",
    )
    build.add_argument("--title", default="", help="handout title")
    build.add_argument("--subtitle", default="", help="handout subtitle")
    build.add_argument("--prepared-for", default="", help="who the handout is for")
    build.add_argument("--date", default="", help="date to print (e.g. 2026-11-22)")
    build.add_argument("--brand", type=Path, metavar="FILE", help="brand profile (TOML)")
    build.add_argument("--layout", default=None, metavar="NAME", help="layout name")
    build.add_argument("--paper", choices=("letter", "a4"), default=None)
    build.add_argument(
        "--save-handout",
        type=Path,
        metavar="FILE",
        help="also save the handout document (JSON) here",
    )
    build.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")

    render = commands.add_parser("render", help="make a PDF from a saved handout document")
    render.add_argument("handout", type=Path, metavar="HANDOUT_FILE")
    render.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf",
        help="default: the handout's name with .pdf, next to it",
    )

    library = commands.add_parser("library", help="list the library's topics")
    library.add_argument("--json", action="store_true", help="print JSON for scripts")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:  # the desktop app
        from handout_builder.gui.app import run

        return run()
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            raise UsageError(f"{PROG}: give a command, or none to open the desktop app")
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except HandoutBuilderError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


# -- helpers -------------------------------------------------------------------


def _check_writable_target(path: Path) -> None:
    """Fail before any work if ``path`` cannot be written (no folder, is a folder)."""
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise HandoutBuilderError(f"{path}: folder does not exist: {folder}")
    if path.is_dir():
        raise HandoutBuilderError(f"{path}: is a folder, not a file")


def _warn(problems: list[Problem]) -> None:
    """Print problems that did not stop the command (skipped files, render warnings)."""
    for problem in problems:
        label = "note" if problem.severity == "info" else "warning"
        print(f"{PROG}: {label}: {problem}", file=sys.stderr)


def _render_to(request: RenderRequest, output: Path, notes: list[Problem]) -> None:
    """Render and write the PDF; warnings and ``notes`` are printed only on success,
    so a failure stays a single line."""
    from handout_builder.render.pdf import render_request

    result = render_request(request)
    if result.pdf is None:
        raise HandoutBuilderError(result.error or "rendering failed")
    atomic_write_bytes(output, result.pdf)
    _warn(notes + result.problems)


# -- commands --------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from handout_builder.core.brand import load_brand
    from handout_builder.core.documents import default_brand, handout_from_topics, render_request
    from handout_builder.core.handout import save_handout
    from handout_builder.core.layouts import get_layout
    from handout_builder.core.library import load_library

    _check_writable_target(args.output)
    if args.save_handout:
        _check_writable_target(args.save_handout)
    if args.layout:
        get_layout(args.layout)
    library = load_library()
    notes = list(library.problems)
    handout = handout_from_topics(
        library, args.topic, title=args.title, paper=args.paper, layout=args.layout
    )
    handout.subtitle, handout.prepared_for, handout.date = (
        args.subtitle,
        args.prepared_for,
        args.date,
    )
    if args.brand:
        brand = load_brand(args.brand)
        handout.brand = str(args.brand.expanduser().resolve())
    else:
        brand, note = default_brand()
        if note:
            notes.append(Problem(f"{note} (use --brand FILE)", severity="info"))
    _render_to(render_request(handout, brand, library), args.output, notes)
    if args.save_handout:
        save_handout(handout, args.save_handout)
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from handout_builder.core.documents import brand_for, render_request
    from handout_builder.core.handout import load_handout
    from handout_builder.core.library import load_library

    output = args.output or args.handout.with_suffix(".pdf")
    _check_writable_target(output)
    handout = load_handout(args.handout)
    brand, note = brand_for(handout, args.handout.resolve())
    library = load_library()
    notes = list(library.problems)
    if note:
        notes.append(Problem(note, severity="info"))
    _render_to(render_request(handout, brand, library), output, notes)
    return EXIT_OK


def cmd_library(args: argparse.Namespace) -> int:
    from handout_builder.core.library import load_library
    from handout_builder.core.readability import score_markdown

    library = load_library()
    _warn(library.problems)
    rows: list[dict[str, Any]] = []
    for entry in library:
        score = score_markdown(entry.body)
        rows.append(
            {
                "id": entry.id,
                "title": entry.title,
                "summary": entry.summary,
                "audiences": list(entry.audiences),
                "tags": list(entry.tags),
                "grade": score.grade,
                "smog": score.smog,
                "words": score.words,
                "illustration": entry.illustration,
                "references": len(entry.references),
                "verified_references": len(entry.verified_references),
                "reviewed": entry.reviewed.isoformat() if entry.reviewed else None,
                "builtin": entry.builtin,
                "source": str(entry.source) if entry.source else None,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        audiences = ",".join(row["audiences"])
        print(f"{row['id']:<{width}}  grade {row['grade']:>4}  {audiences:<22} {row['title']}")
    return EXIT_OK


COMMANDS = {"build": cmd_build, "render": cmd_render, "library": cmd_library}
