"""`handout-builder FILE...` opens the app with those files; commands and typos
still behave as commands."""

from __future__ import annotations

import pytest

from handout_builder.cli import main
from handout_builder.cli.desktop import documents_to_open, files_to_open
from handout_builder.core.model.handout import save_handout

COMMANDS = {"build", "render", "library"}


@pytest.fixture
def opened(monkeypatch) -> list:
    calls: list = []
    monkeypatch.setattr("handout_builder.gui.app.run", lambda files=(): calls.append(files) or 0)
    return calls


def test_a_handout_file_opens_the_app_with_it(opened, tmp_path, monkeypatch, make_handout):
    save_handout(make_handout("anxiety-alarm"), tmp_path / "sam.handout")
    save_handout(make_handout("validation"), tmp_path / "alex.handout")
    monkeypatch.chdir(tmp_path)
    assert main(["sam.handout", "alex.handout"]) == 0
    assert opened == [[tmp_path / "sam.handout", tmp_path / "alex.handout"]]


def test_a_missing_file_is_one_line_and_status_2(opened, tmp_path, capsys):
    assert main([str(tmp_path / "sam.handout")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"handout-builder: error: {tmp_path / 'sam.handout'}: no such file"
    assert opened == []


def test_a_folder_is_refused(opened, tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "is a folder, not a file" in capsys.readouterr().err
    assert opened == []


def test_an_empty_argument_is_named_as_such(opened, capsys):
    """A script whose variable was empty passes "": not "is a folder"."""
    assert main([""]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "handout-builder: error: '' is not a file name (an empty argument)"
    assert opened == []


def test_a_mistyped_command_is_still_a_command_error(opened, capsys):
    assert main(["rendr"]) == 2
    assert "invalid choice: 'rendr'" in capsys.readouterr().err
    assert opened == []


@pytest.mark.parametrize(
    ("args", "is_files"),
    [
        (["build", "--topic", "x"], False),  # a command
        (["--version"], False),
        (["sam.handout", "-o", "x.pdf"], False),  # options make it a command line
        (["notes"], False),  # no suffix, no folder, not there: a mistyped command
        (["sam.HANDOUT"], True),
        (["./notes"], True),  # a path
    ],
)
def test_what_counts_as_files(args, is_files, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if is_files:
        (tmp_path / args[0]).write_text("{}")
    assert (files_to_open(args, COMMANDS) is not None) == is_files


def test_an_existing_file_without_a_known_suffix_counts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sam").write_text("{}")
    assert files_to_open(["sam"], COMMANDS) == [tmp_path / "sam"]


@pytest.mark.parametrize(
    ("args", "documents"),
    [
        (["sam.handout", "alex.HANDOUT"], True),
        (["practice.hbpack"], True),
        (["sam.handout", "-o", "x.pdf"], False),  # a command line
        (["sam.handout", "--sam.handout"], False),
        (["build"], False),
        (["./notes"], False),  # a file, but the full check (with the commands) decides
    ],
)
def test_documents_are_told_apart_without_the_command_names(args, documents, tmp_path, monkeypatch):
    """The app starts without building the command parser when every argument
    names a document it opens; the shortcut agrees with the full check."""
    monkeypatch.chdir(tmp_path)
    for arg in args:
        (tmp_path / arg.lstrip("-")).write_text("{}")
    quick = documents_to_open(args)
    assert (quick is not None) == documents
    if documents:
        assert quick == files_to_open(args, COMMANDS) == [tmp_path / arg for arg in args]


def test_a_command_runs_with_the_cycle_collector_on(opened, capsys):
    """`python -m handout_builder` pauses it for the app's start-up; a command
    (here a mistyped one) turns it back on: a batch of renders must not keep
    its garbage."""
    import gc

    gc.disable()
    try:
        assert main(["rendr"]) == 2
        assert gc.isenabled()
    finally:
        gc.enable()
