"""``build`` (PDF from library topics) and ``render`` (PDF from a handout file)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handout_builder.cli import batch, common
from handout_builder.cli.common import (
    EXIT_OK,
    check_writable_target,
    is_stdout,
    output_file,
    output_name,
    parse_language,
    render_to,
    warn,
)
from handout_builder.core.errors import Problem
from handout_builder.core.paper import PAPERS

if TYPE_CHECKING:
    from handout_builder.core.jobs import RenderRequest
    from handout_builder.core.model.brand import BrandProfile
    from handout_builder.core.model.handout import Handout
    from handout_builder.core.model.library import Library

FILLABLE_HELP = (
    "make every place to write (blanks, lines, empty table cells) a PDF form field "
    "too, to fill in on a phone or computer"
)
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
    build.add_argument(
        "--prepared-for",
        default="",
        metavar="NAME|NAMES.txt",
        help="who the handout is for; or a text file of names, one a line, for one copy "
        "per name (with -o FOLDER/)",
    )
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
    build.add_argument("--fillable", action="store_true", help=FILLABLE_HELP)
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
        type=output_name,
        required=True,
        metavar="OUT.pdf",
        help="- for standard output; FOLDER/ for one copy per name",
    )
    build.add_argument("--jobs", type=_jobs, metavar="N", help=JOBS_HELP)
    _strict_argument(build)
    build.set_defaults(handler=cmd_build)

    render = commands.add_parser("render", help="make a PDF from a saved handout document")
    render.add_argument("handouts", type=Path, nargs="+", metavar="HANDOUT_FILE")
    render.add_argument(
        "-o",
        "--output",
        type=output_name,
        metavar="OUT.pdf",
        help="default: each handout's name with .pdf, next to it; - for standard output; "
        "FOLDER/ for several handouts (created when it ends with /)",
    )
    render.add_argument("--fillable", action="store_true", help=FILLABLE_HELP)
    render.add_argument("--brief", action="store_true", help=BRIEF_HELP)
    render.add_argument(
        "--language",
        default="",
        metavar="CODE",
        help="print the handout in this language (en, es): sections you have not edited "
        "take the library's wording in it (the file is not changed)",
    )
    render.add_argument("--jobs", type=_jobs, metavar="N", help=JOBS_HELP)
    _strict_argument(render)
    render.set_defaults(handler=cmd_render)


def _strict_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat content that does not fit (cut off, off the paper) as an error: "
        "write no PDF and exit 2",
    )


JOBS_HELP = (
    "renders side by side for several PDFs (default and most: one per core this "
    "process may use; never more than there are files)"
)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number from 1, not {text!r}")
    return value


def cmd_build(args: argparse.Namespace) -> int:
    from handout_builder.core.layout.layouts import get_layout

    names_file = _names_file(args.prepared_for)
    if names_file is not None:
        return _build_for_names(args, names_file)
    output = _build_output(args)
    check_writable_target(output, "pdf", inputs=[args.brand] if args.brand else [])
    if args.save_handout:
        others = [output, *([args.brand] if args.brand else [])]
        check_writable_target(args.save_handout, "handout", inputs=others)
    if args.layout:
        get_layout(args.layout)
    with common.render_engine() as worker:  # warms up while the library and brand load
        from handout_builder.core.model.documents import render_request

        handout, brand, library, notes = _built_handout(args)
        also = [(args.save_handout, handout.to_json().encode())] if args.save_handout else []
        request = render_request(handout, brand, library)
        render_to(worker, request, output, notes, also, strict=args.strict)
    if output != Path(args.output):  # named here: say where it went
        print(output)
    return EXIT_OK


def _build_output(args: argparse.Namespace) -> Path:
    """The PDF one ``build`` writes: ``-o`` as given, or — when ``-o`` names a
    folder (``FOLDER/``, created if needed, or an existing folder) — a file in
    it named after who the handout is for, else its title, else its first
    topic (made safe for a file name)."""
    if is_stdout(Path(args.output)) or not batch.is_folder_target(args.output):
        return Path(args.output)
    folder = batch.output_folder(args.output)
    name = args.prepared_for.strip() or args.title.strip() or args.topic[0]
    return folder / f"{batch.safe_file_name(name)}.pdf"


def _built_handout(
    args: argparse.Namespace,
) -> tuple[Handout, BrandProfile, Library, list[Problem]]:
    """The handout ``build`` makes from its options, its brand profile, the
    library, and the notes to print."""
    from handout_builder.core.layout.layouts import (
        get_layout,
        layout_chain,
        parse_option_assignments,
    )
    from handout_builder.core.model.brand import load_brand
    from handout_builder.core.model.documents import new_handout, resolve_brand
    from handout_builder.core.model.library import load_library

    language = parse_language(args.language, "--language")
    second = (
        parse_language(args.second_language, "--second-language") if args.second_language else ""
    )
    library = load_library(language=language)
    notes = list(library.problems)
    handout = new_handout(
        library,
        args.topic,
        title=args.title,
        subtitle=args.subtitle,
        prepared_for="" if _names_file(args.prepared_for) else args.prepared_for,
        date=args.date,
        paper=args.paper,
        layout=args.layout,
    )
    handout.options.second_language = second
    handout.options.second_language_first = args.second_language_first
    if args.option:
        chain = layout_chain(get_layout(handout.options.layout))
        handout.options.layout_options = parse_option_assignments(chain, args.option)
    handout.options.fillable = args.fillable
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
    return handout, brand, library, notes


def _names_file(value: str) -> Path | None:
    """The names file ``--prepared-for`` gives, if it gives one: an existing
    file, a name ending in .txt (which must then exist), or a path to a folder
    (refused when read). Text that cannot be a file name (too long, a NUL) is
    a person's name."""
    if not value:
        return None
    path = Path(value).expanduser()
    try:
        is_file, is_dir = path.is_file(), path.is_dir()
    except (OSError, ValueError):
        return None
    if is_file or value.lower().endswith(".txt"):
        return path
    if is_dir and ("/" in value or os.sep in value):
        return path  # a folder by its path, not a person: reading it says so
    return None


def _build_for_names(args: argparse.Namespace, names_file: Path) -> int:
    """One copy of the handout per name in ``names_file``, in the folder ``-o``
    names, each file named after the person (made safe for a file name)."""
    from handout_builder.core.errors import HandoutBuilderError
    from handout_builder.core.layout.layouts import get_layout

    if args.save_handout:
        raise HandoutBuilderError("--save-handout saves one handout; not with a list of names")
    names = batch.read_names(names_file)  # before the folder is made: bad names, no folder
    folder = batch.output_folder(args.output)
    if args.layout:
        get_layout(args.layout)
    stems = batch.unique_stems(batch.safe_file_name(name) for _, name in names)

    def prepare() -> list[batch.BatchItem]:
        handout, brand, library, notes = _built_handout(args)
        warn(notes)
        items = []
        for (line, name), stem in zip(names, stems, strict=True):
            copy = handout.copy()
            copy.prepared_for = name
            where = f"{names_file}:{line}"
            items.append(
                batch.BatchItem(
                    name,
                    folder / f"{stem}.pdf",
                    partial(_named_request, handout=copy, brand=brand, library=library, at=where),
                )
            )
        return items

    return batch.run_batch(prepare, args.jobs, len(names), strict=args.strict)


def _named_request(
    item: batch.BatchItem, *, handout: Handout, brand: BrandProfile, library: Library, at: str
) -> RenderRequest:
    """The render request of one personalised copy; a name the handout cannot
    take (too long) fails that copy, naming the file and line."""
    from handout_builder.core.errors import HandoutBuilderError, ValidationError
    from handout_builder.core.model.documents import render_request
    from handout_builder.core.model.handout import check_handout

    try:
        check_handout(handout)
    except ValidationError as exc:
        raise HandoutBuilderError(f"{at}: {exc.problems[0].message}") from None
    return render_request(handout, brand, library)


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
    from handout_builder.core.errors import HandoutBuilderError

    handouts = _distinct(args.handouts)
    output: str | None = args.output
    language = parse_language(args.language, "--language") if args.language else ""
    if len(handouts) == 1 and not (output is not None and batch.is_folder_target(output)):
        target = Path(output) if output else _pdf_beside(handouts[0])
        check_writable_target(target, "pdf", inputs=handouts)
        with common.render_engine() as worker:
            request, notes = _handout_request(
                handouts[0], args.brief, language, _library(), fillable=args.fillable
            )
            render_to(worker, request, target, notes, strict=args.strict)
        return EXIT_OK
    if output is not None and is_stdout(Path(output)):
        raise HandoutBuilderError("-o -: standard output takes one PDF; give a folder")
    folder = batch.output_folder(output) if output is not None else None
    if folder is not None:
        stems = batch.unique_stems(batch.safe_file_name(path.stem) for path in handouts)
        outputs = [folder / f"{stem}.pdf" for stem in stems]
    else:
        outputs = [_pdf_beside(path) for path in handouts]
        _check_no_clash(handouts, outputs)

    def prepare() -> list[batch.BatchItem]:
        library = _library()
        warn(list(library.problems))
        items = []
        for path, target in zip(handouts, outputs, strict=True):
            request = partial(
                _batch_request,
                path=path,
                brief=args.brief,
                fillable=args.fillable,
                language=language,
                library=library,
            )
            items.append(batch.BatchItem(str(path), target, request))
        return items

    return batch.run_batch(prepare, args.jobs, len(handouts), strict=args.strict)


def _pdf_beside(handout: Path) -> Path:
    """The PDF ``render`` writes for ``handout`` without ``-o``: its name with
    .pdf, beside it. Raises :class:`HandoutBuilderError` for a path with no
    file name (``.``, ``/``)."""
    from handout_builder.core.errors import HandoutBuilderError

    if handout.name in ("", ".", ".."):
        raise HandoutBuilderError(f"{handout}: is a folder, not a handout document")
    return handout.with_suffix(".pdf")


def _check_no_clash(handouts: list[Path], outputs: list[Path]) -> None:
    """Refuse, before any render, two handouts whose PDFs would have one name
    (``x.handout`` and ``x.json`` both make ``x.pdf``: the second would
    silently replace the first). Names are compared without case, as Windows
    and macOS compare them. Raises :class:`HandoutBuilderError` naming both."""
    from handout_builder.core.errors import HandoutBuilderError

    seen: dict[str, Path] = {}
    for handout, output in zip(handouts, outputs, strict=True):
        try:
            key = str(output.expanduser().resolve()).casefold()
        except (OSError, RuntimeError, ValueError):
            key = str(output).casefold()
        if (first := seen.setdefault(key, handout)) is not handout:
            raise HandoutBuilderError(
                f"{first} and {handout} would both be written to {output}; "
                "give -o FOLDER/ (they are then numbered) or rename one"
            )


def _distinct(handouts: list[Path]) -> list[Path]:
    """``handouts`` with each file once (``a.handout ./a.handout`` is one file;
    a shell pattern and a name may both give it), in order; a note for each
    file given again."""
    seen: set[Path] = set()
    distinct = []
    for path in handouts:
        try:
            key = path.expanduser().resolve()
        except (OSError, RuntimeError, ValueError):
            key = path
        if key in seen:
            shown = batch.shown(str(path))
            print(f"{common.PROG}: {shown}: given more than once; rendered once", file=sys.stderr)
            continue
        seen.add(key)
        distinct.append(path)
    return distinct


def _library() -> Library:
    from handout_builder.core.model.library import load_library

    return load_library()


def _batch_request(
    item: batch.BatchItem,
    *,
    path: Path,
    brief: bool,
    fillable: bool,
    language: str,
    library: Library,
) -> RenderRequest:
    request, item.notes = _handout_request(
        path, brief, language, library, library_notes=False, fillable=fillable
    )
    return request


def _handout_request(
    path: Path,
    brief: bool,
    language: str,
    library: Library,
    *,
    library_notes: bool = True,
    fillable: bool = False,
) -> tuple[RenderRequest, list[Problem]]:
    """The render request for the handout file at ``path`` (its unedited
    sections in ``language`` when given; form fields too with ``fillable``),
    and its notes."""
    from handout_builder.core.model.documents import (
        library_update_notes,
        render_request,
        resolve_brand,
        switch_language,
    )
    from handout_builder.core.model.handout import load_handout

    handout = load_handout(path)
    handout.options.fillable = handout.options.fillable or fillable
    if brief:
        handout.options.brief = True
    choice = resolve_brand(handout.brand, relative_to=path.resolve().parent, strict=True)
    notes = list(library.problems) if library_notes else []
    if language:
        notes += [Problem(n, severity="info") for n in switch_language(handout, library, language)]
    notes += library_update_notes(handout, library)
    if choice.note is not None:
        notes.append(choice.note)
    return render_request(handout, choice.profile, library), notes
