"""Command-line fixtures: the commands render in the session's warm worker.

The command line starts its own render worker per command (as a user's run
does); here ``render_engine`` hands out the session's shared worker instead,
so each test does not pay the worker's start. Tests marked ``own_worker``
start one as the command would (limits patched by the test)."""

from __future__ import annotations

import contextlib

import pytest

from handout_builder.cli import common


@pytest.fixture(autouse=True)
def shared_render_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("own_worker"):
        return

    def engine(time_limit: float | None = None) -> contextlib.nullcontext[object]:
        return contextlib.nullcontext(request.getfixturevalue("render_worker"))

    monkeypatch.setattr(common, "render_engine", engine)
