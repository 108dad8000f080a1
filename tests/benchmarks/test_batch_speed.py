"""Forty handouts in one `render … -o FOLDER/` command against forty separate
`render` commands run two at a time (goal: at most 0.45× the wall time), the
two alternating in the same run. Run: `make bench` or this file alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from handout_builder.core.model.documents import new_handout
from tests.benchmarks.conftest import ROUNDS, alternate, summary, verdict

pytestmark = pytest.mark.benchmark
COUNT = 40
TOPIC_PAIRS = (
    ("anxiety-alarm", "grounding-skills"),
    ("window-of-tolerance", "boundaries"),
    ("self-compassion", "hand-model"),
    ("worry-time", "loving-kindness"),
)
CLI = [sys.executable, "-m", "handout_builder"]


def test_forty_handouts_in_one_command(builtin_library, home, tmp_path):
    handouts = []
    for number in range(COUNT):
        topics = TOPIC_PAIRS[number % len(TOPIC_PAIRS)]
        path = tmp_path / f"client-{number:02d}.handout"
        handout = new_handout(builtin_library, topics, title=f"Handout {number}")
        path.write_text(handout.to_json())
        handouts.append(path)
    env = dict(os.environ, HANDOUT_BUILDER_HOME=str(home))

    def separate() -> float:
        out = tmp_path / "separate"
        out.mkdir(exist_ok=True)

        def one(path) -> None:
            target = out / (path.stem + ".pdf")
            subprocess.run(
                [*CLI, "render", str(path), "-o", str(target)],
                env=env,
                check=True,
                capture_output=True,
                timeout=600,
            )

        started = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:  # two at a time, as a shell loop with `xargs -P 2`
            list(pool.map(one, handouts))
        return time.perf_counter() - started

    def batch() -> float:
        started = time.perf_counter()
        subprocess.run(
            [*CLI, "render", *map(str, handouts), "-o", f"{tmp_path / 'batch'}/"],
            env=env,
            check=True,
            capture_output=True,
            timeout=1200,
        )
        return time.perf_counter() - started

    base, sub = alternate(separate, batch, ROUNDS)
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == COUNT
    print()
    print(summary(f"{COUNT} separate commands, two at a time", base))
    print(summary(f"{COUNT} handouts in one command (one worker per core)", sub))
    verdict("one command / separate commands (wall time)", base, sub, goal=0.45)
