"""The last preview of each handout, kept on disk so the app shows it at once
when it opens that handout again, then renders it anew.

A preview is found by a content hash of what decides its pages: the handout
(every field), the library wording a bilingual layout prints beside it, the
brand profile and its logo file, the layout's files (and the shared base
templates), the data folder and the app's version. The cache
lives in the user's cache folder (``cache/previews`` under
``HANDOUT_BUILDER_HOME`` when that is set), readable by the user only, and is
kept under :data:`MAX_CACHE_BYTES`: the least recently shown go first.

The first-run sample's previews ship with the app (:func:`shipped_dir`, made by
``make sample-previews``), found by :func:`shipped_key`: a hash of the same
things by their content rather than their place and state on disk, which differ
from one installation to the next.

The previews are PDFs of client handouts: clearing the handout history
empties the cache too, and with the history switched off the app stores none
(:func:`handout_builder.core.model.history.clear_history`, docs/privacy.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from handout_builder import __version__
from handout_builder.core import paths, resources
from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.files import file_state

if TYPE_CHECKING:
    from handout_builder.core.jobs import RenderRequest

MAX_CACHE_BYTES = 50 * 1024 * 1024
SUFFIX = ".pdf"


def cache_dir() -> Path:
    """``previews`` in the user's cache folder (:func:`~handout_builder.core.paths.cache_home`)."""
    return paths.cache_home() / "previews"


def preview_key(request: RenderRequest) -> str:
    """The content hash (hex SHA-256) of everything that decides the preview's pages."""
    digest = hashlib.sha256()
    for part in (
        __version__,
        request.handout.to_json(),
        repr(request.brand),
        repr(file_state(request.brand.logo) if request.brand.logo else None),
        repr(sorted(request.edited_ids)),
        repr([(at, replace(wording, id="")) for at, wording in request.second_sections]),
        request.data_home or str(paths.data_home()),
        request.layout_dir,
        repr(_layout_state(request)),
    ):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def shipped_dir() -> Path:
    """The previews that ship with the app: the first-run sample's, on each paper
    size (``assets/sample/previews``, made by ``tools/sample_previews.py``)."""
    return resources.asset("sample", "previews")


def shipped_key(request: RenderRequest) -> str | None:
    """The content hash (hex SHA-256) under which a preview of ``request`` made on
    another machine ships (see :func:`shipped_dir`), or ``None`` when the handout
    is not laid out by built-in layouts alone. As :func:`preview_key`, but the
    layout files and the logo count by their content (relative to the app's own
    files), sections by their place (their ids are new each time the sample is
    made), the data folder not at all (nothing in it decides the pages of a
    built-in layout), and WeasyPrint's version is part of it."""
    import importlib.metadata  # ~30 ms to import: not on the app's way to its first paint

    folders = _layout_folders(request)
    root = resources.data_root()
    if request.layout_dir or not all(folder.is_relative_to(root) for folder in folders):
        return None
    try:
        weasyprint_version = importlib.metadata.version("weasyprint")
    except importlib.metadata.PackageNotFoundError:  # a bundle made without its metadata
        return None
    handout = request.handout.copy()
    place = {section.id: str(at) for at, section in enumerate(handout.sections)}
    for section in handout.sections:  # new ones each time a handout is made
        section.id = place[section.id]
    digest = hashlib.sha256()
    logo = request.brand.logo
    for part in (
        __version__,
        weasyprint_version,
        handout.to_json(),
        repr(replace(request.brand, logo=None, source=None)),
        hashlib.sha256(logo.read_bytes()).hexdigest() if logo else "",
        repr(sorted(place.get(id, id) for id in request.edited_ids)),
        repr(
            [
                (place.get(at, at), replace(wording, id=""))
                for at, wording in request.second_sections
            ]
        ),
    ):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    for path in _files(folders):
        digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _layout_folders(request: RenderRequest) -> list[Path]:
    """The folders of the handout's layout and its ancestors (none when it
    cannot be found), then the base templates."""
    from handout_builder.core.layout.layouts import get_layout, layout_chain, load_layout

    try:
        if request.layout_dir:
            layout = load_layout(Path(request.layout_dir))
        else:
            layout = get_layout(request.handout.options.layout)
        folders = [Path(item.directory) for item in layout_chain(layout)]
    except (HandoutBuilderError, OSError):
        return [resources.base_templates_dir()]
    return [*folders, resources.base_templates_dir()]


def _files(folders: list[Path]) -> list[Path]:
    return [path for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()]


def _layout_state(request: RenderRequest) -> list[tuple[str, object]]:
    """Every file of the handout's layout, its ancestors and the base templates,
    with its state on disk."""
    return [(str(path), file_state(path)) for path in _files(_layout_folders(request))]


def load(request: RenderRequest) -> bytes | None:
    """The cached preview of ``request`` (marked as just used), else the one
    that shipped with the app for it (:func:`shipped`), else ``None``; a cached
    file that is not a PDF is removed."""
    path = cache_dir() / (preview_key(request) + SUFFIX)
    try:
        pdf = path.read_bytes()
        os.utime(path)  # least recently shown goes first
    except OSError:
        return shipped(request)
    if not pdf.startswith(b"%PDF-"):
        discard(request)
        return shipped(request)
    return pdf


def discard(request: RenderRequest) -> None:
    """Remove the cached preview of ``request`` (one that turned out damaged,
    a truncated PDF that does not parse); quietly when it cannot be."""
    with contextlib.suppress(OSError):
        (cache_dir() / (preview_key(request) + SUFFIX)).unlink(missing_ok=True)


def shipped(request: RenderRequest) -> bytes | None:
    """The preview of ``request`` that shipped with the app, or ``None``."""
    try:
        key = shipped_key(request)
        return (shipped_dir() / (key + SUFFIX)).read_bytes() if key else None
    except OSError:
        return None


def store(request: RenderRequest, pdf: bytes, *, replaces: str | None = None) -> str | None:
    """Keep ``pdf`` as the preview of ``request`` and return its key (``None``,
    quietly, when the cache folder cannot be written); the preview stored
    under the key ``replaces`` (a draft of the same handout) is removed. Then
    the cache is trimmed to its size."""
    folder = cache_dir()
    key = preview_key(request)
    try:
        paths.ensure_dir(folder, private=True)
        atomic_write_files([(folder / (key + SUFFIX), pdf)], private=True)
    except (OSError, HandoutBuilderError):
        return None
    if replaces is not None and replaces != key:
        with contextlib.suppress(OSError):
            (folder / (replaces + SUFFIX)).unlink()
    trim(folder)
    return key


def clear() -> int:
    """Delete every cached preview (and any half-written one); returns how
    many previews there were. Raises :class:`HandoutBuilderError` naming a
    file that cannot be deleted."""
    folder = cache_dir()
    try:
        files = list(folder.iterdir())
    except OSError:
        return 0  # no cache folder: nothing kept
    count = 0
    for path in files:
        if path.suffix == SUFFIX or paths.is_temporary_name(path.name):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise HandoutBuilderError(f"{path}: cannot delete: {exc.strerror}") from None
            count += path.suffix == SUFFIX and not paths.is_temporary_name(path.name)
    return count


def trim(folder: Path, limit: int = MAX_CACHE_BYTES) -> None:
    """Remove the least recently used previews until ``folder`` holds at most
    ``limit`` bytes."""
    entries = []
    for path in folder.glob("*" + SUFFIX):
        with contextlib.suppress(OSError):
            info = path.stat()
            entries.append((info.st_mtime_ns, info.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
