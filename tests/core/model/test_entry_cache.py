"""The entry cache: a start reads only the library entries whose files changed;
an edited, broken or just-written entry is read from its file; the cache is the
user's alone, and a damaged one, another version's or one that others could
have written is not used."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import replace
from pathlib import Path

from handout_builder.core.model import entry_cache
from handout_builder.core.model.entry_cache import CACHE_FILE, EntryCache
from handout_builder.core.model.library import load_library
from tests.conftest import BAD_DATE_ENTRY
from tests.core.model.reads import count_reads

ENTRY = """---
id: my-topic
title: My topic
summary: A short summary.
audiences: [adult]
---
The main message.
"""


def settled(path: Path, minutes_ago: float = 10) -> Path:
    """Date the file's last change ``minutes_ago`` (long enough to be kept)."""
    when = time.time_ns() - int(minutes_ago * 60e9)
    os.utime(path, ns=(when, when))
    return path


def user_entry(home: Path, text: str = ENTRY) -> Path:
    folder = home / "library"
    folder.mkdir(exist_ok=True)
    path = folder / "my-topic.md"
    path.write_text(text, encoding="utf-8")
    return settled(path)


def test_a_second_start_reads_no_unchanged_entry_file(home, monkeypatch):
    user_entry(home)
    first = load_library()
    read = count_reads(monkeypatch)
    again = load_library()
    assert read == []
    assert again.entries == first.entries
    assert again.entries["my-topic"].title == "My topic"


def test_an_edited_entry_is_read_again(home):
    path = user_entry(home)
    load_library()
    path.write_text(ENTRY.replace("My topic", "New name"), encoding="utf-8")  # same size
    settled(path, minutes_ago=5)
    assert load_library().entries["my-topic"].title == "New name"


def test_an_entry_changed_within_the_clock_s_resolution_is_read_again(home):
    """Written just now, the file is not kept: a second change in the same
    clock tick, of the same size, would leave its state as it was."""
    path = home / "library" / "my-topic.md"
    path.parent.mkdir()
    path.write_text(ENTRY, encoding="utf-8")
    before = path.stat()
    load_library()
    path.write_text(ENTRY.replace("My topic", "New name"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the same tick
    assert load_library().entries["my-topic"].title == "New name"


def test_an_entry_broken_since_is_reported_not_served_from_the_cache(home):
    path = user_entry(home, BAD_DATE_ENTRY.replace("2026-02-30", "2026-02-03"))
    assert "bad-date" in load_library().entries
    path.write_text(BAD_DATE_ENTRY, encoding="utf-8")
    settled(path, minutes_ago=5)
    loaded = load_library()
    assert "bad-date" not in loaded.entries
    assert any(p.file == str(path) and "reviewed" in str(p) for p in loaded.problems)


def test_the_cache_is_the_user_s_alone(home):
    user_entry(home)
    load_library()
    cache = home / "cache" / CACHE_FILE
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700


def altered_cache(home: Path) -> Path:
    """A cache in which the user's entry has another title than its file."""
    user_entry(home)
    load_library()
    cache = EntryCache()
    key = next(key for key in cache._kept if key[0].endswith("my-topic.md"))
    state, entry = cache._kept[key]
    cache._kept[key] = (state, replace(entry, title="From the cache"))
    cache._changed = True
    cache.save()
    return home / "cache" / CACHE_FILE


def test_the_cache_is_used_when_it_is_the_user_s_alone(home):
    altered_cache(home)  # shows that the tests below can fail
    assert load_library().entries["my-topic"].title == "From the cache"


def test_a_cache_others_could_have_written_is_not_used(home):
    altered_cache(home).chmod(0o620)
    assert load_library().entries["my-topic"].title == "My topic"


def test_another_version_s_cache_is_not_used(home, monkeypatch):
    altered_cache(home)
    monkeypatch.setattr(entry_cache, "__version__", "0.0.0-another")
    assert load_library().entries["my-topic"].title == "My topic"


def test_a_damaged_cache_counts_as_none(home):
    user_entry(home)
    expected = load_library().entries
    (home / "cache" / CACHE_FILE).write_bytes(b"\x80\x05 not a pickle")
    assert load_library().entries == expected
