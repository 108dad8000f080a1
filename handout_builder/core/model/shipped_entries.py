"""The built-in library entries as read when the app was made, shipped with it:
the first start after an installation or an upgrade, whose entry cache
(:mod:`~handout_builder.core.model.entry_cache`) is empty or another version's,
does not read ~100 entries' YAML front matter on the way to the window's first
paint (~90 ms on a 2-core machine; the shipped ones take ~10 ms).

One file, ``assets/library-entries.pickle`` (:func:`shipped_path`), made by
``make sample-previews`` (``tools/sample_previews.py``, :func:`make`), holds
for each built-in entry file, by its path under ``assets/library``, the SHA-256
of its bytes and the entry read from it. An entry is used only while its file
has those bytes; a file that changed, or is not in it, is read as usual. The
whole file counts only for the app's version it was made for.
``tests/core/model/test_shipped_entries.py`` fails while it is out of date (a
built-in entry, or the code that reads entries, changed).

A pickle runs what it names when it is loaded. This one is read only from the
app's own install folder (:func:`~handout_builder.core.resources.assets_dir`),
which is as trusted as the app's code beside it, never from a folder the user
or anyone else writes to; one that cannot be read counts as none.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from handout_builder import __version__
from handout_builder.core import resources

if TYPE_CHECKING:
    from handout_builder.core.model.library import LibraryEntry

SHIPPED_FILE = "library-entries.pickle"

_Shipped = dict[str, tuple[bytes, "LibraryEntry"]]  # file under the folder -> (SHA-256, entry)


def shipped_path() -> Path:
    """``library-entries.pickle`` among the app's assets."""
    return resources.asset(SHIPPED_FILE)


class ShippedEntries:
    """The shipped entries of the built-in library folder; :meth:`entry` gives one."""

    def __init__(self, path: Path | None = None, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else resources.builtin_library_dir()
        self._shipped = _read(path if path is not None else shipped_path())

    def entry(self, path: Path) -> LibraryEntry | None:
        """The entry read from the built-in entry file ``path`` when the app was
        made (with ``path`` as its source) while the file has the same bytes;
        ``None`` for a file that changed since, is not built-in or cannot be read."""
        try:
            shipped = self._shipped.get(path.relative_to(self.folder).as_posix())
            if shipped is None or hashlib.sha256(path.read_bytes()).digest() != shipped[0]:
                return None
        except (OSError, ValueError):  # gone, or not in the folder
            return None
        return replace(shipped[1], source=path)


def make(folder: Path | None = None) -> bytes:
    """The pickled entries of every entry file in ``folder`` (default: the
    built-in library), each read as the library reads it, for
    :func:`shipped_path`. Raises :class:`~handout_builder.core.errors.ValidationError`
    for an entry file that does not read."""
    from handout_builder.core.model.library import entry_files_in, load_entry

    folder = folder if folder is not None else resources.builtin_library_dir()
    shipped: _Shipped = {}
    for path, language in entry_files_in(folder):
        entry = load_entry(path, builtin=True, language=language)
        digest = hashlib.sha256(path.read_bytes()).digest()
        shipped[path.relative_to(folder).as_posix()] = (digest, replace(entry, source=None))
    return pickle.dumps((__version__, shipped), protocol=pickle.HIGHEST_PROTOCOL)


def _read(path: Path) -> _Shipped:
    try:
        version, shipped = pickle.loads(path.read_bytes())
    except Exception:  # missing or damaged: the entries are read from their files
        return {}
    if version != __version__ or not isinstance(shipped, dict):
        return {}
    return shipped
