"""Benchmarks: run with `make bench`. They print figures as ratios against a
baseline measured in the same run; they never fail on timing."""

from __future__ import annotations

import statistics


def summary(label: str, samples: list[float]) -> str:
    return (
        f"{label}: median {statistics.median(samples) * 1000:.0f} ms "
        f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}, n={len(samples)})"
    )
