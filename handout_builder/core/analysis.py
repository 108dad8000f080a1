"""Text analysis run in the worker process (see ``jobs.AnalysisRequest``)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from handout_builder.core.jobs import AnalysisRequest, AnalysisResult
from handout_builder.core.readability import score_markdown

_loaded = False


def _readability(texts: tuple[str, ...]) -> list[object]:
    global _loaded
    values: list[object] = [score_markdown(text) for text in texts]
    if not _loaded:
        # The pronouncing dictionary is a million small objects that never die:
        # keep the garbage collector from walking them on every collection.
        gc.freeze()
        _loaded = True
    return values


ANALYSES: dict[str, Callable[[tuple[str, ...]], list[object]]] = {
    "readability": _readability,
}


def run_analysis(request: AnalysisRequest) -> AnalysisResult:
    started = time.perf_counter()
    analysis = ANALYSES.get(request.kind)
    if analysis is None:
        return AnalysisResult(request.render_id, error=f"unknown analysis '{request.kind}'")
    values = analysis(request.texts)
    return AnalysisResult(request.render_id, values, seconds=time.perf_counter() - started)
