"""Counting the library entry files a test's library load reads from disk
(tests of the entry cache and of the shipped entries)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout_builder.core.model import library


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The list that each entry file read by ``library.load_entry`` is
    appended to, from now until the test ends."""
    read: list[Path] = []
    real = library.load_entry

    def load_entry(path: Path, **kwargs: object) -> library.LibraryEntry:
        read.append(path)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library, "load_entry", load_entry)
    return read
