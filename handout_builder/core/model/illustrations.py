"""Illustrations: flat SVG (or PNG) pictures with alt text and a caption.

A folder of illustrations holds the image files and one ``illustrations.yaml``
catalog that maps a name to its file, alt text and caption::

    window-of-tolerance:
      file: window-of-tolerance.svg
      alt: A wavy line that stays inside a calm band ...
      caption: Your window of tolerance

An illustration printed in a handout in another language takes that language's
alt text and caption, and its own picture when its words are drawn in it, from
a table named for the language::

    window-of-tolerance:
      file: window-of-tolerance.svg
      alt: A wavy line that stays inside a calm band ...
      caption: Your window of tolerance
      es:
        alt: Una línea ondulada que se queda dentro de una franja tranquila ...
        caption: Su ventana de tolerancia
        file: window-of-tolerance-es.svg   # optional: the labels in Spanish

Built-in illustrations live in ``assets/illustrations``; the user's own in the
``illustrations`` folder of the data home (same name wins over built-in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_is, file_state, read_yaml
from handout_builder.core.languages import is_language_code

CATALOG = "illustrations.yaml"
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
MAX_CATALOG_BYTES = 512 * 1024


@dataclass(frozen=True)
class Illustration:
    name: str
    path: Path
    alt: str
    caption: str
    translations: tuple[tuple[str, Path, str, str], ...] = ()
    """``(language, path, alt, caption)`` for the languages the catalog gives."""

    def in_language(self, language: str) -> Illustration | None:
        """The illustration as printed in ``language`` (itself for English);
        none when the catalog has no alt text and caption in it."""
        base = language.split("-", 1)[0].lower()
        if base == "en":
            return self
        for code, path, alt, caption in self.translations:
            if code == base:
                return replace(self, path=path, alt=alt, caption=caption, translations=())
        return None


# Catalogs already read, by folder: (state of the catalog and folder, what it gave).
_CATALOGS: dict[Path, tuple[object, dict[str, Illustration], tuple[Problem, ...]]] = {}
MAX_CATALOGS = 8


def load_catalog(folder: Path, problems: list[Problem]) -> dict[str, Illustration]:
    """Read ``folder``'s catalog; problems are appended, bad items skipped.

    Read once until the catalog or the folder changes on disk (a picture added
    or removed): the render worker asks for it on every preview.
    """
    state = (file_state(folder / CATALOG), file_state(folder))
    cached = _CATALOGS.get(folder)
    if cached is not None and cached[0] == state:
        problems.extend(cached[2])
        return dict(cached[1])
    found_problems: list[Problem] = []
    found = _read_catalog(folder, found_problems)
    if len(_CATALOGS) >= MAX_CATALOGS:
        _CATALOGS.pop(next(iter(_CATALOGS)))
    _CATALOGS[folder] = (state, found, tuple(found_problems))
    problems.extend(found_problems)
    return dict(found)


def _read_catalog(folder: Path, problems: list[Problem]) -> dict[str, Illustration]:
    catalog = folder / CATALOG
    if not file_is(catalog):
        return {}
    try:
        parsed = read_yaml(catalog, kind="illustration catalog", max_bytes=MAX_CATALOG_BYTES)
    except HandoutBuilderError as exc:
        problems.extend(getattr(exc, "problems", [Problem(str(exc), str(catalog))]))
        return {}
    data = parsed.data or {}
    if not isinstance(data, dict):
        problems.append(Problem("must map illustration names to their fields", str(catalog)))
        return {}
    found: dict[str, Illustration] = {}
    for name, fields in data.items():
        before = len(problems)
        reader = FieldReader(
            fields if isinstance(fields, dict) else {},
            str(catalog),
            prefix=str(name),
            line=parsed.key_lines.get(str(name)),
            problems=problems,
            hints=parsed.hints,
        )
        if not isinstance(fields, dict):
            reader.error(None, "must be a set of fields (file, alt, caption)")
            continue
        languages = [k for k, v in fields.items() if isinstance(v, dict) and is_language_code(k)]
        reader.reject_unknown(("file", "alt", "caption", *languages))
        path, alt, caption = _read_picture(reader, folder, required=True)
        translations: list[tuple[str, Path, str, str]] = []
        for language in languages:
            sub = reader.nested(language, fields[language])
            sub.reject_unknown(("file", "alt", "caption"))
            sub_path, sub_alt, sub_caption = _read_picture(sub, folder, required=False)
            if (picture := sub_path or path) is not None:
                translations.append((language, picture, sub_alt, sub_caption))
        if len(problems) > before or path is None:
            continue
        found[str(name)] = Illustration(str(name), path, alt, caption, tuple(translations))
    return found


def _read_picture(
    reader: FieldReader, folder: Path, *, required: bool
) -> tuple[Path | None, str, str]:
    """``file`` (checked to be a picture in ``folder``), ``alt`` and ``caption``."""
    file = reader.text("file", required=required, one_line=True, max_length=200)
    alt = reader.text("alt", required=True, one_line=True, max_length=400)
    caption = reader.text("caption", one_line=True, max_length=200)
    try:
        path = (folder / file).resolve() if file else None
    except (OSError, ValueError):
        reader.error("file", f"'{file}' is not a file name")
        return None, alt, caption
    if path is not None and (
        path.parent != folder.resolve() or path.suffix.lower() not in IMAGE_SUFFIXES
    ):
        reader.error("file", f"'{file}' must be an SVG, PNG or JPEG file in {folder}")
    elif path is not None and not file_is(path):
        reader.error("file", f"'{file}' does not exist in {folder}")
    return path, alt, caption


def load_illustrations(problems: list[Problem] | None = None) -> dict[str, Illustration]:
    """All illustrations by name: built-in ones, then the user's (which win)."""
    sink = problems if problems is not None else []
    found = load_catalog(resources.builtin_illustrations_dir(), sink)
    found.update(load_catalog(paths.illustrations_dir(), sink))
    return found


def illustration_dirs() -> list[Path]:
    """Folders the renderer may read illustrations from."""
    return [resources.builtin_illustrations_dir(), paths.illustrations_dir()]


MIN_TEXT_PT = 12.0
MM_PER_PT = 25.4 / 72
_VIEW_BOX = re.compile(r"""<svg\b[^>]*\bviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)""")
_FONT_SIZE = re.compile(r"""font-size\s*[:=]\s*["']?\s*([\d.]+)\s*(?:px)?\s*["';]""")


def width_for_text_mm(svg: str, text_pt: float = MIN_TEXT_PT) -> float:
    """The printed width (mm) at which the smallest text an SVG draws is
    ``text_pt`` points tall; 0 when it draws no sized text or has no viewBox.

    Text in an SVG is sized in viewBox units, so it prints at
    ``font_size × printed_width / viewBox_width``.
    """
    box = _VIEW_BOX.search(svg)
    sizes = [float(size) for size in _FONT_SIZE.findall(svg) if float(size) > 0]
    if box is None or not sizes or float(box.group(1)) <= 0:
        return 0.0
    return text_pt * MM_PER_PT * float(box.group(1)) / min(sizes)
