"""Every output of a command is checked before any is written, only our own
kinds of file are replaced, and every render — built-in layout too — runs in
the render worker under its limits."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from handout_builder.cli import common, main
from tests.conftest import pdf_text

BUILD = ["build", "--topic", "anxiety-alarm"]


def test_save_handout_never_replaces_a_file_that_is_not_a_handout(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes about Sam")
    out = tmp_path / "out.pdf"
    assert main([*BUILD, "--save-handout", str(notes), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"handout-builder: error: {notes}: exists and is not a handout document; "
        "not replacing it (choose another file name)"
    ]
    assert notes.read_text() == "my own notes about Sam"
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([*BUILD, "-o", ""], "-o/--output"),
        ([*BUILD, "-o", "x.pdf", "--save-handout", " "], "--save-handout"),
        (["render", "sam.handout", "-o", ""], "-o/--output"),
        (["layout", "preview", "templates/classic", "-o", ""], "-o/--output"),
    ],
)
def test_an_empty_output_file_name_is_refused_in_words(args, option, tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert f"argument {option}: the output file name is empty; give a file name" in err[0]
    assert list(work.iterdir()) == []


def test_a_handout_of_our_own_is_replaced(tmp_path, capsys):
    saved, out = tmp_path / "sam.handout", tmp_path / "sam.pdf"
    assert main([*BUILD, "--title", "First", "--save-handout", str(saved), "-o", str(out)]) == 0
    assert main([*BUILD, "--title", "Second", "--save-handout", str(saved), "-o", str(out)]) == 0
    assert json.loads(saved.read_text())["title"] == "Second"
    assert "Second" in pdf_text(out.read_bytes())


def test_a_read_only_folder_for_the_handout_writes_no_pdf_either(tmp_path, capsys, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: behave like a read-only disk
        real_access = os.access
        monkeypatch.setattr(
            common.os,
            "access",
            lambda path, mode: False if Path(path) == locked else real_access(path, mode),
        )
    out = tmp_path / "out.pdf"
    try:
        code = main([*BUILD, "--save-handout", str(locked / "sam.handout"), "-o", str(out)])
    finally:
        locked.chmod(0o755)
    assert code == 2
    assert "cannot write in the folder" in capsys.readouterr().err
    assert not out.exists() and list(locked.iterdir()) == []


def tricky_logo(folder: Path) -> Path:
    """A logo that passes the checks at load (512 squares by nested <use>) but
    takes a second or more to draw: alone, it cannot be drawn within the limit."""
    parts = ['<g id="l0"><rect width="1" height="1"/></g>']
    parts += [
        f'<g id="l{i}"><use href="#l{i - 1}"/><use href="#l{i - 1}" x="1"/></g>'
        for i in range(1, 10)
    ]
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        + "".join(parts)
        + '<use href="#l9"/></svg>'
    )
    brand = folder / "brand.toml"
    brand.write_text('practice_name = "Slow Logo Practice"\nlogo = "logo.svg"\n')
    return brand


@pytest.mark.own_worker
def test_a_builtin_layout_on_the_command_line_is_stopped_and_the_logo_named(
    tmp_path, capsys, monkeypatch
):
    from handout_builder.render import worker

    # Limits no machine can meet (a page takes far more than 50 ms to lay out,
    # the logo alone far more than 5 ms), so the outcome never depends on speed.
    monkeypatch.setitem(worker.TIME_LIMITS, "export", 0.05)
    monkeypatch.setattr(worker, "LOGO_TIME_LIMIT", 0.005)
    brand = tricky_logo(tmp_path)
    out = tmp_path / "out.pdf"
    assert main([*BUILD, "--layout", "classic", "--brand", str(brand), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert f"the logo {tmp_path / 'logo.svg'} is too complex to draw" in err[0]
    assert not out.exists()
