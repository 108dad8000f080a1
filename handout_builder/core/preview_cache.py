"""The last preview of each handout, kept on disk so the app shows it at once
when it opens that handout again, then renders it anew.

A preview is found by a content hash of what decides its pages: the handout
(every field), the library wording a bilingual layout prints beside it, the
brand profile and its logo file, the layout's files (and the shared base
templates), the data folder and the app's version. The cache
lives in the user's cache folder (``cache/previews`` under
``HANDOUT_BUILDER_HOME`` when that is set), readable by the user only, and is
kept under :data:`MAX_CACHE_BYTES`: the least recently shown go first.

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

from handout_builder import __version__
from handout_builder.core import paths, resources
from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.files import file_state
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


def _layout_state(request: RenderRequest) -> list[tuple[str, object]]:
    """Every file of the handout's layout, its ancestors and the base templates,
    with its state on disk."""
    from handout_builder.core.layout.layouts import get_layout, layout_chain, load_layout

    try:
        if request.layout_dir:
            layout = load_layout(Path(request.layout_dir))
        else:
            layout = get_layout(request.handout.options.layout)
        folders = [item.directory for item in layout_chain(layout)]
    except (HandoutBuilderError, OSError):
        folders = []
    folders.append(resources.base_templates_dir())
    return [
        (str(path), file_state(path))
        for folder in folders
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file()
    ]


def load(request: RenderRequest) -> bytes | None:
    """The cached preview of ``request``, or ``None`` (marked as just used);
    a file that is not a PDF is removed."""
    path = cache_dir() / (preview_key(request) + SUFFIX)
    try:
        pdf = path.read_bytes()
        os.utime(path)  # least recently shown goes first
    except OSError:
        return None
    if not pdf.startswith(b"%PDF-"):
        discard(request)
        return None
    return pdf


def discard(request: RenderRequest) -> None:
    """Remove the cached preview of ``request`` (one that turned out damaged,
    a truncated PDF that does not parse); quietly when it cannot be."""
    with contextlib.suppress(OSError):
        (cache_dir() / (preview_key(request) + SUFFIX)).unlink(missing_ok=True)


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
