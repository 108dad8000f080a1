"""Text analysis run in the worker process (see ``jobs.AnalysisRequest``)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from handout_builder.core import paths
from handout_builder.core.checks.readability import score_markdown
from handout_builder.core.jobs import AnalysisRequest, AnalysisResult

_loaded = False


def _readability(texts: tuple[str, ...], language: str = "en") -> list[object]:
    global _loaded
    values: list[object] = [score_markdown(text, language) for text in texts]
    if not _loaded:
        # The pronouncing dictionary is a million small objects that never die:
        # keep the garbage collector from walking them on every collection.
        gc.freeze()
        _loaded = True
    return values


def _health(request: AnalysisRequest) -> list[object]:
    """The health-literacy report for the request's handout."""
    from handout_builder.core.checks.health_literacy import check_material, material_from_handout
    from handout_builder.core.checks.jargon import load_jargon
    from handout_builder.core.model.illustrations import load_illustrations

    if request.handout is None:
        return []
    report = check_material(
        material_from_handout(request.handout, load_illustrations()),
        load_jargon(language=request.handout.language or "en"),
    )
    return [report]


def _lint(request: AnalysisRequest) -> list[object]:
    """The content linter's problems for each entry file named in ``texts``
    (the user's own entries: their rules, plus their banned phrases)."""
    from pathlib import Path

    from handout_builder.core.checks.lint import lint_file

    return [lint_file(Path(path), builtin_rules=False).problems for path in request.texts]


ANALYSES: dict[str, Callable[[AnalysisRequest], list[object]]] = {
    "readability": lambda request: _readability(request.texts, request.language),
    "health": _health,
    "lint": _lint,
}


def run_analysis(request: AnalysisRequest) -> AnalysisResult:
    started = time.perf_counter()
    analysis = ANALYSES.get(request.kind)
    if analysis is None:
        return AnalysisResult(request.render_id, error=f"unknown analysis '{request.kind}'")
    with paths.using_home(request.data_home):
        values = analysis(request)
    return AnalysisResult(request.render_id, values, seconds=time.perf_counter() - started)
