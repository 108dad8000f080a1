"""What comes after the window's first paint, in order: the last preview from
the cache before the first-run set-up and the editor checks (whose making and
first pass over the text would hold it up), and those without waiting for a
render when nothing is cached."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from handout_builder.gui.main_window import MainWindow
from handout_builder.gui.services.render_service import RenderService
from tests.gui.conftest import PREVIEW_TIMEOUT_MS, _discard_changes, start_window
from tests.gui.fake_renderer import FakeRenderer
from tests.gui.panels.test_instant_preview import HeldRenderer


def held_window(qtbot, monkeypatch, handout=None) -> tuple[MainWindow, HeldRenderer, list[int]]:
    """A window whose renders wait; the list gets the preview's page count at
    the moment the editor checks are attached."""
    pages_then: list[int] = []
    attach = MainWindow._attach_editor_checks

    def recording(self: MainWindow, *result: object) -> None:
        if self.editor_checks is None:
            pages_then.append(self.preview.page_count())
        attach(self, *result)

    monkeypatch.setattr(MainWindow, "_attach_editor_checks", recording)
    held = HeldRenderer()
    window = MainWindow(service=RenderService(renderer=held))
    qtbot.addWidget(window, before_close_func=lambda w: (held.go.set(), _discard_changes(w)))
    if handout is not None:
        window.set_document(type(window.document)(handout))
    window.resize(1400, 860)
    window.show()
    return window, held, pages_then


def test_the_editor_checks_come_after_the_cached_preview(qtbot, monkeypatch):
    first = start_window(qtbot, FakeRenderer())  # renders, and keeps the preview
    handout, pages = first.document.handout.copy(), first.preview.page_count()
    first.close()

    window, held, pages_then = held_window(qtbot, monkeypatch, handout)
    qtbot.waitUntil(lambda: window.editor_checks is not None, timeout=10_000)
    assert pages_then == [pages]  # the cached preview was on screen first
    assert not held.requests  # ... and nothing had been rendered
    checks = window.editor_checks
    assert checks is not None and checks.highlighter.document() is window.editor.text.document()


def test_with_nothing_cached_the_editor_checks_do_not_wait_for_a_render(
    qtbot, monkeypatch, make_handout
):
    handout = make_handout("anxiety-alarm", title="Never rendered")  # not the shipped sample
    window, held, pages_then = held_window(qtbot, monkeypatch, handout)
    qtbot.waitUntil(lambda: window.editor_checks is not None, timeout=10_000)
    assert pages_then == [0] and not held.requests


def test_the_first_start_offers_the_practice_set_up_over_the_sample_s_pages(qtbot, monkeypatch):
    """On the very first start the sample's shipped preview is painted before
    the practice set-up dialog is made (~50 ms of the UI thread, which the
    preview's look-up would wait for); nothing has been rendered by then."""
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.window.brands import BrandCommands

    pages_then: list[int] = []
    offer = BrandCommands.offer_first_run_setup

    def recording(self: BrandCommands) -> None:
        pages_then.append(self.window.preview.page_count())
        offer(self)

    monkeypatch.setattr(BrandCommands, "offer_first_run_setup", recording)
    window, held, _pages = held_window(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: isinstance(window.dialog, BrandDialog), timeout=10_000)
    assert pages_then == [2]  # the sample's two pages were on screen first
    assert not held.requests
    window.dialog.reject()


def test_a_control_focused_before_start_up_finished_gets_its_focus_ring(qtbot, monkeypatch):
    """The focus rings come after the first paint and the cached preview; a
    control the user moved to before that (Tab at once) has its ring then."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QApplication

    from handout_builder.core import preview_cache
    from handout_builder.core.settings import load_settings, save_settings
    from handout_builder.gui.focus_ring import RING_NAME, FocusRing, FocusRings

    app = QApplication.instance()
    installed = app.findChild(FocusRings, "focus-rings")
    if installed is not None:  # from an earlier test: start as a fresh app does
        shiboken6.delete(installed)
    lookup_done = threading.Event()
    load = preview_cache.load
    monkeypatch.setattr(preview_cache, "load", lambda job: lookup_done.wait(10) and load(job))
    settings = load_settings()
    settings.setup_done = True  # no first-run set-up taking the focus
    save_settings(settings)
    window, _held, _pages = held_window(qtbot, monkeypatch)
    window.activateWindow()
    target = window.editor.text
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5000)
    assert window.findChild(FocusRing, RING_NAME) is None  # start-up not finished
    outlined = []  # as start-up finishes (the first-run set-up may take the focus next)
    window.started.connect(lambda: outlined.append(window.findChild(FocusRing, RING_NAME).widget()))
    with qtbot.waitSignal(window.started, timeout=10_000):
        lookup_done.set()
    assert outlined == [target]


def test_with_the_cached_preview_behind_its_tab_start_up_still_finishes(qtbot):
    """On a small screen the panes are tabs: the cached preview, behind its
    tab, is not painted, so nothing waits for that paint (the render worker
    starts, the editor checks come)."""
    first = start_window(qtbot, FakeRenderer())  # renders, and keeps the preview
    handout = first.document.handout.copy()
    first.close()

    renderer = FakeRenderer()
    window = MainWindow(service=RenderService(renderer=renderer))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    window.set_document(type(window.document)(handout))
    window.resize(700, 500)  # tabs, the library in front
    window.show()
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass  # rendered now, so the worker was started
    assert window.panes.compact and not window.preview.isVisible()
    qtbot.waitUntil(lambda: window.editor_checks is not None, timeout=5000)


def test_a_cached_preview_that_cannot_be_read_does_not_hold_start_up_up(qtbot, monkeypatch):
    """The render worker starts once the cached preview is looked up: a lookup
    that fails (an unreadable cache folder) is no cached preview, and the
    preview is rendered now, with no error for the clinician."""
    from handout_builder.core import preview_cache

    def unreadable(_request: object) -> bytes | None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(preview_cache, "load", unreadable)
    monkeypatch.setattr(preview_cache, "shipped", unreadable)
    window = MainWindow(service=RenderService(renderer=FakeRenderer()))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    window.show()
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass  # rendered, so the worker was started
    qtbot.waitUntil(lambda: window.editor_checks is not None, timeout=5000)


def test_a_window_closed_before_start_up_finished_starts_nothing_after(qtbot, monkeypatch):
    """Closed while its cached preview was not yet painted: what waits for
    that paint (the editor checks, serving later launches, the tidy-up, all on
    ``started``) does not start in a window already closed."""
    first = start_window(qtbot, FakeRenderer())  # renders, and keeps the preview
    handout = first.document.handout.copy()
    first.close()

    show = MainWindow._show_cached_preview

    def show_then_close(self: MainWindow, pages: object) -> None:
        show(self, pages)
        self.close()  # before the cached preview is painted

    monkeypatch.setattr(MainWindow, "_show_cached_preview", show_then_close)
    window, _held, _pages = held_window(qtbot, monkeypatch, handout)
    started: list[bool] = []
    window.started.connect(lambda: started.append(True))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    qtbot.wait(1500)  # past the second after which start-up goes ahead unpainted
    assert not started and window.editor_checks is None


def test_the_pickers_list_everything_once_started_or_when_used_before(qtbot, home):
    """Until the start-up finishes the layout picker holds the handout's layout
    alone (one manifest read) and the brand profiles are not read; going to a
    picker before (Tab, a click) lists every layout, or reads the profiles, at
    once; and so does the start-up."""
    (home / "layouts" / "harbour").mkdir(parents=True)
    (home / "layouts" / "harbour" / "layout.toml").write_text('title = "Harbour"\n')
    early = MainWindow(service=RenderService(renderer=FakeRenderer()))
    qtbot.addWidget(early, before_close_func=_discard_changes)
    picker = early.menus.layout_combo
    assert [picker.itemText(i) for i in range(picker.count())] == ["Classic"]
    QApplication.sendEvent(picker, QFocusEvent(QEvent.Type.FocusIn))  # tabbed to
    names = [picker.itemData(i) for i in range(picker.count())]
    assert {"classic", "large-print", "trifold", "harbour"} <= set(names)
    assert picker.currentData() == "classic"
    assert early.brands.loaded is None
    QApplication.sendEvent(early.menus.brand_combo, QFocusEvent(QEvent.Type.FocusIn))
    qtbot.waitUntil(lambda: early.brands.loaded is not None, timeout=10_000)
    assert early.menus.brand_combo.count() >= 1

    window = start_window(qtbot, FakeRenderer())
    picker = window.menus.layout_combo
    qtbot.waitUntil(lambda: picker.count() > 1, timeout=10_000)
    assert "harbour" in [picker.itemData(i) for i in range(picker.count())]
    qtbot.waitUntil(lambda: window.brands.loaded is not None, timeout=10_000)


def test_the_layout_s_files_are_noted_before_the_worker_starts(qtbot, monkeypatch):
    """A template changed after the files were noted shows in the next preview:
    they are noted before the worker, which reads them, starts."""
    from handout_builder.gui.services.layout_watch import LayoutWatcher

    order: list[str] = []
    note, start = LayoutWatcher.start, RenderService.start
    monkeypatch.setattr(LayoutWatcher, "start", lambda self: (order.append("noted"), note(self)))
    monkeypatch.setattr(RenderService, "start", lambda self: (order.append("worker"), start(self)))
    window = start_window(qtbot, FakeRenderer())
    assert order[:2] == ["noted", "worker"]
    assert window.options.layout_watch.timer.isActive()
