"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest

PROG = "handout-builder"
EXIT_OK, EXIT_BAD_INPUT = 0, 2


class UsageError(HandoutBuilderError):
    pass


class CommandParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line (argparse would print the whole usage first); --help shows usage.
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def check_writable_target(path: Path) -> None:
    """Fail before any work if ``path`` cannot be written (no folder, is a folder)."""
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise HandoutBuilderError(f"{path}: folder does not exist: {folder}")
    if path.is_dir():
        raise HandoutBuilderError(f"{path}: is a folder, not a file")


def warn(problems: list[Problem]) -> None:
    """Print problems that did not stop the command (skipped files, render warnings)."""
    for problem in problems:
        label = "note" if problem.severity == "info" else "warning"
        print(f"{PROG}: {label}: {problem}", file=sys.stderr)


def render_to(request: RenderRequest, output: Path, notes: list[Problem]) -> None:
    """Render and write the PDF; warnings and ``notes`` are printed only on success,
    so a failure stays a single line."""
    from handout_builder.render.pdf import render_request

    result = render_request(request)
    if result.pdf is None:
        raise HandoutBuilderError(result.error or "rendering failed")
    atomic_write_bytes(output, result.pdf)
    warn(notes + result.problems)
