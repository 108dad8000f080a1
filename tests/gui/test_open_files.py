"""Files handed to the running window (command line, file manager, a second
launch): one handout at a time, the others in Open Recent, problems listed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from handout_builder.core.model.handout import save_handout
from handout_builder.core.settings import load_settings
from handout_builder.gui.single_instance import HandOver


@pytest.fixture
def files(tmp_path, make_handout):
    paths = {}
    topics = {"sam": "anxiety-alarm", "alex": "sleep-and-mood", "kim": "validation"}
    for name, topic in topics.items():
        paths[name] = tmp_path / f"{name}.handout"
        save_handout(make_handout(topic, title=f"For {name}"), paths[name])
    return paths


def visible_boxes(window) -> list[QMessageBox]:
    return [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_one_file_opens_in_the_window(window, files):
    assert window.files.open_files([files["sam"]])
    assert window.document.path == files["sam"].resolve()
    assert "sam" in window.windowTitle()
    assert not visible_boxes(window)


def test_several_files_open_the_first_and_put_the_rest_in_open_recent(window, files):
    assert window.files.open_files([files["sam"], files["alex"], files["kim"]])
    assert window.document.handout.title == "For sam"
    recent = load_settings().recent_files[:3]
    assert recent == [str(files[n].resolve()) for n in ("sam", "alex", "kim")]
    (note,) = visible_boxes(window)
    assert "“alex.handout”, “kim.handout” are at the top of File ▸ Open Recent" in note.text()
    note.close()


def test_unreadable_files_are_listed_once_and_the_rest_opens(window, files, tmp_path):
    bad = tmp_path / "bad.handout"
    bad.write_text(json.dumps({"format": "handout-builder/handout", "version": 7}))
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    assert window.files.open_files([bad, notes, files["alex"]])
    assert window.document.handout.title == "For alex"
    (box,) = visible_boxes(window)
    assert "“bad.handout”, “notes.txt” could not be opened" in box.text()
    assert "newer Handout Builder" in box.informativeText()
    assert len(box.informativeText().splitlines()) == 2
    box.close()


def test_unsaved_changes_are_asked_about_first_and_cancel_opens_nothing(
    qtbot, window, files, monkeypatch
):
    qtbot.keyClicks(window.editor.text, "my own words")
    before = window.document
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.files.open_files([files["sam"]])
    assert asked and window.document is before and before.modified
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.files.open_files([files["sam"]])
    assert window.document.handout.title == "For sam"
    qtbot.wait(50)  # the discarded document is deleted without an error


def test_a_second_launch_brings_the_window_forward_and_opens_its_file(qtbot, window, files):
    window.showMinimized()
    window.files.hand_over(HandOver((files["kim"],)))
    assert not window.isMinimized()
    assert window.document.handout.title == "For kim"
