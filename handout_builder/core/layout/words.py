"""The fixed words layouts print ("Key points", "Prepared for", "Page 2 of 5"…),
one message catalog per language.

A catalog is a TOML file of ``name = "text"`` lines named for its language
(``words/en.toml``, ``words/es.toml``). The shared words live in
``templates/base/words/``; a layout may add its own words or override shared
ones in its folder's ``words/``; the user's data folder may override any of
them in ``words/`` (a practice's own wording). Later folders win: base, then
each layout from the one extended first, then the user's. A template author
adds a language by adding ``words/LANG.toml`` files. A word missing in the
handout's language prints in English, and the render's problems say so.
Texts may hold ``{name}`` slots that templates fill with Jinja's ``replace``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.errors import Problem
from handout_builder.core.languages import SOURCE_LANGUAGE, base_language, language_name
from handout_builder.core.resources import base_templates_dir

WORDS_FOLDER = "words"
WORD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_WORDS_BYTES = 64 * 1024
MAX_WORD_CHARS = 300


def words_folders(layout_dirs: Iterable[Path]) -> list[Path]:
    """Where words come from, first to last (later ones win): the base templates,
    the layouts (``layout_dirs``, the extended one first), the user's data folder."""
    folders = [base_templates_dir() / WORDS_FOLDER]
    folders += [folder / WORDS_FOLDER for folder in layout_dirs]
    folders.append(paths.data_home() / WORDS_FOLDER)
    return folders


def read_catalog(path: Path, problems: list[Problem]) -> dict[str, str]:
    """One ``LANG.toml`` catalog; bad entries are problems, the rest is kept."""
    file = str(path)
    try:
        if path.stat().st_size > MAX_WORDS_BYTES:
            problems.append(Problem("is too large to be a words file", file, severity="warning"))
            return {}
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        problems.append(Problem(f"words file not read: {reason}", file, severity="warning"))
        return {}
    words: dict[str, str] = {}
    for name, text in data.items():
        if not WORD_NAME.match(name):
            problems.append(
                Problem(
                    "use lower-case letters, digits and _", file, field=name, severity="warning"
                )
            )
        elif not isinstance(text, str) or "\n" in text or len(text) > MAX_WORD_CHARS:
            problems.append(
                Problem(
                    f"must be one line of text (at most {MAX_WORD_CHARS} characters)",
                    file,
                    field=name,
                    severity="warning",
                )
            )
        else:
            words[name] = text
    return words


def load_words(
    language: str, layout_dirs: Iterable[Path], problems: list[Problem] | None = None
) -> dict[str, str]:
    """Every word in ``language`` (``es`` or ``es-mx``: the region's file, then the
    language's, then English), with English for the words it lacks; those are
    listed in one problem."""
    sink = problems if problems is not None else []
    folders = words_folders(layout_dirs)
    chain = [SOURCE_LANGUAGE]
    if base_language(language) != SOURCE_LANGUAGE:
        chain.append(base_language(language))
    if language not in chain:
        chain.append(language)
    words: dict[str, str] = {}
    translated: set[str] = set()
    for code in chain:
        for folder in folders:
            path = folder / f"{code}.toml"
            if path.is_file():
                catalog = read_catalog(path, sink)
                words.update(catalog)
                if code != SOURCE_LANGUAGE:
                    translated.update(catalog)
    if base_language(language) != SOURCE_LANGUAGE:
        missing = sorted(set(words) - translated)
        if missing:
            shown = ", ".join(f"“{words[name]}”" for name in missing[:6])
            more = f" and {len(missing) - 6} more" if len(missing) > 6 else ""
            sink.append(
                Problem(
                    f"no {language_name(language)} words for {shown}{more}: they print in "
                    f"English (add them to words/{base_language(language)}.toml)",
                    severity="warning",
                )
            )
    return words


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes and line ends escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return f'"{escaped}"'


def page_number_content(words: dict[str, str]) -> str:
    """A CSS ``content`` value printing the ``page_number`` word ("Page {page} of
    {pages}") with the page counters in its slots."""
    pieces = re.split(r"(\{page\}|\{pages\})", words.get("page_number", "{page} / {pages}"))
    out = []
    for piece in pieces:
        if piece == "{page}":
            out.append("counter(page)")
        elif piece == "{pages}":
            out.append("counter(pages)")
        elif piece:
            out.append(css_string(piece))
    return " ".join(out)
