"""``layout``: the template author's loop — ``list``, ``new``, ``check`` and
``preview --watch``.

``check`` and ``preview`` render through the render worker process, so a
layout that loops or grows without end is stopped by its time and memory
limits with a message instead of hanging the terminal.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from handout_builder.cli import common
from handout_builder.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    PROG,
    UsageError,
    check_writable_target,
    output_file,
)
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.layout.layouts import DEFAULT_LAYOUT
from handout_builder.core.paper import DEFAULT_PAPER, PAPERS

TIME_LIMIT = 30.0
POLL_SECONDS = 0.4


def register(commands: Any) -> None:
    layout = commands.add_parser(
        "layout", help="list, create, check and preview layouts (for template authors)"
    )
    sub = layout.add_subparsers(dest="layout_command", metavar="COMMAND")
    layout.set_defaults(handler=_need_subcommand)

    listing = sub.add_parser("list", help="list the layouts, one per line, name first")
    listing.set_defaults(handler=cmd_list)

    new = sub.add_parser("new", help="create a working layout in your layouts folder")
    new.add_argument("name", metavar="NAME", help="layout name (lower-case, digits, - and _)")
    new.add_argument(
        "--extends",
        default=DEFAULT_LAYOUT,
        metavar="LAYOUT",
        help=f"layout to build on ({DEFAULT_LAYOUT})",
    )
    new.set_defaults(handler=cmd_new)

    check = sub.add_parser(
        "check",
        help="check a layout folder: manifest, templates, styles and a sample render "
        "in every paper size (exit 2 on problems)",
    )
    check.add_argument("directory", type=Path, metavar="DIR")
    _sample_arguments(check)
    check.set_defaults(handler=cmd_check)

    preview = sub.add_parser(
        "preview", help="render a layout folder to a PDF (--watch: again on every change)"
    )
    preview.add_argument("directory", type=Path, metavar="DIR")
    preview.add_argument("-o", "--output", type=output_file, required=True, metavar="OUT.pdf")
    preview.add_argument(
        "--watch", action="store_true", help="keep watching the layout's files (Ctrl+C stops)"
    )
    preview.add_argument("--paper", choices=PAPERS, default=None)
    preview.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a layout option for the preview (repeat for several)",
    )
    _sample_arguments(preview)
    preview.set_defaults(handler=cmd_preview)


def _sample_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--topic",
        action="append",
        metavar="ID",
        help="library topics for the sample handout (default: anxiety-alarm, "
        "window-of-tolerance, grounding-skills)",
    )
    parser.add_argument(
        "--brand", type=Path, metavar="FILE", help="brand profile (default: the sample practice)"
    )
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=TIME_LIMIT,
        metavar="SECONDS",
        help=f"stop a render that takes longer (default {TIME_LIMIT:g})",
    )


MAX_TIME_LIMIT = 3600.0


def _seconds(text: str) -> float:
    """A --time-limit: a number of seconds above 0 (at most an hour)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 < value <= MAX_TIME_LIMIT:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"'{text}' must be more than 0 and at most {MAX_TIME_LIMIT:g} seconds"
        )
    return value


def _need_subcommand(args: argparse.Namespace) -> int:
    raise UsageError(f"{PROG} layout: give a command: list, new, check or preview")


# -- list and new -------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    from handout_builder.cli.common import warn
    from handout_builder.core.layout.layouts import scan_layouts
    from handout_builder.core.paths import practice_problems

    warn(practice_problems())
    scan = scan_layouts()
    layouts = sorted(scan.layouts.values(), key=lambda item: (not item.builtin, item.name))
    name_width = max((len(item.name) for item in layouts), default=4)
    title_width = max((len(item.title) for item in layouts), default=5)
    for item in layouts:
        papers = ",".join(item.papers)
        print(
            f"{item.name:<{name_width}}  {item.title:<{title_width}}  {item.source:<8}  "
            f"{papers:<9}  {item.orientation:<9}  {item.directory}"
        )
    for folder, problems in sorted(scan.broken.items()):
        warn([Problem(f"layout '{folder}' skipped: {problems[0]}", severity="warning")])
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from handout_builder.core.layout.authoring import scaffold_layout

    folder = scaffold_layout(args.name, args.extends)
    print(f"created {folder}")
    print(f"  check it:    {PROG} layout check {folder}")
    print(f"  preview it:  {PROG} layout preview {folder} --watch -o preview.pdf")
    print(f"  use it:      {PROG} build --topic anxiety-alarm --layout {args.name} -o out.pdf")
    return EXIT_OK


# -- check ------------------------------------------------------------------------------


class Sample:
    """The sample handout's ingredients, loaded once per command."""

    def __init__(self, args: argparse.Namespace) -> None:
        from handout_builder.core.layout.authoring import SAMPLE_TOPICS
        from handout_builder.core.model.brand import load_brand, sample_brand
        from handout_builder.core.model.library import load_library

        self.library = load_library()
        self.topics = list(args.topic or SAMPLE_TOPICS)
        for topic in self.topics:
            self.library.get(topic)  # an unknown topic fails here, with its name
        self.brand = load_brand(args.brand) if args.brand else sample_brand()

    def request(
        self, directory: Path, paper: str, purpose: str, options: dict[str, Any] | None = None
    ) -> Any:
        from handout_builder.core.layout.authoring import sample_handout
        from handout_builder.core.model.documents import render_request

        handout = sample_handout(self.library, self.topics, paper)
        handout.options.layout_options = dict(options or {})
        return render_request(
            handout, self.brand, self.library, purpose=purpose, layout_dir=directory
        )


def _located(problem: Problem, directory: Path) -> str:
    """``file:line: message``; problems without a file are put on the folder."""
    return str(problem) if problem.file else f"{directory}: {problem}"


def cmd_check(args: argparse.Namespace) -> int:
    from handout_builder.core.errors import ValidationError
    from handout_builder.core.layout.layouts import load_layout

    started = time.perf_counter()
    directory = args.directory.expanduser().resolve()
    if not directory.is_dir():
        raise HandoutBuilderError(f"{args.directory}: not a folder")
    try:
        layout = load_layout(directory)
    except ValidationError as exc:
        for problem in exc.problems:
            print(_located(problem, directory))
        print(f"{directory.name}: {len(exc.problems)} problem(s) in the manifest")
        return EXIT_BAD_INPUT
    sample = Sample(args)
    lines: dict[str, list[str]] = {}
    pages: list[str] = []
    with common.render_engine(args.time_limit) as worker:
        for paper in layout.papers:
            result = worker.render(sample.request(directory, paper, "check"))
            found = [p for p in result.problems if p.severity != "info"]
            if result.error and not any(str(p) == result.error for p in found):
                found.insert(0, Problem(result.error))
            for problem in found:
                lines.setdefault(_located(problem, directory), []).append(paper)
            if result.ok:
                pages.append(
                    f"{paper} ({result.page_count} page{'s' if result.page_count != 1 else ''})"
                )
    seconds = time.perf_counter() - started
    for line, papers in lines.items():
        only = f" [{', '.join(papers)} only]" if len(papers) < len(layout.papers) else ""
        print(f"{line}{only}")
    if lines:
        print(f"{layout.name}: {len(lines)} problem(s) ({seconds:.1f} s)")
        return EXIT_BAD_INPUT
    print(f"{layout.name}: ok — {' and '.join(pages)} rendered in {seconds:.1f} s")
    return EXIT_OK


# -- preview ---------------------------------------------------------------------------


def _parse_options(directory: Path, items: list[str]) -> dict[str, Any]:
    from handout_builder.core.errors import ValidationError
    from handout_builder.core.layout.layouts import (
        layout_chain,
        load_layout,
        parse_option_assignments,
        scan_layouts,
    )

    if not items:
        return {}
    try:
        layout = load_layout(directory)
        chain = layout_chain(layout, {**scan_layouts().layouts, layout.name: layout})
    except ValidationError as exc:
        raise HandoutBuilderError(str(exc)) from None
    return parse_option_assignments(chain, items)


def cmd_preview(args: argparse.Namespace) -> int:
    directory = args.directory.expanduser().resolve()
    if not directory.is_dir():
        raise HandoutBuilderError(f"{args.directory}: not a folder")
    if str(args.output) == "-":
        raise HandoutBuilderError("layout preview: -o needs a file name, not '-'")
    check_writable_target(args.output, "pdf")
    options = _parse_options(directory, args.option)
    sample = Sample(args)
    with common.render_engine(args.time_limit) as worker:
        return _preview(worker, directory, sample, options, args)


def _preview(
    worker: Any, directory: Path, sample: Sample, options: dict[str, Any], args: argparse.Namespace
) -> int:
    paper = args.paper or DEFAULT_PAPER
    try:
        seen = _watch_snapshot(directory, args.output)  # before rendering: no edit is missed
        ok = _preview_once(worker, sample.request(directory, paper, "check", options), args)
        if not args.watch:
            return EXIT_OK if ok else EXIT_BAD_INPUT
        print(f"watching {directory} — Ctrl+C stops", flush=True)
        while True:
            time.sleep(POLL_SECONDS)
            now = _watch_snapshot(directory, args.output)
            if now != seen:
                seen = now
                _preview_once(worker, sample.request(directory, paper, "check", options), args)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return EXIT_OK


def _watch_snapshot(directory: Path, output: Path) -> dict[str, tuple[int, int]]:
    """The layout's files, without the preview PDF: written into the layout's
    folder, it would otherwise count as an edit and render again without end."""
    from handout_builder.core.layout.authoring import snapshot, watched_folders

    seen = snapshot(watched_folders(directory))
    seen.pop(str(output.expanduser().resolve()), None)
    return seen


def _preview_once(worker: Any, request: Any, args: argparse.Namespace) -> bool:
    """One render; writes the PDF only when it rendered. Prints one status line
    (and the problems under it)."""
    from handout_builder.core.atomic import atomic_write_bytes

    directory = Path(request.layout_dir)
    stamp = time.strftime("%H:%M:%S")
    result = worker.render(request)
    problems = [p for p in result.problems if p.severity != "info"]
    if result.pdf is None:
        print(f"{stamp} failed: {result.error or 'rendering failed'} (the last PDF is kept)")
        for problem in problems:
            if str(problem) != result.error:
                print(f"  {_located(problem, directory)}")
        sys.stdout.flush()
        return False
    atomic_write_bytes(args.output, result.pdf)
    pages = f"{result.page_count} page{'s' if result.page_count != 1 else ''}"
    status = f"{len(problems)} problem(s)" if problems else "ok"
    print(f"{stamp} {status}: {args.output} ({pages}, {result.seconds:.1f} s)")
    for problem in problems:
        print(f"  {_located(problem, directory)}")
    sys.stdout.flush()
    return True
