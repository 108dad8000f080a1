"""Long work off the UI thread: one background thread per :class:`BackgroundTasks`
runs functions one at a time and hands their results back on the UI thread.

Tasks run in order of ``priority`` (lower first), then in the order they were
submitted. A task submitted with a ``key`` replaces a waiting task with the
same key, so only the newest of a stream (previews, library reloads) runs.
``done`` and ``failed`` run on the UI thread, through a Qt signal; after
:meth:`BackgroundTasks.close` nothing more runs or is delivered.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass(order=True)
class _Task:
    priority: int
    number: int
    key: Hashable | None = field(compare=False)
    work: Callable[[], Any] = field(compare=False)
    done: Callable[[Any], object] | None = field(compare=False)
    failed: Callable[[Exception], object] | None = field(compare=False)


class BackgroundTasks(QObject):
    """A queue of functions run on one background thread (``name``).

    The thread starts with the first task (with ``start=False``: only with
    :meth:`start`; tasks submitted before wait for it), so a window's idle
    queues cost it no thread while it is being made.
    """

    _finished = Signal(object)  # a callable to run on the UI thread

    def __init__(
        self, parent: QObject | None = None, *, name: str = "background", start: bool = True
    ) -> None:
        super().__init__(parent)
        self._numbers = itertools.count()
        self._cond = threading.Condition()
        self._waiting: list[_Task] = []
        self._closed = False
        self._running = False  # a task's work is running now
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._starting = threading.Lock()  # tasks may come from several threads
        self._start_with_first_task = start

    def start(self) -> None:
        """Start the background thread (once, whichever thread calls first)."""
        with self._starting:
            if self._thread.ident is None and not self._closed:
                self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], object] | None = None,
        *,
        failed: Callable[[Exception], object] | None = None,
        key: Hashable | None = None,
        priority: int = 0,
    ) -> None:
        """Run ``work()`` in the background; then ``done(result)``, or
        ``failed(error)`` if it raised, on the UI thread. An error with no
        ``failed`` is raised again on the UI thread (the app's error handler)."""
        task = _Task(priority, next(self._numbers), key, work, done, failed)
        with self._cond:
            if key is not None:
                self._waiting = [t for t in self._waiting if t.key != key]
            self._waiting.append(task)
            self._waiting.sort()
            self._cond.notify()
        if self._start_with_first_task:
            self.start()

    def has_waiting(self, predicate: Callable[[Hashable | None, int], bool]) -> bool:
        """Whether a waiting task's ``(key, priority)`` matches ``predicate``."""
        with self._cond:
            return any(predicate(task.key, task.priority) for task in self._waiting)

    def running(self) -> bool:
        """Whether a task's work is running now (on the background thread)."""
        with self._cond:
            return self._running

    def close(self, timeout: float = 5.0, *, finish: bool = False) -> None:
        """Drop waiting tasks (with ``finish``: run them first), let the running
        one finish (up to ``timeout`` seconds in all) without delivering any
        result, and stop the thread."""
        with self._cond:
            self._closed = True
            if not finish:
                self._waiting.clear()
            self._cond.notify()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    # -- the background thread ---------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not (self._closed or self._waiting):
                    self._cond.wait()
                if not self._waiting:  # closed, and nothing left to finish
                    return
                task = self._waiting.pop(0)
                self._running = True
            try:
                result = task.work()
            except Exception as error:  # handed to the UI thread, never lost
                if not self._closed:
                    self._finished.emit(lambda task=task, error=error: _fail(task, error))
                continue
            finally:
                with self._cond:
                    self._running = False
            if task.done is not None and not self._closed:
                self._finished.emit(lambda done=task.done, result=result: done(result))

    def _deliver(self, call: Callable[[], object]) -> None:
        if not self._closed:
            call()


def _fail(task: _Task, error: Exception) -> None:
    if task.failed is None:
        raise error
    task.failed(error)
