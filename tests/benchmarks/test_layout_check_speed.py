"""How long `layout check` takes on a built-in layout, against a plain
`handout-builder build` of the same sample handout in the same run (both as
separate processes, as a template author runs them), alternating. Goal: at most
2× the build — the check renders the sample twice (Letter and A4) in one process,
with one start-up; more would be work of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.benchmarks.conftest import summary, verdict
from tests.conftest import REPO

TOPICS = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def test_layout_check_against_build(home, tmp_path):
    env = dict(os.environ, HANDOUT_BUILDER_HOME=str(home))
    cli = [sys.executable, "-m", "handout_builder"]
    topics = [arg for topic in TOPICS for arg in ("--topic", topic)]
    build = [*cli, "build", *topics, "--layout", "classic", "-o", str(tmp_path / "out.pdf")]
    print()
    for layout in ("classic", "trifold"):
        check = [*cli, "layout", "check", str(REPO / "templates" / layout)]
        timed(check, env)  # first run: caches
        builds, checks = [], []
        for _ in range(3):
            builds.append(timed(build, env))
            checks.append(timed(check, env))
        print(summary("build (classic, letter)", builds))
        print(summary(f"layout check {layout} (letter + a4)", checks))
        verdict(f"layout check {layout} / build", builds, checks, goal=2)
