"""Benchmarks: run with `make bench` (or one file: `.venv/bin/pytest
tests/benchmarks/FILE -s -p no:xdist -o addopts=""`). Each alternates its
baseline and its subject in the same run, prints every round, the spread and
a verdict against its goal; none fails on timing. On a loaded machine the
spread says how far a figure can be trusted."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO

# The code the issue-16 goals are measured against: main when that work started.
BASELINE_COMMIT = os.environ.get("HANDOUT_BUILDER_BASELINE", "d168f37")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def summary(label: str, samples: list[float]) -> str:
    return (
        f"{label}: median {statistics.median(samples) * 1000:.0f} ms "
        f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}, n={len(samples)})"
    )


def alternate(
    baseline: Callable[[], float], subject: Callable[[], float], rounds: int = ROUNDS
) -> tuple[list[float], list[float]]:
    """Measure ``baseline`` and ``subject`` in turn, ``rounds`` times each, so both
    see the same machine load; returns both lists of figures."""
    base, sub = [], []
    for _ in range(rounds):
        base.append(baseline())
        sub.append(subject())
    return base, sub


def verdict(what: str, base: list[float], sub: list[float], goal: float) -> float:
    """Print the ratio of medians (subject / baseline), each round's ratio (the
    spread) and whether it meets ``goal`` (at most); returns the ratio."""
    ratio = statistics.median(sub) / statistics.median(base)
    rounds = [s / b for b, s in zip(base, sub, strict=True)]
    met = "MET" if ratio <= goal else "NOT MET"
    print(
        f"{what}: {ratio:.2f}x (goal <= {goal}x: {met}); per round "
        + ", ".join(f"{r:.2f}" for r in rounds)
        + f"; spread {min(rounds):.2f}-{max(rounds):.2f}"
    )
    return ratio


@pytest.fixture(scope="session")
def baseline_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's files at :data:`BASELINE_COMMIT`, to run the old code
    (``PYTHONPATH`` set to it, in a process started outside the repository)."""
    folder = tmp_path_factory.mktemp("baseline")
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", BASELINE_COMMIT], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def python_with(tree: Path) -> tuple[list[str], dict[str, str], str]:
    """Command, environment and working folder that run Python on ``tree``'s code."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return [sys.executable], env, str(tree.parent)
