from __future__ import annotations

import os
import stat

import pytest

from handout_builder.core.atomic import atomic_write_bytes, atomic_write_files
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


def test_files_that_belong_together_are_written_all_or_nothing(tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    pdf, handout = tmp_path / "sam.pdf", tmp_path / "gone" / "sam.handout"
    pdf.write_bytes(b"%PDF- old")
    with pytest.raises(HandoutBuilderError, match="folder does not exist"):
        atomic_write_files([(pdf, b"%PDF- new"), (handout, b"{}")])
    assert pdf.read_bytes() == b"%PDF- old"
    assert [p.name for p in tmp_path.iterdir()] == ["sam.pdf"]  # no temporary left
    atomic_write_files([(pdf, b"%PDF- new"), (tmp_path / "sam.handout", b"{}")])
    assert pdf.read_bytes() == b"%PDF- new" and (tmp_path / "sam.handout").read_bytes() == b"{}"


def test_files_in_the_data_folder_are_owner_only_others_follow_the_umask(home, tmp_path):
    previous = os.umask(0o022)
    try:
        atomic_write_bytes(home / "settings.json", b"{}")
        atomic_write_bytes(tmp_path / "sam.pdf", b"%PDF-")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((home / "settings.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "sam.pdf").stat().st_mode) == 0o644


@pytest.mark.parametrize("stem", ["y" * 251, "😀" * 62 + "ab", "é" * 125 + "x"])
def test_a_name_near_the_file_systems_limit_can_be_written(tmp_path, stem):
    """A file name may have 255 bytes (UTF-8); the temporary file beside it
    must fit too (it failed with "File name too long")."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"{stem}.pdf"
    assert len(target.name.encode()) <= 255
    atomic_write_bytes(target, b"%PDF-1.7")
    assert target.read_bytes() == b"%PDF-1.7"
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left
