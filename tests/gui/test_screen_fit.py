"""The first window fits the screen, including a laptop at 125–200 % scaling
(1366×768 at 125 % leaves 1093×614 to work with)."""

from __future__ import annotations

from handout_builder.gui.main_window import MainWindow


def test_the_first_window_fits_the_screen(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()  # 800×600 on the offscreen platform
    assert window.width() <= max(screen.width(), window.minimumSizeHint().width())
    assert window.height() <= max(screen.height(), window.minimumSizeHint().height())
    assert window.x() >= screen.left() and window.y() >= screen.top()


def test_the_window_can_shrink_to_a_small_laptop_screen(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 1000, smallest
    assert smallest.height() <= 560, smallest
