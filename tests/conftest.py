"""Shared fixtures. Every test runs in its own HANDOUT_BUILDER_HOME; GUI tests
run on Qt's offscreen platform (set here, before Qt is imported)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HANDOUT_BUILDER_HOME", None)

from handout_builder.core.model.brand import BrandProfile, sample_brand
from handout_builder.core.model.documents import new_handout
from handout_builder.core.model.handout import Handout
from handout_builder.core.model.library import Library, load_library
from handout_builder.core.settings import Settings

REPO = Path(__file__).resolve().parent.parent

# Property tests (tests/core/test_files_property.py): a bounded number of examples
# per format, the same ones on every run (derandomized), no example database.
# HANDOUT_BUILDER_EXAMPLES=2000 runs a longer search.
settings.register_profile(
    "handout-builder",
    max_examples=int(os.environ.get("HANDOUT_BUILDER_EXAMPLES", "150")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("handout-builder")

# A user library entry refused for one field: its reviewed date is not on the calendar.
BAD_DATE_ENTRY = """---
id: bad-date
title: My own entry
summary: An entry whose reviewed date is not on the calendar.
audiences: [adult]
reviewed: 2026-02-30
---
You can read this.
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data home for this test only."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(folder))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return folder


@pytest.fixture(scope="session")
def builtin_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    with pytest.MonkeyPatch.context() as patch:  # its entry cache in a data home of its own
        patch.setenv("HANDOUT_BUILDER_HOME", str(tmp_path_factory.mktemp("library-home")))
        return load_library(include_user=False)


@pytest.fixture
def brand() -> BrandProfile:
    return sample_brand()


@pytest.fixture
def make_handout(builtin_library: Library) -> Callable[..., Handout]:
    def make(*topics: str, title: str = "Test handout", paper: str = "letter") -> Handout:
        return new_handout(
            builtin_library, topics, title=title, paper=paper, layout="classic", settings=Settings()
        )

    return make


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, pages joined, whitespace collapsed."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


@pytest.fixture(scope="session")
def render_worker() -> Iterator[object]:
    """One warm render worker shared by the session (requests carry their home)."""
    from handout_builder.render.worker import RenderWorker

    worker = RenderWorker(time_limit=60)
    worker.wait_ready()
    yield worker
    worker.close()
