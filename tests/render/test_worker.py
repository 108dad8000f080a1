"""The render worker process: renders, times out runaway layouts, survives crashes."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path

from handout_builder.core.model.documents import render_request
from handout_builder.render.worker import RenderWorker
from tests.conftest import pdf_text

LOOPING_LAYOUT = """{% extends "base.html.j2" %}
{% block content %}{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}
{% endfor %}{% endblock %}
"""


def add_layout(home: Path, name: str, template: str) -> None:
    folder = home / "layouts" / name
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(f'title = "{name}"\n')
    (folder / "handout.html.j2").write_text(template)


def test_worker_renders_with_the_request_home(render_worker, make_handout, brand):
    handout = make_handout("anxiety-alarm", title="From the worker")
    result = render_worker.render(render_request(handout, brand, None, render_id=7))
    assert result.ok and result.render_id == 7
    assert "From the worker" in pdf_text(result.pdf)


def test_runaway_layout_is_stopped_and_worker_restarts(home, make_handout, brand):
    add_layout(home, "looping", LOOPING_LAYOUT)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "looping"
    with RenderWorker(time_limit=3) as worker:
        assert worker.wait_ready()
        first_pid = worker.pid
        result = worker.render(render_request(handout, brand, None))
        assert not result.ok
        assert "took longer than 3 seconds" in result.error
        assert worker.restarts == 1 and worker.pid != first_pid
        handout.options.layout = "classic"
        # The restarted worker works; a busy machine may need more than the 3 s
        # that stopped the loop (a cold worker imports WeasyPrint first).
        result = worker.render(render_request(handout, brand, None), time_limit=120)
        assert result.ok, result.error


def test_crash_in_the_worker_becomes_a_message(home, make_handout, brand):
    add_layout(home, "looping", LOOPING_LAYOUT)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "looping"
    with RenderWorker(time_limit=30) as worker:
        assert worker.wait_ready()
        pid = worker.pid
        results = []
        thread = threading.Thread(
            target=lambda: results.append(worker.render(render_request(handout, brand, None)))
        )
        thread.start()
        time.sleep(1.0)
        os.kill(pid, signal.SIGKILL)
        thread.join(30)
        assert results and "stopped unexpectedly" in results[0].error
        handout.options.layout = "classic"
        assert worker.render(render_request(handout, brand, None)).ok


def test_template_error_names_file_and_line(home, make_handout, brand, render_worker):
    add_layout(
        home,
        "broken",
        '{% extends "base.html.j2" %}\n{% block content %}\n'
        "{{ handout.no_such_field }}\n{% endblock %}\n",
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "broken"
    result = render_worker.render(render_request(handout, brand, None))
    assert not result.ok
    problem = result.problems[0]
    assert problem.file.endswith("broken/handout.html.j2") and problem.line == 3
    assert "no_such_field" in problem.message


def test_analysis_runs_in_the_worker(render_worker, builtin_library):
    from handout_builder.core.jobs import AnalysisRequest

    body = builtin_library.get("anxiety-alarm").body
    result = render_worker.analyze(AnalysisRequest("readability", (body, "")))
    assert result.ok
    assert 0 < result.values[0].grade <= 6.0
    assert result.values[1].words == 0
    unknown = render_worker.analyze(AnalysisRequest("nope", ()))
    assert "unknown analysis 'nope'" in unknown.error


def test_abort_stops_a_render_in_flight_and_the_worker_stays_stopped(home, make_handout, brand):
    """Ctrl-C in a batch: the render in flight ends at once, nothing restarts."""
    add_layout(home, "looping", LOOPING_LAYOUT)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "looping"
    with RenderWorker(time_limit=120) as worker:
        assert worker.wait_ready()
        pid = worker.pid
        results = []
        thread = threading.Thread(
            target=lambda: results.append(worker.render(render_request(handout, brand, None)))
        )
        thread.start()
        time.sleep(1.0)
        worker.abort()
        thread.join(60)
        assert results and results[0].stopped and "interrupted" in results[0].error
        assert worker.restarts == 0 and not worker.is_alive()
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 0)
            raise AssertionError("the worker process is still running")
        handout.options.layout = "classic"
        later = worker.render(render_request(handout, brand, None))
        assert not later.ok and not worker.is_alive()
