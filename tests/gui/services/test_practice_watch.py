"""The practice folder in the window: a colleague's new entry, layout or brand
profile shows up without restarting, and a folder that goes missing is a note
under the preview while the app keeps working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handout_builder.core import paths
from tests.core.test_practice_folder import entry_text, layout
from tests.gui.conftest import PREVIEW_TIMEOUT_MS


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "practice"
    for part in paths.PRACTICE_PARTS:
        (folder / part).mkdir(parents=True)
    monkeypatch.setenv(paths.ENV_PRACTICE, str(folder))
    return folder


def test_changes_in_the_practice_folder_reach_the_window(qtbot, practice: Path, window):
    watch = window.practice_watch
    qtbot.waitUntil(lambda: watch._last is not None, timeout=5000)  # the first look

    (practice / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    layout(practice / "layouts", "group-handout", "Group handout")
    (practice / "brands" / "group.toml").write_text('practice_name = "Group Practice Ltd"\n')
    with qtbot.waitSignals([window.library_loaded, window.brands_loaded], timeout=10_000):
        watch.check_now()  # the timer does this every two seconds

    assert "group-rules" in window.library
    assert "Practice entry" in window.library_panel._detail(window.library.get("group-rules"))
    combo = window.menus.layout_combo
    assert "(practice)" in combo.itemText(combo.findData("group-handout"))
    brands = [window.menus.brand_combo.itemText(i) for i in range(window.menus.brand_combo.count())]
    # the only profile, so also the default: listed once, as "… (default)"
    assert any(text.startswith("Group Practice Ltd") for text in brands), brands


def test_a_practice_folder_that_goes_missing_is_a_note_under_the_preview(
    qtbot, practice: Path, window
):
    watch = window.practice_watch
    qtbot.waitUntil(lambda: watch._last is not None, timeout=5000)
    shutil.rmtree(practice)  # the network drive is gone
    with qtbot.waitSignal(window.library_loaded, timeout=10_000):
        watch.check_now()
    window.request_preview()
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS) as blocker:
        pass
    assert blocker.args[0].ok  # the handout still renders
    problems = [
        window.preview.problems.item(i).text() for i in range(window.preview.problems.count())
    ]
    assert any(str(practice) in line and "cannot be reached" in line for line in problems)
