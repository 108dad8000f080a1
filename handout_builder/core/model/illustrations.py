"""Illustrations: flat SVG (or PNG) pictures with alt text and a caption.

A folder of illustrations holds the image files and one ``illustrations.yaml``
catalog that maps a name to its file, alt text and caption::

    window-of-tolerance:
      file: window-of-tolerance.svg
      alt: A wavy line that stays inside a calm band ...
      caption: Your window of tolerance

Built-in illustrations live in ``assets/illustrations``; the user's own in the
``illustrations`` folder of the data home (same name wins over built-in).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_is, file_state, read_yaml

CATALOG = "illustrations.yaml"
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
MAX_CATALOG_BYTES = 512 * 1024


@dataclass(frozen=True)
class Illustration:
    name: str
    path: Path
    alt: str
    caption: str


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
        reader.reject_unknown(("file", "alt", "caption"))
        file = reader.text("file", required=True, one_line=True, max_length=200)
        alt = reader.text("alt", required=True, one_line=True, max_length=400)
        caption = reader.text("caption", one_line=True, max_length=200)
        try:
            path = (folder / file).resolve() if file else folder
        except (OSError, ValueError):
            path = folder
        if file and (path.parent != folder.resolve() or path.suffix.lower() not in IMAGE_SUFFIXES):
            reader.error("file", f"'{file}' must be an SVG, PNG or JPEG file in {folder}")
        elif file and not file_is(path):
            reader.error("file", f"'{file}' does not exist in {folder}")
        if len(problems) > before:
            continue
        found[str(name)] = Illustration(str(name), path, alt, caption)
    return found


def load_illustrations(problems: list[Problem] | None = None) -> dict[str, Illustration]:
    """All illustrations by name: built-in ones, then the user's (which win)."""
    sink = problems if problems is not None else []
    found = load_catalog(resources.builtin_illustrations_dir(), sink)
    found.update(load_catalog(paths.illustrations_dir(), sink))
    return found


def illustration_dirs() -> list[Path]:
    """Folders the renderer may read illustrations from."""
    return [resources.builtin_illustrations_dir(), paths.illustrations_dir()]
