"""Start-up housekeeping: what an earlier session left behind.

- A process killed while saving leaves its temporary file (``.NAME.xxxxxxxx.tmp``,
  see :mod:`handout_builder.core.atomic`) holding a whole handout, PDF, brand
  or recovery file — client words. The next start removes those of our own in
  the data folder, the cache folder (previews) and beside recently saved
  handouts and exports, once older than :data:`STALE_AFTER_SECONDS` (a save
  in progress in a second window is younger than that).
- A practice pack checked but never imported (the app was killed while its
  preview was open) leaves its staging folder (``.pack-import-…``) with the
  pack's files; it is removed once a day old.
- Files and folders in the data folder that an older version left readable by
  others are made owner-only.

Nothing here raises: a file that cannot be removed or changed is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.atomic import TEMP_NAME

STALE_AFTER_SECONDS = 10.0
STALE_STAGING_SECONDS = 24 * 3600.0  # a pack's import preview open that long: gone
DATA_FOLDER_DEPTH = 3  # data home / layouts / NAME / partials
CACHE_FOLDER_DEPTH = 1  # cache home / previews


def _files(folder: Path, depth: int) -> Iterable[Path]:
    """Regular files (not links) in ``folder`` and ``depth`` levels below it."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                yield Path(entry.path)
            elif depth > 0 and entry.is_dir(follow_symlinks=False):
                yield from _files(Path(entry.path), depth - 1)


def remove_stale_temporaries(
    folders: Iterable[tuple[Path, int]], *, now: float | None = None
) -> list[Path]:
    """Remove our own temporary files older than :data:`STALE_AFTER_SECONDS`
    from each ``(folder, depth)``; returns what was removed."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    removed = []
    for folder, depth in folders:
        for path in _files(folder, depth):
            if not TEMP_NAME.match(path.name):
                continue
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
    return removed


def make_data_folder_private() -> None:
    """Take group and other permissions off everything in the data folder."""
    home = paths.data_home()
    if not home.is_dir():
        return
    everything = [home]
    for root, folders, files in os.walk(home):
        everything += [Path(root) / name for name in (*folders, *files)]
    for path in everything:
        with contextlib.suppress(OSError):
            mode = path.lstat().st_mode
            if not stat.S_ISLNK(mode) and mode & 0o077:
                path.chmod(stat.S_IMODE(mode) & 0o700)


def folders_to_clean() -> list[tuple[Path, int]]:
    """The data folder (and a few levels below), the user's library folder, the
    cache folder (the preview cache stores a client's PDF on a thread of its
    own) and the folders of recently saved handouts and exports, each with its
    depth."""
    from handout_builder.core.settings import load_settings

    settings = load_settings()
    folders = {paths.data_home(): DATA_FOLDER_DEPTH, paths.library_dir(): 0}
    folders.setdefault(paths.cache_home(), CACHE_FOLDER_DEPTH)  # the previews' PDFs
    places = [Path(recent).expanduser().parent for recent in settings.recent_files if recent]
    if settings.last_export_dir:
        places.append(Path(settings.last_export_dir).expanduser())
    for folder in places:
        folders.setdefault(folder, 0)
    return list(folders.items())


def remove_stale_staging(*, now: float | None = None) -> list[Path]:
    """Remove practice-pack staging folders older than :data:`STALE_STAGING_SECONDS`."""
    from handout_builder.core.model.pack_import import STAGING_PREFIX

    cutoff = (time.time() if now is None else now) - STALE_STAGING_SECONDS
    removed = []
    with contextlib.suppress(OSError):
        for folder in paths.data_home().glob(f"{STAGING_PREFIX}*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() and folder.stat().st_mtime < cutoff:
                    shutil.rmtree(folder)
                    removed.append(folder)
    return removed


def tidy_up() -> list[Path]:
    """The chores above; returns the temporary files and folders removed."""
    removed = remove_stale_temporaries(folders_to_clean()) + remove_stale_staging()
    make_data_folder_private()
    return removed
