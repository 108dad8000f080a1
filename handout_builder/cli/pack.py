"""``pack``: share a practice's own library entries, layouts and brand profiles.

``pack export -o FILE.hbpack`` packs the user's own files; ``pack import FILE``
checks a pack (every layout as ``layout check``, every entry as ``library
lint``, every brand profile as the app reads it), says what it adds and what it
would replace, and imports it all or nothing: files of the user's that differ
are replaced only with ``--replace``. An unsafe or broken pack exits 2 with
nothing written.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handout_builder.cli import common
from handout_builder.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    PROG,
    CommandParser,
    UsageError,
    check_writable_target,
    warn,
)

if TYPE_CHECKING:
    from handout_builder.core.model.pack_import import ImportPlan, PackItem

KINDS = {"entry": "library entry", "layout": "layout", "brand": "brand profile"}


def register(commands: Any) -> None:
    pack = commands.add_parser(
        "pack",
        help="share your entries, layouts and brand profiles as a practice pack (.hbpack)",
        description="Practice packs: `pack export -o FILE.hbpack` packs your own library "
        "entries, layouts and brand profiles; `pack import FILE` checks a pack and adds it.",
    )
    pack.set_defaults(handler=_need_action)
    actions = pack.add_subparsers(dest="pack_command", parser_class=CommandParser, metavar="ACTION")
    export = actions.add_parser("export", help="pack your own entries, layouts and brands")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.hbpack")
    export.add_argument("--name", default="", help="the pack's name (default: your practice)")
    export.add_argument("--version", default="", help="the pack's version, e.g. 2026.11")
    export.set_defaults(handler=cmd_export)
    do_import = actions.add_parser(
        "import",
        help="check a pack and add what it brings (exit 2 and nothing written on problems)",
    )
    do_import.add_argument("pack", type=Path, metavar="FILE.hbpack")
    do_import.add_argument(
        "--replace",
        action="store_true",
        help="also replace your files that differ from the pack's (default: keep yours)",
    )
    do_import.add_argument(
        "--dry-run", action="store_true", help="check and say what it would do; write nothing"
    )
    do_import.set_defaults(handler=cmd_import)


def _need_action(_args: argparse.Namespace) -> int:
    raise UsageError(f"{PROG} pack: give an action: export or import")


def cmd_export(args: argparse.Namespace) -> int:
    from handout_builder.core.errors import Problem
    from handout_builder.core.model.documents import resolve_brand
    from handout_builder.core.model.pack import SUFFIX
    from handout_builder.core.model.pack_export import export_pack

    output = args.output
    if output.suffix.lower() != SUFFIX:
        raise UsageError(f"{output}: a practice pack's name ends in {SUFFIX}")
    check_writable_target(output, "pack")
    name = args.name or resolve_brand(None).profile.practice_name
    notes: list[Problem] = []
    manifest = export_pack(output, name, args.version, notes)
    members = [m.path for m in manifest.members]
    entries = sum(1 for m in members if m.startswith("library/"))
    layouts = len({m.split("/")[1] for m in members if m.startswith("layouts/")})
    brands = sum(
        1 for m in members if m.count("/") == 1 and m.startswith("brands/") and m.endswith(".toml")
    )
    counts = (
        f"{_count(entries, 'library entry', 'library entries')}, {_count(layouts, 'layout')}, "
        f"{_count(brands, 'brand profile')} ({_count(len(members), 'file')})"
    )
    print(f"packed “{manifest.name}” into {output}: {counts}")
    warn(notes)
    return EXIT_OK


def _line(item: PackItem) -> str:
    return f"  {KINDS[item.kind]} {item.name} — {item.title}"


def print_plan(plan: ImportPlan, *, replace_existing: bool) -> None:
    """What the pack adds, would replace and already matches, one per line."""
    manifest = plan.manifest
    version = f" version {manifest.version}" if manifest.version else ""
    print(f"practice pack “{manifest.name}”{version}, made {manifest.created}")
    replaces = "replaces yours" if replace_existing else "differs from yours (kept; --replace)"
    sections = (
        ("adds", plan.with_action("add")),
        (replaces, plan.with_action("replace")),
        ("already the same", plan.with_action("same")),
    )
    for label, items in sections:
        if items:
            print(f"{label}:")
            for item in items:
                print(_line(item))


def cmd_import(args: argparse.Namespace) -> int:
    from handout_builder.core.jobs import RenderRequest, RenderResult
    from handout_builder.core.model.pack_import import apply_import, discard, prepare_import

    with contextlib.ExitStack() as stack:
        workers: list[Any] = []

        def render(request: RenderRequest) -> RenderResult:
            """The render worker, started for a pack's first layout only."""
            if not workers:
                workers.append(stack.enter_context(common.render_engine()))
            result: RenderResult = workers[0].render(request)
            return result

        plan = prepare_import(args.pack, render)
    try:
        errors = [p for p in plan.problems if p.severity == "error"]
        for problem in errors:
            print(f"{PROG}: {problem}", file=sys.stderr)
        if errors:
            print(
                f"{PROG}: {args.pack}: not imported ({len(errors)} problem"
                f"{'s' if len(errors) != 1 else ''}); nothing was written",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        print_plan(plan, replace_existing=args.replace)
        warn([p for p in plan.problems if p.severity != "error"])
        if args.dry_run:
            print("dry run: nothing was written")
            return EXIT_OK
        result = apply_import(plan, replace_existing=args.replace)
    finally:
        discard(plan)
    print(
        f"imported: {len(result.added)} added, {len(result.replaced)} replaced"
        + (f", {len(result.kept)} of yours kept (--replace replaces them)" if result.kept else "")
    )
    return EXIT_OK


def _count(n: int, one: str, many: str = "") -> str:
    """``1 layout``, ``2 layouts``; ``many`` when adding an s is wrong."""
    return f"{n} {one if n == 1 else many or one + 's'}"
