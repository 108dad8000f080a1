"""The desktop app from the command line: ``handout-builder FILE...`` opens the
app with those files; ``install-desktop`` / ``uninstall-desktop`` add it to (or
remove it from) this user's Linux desktop menu, icons and file types."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from handout_builder.cli.common import EXIT_OK, PROG
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.desktop.file_types import document_type


def register(commands: Any) -> None:
    install = commands.add_parser(
        "install-desktop",
        help="add the app to this user's desktop: menu entry, icon, .handout file type",
        description="Add Handout Builder to your desktop's menu and let the file manager "
        "open .handout files with it (for your user only, under $XDG_DATA_HOME, default "
        "~/.local/share). Run it again after moving the app.",
    )
    install.set_defaults(handler=cmd_install)
    uninstall = commands.add_parser(
        "uninstall-desktop",
        help="remove what install-desktop added (your handouts and data stay)",
        description="Remove the menu entry, icons, file type and metainfo that "
        "install-desktop added. Your handouts and your data folder are not touched.",
    )
    uninstall.set_defaults(handler=cmd_uninstall)


def files_to_open(args: Sequence[str], commands: Collection[str]) -> list[Path] | None:
    """The files of ``handout-builder FILE...``, or ``None`` when ``args`` are a
    command. Arguments are files when none is an option, the first is not a
    command name, and each names a file type the app opens, an existing file or
    a path with a folder in it. Returns absolute paths; raises
    :class:`HandoutBuilderError` naming the first that does not exist."""
    if not args or args[0] in commands or any(arg.startswith("-") for arg in args):
        return None
    if not all(
        document_type(Path(arg)) or Path(arg).parent != Path() or Path(arg).exists() for arg in args
    ):
        return None
    files = []
    for arg in args:
        if not arg.strip():  # "" from a script whose variable was empty
            raise HandoutBuilderError(f"{arg!r} is not a file name (an empty argument)")
        path = Path(arg).expanduser()
        if not path.is_file():
            reason = "is a folder, not a file" if path.is_dir() else "no such file"
            raise HandoutBuilderError(f"{arg}: {reason}")
        files.append(path.absolute())
    return files


def documents_to_open(args: Sequence[str]) -> list[Path] | None:
    """The files of ``handout-builder FILE...`` when each argument names a
    document type the app opens (``.handout``, a practice pack), which no
    command is named like, so no command names are needed (the app starts
    without the command modules); ``None`` otherwise. Raises as
    :func:`files_to_open` does."""
    if args and all(document_type(Path(arg)) for arg in args):
        return files_to_open(args, ())
    return None


def open_in_app(files: list[Path]) -> int:
    """Open the desktop app with ``files`` (or hand them to the running one)."""
    from handout_builder.gui.app import run

    return run(files)


def cmd_install(_args: argparse.Namespace) -> int:
    from handout_builder.desktop.install import install

    report = install()
    for note in report.notes:
        print(f"{PROG}: note: {note}", file=sys.stderr)
    desktop_entry = next(p for p in report.files if p.suffix == ".desktop")
    print(
        f"Added Handout Builder to your desktop ({len(report.files)} files; menu entry "
        f"{desktop_entry}). .handout files now open with it."
    )
    return EXIT_OK


def cmd_uninstall(_args: argparse.Namespace) -> int:
    from handout_builder.desktop.install import uninstall

    report = uninstall()
    for note in report.notes:
        print(f"{PROG}: note: {note}", file=sys.stderr)
    if report.files:
        print(
            f"Removed Handout Builder from your desktop ({len(report.files)} files). "
            "Your handouts and data are still there."
        )
    else:
        print("Handout Builder was not on your desktop; nothing to remove.")
    return EXIT_OK
