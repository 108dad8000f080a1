"""GUI fixtures: a main window with its own data home.

``window`` renders with a fast fake (:class:`FakeRenderer`: a small PDF of the
handout's words, real analyses); ``real_window`` renders with the real worker
process (shared by the session, as the app shares one) for tests of what a
layout prints.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from handout_builder.gui.dialogs.brand_dialog import BrandDialog
from handout_builder.gui.i18n import install_translators
from handout_builder.gui.main_window import MainWindow
from handout_builder.gui.services.render_service import Renderer, RenderService
from tests.gui.fake_renderer import FakeRenderer

PREVIEW_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp) -> None:
    """The interface in English whatever the machine's language, as the app
    sets it up (English plural forms: "1 page", "2 pages")."""
    install_translators(qapp, "en")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    """The interface in Spanish, as the app sets it up for LANG=es or the
    Preferences' choice; English again afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, "es")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def _discard_changes(win: MainWindow) -> None:
    win.editor.flush()
    win.document.undo_stack.setClean()  # no "unsaved changes" question on close


def start_window(qtbot, renderer: Renderer) -> MainWindow:
    """A shown main window whose first preview is on screen."""
    win = MainWindow(service=RenderService(renderer=renderer))
    win.resize(1400, 860)  # a desktop screen: the panes side by side (test_screen_fit: tabs)
    qtbot.addWidget(win, before_close_func=_discard_changes)
    win.show()
    with qtbot.waitSignal(win.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    return win


def ready(qtbot, win: MainWindow) -> MainWindow:
    """Skip the first-run practice set-up and make the window the active one."""
    qtbot.waitUntil(lambda: win.brands.loaded is not None, timeout=5000)  # then it is offered
    skip_practice_setup(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    return win


@pytest.fixture
def renderer() -> FakeRenderer:
    return FakeRenderer()


@pytest.fixture
def window(qtbot, home, renderer) -> MainWindow:
    return ready(qtbot, start_window(qtbot, renderer))


class SharedWorker:
    """The session's render worker, left running when a window closes."""

    def __init__(self, worker) -> None:
        self.worker = worker

    def start(self) -> None:
        self.worker.start()

    def render(self, request, time_limit=None):
        return self.worker.render(request, time_limit)

    def analyze(self, request, time_limit=None):
        return self.worker.analyze(request, time_limit)

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass  # the session's worker serves the next tests


@pytest.fixture
def real_renderer(render_worker) -> Iterator[SharedWorker]:
    yield SharedWorker(render_worker)


@pytest.fixture
def real_window(qtbot, home, real_renderer) -> MainWindow:
    return ready(qtbot, start_window(qtbot, real_renderer))


def skip_practice_setup(win: MainWindow) -> None:
    """Press "Skip for now" on the first-run practice set-up, as a user might."""
    if isinstance(win.dialog, BrandDialog) and win.dialog.isVisible():
        win.dialog.reject()
