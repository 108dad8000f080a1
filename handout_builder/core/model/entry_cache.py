"""Library entries as read, kept between runs: a start reads the entries whose
files changed, not every entry's YAML front matter again (reading ~100 entries
was about a quarter of the time from start to the window's first paint).

One file, ``library-entries.pickle`` in the user's cache folder
(:func:`~handout_builder.core.paths.cache_home`; folder 0700, file 0600), holds
for each entry file its state on disk (:func:`~handout_builder.core.files.file_state`:
modification time in ns, size, inode), how it was read (built-in or not, its
folder's language) and the entry read from it. A file whose state changed is
read again; a refused file, or one changed in the last two seconds
(:func:`~handout_builder.core.files.settled_state`), is not kept.
Everything is read again after the app's version, or a module that reads
entries, changed. A built-in entry whose file has the bytes it had when the app
was made comes from the entries that ship with the app
(:mod:`~handout_builder.core.model.shipped_entries`) instead, and is not kept
here: a first start has nothing to read or write for them.

A pickle runs what it names when it is loaded, so the cache is only ever read
from the user's own cache folder, which is as much the user's as the data
folder, and only when no one else can have written it; a cache that cannot be
read, or is not the user's alone, counts as none.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from handout_builder import __version__
from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.files import file_state, settled_state
from handout_builder.core.model.shipped_entries import ShippedEntries

if TYPE_CHECKING:
    from handout_builder.core.model.library import LibraryEntry

CACHE_FILE = "library-entries.pickle"
# The modules whose code decides what an entry file reads as.
READERS = (
    "handout_builder.core.model.library",
    "handout_builder.core.model.references",
    "handout_builder.core.model.frontmatter",
    "handout_builder.core.fields",
    "handout_builder.core.files",
    "handout_builder.core.languages",
)

_Key = tuple[str, bool, str | None]  # file, built-in, folder language
_Kept = dict[_Key, tuple[object, "LibraryEntry"]]  # key -> (file state, entry)


def readers_version() -> tuple[object, ...]:
    """The app's version and the state of the reader modules' files (none in
    the bundle, where the version alone tells)."""
    states = []
    for name in READERS:
        module = sys.modules.get(name)
        source = getattr(module, "__file__", None)
        states.append(file_state(Path(source)) if source else None)
    return (__version__, *states)


def _owner_only(info: os.stat_result) -> bool:
    """Whether a file is the user's alone (always on Windows, where the user's
    cache folder is)."""
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class EntryCache:
    """The entries kept from earlier runs; :meth:`entry` gives one, :meth:`save`
    keeps what changed for the next run."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder if folder is not None else paths.cache_home()) / CACHE_FILE
        self.version = readers_version()
        self._kept = self._read()
        self._changed = False
        self._shipped: ShippedEntries | None = None  # read when a built-in entry is asked for

    def entry(
        self, path: Path, builtin: bool, language: str | None, read: Callable[[], LibraryEntry]
    ) -> LibraryEntry:
        """The entry in ``path``: for a built-in one the shipped entry while the
        file has its bytes, else the kept one while the file is unchanged, else
        ``read()`` (whose errors pass through; a refused file is not kept)."""
        if builtin:
            if self._shipped is None:
                self._shipped = ShippedEntries()
            shipped = self._shipped.entry(path)
            if shipped is not None:
                return shipped
        key: _Key = (str(path), builtin, language)
        kept = self._kept.get(key)
        if kept is not None and kept[0] == file_state(path):
            return kept[1]
        if kept is not None:
            del self._kept[key]
            self._changed = True
        state = settled_state(path)
        entry = read()
        if state is not None and file_state(path) == state:  # not changed while read
            self._kept[key] = (state, entry)
            self._changed = True
        return entry

    def save(self) -> None:
        """Write the cache if an entry was read or dropped (entries of files
        that are gone are left out); quietly skipped when it cannot be written."""
        if not self._changed:
            return
        kept = {key: item for key, item in self._kept.items() if Path(key[0]).exists()}
        data = pickle.dumps((self.version, kept), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            paths.ensure_dir(self.path.parent, private=True)
            atomic_write_bytes(self.path, data, private=True)
        except (OSError, HandoutBuilderError):
            return
        self._changed = False

    def _read(self) -> _Kept:
        try:
            with self.path.open("rb") as handle:
                if not _owner_only(os.fstat(handle.fileno())):
                    return {}
                version, kept = pickle.load(handle)
        except Exception:  # missing, damaged or from another version: read the files
            return {}
        if version != self.version or not isinstance(kept, dict):
            return {}
        return kept
