"""Shared pieces of the command-line commands."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest

if TYPE_CHECKING:
    from handout_builder.render.worker import RenderWorker

PROG = "handout-builder"
EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


class UsageError(HandoutBuilderError):
    pass


class CommandParser(argparse.ArgumentParser):
    command_names: frozenset[str] = frozenset()  # the top-level parser's commands

    def error(self, message: str) -> NoReturn:
        # One line (argparse would print the whole usage first); --help shows usage.
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def output_name(value: str) -> str:
    """An output named on the command line, as typed (argparse ``type``; a
    trailing ``/`` asks for a folder); an empty name is refused (``Path("")``
    would be the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the output file name is empty; give a file name")
    return value


def output_file(value: str) -> Path:
    """An output file named on the command line (argparse ``type``); see
    :func:`output_name`."""
    return Path(output_name(value))


def check_writable_target(path: Path, kind: str, *, inputs: Sequence[Path] = ()) -> None:
    """Fail before any work if ``path`` cannot be written: no folder, a folder
    that may not be written to, a folder itself, one of the command's
    ``inputs``, an existing file of another kind than ``kind`` (``"pdf"``,
    ``"pack"`` or ``"handout"``: only our own kinds of file are ever replaced)
    or a file marked read-only. ``-`` is standard output (a PDF only), refused
    when that is a terminal."""
    if is_stdout(path):
        if kind != "pdf":
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
    if not os.access(folder, os.W_OK | os.X_OK):
        raise HandoutBuilderError(f"{path}: cannot write in the folder {folder} (read-only)")
    for source in inputs:
        if _same_file(path, source):
            raise HandoutBuilderError(
                f"{path}: is the same file as {source}; choose another output file"
            )
    if path.is_file() and not _is_our_kind(path, kind):
        what = {"pdf": "a PDF", "handout": "a handout document", "pack": "a practice pack"}[kind]
        raise HandoutBuilderError(
            f"{path}: exists and is not {what}; not replacing it (choose another file name)"
        )
    if path.is_file() and _is_read_only(path):
        raise HandoutBuilderError(
            f"{path}: exists and is read-only; not replacing it "
            "(make it writable or choose another file name)"
        )


def _is_read_only(path: Path) -> bool:
    """Whether ``path`` is marked read-only (no write permission for anyone):
    replacing it in its folder would succeed, but the user said to keep it."""
    try:
        return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    except OSError:
        return False


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


# How each kind of file we write begins (within its first kilobyte).
FILE_SIGNATURES = {
    "pdf": b"%PDF-",
    "handout": b'"handout-builder/handout"',
    "pack": b"manifest.json",  # a practice pack's first file (a zip's first header)
}


def _is_our_kind(path: Path, kind: str) -> bool:
    """Whether ``path`` is empty or a file of ``kind`` (one we may replace)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return True  # writing reports what is wrong
    return not head or FILE_SIGNATURES[kind] in head


def parse_language(value: str, option: str) -> str:
    """A language code from the command line (``es``, ``ES``, ``es-MX``), lower-cased;
    a one-line error naming ``option`` otherwise."""
    from handout_builder.core.languages import LANGUAGE_CODE, LANGUAGE_HELP

    code = value.strip().lower().replace("_", "-")
    if not LANGUAGE_CODE.match(code):
        raise HandoutBuilderError(f"{option} {value}: not a language code; {LANGUAGE_HELP}")
    return code


def warn(problems: list[Problem]) -> None:
    """Print problems that did not stop the command (skipped files, render warnings)."""
    for problem in problems:
        print(f"{PROG}: {warning_text(problem)}", file=sys.stderr)


def warning_text(problem: Problem) -> str:
    """A problem that did not stop the command, as one labelled line."""
    if problem.severity == "error":  # skipped, not stopping: a warning here
        problem = replace(problem, severity="warning")
    return problem.describe(label=True)


def render_engine(time_limit: float | None = None) -> AbstractContextManager[RenderWorker]:
    """The render worker for one command, started at once so it warms up while
    the command reads its inputs, and stopped when the command ends.

    Every render runs there, built-in layout or not, under the same time and
    memory limits as in the app (:mod:`handout_builder.render.worker`).
    ``time_limit`` replaces the limit for every render (``--time-limit``).
    """
    from handout_builder.render.worker import RenderWorker

    return RenderWorker(time_limit=time_limit)


def render_to(
    worker: RenderWorker,
    request: RenderRequest,
    output: Path,
    notes: list[Problem],
    also: Sequence[tuple[Path, bytes]] = (),
    *,
    strict: bool = False,
) -> None:
    """Render and write the PDF, and with it the files in ``also``, all or
    nothing; warnings and ``notes`` are printed only on success, so a failure
    stays a single line. With ``strict``, content that does not fit (the fit
    check's problems) fails the command instead: each is printed, nothing is
    written, and the error says how many."""
    result = worker.render(request)
    if result.pdf is None:
        raise HandoutBuilderError(result.error or "rendering failed")
    misfits = result.fit_problems
    if strict and misfits:
        warn(misfits)
        what = "1 fit problem" if len(misfits) == 1 else f"{len(misfits)} fit problems"
        raise HandoutBuilderError(f"{what} (--strict): no PDF was written")
    if is_stdout(output):
        atomic_write_files(also)
        sys.stdout.buffer.write(result.pdf)
        sys.stdout.flush()
    else:
        atomic_write_files([(output, result.pdf), *also])
    warn(notes + result.problems)
