"""The first window fits the screen, including a laptop at 125–200 % scaling
(1366×768 at 125 % leaves 1093×614 to work with)."""

from __future__ import annotations

import pytest

from handout_builder.gui.main_window import MainWindow


def test_the_first_window_fits_the_screen(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()  # 800×600 on the offscreen platform
    assert window.width() <= max(screen.width(), window.minimumSizeHint().width())
    assert window.height() <= max(screen.height(), window.minimumSizeHint().height())
    assert window.x() >= screen.left() and window.y() >= screen.top()


def test_the_window_can_shrink_to_a_small_laptop_screen(qtbot, window):
    """Below the room the panes need side by side they become tabs (1280×720
    at 200 % leaves about 640×290 for a window)."""
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 640 and smallest.height() <= 290, smallest
    assert not window.panes.compact and window.health_dock.isVisible()
    window.resize(850, 480)
    qtbot.waitUntil(lambda: window.panes.compact)
    tabs = window.panes.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Library",
        "Handout",
        "Preview",
        "Reading level",
    ]
    assert not window.health_dock.isVisible()
    window.panes.show_pane(window.preview)
    assert window.preview.isVisible() and not window.library_panel.isVisible()
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.panes.compact is False)
    assert window.health_dock.isVisible() and window.library_panel.isVisible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_window_fits_small_laptop_screens_at_every_scaling(language):
    """1280×720 and 1366×768 at 100–200 %: every window and dialog (the main
    window with each tab in front where it uses tabs) on the screen, no control
    squeezed, cut off or overlapping another (tests/gui/screen_fit.py) — in
    English and in the longer words of the Spanish interface."""
    import json
    import subprocess
    import sys

    from tests.conftest import REPO
    from tests.gui import screen_fit

    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_fit", "--language", language],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.splitlines()[-1])
    assert report["problems"] == []
    screens = {view.split(" ", 1)[0] for view in report["checked"]}
    assert len(screens) == len(screen_fit.SIZES) * len(screen_fit.SCALES) == 8
    windows = {view.split(" ", 1)[1].split(" [")[0] for view in report["checked"]}
    assert {"main window", "practice set-up", "brand editor", "about"} <= windows
    compact = [v for v in report["checked"] if "@200%" in v and " tab]" in v]
    assert compact  # at 200 % the panes are tabs
