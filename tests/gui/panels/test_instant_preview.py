"""A handout rendered before shows its last preview at once when the app opens
it again, before the renderer has drawn anything; then the new one replaces it."""

from __future__ import annotations

import threading

from handout_builder.gui.main_window import MainWindow
from handout_builder.gui.services.render_service import RenderService
from tests.gui.conftest import _discard_changes, start_window
from tests.gui.fake_renderer import FakeRenderer


class HeldRenderer(FakeRenderer):
    """Renders only when the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    def render(self, request, time_limit=None):
        self.go.wait(30)
        return super().render(request, time_limit)


def test_the_last_preview_shows_before_the_renderer_draws(qtbot):
    first = start_window(qtbot, FakeRenderer())  # renders, and keeps the preview
    handout = first.document.handout.copy()
    pages = first.preview.page_count()
    first.close()

    held = HeldRenderer()
    window = MainWindow(service=RenderService(renderer=held))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    window.set_document(type(window.document)(handout))
    window.show()
    qtbot.waitUntil(lambda: window.preview.page_count() == pages, timeout=10_000)
    assert not held.requests  # nothing rendered yet: this is the cached preview
    assert "last preview" in window.preview.status.text()
    held.go.set()
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        pass
    assert held.requests and "Up to date" in window.preview.status.text()


def test_drafts_typed_in_between_do_not_fill_the_cache(qtbot):
    """The cache keeps a handout as opened and as left, not every draft typed in
    between (each would push another handout's last preview out)."""
    from handout_builder.core import preview_cache

    window = start_window(qtbot, FakeRenderer())
    folder = preview_cache.cache_dir()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=10_000)
    opened = window.render_job("preview")()
    for title in ("Draft one", "Draft two", "Draft three", "As left"):
        with qtbot.waitSignal(window.preview_updated, timeout=30_000):
            window.document.set_field("title", title)
    left = window.render_job("preview")()
    _discard_changes(window)
    window.close()  # the newest preview is stored on the way out
    assert preview_cache.load(opened) is not None
    assert preview_cache.load(left) is not None
    assert len(list(folder.glob("*.pdf"))) == 2


def test_the_first_start_shows_the_sample_at_once(qtbot):
    """The first-run sample ships with its preview: on the very first start (an
    empty cache) its pages are on screen before the renderer has drawn anything."""
    from handout_builder.core import preview_cache

    assert not preview_cache.cache_dir().exists()
    held = HeldRenderer()
    window = MainWindow(service=RenderService(renderer=held))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    window.show()
    qtbot.waitUntil(lambda: window.preview.page_count() == 2, timeout=10_000)
    assert not held.requests
    held.go.set()


def test_with_the_history_off_no_preview_is_kept_and_switching_it_off_forgets_them(qtbot, home):
    """The cached previews are PDFs of client handouts: kept only while the
    handout history is on (docs/privacy.md)."""
    from handout_builder.core import preview_cache
    from tests.gui.conftest import ready

    window = ready(qtbot, start_window(qtbot, FakeRenderer()))
    folder = preview_cache.cache_dir()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=10_000)
    dialog = window.open_preferences()
    dialog.history.setChecked(False)
    dialog.save()
    assert list(folder.glob("*.pdf")) == []  # switched off: forgotten at once

    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        window.document.set_field("title", "For Sam, with the history off")
    left = window.render_job("preview")()
    _discard_changes(window)
    window.close()  # would store the newest preview on the way out
    assert preview_cache.load(left) is None
    assert list(folder.glob("*.pdf")) == []


def test_a_damaged_cached_preview_is_no_preview_and_is_removed(qtbot, home):
    """A truncated PDF in the cache (it starts with %PDF- but does not parse)
    showed a blank "last preview": now it is as if there were none."""
    from handout_builder.core import preview_cache

    first = start_window(qtbot, FakeRenderer())
    folder = preview_cache.cache_dir()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=10_000)
    handout = first.document.handout.copy()
    _discard_changes(first)
    first.close()
    (cached,) = folder.glob("*.pdf")
    cached.write_bytes(cached.read_bytes()[: cached.stat().st_size // 2])  # a crash mid-copy

    held = HeldRenderer()
    window = MainWindow(service=RenderService(renderer=held))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    window.set_document(type(window.document)(handout))
    with qtbot.waitSignal(window.started, timeout=10_000):  # after the cache's answer
        window.show()
    assert not cached.exists()
    assert window.preview.page_count() == 0 and not held.requests
    assert "last preview" not in window.preview.status.text()
    held.go.set()
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        pass
    assert window.preview.page_count() > 0 and "Up to date" in window.preview.status.text()


def _long_handout(qtbot, window: MainWindow):
    """The window's handout made several pages long; its preview on screen."""
    entries = list(window.library.entries.values())[:6]
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        for entry in entries:
            window.document.add_entry(entry)
    return window.document.handout.copy(), window.preview.page_count()


def test_a_handout_seen_before_opened_later_shows_its_last_preview_at_once(qtbot):
    """Opening another client's handout does not leave the last one's pages
    under an "Up to date" status: its own last preview shows at once."""
    first = start_window(qtbot, FakeRenderer())
    handout, pages = _long_handout(qtbot, first)
    _discard_changes(first)
    first.close()  # its newest preview is kept

    held = HeldRenderer()
    held.go.set()
    window = start_window(qtbot, held)  # a new handout, rendered
    shown = window.preview.page_count()
    assert shown != pages
    held.go.clear()
    rendered = len(held.requests)
    window.set_document(type(window.document)(handout))
    assert "Up to date" not in window.preview.status.text()
    qtbot.waitUntil(lambda: window.preview.page_count() == pages, timeout=10_000)
    assert len(held.requests) == rendered  # nothing rendered yet: the cached preview
    assert "last preview" in window.preview.status.text()
    held.go.set()
    with qtbot.waitSignal(window.preview_updated, timeout=30_000):
        pass
    assert "Up to date" in window.preview.status.text()
    assert window.preview.page_count() == pages


class NoticedRenderer(HeldRenderer):
    """A held renderer that tells when a render is waiting to be let go."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def render(self, request, time_limit=None):
        self.waiting.set()
        return super().render(request, time_limit)


def test_the_last_handouts_render_is_not_shown_after_another_is_opened(qtbot):
    held = NoticedRenderer()
    held.go.set()
    window = start_window(qtbot, held)
    handout, pages = _long_handout(qtbot, window)  # one client's handout, long
    held.go.clear()
    held.waiting.clear()
    window.document.set_field("title", "Edited just before opening another")
    window.request_preview()  # its render is on its way ...
    assert held.waiting.wait(10)
    short = handout.copy()
    short.title = "Another client's handout"
    del short.sections[1:]
    window.set_document(type(window.document)(short))  # ... when another is opened
    shown = []
    window.preview_updated.connect(shown.append)
    held.go.set()
    qtbot.waitUntil(lambda: any(result.page_count < pages for result in shown), timeout=30_000)
    assert all(result.page_count < pages for result in shown)  # never the other client's
    assert window.preview.page_count() < pages


class FailingRenderer(FakeRenderer):
    """Every render fails, as with a layout that cannot be read."""

    def render(self, request, time_limit=None):
        from handout_builder.core.jobs import RenderResult

        self.requests.append(request)
        return RenderResult(request.render_id, error="the layout could not be read")


def test_another_client_s_pages_never_show_under_the_handout_opened(qtbot, make_handout):
    """Opening a handout never rendered before, whose render then fails: the
    last handout's pages are gone at once, not left under the new one."""
    window = start_window(qtbot, FakeRenderer())
    assert window.preview.page_count() > 0
    window.service.renderer = FailingRenderer()
    other = make_handout("grounding-skills", title="For another client")
    with qtbot.waitSignal(window.preview.failed, timeout=30_000):
        window.set_document(type(window.document)(other))
        assert window.preview.page_count() == 0
    assert window.preview.page_count() == 0
    assert window.preview.page_label.text() == ""
