from __future__ import annotations

import os
import stat

import pytest

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError


def test_failed_write_keeps_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    target = folder / "doc.handout"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(HandoutBuilderError, match="cannot write file: No space left"):
        atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["doc.handout"]


def test_private_files_are_owner_only(tmp_path):
    target = tmp_path / "recovery.json"
    atomic_write_bytes(target, b"{}", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_writing_onto_a_folder_is_refused(tmp_path):
    with pytest.raises(HandoutBuilderError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"x")
