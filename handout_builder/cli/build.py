"""``build`` (PDF from library topics) and ``render`` (PDF from a handout file)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from handout_builder.cli.common import (
    EXIT_OK,
    check_writable_target,
    output_file,
    parse_language,
    render_engine,
    render_to,
)
from handout_builder.core.paper import PAPERS

BRIEF_HELP = (
    "print each section briefly: its title, summary, key points and Try this steps "
    "(three topics fit on one page in Classic)"
)


def register(commands: Any) -> None:
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
    build.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a layout option, e.g. body_size=18 (repeat for several; see docs/layouts.md)",
    )
    build.add_argument("--paper", choices=PAPERS, default=None)
    build.add_argument("--brief", action="store_true", help=BRIEF_HELP)
    build.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="the handout's language: topics come from that language's library (en, es)",
    )
    build.add_argument(
        "--second-language",
        default="",
        metavar="CODE",
        help="the language a bilingual layout prints beside the handout's "
        "(default: English, or Spanish for an English handout)",
    )
    build.add_argument(
        "--second-language-first",
        action="store_true",
        help="print the second language first (left column) in a bilingual layout",
    )
    build.add_argument(
        "--save-handout",
        type=output_file,
        metavar="FILE",
        help="also save the handout document (JSON) here",
    )
    build.add_argument(
        "-o",
        "--output",
        type=output_file,
        required=True,
        metavar="OUT.pdf",
        help="- for standard output",
    )
    _strict_argument(build)
    build.set_defaults(handler=cmd_build)

    render = commands.add_parser("render", help="make a PDF from a saved handout document")
    render.add_argument("handout", type=Path, metavar="HANDOUT_FILE")
    render.add_argument(
        "-o",
        "--output",
        type=output_file,
        metavar="OUT.pdf",
        help="default: the handout's name with .pdf, next to it; - for standard output",
    )
    render.add_argument("--brief", action="store_true", help=BRIEF_HELP)
    _strict_argument(render)
    render.add_argument(
        "--language",
        default="",
        metavar="CODE",
        help="print the handout in this language (en, es): sections you have not edited "
        "take the library's wording in it (the file is not changed)",
    )
    render.set_defaults(handler=cmd_render)


def _strict_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat content that does not fit (cut off, off the paper) as an error: "
        "write no PDF and exit 2",
    )


def cmd_build(args: argparse.Namespace) -> int:
    from handout_builder.core.layout.layouts import (
        get_layout,
        layout_chain,
        parse_option_assignments,
    )
    from handout_builder.core.model.brand import load_brand
    from handout_builder.core.model.documents import new_handout, render_request, resolve_brand
    from handout_builder.core.model.library import load_library

    check_writable_target(args.output, "pdf", inputs=[args.brand] if args.brand else [])
    if args.save_handout:
        others = [args.output, *([args.brand] if args.brand else [])]
        check_writable_target(args.save_handout, "handout", inputs=others)
    if args.layout:
        get_layout(args.layout)
    language = parse_language(args.language, "--language")
    second = (
        parse_language(args.second_language, "--second-language") if args.second_language else ""
    )
    with render_engine() as worker:  # warms up while the library and brand load
        library = load_library(language=language)
        notes = list(library.problems)
        handout = new_handout(
            library,
            args.topic,
            title=args.title,
            subtitle=args.subtitle,
            prepared_for=args.prepared_for,
            date=args.date,
            paper=args.paper,
            layout=args.layout,
        )
        handout.options.second_language = second
        handout.options.second_language_first = args.second_language_first
        if args.option:
            chain = layout_chain(get_layout(handout.options.layout))
            handout.options.layout_options = parse_option_assignments(chain, args.option)
        handout.options.brief = args.brief
        _check_readable(handout)
        if args.brand:
            brand = load_brand(args.brand)
            handout.brand = str(args.brand.expanduser().resolve())
        else:
            choice = resolve_brand(None)
            brand = choice.profile
            if choice.note is not None:
                hint = " (use --brand FILE)" if choice.note.severity == "info" else ""
                notes.append(replace(choice.note, message=choice.note.message + hint))
        also = [(args.save_handout, handout.to_json().encode())] if args.save_handout else []
        render_to(
            worker,
            render_request(handout, brand, library),
            args.output,
            notes,
            also,
            strict=args.strict,
        )
    return EXIT_OK


TEXT_OPTIONS = ("title", "subtitle", "prepared_for", "date")


def _check_readable(handout: Any) -> None:
    """Refuse values the handout format does not take (a line break in --title, a
    --date that is too long): the saved document could not be opened again."""
    from handout_builder.core.errors import HandoutBuilderError, ValidationError
    from handout_builder.core.model.handout import check_handout

    try:
        check_handout(handout)
    except ValidationError as exc:
        problem = exc.problems[0]
        if problem.field in TEXT_OPTIONS:
            option = "--" + problem.field.replace("_", "-")
            raise HandoutBuilderError(f"{option}: {problem.message}") from None
        raise HandoutBuilderError(f"the handout would not be readable: {problem}") from None


def cmd_render(args: argparse.Namespace) -> int:
    from handout_builder.core.errors import Problem
    from handout_builder.core.model.documents import (
        library_update_notes,
        render_request,
        resolve_brand,
        switch_language,
    )
    from handout_builder.core.model.handout import load_handout
    from handout_builder.core.model.library import load_library

    output = args.output or args.handout.with_suffix(".pdf")
    check_writable_target(output, "pdf", inputs=[args.handout])
    language = parse_language(args.language, "--language") if args.language else ""
    with render_engine() as worker:
        handout = load_handout(args.handout)
        if args.brief:
            handout.options.brief = True
        choice = resolve_brand(
            handout.brand, relative_to=args.handout.resolve().parent, strict=True
        )
        library = load_library()
        notes = list(library.problems)
        if language:
            notes += [
                Problem(n, severity="info") for n in switch_language(handout, library, language)
            ]
        notes += library_update_notes(handout, library)
        if choice.note is not None:
            notes.append(choice.note)
        request = render_request(handout, choice.profile, library)
        render_to(worker, request, output, notes, strict=args.strict)
    return EXIT_OK
