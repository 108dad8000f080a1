"""Preferences ▸ Practice folder and Handout history: saved, and a practice
folder named by HANDOUT_BUILDER_PRACTICE is shown but not changed there."""

from __future__ import annotations

from handout_builder.core import paths
from handout_builder.core.settings import load_settings


def test_practice_folder_and_history_switches_are_saved(qtbot, window, tmp_path):
    shared = tmp_path / "shared-drive" / "practice"
    shared.mkdir(parents=True)
    dialog = window.open_preferences()
    assert dialog.history.isChecked() and not dialog.history_pdfs.isChecked()
    dialog.practice_dir.setText(str(shared))
    dialog.history_pdfs.setChecked(True)
    dialog.history.setChecked(False)
    assert not dialog.history_pdfs.isEnabled()  # nothing to keep with the history off
    with qtbot.waitSignal(window.library_loaded, timeout=10_000):
        dialog.save()
    saved = load_settings()
    assert saved.practice_dir == str(shared) and not saved.history and saved.history_pdfs
    assert paths.practice_dir() == shared


def test_a_missing_practice_folder_is_not_saved(qtbot, window, tmp_path):
    dialog = window.open_preferences()
    dialog.practice_dir.setText(str(tmp_path / "not-there"))
    dialog.save()
    assert dialog.isVisible() and load_settings().practice_dir == ""
    dialog.reject()


def test_a_practice_folder_that_is_away_does_not_stop_other_preferences(qtbot, window, tmp_path):
    shared = tmp_path / "network-drive"
    shared.mkdir()
    dialog = window.open_preferences()
    dialog.practice_dir.setText(str(shared))
    dialog.save()
    shared.rmdir()  # the laptop left the office
    dialog = window.open_preferences()
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save()
    assert not dialog.isVisible()
    saved = load_settings()
    assert saved.default_paper == "letter" and saved.practice_dir == str(shared)


def test_the_environment_wins_and_is_shown(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_PRACTICE, str(tmp_path))
    dialog = window.open_preferences()
    assert dialog.practice_dir.text() == str(tmp_path) and not dialog.practice_dir.isEnabled()
    assert paths.ENV_PRACTICE in dialog.practice_dir.toolTip()
    dialog.save()
    assert load_settings().practice_dir == ""
