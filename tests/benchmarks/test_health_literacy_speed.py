"""The health-literacy report as the render worker makes it after each pause in
typing (an AnalysisRequest: jargon list and illustrations looked up as the
worker does, per request) against the same report from lists loaded once
(the cache that path should hit), alternating per edit. Goal: the worker's
path at most 1.2× the preloaded one (the issue measured 4.2× when the jargon
list was read again for every request). Run: `make bench` or this file alone."""

from __future__ import annotations

import time

import pytest

from handout_builder.core import paths
from handout_builder.core.checks.analysis import run_analysis
from handout_builder.core.checks.health_literacy import check_material, material_from_handout
from handout_builder.core.checks.jargon import load_jargon
from handout_builder.core.jobs import AnalysisRequest
from handout_builder.core.model.documents import new_handout
from handout_builder.core.model.illustrations import load_illustrations
from tests.benchmarks.conftest import summary, verdict

pytestmark = pytest.mark.benchmark
EDITS = 15


@pytest.mark.parametrize("sections", [3, 10])
def test_worker_path_against_preloaded_lists(builtin_library, sections):
    topics = [entry.id for entry in builtin_library][:sections]
    handout = new_handout(builtin_library, topics)
    home = str(paths.data_home())
    jargon, illustrations = load_jargon(), load_illustrations()

    def worker_path() -> float:
        started = time.perf_counter()
        result = run_analysis(AnalysisRequest("health", handout=handout.copy(), data_home=home))
        assert result.ok, result.error
        return time.perf_counter() - started

    def preloaded() -> float:
        started = time.perf_counter()
        check_material(material_from_handout(handout, illustrations), jargon)
        return time.perf_counter() - started

    worker_path(), preloaded()  # textstat's dictionary loaded
    base, sub = [], []
    for number in range(EDITS):
        handout.sections[0].body += f"\nOne more edit {number}.\n"  # typing in one section
        base.append(preloaded())
        handout.sections[0].body += f"\nAnd another {number}.\n"
        sub.append(worker_path())
    print()
    print(summary(f"{sections} sections, one edited: lists loaded once", base))
    print(summary(f"{sections} sections, one edited: as the worker does it", sub))
    verdict("worker's path / preloaded lists", base, sub, goal=1.2)
