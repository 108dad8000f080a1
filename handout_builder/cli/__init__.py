"""The ``handout-builder`` command.

With no arguments it opens the desktop app, with file names it opens them in
it (:mod:`handout_builder.cli.desktop`). Subcommands render headless (for
template authors and batch use). Bad input exits with status 2 and a one-line
message naming the file, field or topic at fault; nothing half-written is left.

Each command group lives in its own module with a ``register(commands)``
function that adds its subparsers and sets ``handler`` on them. They are
imported when the parser is built: the desktop app (no arguments, or handout
files) starts without them.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from handout_builder import __version__

if TYPE_CHECKING:
    from handout_builder.cli.common import CommandParser

COMMAND_MODULES = ("build", "library", "check", "layout", "history", "pack", "desktop")


def build_parser() -> CommandParser:
    from handout_builder.cli.common import PROG, CommandParser

    parser = CommandParser(
        prog=PROG,
        description="Branded, easy-to-read psychoeducation handouts. "
        "With no command, opens the desktop app; with files (FILE.handout ...), opens "
        "them in it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=CommandParser, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    parser.command_names = frozenset(commands.choices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:  # the desktop app, started without the command line's modules
        from handout_builder.gui.app import run

        return run()
    from handout_builder.cli import desktop
    from handout_builder.cli.common import EXIT_BAD_INPUT, EXIT_INTERRUPTED, PROG, UsageError
    from handout_builder.core.errors import HandoutBuilderError

    try:
        files = desktop.documents_to_open(args_list)  # never a command: no parser needed
        if files is not None:
            return desktop.open_in_app(files)
        gc.enable()  # paused for the app's start-up (__main__); a command needs it
        # A command reports problems in its own words ("FILE: warning: …"); the
        # app's log records would otherwise reach the terminal bare, through
        # Python's last-resort handler, once more.
        logging.getLogger("handout_builder").addHandler(logging.NullHandler())
        parser = build_parser()
        files = desktop.files_to_open(args_list, parser.command_names)
        if files is not None:
            return desktop.open_in_app(files)
        args = parser.parse_args(args_list)
        handler = getattr(args, "handler", None)
        if handler is None:
            raise UsageError(f"{PROG}: give a command, or none to open the desktop app")
        return int(handler(args))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except HandoutBuilderError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 0
