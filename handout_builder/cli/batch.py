"""Many PDFs in one command: ``render A.handout B.handout … -o FOLDER/`` and
``build … --prepared-for NAMES.txt -o FOLDER/`` (one copy per name).

Each render runs in a warm render worker — one per core, the same worker,
limits and fit check as the app — so the command pays Python's and
WeasyPrint's start-up once per core instead of once per file. A progress bar
(tqdm) runs on a terminal only; every file gets one result line; a file that
fails is reported and the others are still written (exit status 2).

The output folder rule: ``-o FOLDER/`` (with the trailing slash) is a folder,
created when it does not exist; ``-o FOLDER`` without the slash is a folder
only when it already is one. Nothing is replaced that is not a PDF.
"""

from __future__ import annotations

import os
import queue
import re
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from handout_builder.cli import common
from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import HandoutBuilderError, Problem

if TYPE_CHECKING:
    from handout_builder.core.jobs import RenderRequest
    from handout_builder.render.worker import RenderWorker

FALLBACK_NAME = "handout"
MAX_NAME_CHARS = 100  # of a file name made from a person's name, before ".pdf"


@dataclass
class BatchItem:
    """One PDF to make: ``label`` names it in the result line (the handout
    file, the person); ``request(item)`` makes the render request on a batch
    thread (it may set ``notes``, and raise :class:`HandoutBuilderError`,
    which fails this item only)."""

    label: str
    output: Path
    request: Callable[[BatchItem], RenderRequest]
    notes: list[Problem] = field(default_factory=list)


def is_folder_target(text: str) -> bool:
    """Whether ``-o TEXT`` names a folder: it ends with a slash, or is one already."""
    return text.endswith(("/", os.sep)) or Path(text).expanduser().is_dir()


def output_folder(text: str) -> Path:
    """The folder ``-o TEXT`` names, created when it ends with a slash and does
    not exist yet. Raises :class:`HandoutBuilderError` when it is not a folder
    or cannot be written in."""
    if not is_folder_target(text):
        raise HandoutBuilderError(
            f"-o {text}: give a folder for several PDFs (end it with / to create it)"
        )
    folder = Path(text).expanduser()
    if folder.exists() and not folder.is_dir():
        raise HandoutBuilderError(f"-o {text}: is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HandoutBuilderError(f"-o {text}: cannot create the folder ({exc.strerror})") from None
    if not os.access(folder, os.W_OK | os.X_OK):  # once, not once per file
        raise HandoutBuilderError(f"-o {text}: cannot write in this folder (read-only)")
    return folder


def safe_file_name(text: str) -> str:
    """A file name (without extension) made from ``text`` — a person's name, a
    handout's name — that is valid on Windows, macOS and Linux: Unicode
    normalised (NFC), a separator (``/ \\ | :``) as a hyphen (``Ana/Maria``:
    ``Ana-Maria``), no control characters or direction
    controls (a right-to-left override shows "Sam<U+202E>exe.pdf" as
    "Samfdp.exe"), no reserved Windows names (``CON`` → ``CON_``), no leading
    dot, at most :data:`MAX_NAME_CHARS` bytes (UTF-8); ``handout`` when
    nothing is left."""
    from pathvalidate import sanitize_filename

    text = text.translate(BIDI_CONTROLS)
    normal = unicodedata.normalize("NFC", " ".join(text.split()))
    parts = (part.strip() for part in SEPARATORS.split(normal))
    normal = "-".join(part for part in parts if part)  # Ana/Maria: Ana-Maria
    name = sanitize_filename(normal, platform="universal", max_len=MAX_NAME_CHARS)
    name = name.lstrip(".- ")  # no hidden files (../etc: etc)
    return sanitize_filename(name, platform="universal") or FALLBACK_NAME


# What separates two names in one ("Ana/Maria", "Ana | Maria"), with the
# spaces around it: a hyphen in a file name, not nothing ("AnaMaria").
SEPARATORS = re.compile(r"\s*[/\\|:]+\s*")

# Unicode's explicit direction controls (embeddings, overrides, isolates,
# marks): in a file name they reorder how the name is shown, extension and all.
BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def shown(text: str) -> str:
    """``text`` for a result line on a terminal: control and direction
    characters as ``\\u`` escapes (an escape sequence in a names file would
    otherwise reach the terminal)."""
    return "".join(
        f"\\u{ord(char):04x}"
        if unicodedata.category(char) == "Cc" or ord(char) in BIDI_CONTROLS
        else char
        for char in text
    )


def unique_stems(stems: Iterable[str]) -> list[str]:
    """``stems`` with repeats numbered (``Sam``, ``Sam-2``), compared without
    case, as Windows and macOS compare file names."""
    taken: set[str] = set()
    unique = []
    for stem in stems:
        candidate, number = stem, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate.casefold())
        unique.append(candidate)
    return unique


def usable_cores() -> int:
    """How many cores this process may run on (its CPU affinity where the
    system has one, else the machine's count; at least 1)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return max(1, counted() or 1)
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None, items: int) -> int:
    """How many workers to run side by side: ``--jobs``, else one per core
    this process may use; never more than the cores (a render keeps a core
    busy: another worker would only cost its memory, ~150 MB) nor than there
    are files."""
    cores = usable_cores()
    return max(1, min(jobs if jobs is not None else cores, cores, items))


def render_batch(
    items: Sequence[BatchItem], workers: Sequence[RenderWorker], *, strict: bool = False
) -> int:
    """Render ``items`` on ``workers`` side by side and write each PDF; prints
    one line per file (stdout when written, stderr when not), in the order of
    ``items`` (the progress bar follows the files as they finish). With ``strict``,
    a file whose content does not fit is not written (``--strict``). Returns the
    exit status: :data:`~handout_builder.cli.common.EXIT_BAD_INPUT` if any failed.

    Ctrl-C stops the batch at once: the workers are stopped, no further file is
    written (each written one is whole, and reported), one line says how many
    were written, and the status is
    :data:`~handout_builder.cli.common.EXIT_INTERRUPTED`."""
    from tqdm import tqdm

    idle: queue.SimpleQueue[RenderWorker] = queue.SimpleQueue()
    for worker in workers:
        idle.put(worker)
    stopping = threading.Event()

    def run(item: BatchItem) -> tuple[BatchItem, str | None, list[Problem], int]:
        worker = idle.get()
        try:
            if stopping.is_set():
                return item, INTERRUPTED, [], 0
            common.check_writable_target(item.output, "pdf")
            result = worker.render(item.request(item))
            if stopping.is_set():
                return item, INTERRUPTED, [], 0
            if result.pdf is None:
                return item, result.error or "rendering failed", [], 0
            if strict and result.fit_problems:
                misfits = "; ".join(problem.message for problem in result.fit_problems)
                return item, f"{misfits} (--strict)", [], 0
            atomic_write_files([(item.output, result.pdf)])
            return item, None, item.notes + result.problems, result.page_count
        except HandoutBuilderError as exc:
            return item, str(exc), [], 0
        finally:
            idle.put(worker)

    failed = written = 0
    repeated: dict[str, int] = {}  # a note printed -> how many more files had it

    def report(future: Future[tuple[BatchItem, str | None, list[Problem], int]]) -> None:
        nonlocal failed, written
        item, error, problems, pages = future.result()
        if error == INTERRUPTED:
            return
        if error is not None:
            failed += 1
            line = f"{common.PROG}: {shown(item.label)}: not written: {shown(error)}"
            tqdm.write(line, file=sys.stderr)
            return
        written += 1
        line = f"{shown(item.label)}: {shown(str(item.output))} ({_pages(pages)})"
        tqdm.write(line, file=sys.stdout)
        for problem in problems:
            text = common.warning_text(problem)
            if problem.severity == "info" and text in repeated:
                repeated[text] += 1  # the same note for every file: once, then a count
                continue
            repeated.setdefault(text, 0)
            tqdm.write(f"{common.PROG}: {shown(item.label)}: {text}", file=sys.stderr)

    def report_repeated() -> None:
        for text, more in repeated.items():
            if more:
                files = "file" if more == 1 else "files"
                print(f"{common.PROG}: {more} more {files}: {text}", file=sys.stderr)

    with tqdm(
        total=len(items),
        unit="file",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        leave=False,
    ) as bar:
        pool = ThreadPoolExecutor(max_workers=len(workers), thread_name_prefix="batch")
        futures = [pool.submit(run, item) for item in items]
        finished: set[Future[tuple[BatchItem, str | None, list[Problem], int]]] = set()
        reported = 0  # result lines come in the order the files were given
        try:
            for future in as_completed(futures):
                finished.add(future)
                bar.update()  # the bar follows every file as it finishes
                while reported < len(futures) and futures[reported] in finished:
                    report(futures[reported])
                    reported += 1
        except KeyboardInterrupt:
            stopping.set()
            for worker in workers:
                worker.abort()
            pool.shutdown(wait=True, cancel_futures=True)
            for future in futures[reported:]:
                if future.done() and not future.cancelled():
                    report(future)
            bar.close()
            report_repeated()
            print(
                f"{common.PROG}: interrupted: {written} of {len(items)} written, the others not",
                file=sys.stderr,
            )
            return common.EXIT_INTERRUPTED
        finally:
            pool.shutdown(wait=True)
    report_repeated()
    if failed:
        print(f"{common.PROG}: {failed} of {len(items)} not written", file=sys.stderr)
        return common.EXIT_BAD_INPUT
    return common.EXIT_OK


INTERRUPTED = "interrupted"


def run_batch(
    prepare: Callable[[], list[BatchItem]], jobs: int | None, expected: int, *, strict: bool = False
) -> int:
    """Start ``expected`` files' worth of workers at once (they warm up while
    ``prepare`` reads the inputs), then render what ``prepare`` returns."""
    with ExitStack() as stack:
        workers = [
            stack.enter_context(common.render_engine()) for _ in range(worker_count(jobs, expected))
        ]
        items = prepare()
        return render_batch(items, workers, strict=strict)


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


def read_names(path: Path) -> list[tuple[int, str]]:
    """The names in a names file, one a line, with their line numbers; blank
    lines and comments (lines starting with ``#``: "# Tuesday group") are
    skipped. Invisible characters around a name (a byte-order mark where two
    files were joined, a zero-width space) are left out: a line of only those
    is blank (it made a copy named "\u200b.pdf", shown as ".pdf", and a
    result line "\u200b: …" that read ": …"). Raises :class:`HandoutBuilderError`
    for a file that cannot be read or holds no name."""
    from handout_builder.core.files import read_text

    text = read_text(path, kind="list of names", max_bytes=MAX_NAMES_BYTES)
    names = [(number, _trimmed(line)) for number, line in enumerate(text.splitlines(), 1)]
    names = [(number, name) for number, name in names if name and not name.startswith("#")]
    if not names:
        raise HandoutBuilderError(f"{path}: no names in it (one name a line)")
    return names


MAX_NAMES_BYTES = 256 * 1024


def _trimmed(line: str) -> str:
    """``line`` without white space or invisible format characters (Unicode
    category Cf: U+FEFF, U+200B, U+00AD …; not direction controls) at either end."""
    start, end = 0, len(line)
    while start < end and _blank(line[start]):
        start += 1
    while end > start and _blank(line[end - 1]):
        end -= 1
    return line[start:end]


def _blank(char: str) -> bool:
    # direction controls stay: they decide how the printed name reads
    return char.isspace() or (unicodedata.category(char) == "Cf" and ord(char) not in BIDI_CONTROLS)
