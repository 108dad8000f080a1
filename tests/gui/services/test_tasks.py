"""Background tasks: work off the UI thread, results back on it, newest wins."""

from __future__ import annotations

import contextlib
import threading

import pytest
from PySide6.QtCore import QThread

from handout_builder.gui.services.tasks import BackgroundTasks


@pytest.fixture
def tasks(qtbot):
    tasks = BackgroundTasks(name="test-tasks", start=False)
    yield tasks
    tasks.close()


def test_work_runs_off_the_ui_thread_and_results_come_back_on_it(qtbot, tasks):
    ui_thread = QThread.currentThread()
    seen = {}

    def work() -> int:
        seen["work"] = threading.current_thread().name
        return 42

    def done(result: int) -> None:
        seen["done"] = (result, QThread.currentThread() is ui_thread)

    tasks.start()
    tasks.submit(work, done)
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen == {"work": "test-tasks", "done": (42, True)}


def test_a_waiting_task_is_replaced_by_a_newer_one_with_its_key(qtbot, tasks):
    results: list[str] = []
    for text in ("first", "second", "third"):
        tasks.submit(lambda text=text: text, results.append, key="preview")
    tasks.submit(lambda: "other", results.append, key="library")
    tasks.start()
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results == ["third", "other"]


def test_lower_priority_numbers_run_first(qtbot, tasks):
    results: list[str] = []
    tasks.submit(lambda: "analysis", results.append, priority=2)
    tasks.submit(lambda: "preview", results.append, priority=1)
    tasks.submit(lambda: "export", results.append, priority=0)
    tasks.submit(lambda: "second export", results.append, priority=0)
    tasks.start()
    qtbot.waitUntil(lambda: len(results) == 4)
    assert results == ["export", "second export", "preview", "analysis"]


def test_an_error_goes_to_failed_on_the_ui_thread(qtbot, tasks):
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("broken file")

    tasks.start()
    tasks.submit(work, lambda _r: errors.append(AssertionError("no result")), failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert [str(e) for e in errors] == ["broken file"]


def test_nothing_runs_or_arrives_after_close(qtbot, tasks):
    started = threading.Event()
    release = threading.Event()
    results: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    tasks.start()
    tasks.submit(slow, results.append)
    tasks.submit(lambda: "waiting", results.append)
    assert started.wait(5)
    release.set()
    tasks.close()
    qtbot.wait(50)
    assert results == []


def test_closing_with_finish_runs_the_waiting_tasks_but_delivers_nothing(qtbot, tasks):
    ran: list[str] = []
    results: list[str] = []
    for text in ("first", "second"):
        tasks.submit(lambda text=text: ran.append(text) or text, results.append)
    tasks.start()
    tasks.close(finish=True)
    qtbot.wait(50)
    assert ran == ["first", "second"]  # e.g. the newest preview kept for next time
    assert results == []


def test_tasks_submitted_from_two_threads_at_once_share_one_thread(qtbot, monkeypatch):
    """The thread starts with the first task, and tasks come from more than one
    thread (the preview cache's: from the render thread, and from the UI thread
    when another handout is opened): the second must not start it again (a
    RuntimeError in the render, or a second thread running tasks side by side)."""
    tasks = BackgroundTasks(name="two-submitters")
    real_start = tasks._thread.start
    starts: list[int] = []
    both_checked = threading.Barrier(2, timeout=0.5)

    def slow_start() -> None:  # the other submitter checks while this one starts
        starts.append(1)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checked.wait()
        real_start()

    monkeypatch.setattr(tasks._thread, "start", slow_start)
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            tasks.submit(lambda: None)
        except BaseException as error:  # what the test looks for
            errors.append(error)

    submitters = [threading.Thread(target=submit) for _ in range(2)]
    for submitter in submitters:
        submitter.start()
    for submitter in submitters:
        submitter.join(5)
    tasks.close()
    assert not errors
    assert len(starts) == 1
