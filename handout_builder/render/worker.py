"""The render worker: a long-lived, spawned process that keeps WeasyPrint warm.

The caller (GUI or command line) never imports WeasyPrint. It sends a
:class:`~handout_builder.core.jobs.RenderRequest` down a pipe and gets a
:class:`~handout_builder.core.jobs.RenderResult` back. Every render — preview,
export, command line, built-in layout or not — runs here, under the same
limits: :data:`TIME_LIMITS` by purpose and :data:`MEMORY_LIMIT_MB`. A render
that passes its time limit, runs out of memory or crashes the process is
stopped; the worker is started again and the caller gets a result with a
one-line error. When the brand has a logo, the logo is then drawn alone
(:data:`LOGO_TIME_LIMIT`): if that fails too, the message names the logo.

One :class:`RenderWorker` renders one request at a time; a batch can run
several side by side (one per core), each with its own process.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING, Any

from handout_builder.core.errors import Problem
from handout_builder.core.jobs import (
    AnalysisRequest,
    AnalysisResult,
    LogoRequest,
    RenderRequest,
    RenderResult,
)

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

READY = "ready"
# Seconds a render may take, by RenderRequest.purpose (a preview is replaced by
# the next one anyway; an export or a check may be a long handout).
TIME_LIMITS = {"preview": 20.0, "export": 60.0, "check": 60.0}
ANALYSIS_TIME_LIMIT = 60.0
LOGO_TIME_LIMIT = 10.0  # drawing the logo alone, after a render was stopped
MEMORY_LIMIT_MB = 3072  # address space of the worker process (RLIMIT_AS)
STARTUP_ALLOWANCE = 30.0
ABORTED = "stopped: the renderer was stopped (interrupted)"


def serve(conn: Connection, memory_limit_mb: int) -> None:
    """Worker process main loop (runs in the spawned child)."""
    import signal

    from handout_builder.render.limits import limit_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    limit_memory(memory_limit_mb)  # render/limits.py: what the limit is on each system
    from handout_builder.core.checks.analysis import run_analysis
    from handout_builder.render.font_config import WarmFontConfiguration
    from handout_builder.render.logo_check import render_logo
    from handout_builder.render.pdf import render_request, warm_up

    font_config = warm_up()
    conn.send(READY)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        result: RenderResult | AnalysisResult
        if font_config.stale():  # a layout's font file replaced: read the fonts again
            font_config = warm_up()
        try:
            if isinstance(request, AnalysisRequest):
                result = run_analysis(request)
            else:
                render = render_logo if isinstance(request, LogoRequest) else render_request
                result = render(request, font_config)
                if font_config.borrowed():  # a font family held another layout's file too
                    font_config = WarmFontConfiguration()  # only this handout's rules
                    result = render(request, font_config)
        except MemoryError:
            result = RenderResult(
                request.render_id,
                error="the handout needed too much memory to render",
                stopped=True,
            )
        except Exception as exc:  # a bug in WeasyPrint or ours: report, keep serving
            result = RenderResult(
                render_id=request.render_id, error=f"rendering failed: {type(exc).__name__}: {exc}"
            )
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


class RenderWorker:
    """Client side of the worker process. Thread-safe; one render at a time."""

    def __init__(
        self,
        *,
        time_limit: float | None = None,
        memory_limit_mb: int = MEMORY_LIMIT_MB,
        start: bool = True,
    ) -> None:
        """``time_limit`` (seconds) replaces :data:`TIME_LIMITS` for every render
        (``layout check --time-limit``); ``start`` spawns the process now, so it
        warms up while the caller prepares its first request."""
        self.time_limit = time_limit
        self.memory_limit_mb = memory_limit_mb
        self.restarts = 0
        self._lock = threading.RLock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._ready = False
        self._aborted = False
        if start:
            self.start()

    # -- life cycle ----------------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self.is_alive() or self._aborted:
                return
            import multiprocessing  # here, not at import: keeps the GUI's start-up light

            context = multiprocessing.get_context("spawn")
            parent_conn, child_conn = context.Pipe()
            process = context.Process(
                target=serve,
                args=(child_conn, self.memory_limit_mb),
                name="handout-builder-render",
                daemon=True,
            )
            process.start()
            child_conn.close()
            self._process, self._conn, self._ready = process, parent_conn, False

    def is_alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def wait_ready(self, timeout: float = STARTUP_ALLOWANCE) -> bool:
        """Block until the worker has WeasyPrint loaded (or ``timeout``)."""
        with self._lock:
            self.start()
            deadline = time.monotonic() + timeout
            while not self._ready:
                message = self._receive(deadline)
                if message is None:
                    return False
                if message == READY:
                    self._ready = True
            return True

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process, self._conn, self._ready = None, None, False
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(5)

    def restart(self) -> None:
        with self._lock:
            self._stop()
            self.restarts += 1
            self.start()

    def close(self) -> None:
        """Stop the worker: politely when it is serving, at once while it starts."""
        with self._lock:
            if self._ready and self._conn is not None and self.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    self._conn.send(None)
                if self._process is not None:
                    self._process.join(2)
            self._stop()

    def abort(self) -> None:
        """Stop the worker process at once, from any thread, even while it
        renders (Ctrl-C in a batch): the render in flight, and any asked for
        later, return a stopped result at once, and the worker is not started
        again. :meth:`close` still cleans up."""
        self._aborted = True
        process = self._process
        if process is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()

    def __enter__(self) -> RenderWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rendering -------------------------------------------------------------------

    def _receive(self, deadline: float) -> Any:
        """The next message, or ``None`` on timeout; raises EOFError if the process died."""
        assert self._conn is not None
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            if self._conn.poll(min(remaining, 0.25)):
                return self._conn.recv()
            if not self.is_alive():
                raise EOFError

    def render(self, request: RenderRequest, time_limit: float | None = None) -> RenderResult:
        """Render ``request`` in the worker and wait for the result (at most
        ``time_limit`` seconds, else the worker's or the purpose's limit)."""
        limit = time_limit or self.time_limit or TIME_LIMITS.get(request.purpose, 60.0)
        with self._lock:
            result = self._roundtrip(request, limit, RenderResult)
            assert isinstance(result, RenderResult)
            if result.stopped and request.brand.logo is not None and not self._aborted:
                result = self._blame_logo(request, result)
        return result

    def _blame_logo(self, request: RenderRequest, result: RenderResult) -> RenderResult:
        """``result`` (a stopped render), or — when the logo alone cannot be drawn
        within :data:`LOGO_TIME_LIMIT` either — a result that names the logo."""
        logo = request.brand.logo
        assert logo is not None
        probe = self._roundtrip(
            LogoRequest(str(logo), request.render_id), LOGO_TIME_LIMIT, RenderResult
        )
        if not (isinstance(probe, RenderResult) and probe.stopped):
            return result
        message = (
            f"the logo {logo} is too complex to draw (drawing it alone took too long or "
            "too much memory; does it include itself?); choose another logo file"
        )
        where = str(request.brand.source) if request.brand.source else None
        return RenderResult(
            request.render_id,
            error=message,
            problems=[Problem(message, where, field="logo")],
            stopped=True,
        )

    def analyze(self, request: AnalysisRequest, time_limit: float | None = None) -> AnalysisResult:
        """Run a text analysis in the worker and wait for the result."""
        limit = time_limit or ANALYSIS_TIME_LIMIT
        result = self._roundtrip(request, limit, AnalysisResult)
        assert isinstance(result, AnalysisResult)
        return result

    def _roundtrip(
        self,
        request: RenderRequest | AnalysisRequest | LogoRequest,
        limit: float,
        result_type: type[RenderResult] | type[AnalysisResult],
    ) -> RenderResult | AnalysisResult:
        with self._lock:
            if self._aborted:
                return self._stopped(result_type, request, ABORTED)
            self.start()
            try:
                if not self._ready and not self.wait_ready():
                    self.restart()
                    return result_type(
                        request.render_id, error="the renderer did not start; please try again"
                    )
                assert self._conn is not None
                self._conn.send(request)
                deadline = time.monotonic() + limit
                while True:
                    message = self._receive(deadline)
                    if message is None:
                        self.restart()
                        return self._stopped(
                            result_type,
                            request,
                            f"rendering took longer than {limit:g} seconds and was stopped "
                            "(is the layout looping or making a huge document?)",
                        )
                    if isinstance(message, (RenderResult, AnalysisResult)):
                        if isinstance(message, result_type):
                            return message
                        return result_type(request.render_id, error=message.error or "failed")
            except (EOFError, OSError, BrokenPipeError):
                if self._aborted:
                    self._stop()  # reaps the process
                    return self._stopped(result_type, request, ABORTED)
                self.restart()
                return self._stopped(
                    result_type,
                    request,
                    "the renderer stopped unexpectedly (out of memory or "
                    "crashed); it has been restarted",
                )

    @staticmethod
    def _stopped(
        result_type: type[RenderResult] | type[AnalysisResult],
        request: RenderRequest | AnalysisRequest | LogoRequest,
        error: str,
    ) -> RenderResult | AnalysisResult:
        if result_type is RenderResult:
            return RenderResult(request.render_id, error=error, stopped=True)
        return AnalysisResult(request.render_id, error=error)
