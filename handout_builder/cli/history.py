"""``history``: the handouts exported and printed in the app, on this computer.

``history`` (or ``history list``) lists them (newest first; ``--json`` for scripts, ``--search`` by
client label or topic), ``history show ID`` tells one in full, ``history
reprint ID -o OUT.pdf`` makes the PDF again exactly as it was (the kept PDF
when there is one), ``history delete ID`` and ``history clear`` delete.
IDs may be shortened to any unambiguous beginning.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handout_builder.cli import common
from handout_builder.cli.common import (
    EXIT_OK,
    PROG,
    CommandParser,
    UsageError,
    check_writable_target,
    render_to,
    warn,
)
from handout_builder.core.errors import HandoutBuilderError

if TYPE_CHECKING:
    from handout_builder.core.model.history import HistoryRecord


def register(commands: Any) -> None:
    history = commands.add_parser(
        "history",
        help="the handouts exported and printed in the app (list, show, reprint, delete, clear)",
        description="The handout history kept on this computer (docs/privacy.md): one "
        "record per export or print in the app. With no action, lists the records, "
        "newest first.",
    )
    _list_options(history, default=False)
    history.set_defaults(handler=cmd_list)
    actions = history.add_subparsers(
        dest="history_command", parser_class=CommandParser, metavar="ACTION"
    )
    listing = actions.add_parser("list", help="the records, newest first (the default)")
    _list_options(listing, default=argparse.SUPPRESS)  # keeps `history --json list`'s
    listing.set_defaults(handler=cmd_list)
    show = actions.add_parser("show", help="everything a record holds")
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=cmd_show)
    reprint = actions.add_parser(
        "reprint", help="make a record's PDF again, exactly as it was given"
    )
    reprint.add_argument("id", metavar="ID")
    reprint.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    reprint.set_defaults(handler=cmd_reprint)
    delete = actions.add_parser("delete", help="delete one record (and its kept PDF)")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(handler=cmd_delete)
    clear = actions.add_parser(
        "clear", help="delete every record, and the app's cached previews of handouts"
    )
    clear.add_argument("--yes", action="store_true", help="do not ask first")
    clear.set_defaults(handler=cmd_clear)


def _list_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """``--json`` and ``--search``, on ``history`` and on ``history list``."""
    parser.add_argument(
        "--json", action="store_true", default=default, help="print JSON for scripts"
    )
    parser.add_argument(
        "--search",
        default="" if default is False else default,
        metavar="TEXT",
        help="only records for this client or topic",
    )


def _summary(record: HistoryRecord) -> dict[str, Any]:
    data = record.to_data()
    for key in ("format", "version", "handout", "brand_fields"):
        data.pop(key)
    return {"id": record.id, **data, "pdf": str(record.pdf) if record.pdf else None}


def cmd_list(args: argparse.Namespace) -> int:
    from handout_builder.core.errors import Problem
    from handout_builder.core.model.history import load_history, search_history

    problems: list[Problem] = []
    records = search_history(load_history(problems), args.search)
    if args.json:
        print(json.dumps([_summary(r) for r in records], ensure_ascii=False, indent=2))
    else:
        for record in records:
            who = record.prepared_for or "(no name)"
            print(
                f"{record.id}  {record.action:<6}  {who}  ·  {record.title}  "
                f"({record.layout}, {record.paper})"
            )
        if not records:
            print("no records" + (f" for “{args.search}”" if args.search else ""))
    warn(problems)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from handout_builder.core.model.history import find_record

    record = find_record(args.id)
    lines = [
        f"record      {record.id}",
        f"when        {record.when} ({'printed' if record.action == 'print' else 'exported'})",
        f"for         {record.prepared_for or '(no name)'}",
        f"title       {record.title}",
        f"layout      {record.layout}, {record.paper.upper()} paper, language {record.language}",
        f"brand       {record.brand}"
        + (f" (profile '{record.brand_profile}')" if record.brand_profile else ""),
        f"PDF kept    {record.pdf if record.pdf else 'no'}",
        "sections",
    ]
    for number, section in enumerate(record.sections, start=1):
        source = (
            f"library entry {section.entry_id} (revision {section.entry_revision})"
            if section.entry_id
            else "your own text"
        )
        lines.append(f"  {number}. {section.title} — {source}")
        lines.append(f"     text SHA-256 {section.text_sha256}")
    state = "matches" if record.unchanged() else "does NOT match"
    lines.append(f"the stored wording {state} these fingerprints")
    print("\n".join(lines))
    return EXIT_OK


def cmd_reprint(args: argparse.Namespace) -> int:
    from handout_builder.core.atomic import atomic_write_bytes
    from handout_builder.core.model.history import find_record, reprint_request

    record = find_record(args.id)
    check_writable_target(args.output, "pdf")
    if record.pdf is not None:  # the very file the client got
        try:
            pdf = record.pdf.read_bytes()
        except OSError as exc:
            raise HandoutBuilderError(f"{record.pdf}: cannot read: {exc.strerror}") from None
        if str(args.output) == "-":
            sys.stdout.buffer.write(pdf)
        else:
            atomic_write_bytes(args.output, pdf)
        return EXIT_OK
    request = reprint_request(record)
    with common.render_engine() as worker:
        render_to(worker, request, args.output, list(request.notes))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from handout_builder.core.model.history import delete_record, find_record

    record = find_record(args.id)
    delete_record(record)
    print(f"deleted {record.id} ({record.prepared_for or 'no name'} · {record.title})")
    return EXIT_OK


def cmd_clear(args: argparse.Namespace) -> int:
    from handout_builder.core.model.history import clear_history, record_files

    count = len(record_files())
    if not count:
        clear_history()  # the cached previews go too, records or not
        print("the history is empty")
        return EXIT_OK
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(f"{PROG} history clear: add --yes to delete all {count} records")
        answer = input(f"Delete all {count} records of the handout history? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return EXIT_OK
    deleted = clear_history()
    print(f"deleted {deleted} record{'s' if deleted != 1 else ''}")
    return EXIT_OK
