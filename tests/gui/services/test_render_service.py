"""The render service's order of work, with the fake renderer in place of the
worker process (the worker itself is tested in tests/render)."""

from __future__ import annotations

import threading

import pytest

from handout_builder.core.errors import Problem
from handout_builder.core.jobs import AnalysisRequest, RenderResult
from handout_builder.core.model.documents import render_request
from handout_builder.gui.services.render_service import RenderService
from tests.conftest import pdf_text
from tests.gui.fake_renderer import FakeRenderer


@pytest.fixture
def renderer() -> FakeRenderer:
    return FakeRenderer()


@pytest.fixture
def service(qtbot, renderer):
    service = RenderService(renderer=renderer)
    yield service
    service.close()


def request(make_handout, brand, title: str, render_id: int = 0, **kwargs):
    return render_request(
        make_handout("anxiety-alarm", title=title), brand, None, render_id=render_id, **kwargs
    )


def test_only_the_newest_waiting_preview_is_rendered(qtbot, service, renderer, make_handout, brand):
    shown = []
    service.preview_ready.connect(shown.append)
    for number in (1, 2, 3):
        service.request_preview(request(make_handout, brand, f"Draft {number}", number))
    service.start()
    qtbot.waitUntil(lambda: bool(shown))
    assert [r.handout.title for r in renderer.requests] == ["Draft 3"]
    assert "Draft 3" in pdf_text(shown[0].pdf)


def test_exports_go_before_the_preview_and_analyses_after(
    qtbot, service, renderer, make_handout, brand
):
    order: list[str] = []
    service.analyze(
        AnalysisRequest("readability", ("Short words.",)), lambda _r: order.append("grades")
    )
    service.request_preview(request(make_handout, brand, "Preview"))
    service.preview_ready.connect(lambda _r: order.append("preview"))
    service.submit(request(make_handout, brand, "Export"), lambda _r: order.append("export"))
    service.start()
    qtbot.waitUntil(lambda: len(order) == 3)
    assert order == ["export", "preview", "grades"]


def test_a_request_made_on_the_render_thread_carries_its_notes(qtbot, service, make_handout, brand):
    made_on: list[str] = []
    note = Problem("brand profile 'gone' not found; using the sample practice instead")

    def prepare():
        made_on.append(threading.current_thread().name)
        return request(make_handout, brand, "Prepared", 7, notes=[note])

    results = []
    service.start()
    service.submit(prepare, results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert made_on == ["render-service"]
    assert results[0].render_id == 7 and results[0].problems[0] is note


def test_an_older_preview_is_not_shown_after_a_newer_one(service, make_handout, brand):
    assert service.accept_preview(RenderResult(render_id=2))
    assert not service.accept_preview(RenderResult(render_id=1))
    assert service.accept_preview(RenderResult(render_id=3))


def test_busy_while_renders_run_or_wait(qtbot, service, make_handout, brand):
    busy: list[bool] = []
    service.busy_changed.connect(busy.append)
    service.request_preview(request(make_handout, brand, "Preview", 1))
    service.start()
    qtbot.waitUntil(lambda: busy[-1:] == [False])
    assert busy == [True, False]


class SlowRenderer(FakeRenderer):
    """A render that takes a while (a long handout on a busy machine), unless stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.began = threading.Event()
        self.stop = threading.Event()
        self.finished: list[int] = []

    def render(self, request, time_limit=None):
        self.began.set()
        if self.stop.wait(3):
            return RenderResult(request.render_id, error="stopped", stopped=True)
        self.finished.append(request.render_id)
        return super().render(request, time_limit)

    def abort(self) -> None:
        self.stop.set()


def test_closing_stops_the_render_in_flight_instead_of_waiting_for_it(qtbot, make_handout, brand):
    """The window closes when the clinician closes it, not once the render
    running then (whose preview nobody will see) is done."""
    renderer = SlowRenderer()
    service = RenderService(renderer=renderer)
    service.start()
    service.request_preview(request(make_handout, brand, "A long handout", 1))
    assert renderer.began.wait(10)
    service.close()
    assert renderer.stop.is_set() and not renderer.finished


def test_closing_an_idle_service_leaves_the_renderer_to_stop_politely(qtbot, make_handout, brand):
    renderer = SlowRenderer()
    service = RenderService(renderer=renderer)
    service.start()
    shown = []
    service.preview_ready.connect(shown.append)
    renderer.stop.set()  # renders at once
    service.request_preview(request(make_handout, brand, "Short", 1))
    qtbot.waitUntil(lambda: bool(shown))
    renderer.stop.clear()
    service.close()
    assert not renderer.stop.is_set()  # not aborted: nothing was running


def test_a_late_preview_of_the_last_handout_does_not_count_as_the_next_one_s(
    qtbot, home, make_handout, brand
):
    """The cache keeps each handout's preview as opened: a preview of the last
    handout that arrives after the next one was opened is the last one's, so
    the next one's first preview is not taken for a draft and removed."""
    from handout_builder.core import preview_cache

    class Held(FakeRenderer):
        def __init__(self) -> None:
            super().__init__()
            self.go = threading.Event()

        def render(self, request, time_limit=None):
            self.go.wait(10)
            return super().render(request, time_limit)

    def stored(preview) -> bool:
        return (preview_cache.cache_dir() / f"{preview_cache.preview_key(preview)}.pdf").exists()

    renderer = Held()
    service = RenderService(renderer=renderer)
    service.start()
    last = request(make_handout, brand, "The last handout", 1, purpose="preview")
    service.request_preview(last)  # on its way when the next handout is opened
    service.new_document()
    renderer.go.set()
    qtbot.waitUntil(lambda: stored(last), timeout=10_000)
    opened = request(make_handout, brand, "The next handout, as opened", 2, purpose="preview")
    left = request(make_handout, brand, "The next handout, as left", 3, purpose="preview")
    for next_preview in (opened, left):
        service.request_preview(next_preview)
        qtbot.waitUntil(lambda next_preview=next_preview: stored(next_preview), timeout=10_000)
    service.close()  # the cache's stores are finished first
    assert stored(opened) and stored(left) and stored(last)


def test_the_render_worker_is_made_when_the_service_starts_not_before(qtbot, monkeypatch):
    """A window closed before its start-up finished made no worker (nor loaded
    its module with the window); a started service makes one, and starts it."""
    from handout_builder.render import worker

    made, started = [], []
    make = worker.RenderWorker.__init__

    def making(self, *args, **kwargs):
        made.append(self)
        make(self, *args, **kwargs)

    monkeypatch.setattr(worker.RenderWorker, "__init__", making)
    monkeypatch.setattr(worker.RenderWorker, "start", lambda self: started.append(self))
    closed_early = RenderService()
    closed_early.close()
    assert made == []
    service = RenderService()
    service.start()
    qtbot.waitUntil(lambda: len(started) == 1)
    assert made == started == [service.renderer]
    service.close()
