"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
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


def check_writable_target(path: Path, *, inputs: Sequence[Path] = (), pdf: bool = False) -> None:
    """Fail before any work if ``path`` cannot be written (no folder, is a folder),
    is one of the command's ``inputs``, or (``pdf``) would replace a file that is
    not a PDF: writing there would destroy the user's file. ``-`` is standard
    output, refused when that is a terminal."""
    if is_stdout(path):
        if not pdf:
            raise HandoutBuilderError("'-' (standard output) can only take the PDF")
        if sys.stdout.isatty():
            raise HandoutBuilderError(
                "-o -: will not write a PDF to the terminal; pipe it or give a file name"
            )
        return
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise HandoutBuilderError(f"{path}: folder does not exist: {folder}")
    if path.is_dir():
        raise HandoutBuilderError(f"{path}: is a folder, not a file")
    for source in inputs:
        if _same_file(path, source):
            raise HandoutBuilderError(
                f"{path}: is the same file as {source}; choose another output file"
            )
    if pdf and path.is_file() and not _looks_like_pdf(path):
        raise HandoutBuilderError(
            f"{path}: exists and is not a PDF; not replacing it (choose another output file)"
        )


def is_stdout(path: Path) -> bool:
    """Whether ``path`` is ``-``, standard output."""
    return str(path) == "-"


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (also through links, or not yet existing)."""
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return False


def _looks_like_pdf(path: Path) -> bool:
    """Whether ``path`` is empty or starts like a PDF (a file we may replace)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return True  # writing reports what is wrong
    return not head or b"%PDF-" in head


def warn(problems: list[Problem]) -> None:
    """Print problems that did not stop the command (skipped files, render warnings)."""
    for problem in problems:
        label = "note" if problem.severity == "info" else "warning"
        print(f"{PROG}: {label}: {problem}", file=sys.stderr)


EXPORT_TIME_LIMIT = 60.0


def render_to(
    request: RenderRequest, output: Path, notes: list[Problem], *, strict: bool = False
) -> None:
    """Render and write the PDF; warnings and ``notes`` are printed only on success,
    so a failure stays a single line. With ``strict``, content that does not fit
    (the fit check's problems) fails the command instead: each is printed, no
    PDF is written, and the error says how many.

    Built-in layouts render in this process (fast start). A user's layout may come
    from anywhere, so it renders in the worker process, whose time and memory
    limits stop one that loops or grows without end.
    """
    if _builtin_only(request):
        from handout_builder.render.pdf import render_request

        result = render_request(request)
    else:
        from handout_builder.render.worker import RenderWorker

        with RenderWorker(time_limit=EXPORT_TIME_LIMIT) as worker:
            result = worker.render(request)
    if result.pdf is None:
        raise HandoutBuilderError(result.error or "rendering failed")
    misfits = result.fit_problems
    if strict and misfits:
        warn(misfits)
        what = "1 fit problem" if len(misfits) == 1 else f"{len(misfits)} fit problems"
        raise HandoutBuilderError(f"{what} (--strict): no PDF was written")
    if is_stdout(output):
        sys.stdout.buffer.write(result.pdf)
        sys.stdout.flush()
    else:
        atomic_write_bytes(output, result.pdf)
    warn(notes + result.problems)


def _builtin_only(request: RenderRequest) -> bool:
    """Whether the request's layout and every layout it extends are built in."""
    from handout_builder.core.layout.layouts import find_layouts, layout_chain

    if request.layout_dir:
        return False
    layouts, _ = find_layouts()
    layout = layouts.get(request.handout.options.layout)
    if layout is None:
        return True  # rendering reports the unknown layout
    try:
        return all(item.builtin for item in layout_chain(layout, layouts))
    except HandoutBuilderError:
        return False
