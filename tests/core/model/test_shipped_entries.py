"""The built-in entries ship as read: a first start (a new user folder, or the
first after an upgrade) has every built-in entry without reading its file's
front matter, and each is the entry its file reads as; an entry file changed
since the app was made is read from the file."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from handout_builder.core import resources
from handout_builder.core.model import shipped_entries
from handout_builder.core.model.entry_cache import CACHE_FILE
from handout_builder.core.model.library import entry_files_in, load_entry, load_library
from handout_builder.core.model.shipped_entries import ShippedEntries
from tests.core.model.reads import count_reads

STALE = (
    "the built-in entries shipped as read (assets/library-entries.pickle) are out of "
    "date: run `make sample-previews`"
)


def test_every_built_in_entry_ships_as_its_file_reads():
    shipped = ShippedEntries()
    for path, language in entry_files_in(resources.builtin_library_dir()):
        entry = shipped.entry(path)
        assert entry is not None, f"{path.name}: {STALE}"
        assert entry == load_entry(path, builtin=True, language=language), f"{path.name}: {STALE}"


def test_a_first_start_reads_no_built_in_entry_file_and_writes_no_cache(home, monkeypatch):
    read = count_reads(monkeypatch)
    loaded = load_library()
    assert read == []
    assert loaded.entries["anxiety-alarm"].source == (
        resources.builtin_library_dir() / "anxiety-alarm.md"
    )
    assert len(loaded.in_language("es")) > 0
    assert not (home / "cache" / CACHE_FILE).exists()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A built-in library of two entries, English and Spanish, shipped as read."""
    top = tmp_path / "library"
    (top / "es").mkdir(parents=True)
    for name in ("anxiety-alarm.md", "es/anxiety-alarm.md"):
        (top / name).write_bytes((resources.builtin_library_dir() / name).read_bytes())
    (tmp_path / "shipped.pickle").write_bytes(shipped_entries.make(top))
    return top


def test_a_shipped_entry_is_the_file_s_entry_at_its_own_place(folder):
    shipped = ShippedEntries(folder.parent / "shipped.pickle", folder)
    entry = shipped.entry(folder / "es" / "anxiety-alarm.md")
    assert entry is not None
    assert entry.language == "es"
    assert entry.source == folder / "es" / "anxiety-alarm.md"


def test_an_entry_file_changed_since_the_app_was_made_is_read_from_the_file(folder):
    path = folder / "anxiety-alarm.md"
    path.write_text(path.read_text("utf-8").replace("title: ", "title: Changed ", 1), "utf-8")
    shipped = ShippedEntries(folder.parent / "shipped.pickle", folder)
    assert shipped.entry(path) is None
    assert shipped.entry(folder / "es" / "anxiety-alarm.md") is not None
    assert shipped.entry(folder / "elsewhere.md") is None


def test_an_edited_built_in_entry_shows_its_new_words(home, monkeypatch, folder):
    monkeypatch.setattr(shipped_entries, "shipped_path", lambda: folder.parent / "shipped.pickle")
    monkeypatch.setattr(resources, "builtin_library_dir", lambda: folder)
    assert load_library().entries["anxiety-alarm"].title != "Changed"
    path = folder / "anxiety-alarm.md"
    text = path.read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    path.write_text(text.replace(title, "title: Changed"), "utf-8")
    assert load_library().entries["anxiety-alarm"].title == "Changed"


def write_shipped(path: Path, version: str, entries: dict[str, tuple[bytes, object]]) -> None:
    path.write_bytes(pickle.dumps((version, entries)))


def test_another_version_s_or_a_damaged_shipped_file_counts_as_none(folder):
    from handout_builder import __version__

    path = folder / "anxiety-alarm.md"
    digest = hashlib.sha256(path.read_bytes()).digest()
    altered = replace(load_entry(path, builtin=True, language=""), title="From the pickle")
    shipped = folder.parent / "altered.pickle"
    write_shipped(shipped, __version__, {"anxiety-alarm.md": (digest, altered)})
    entry = ShippedEntries(shipped, folder).entry(path)  # shows the checks below can fail
    assert entry is not None and entry.title == "From the pickle"
    write_shipped(shipped, "0.0.0-another", {"anxiety-alarm.md": (digest, altered)})
    assert ShippedEntries(shipped, folder).entry(path) is None
    shipped.write_bytes(b"\x80\x05 not a pickle")
    assert ShippedEntries(shipped, folder).entry(path) is None
    assert ShippedEntries(folder.parent / "missing.pickle", folder).entry(path) is None
