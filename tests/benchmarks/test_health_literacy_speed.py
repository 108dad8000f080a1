"""How long the health-literacy report takes once textstat is loaded (the editor
recomputes it after each pause in typing). Run with `make bench`."""

from __future__ import annotations

import statistics
import time

import pytest

from handout_builder.core.checks.health_literacy import check_material, material_from_handout
from handout_builder.core.checks.jargon import load_jargon
from handout_builder.core.model.documents import new_handout
from handout_builder.core.model.illustrations import load_illustrations

pytestmark = pytest.mark.benchmark


def _median_ms(handout, runs: int) -> tuple[float, float]:
    jargon, illustrations = load_jargon(), load_illustrations()
    check_material(material_from_handout(handout, illustrations), jargon)  # warm up
    cold, edit = [], []
    for i in range(runs):
        for section in handout.sections:  # every section new: nothing cached
            section.body += f"\nA new line number {i}.\n"
        started = time.perf_counter()
        check_material(material_from_handout(handout, illustrations), jargon)
        cold.append(time.perf_counter() - started)
        handout.sections[0].body += f"\nOne more edit {i}.\n"  # typing in one section
        started = time.perf_counter()
        check_material(material_from_handout(handout, illustrations), jargon)
        edit.append(time.perf_counter() - started)
    return statistics.median(cold) * 1000, statistics.median(edit) * 1000


@pytest.mark.parametrize("sections", [3, 10])
def test_whole_handout_report_is_well_under_100_ms(builtin_library, sections):
    topics = [entry.id for entry in builtin_library][:sections]
    handout = new_handout(builtin_library, topics)
    cold, edit = _median_ms(handout, runs=15)
    print(
        f"\n{sections} sections: all sections new {cold:.1f} ms, one section edited {edit:.1f} ms"
    )
    assert edit < 50
    if sections <= 3:
        assert cold < 100
