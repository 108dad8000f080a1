"""The first-run sample ships with its preview: on each paper size, the app's
first start finds a preview of exactly the handout it is about to render."""

from __future__ import annotations

from dataclasses import replace

import pytest

from handout_builder.core import preview_cache
from handout_builder.core.model.documents import first_run_request
from handout_builder.core.paper import PAPERS
from tests.conftest import pdf_text

STALE = "the first-run sample's shipped preview is out of date: run `make sample-previews`"


@pytest.mark.parametrize("paper", PAPERS)
def test_the_first_start_finds_the_sample_preview_with_its_pages(
    paper, builtin_library, render_worker
):
    request = first_run_request(builtin_library, paper)
    shipped = preview_cache.load(request)
    assert shipped is not None, STALE
    rendered = render_worker.render(request).pdf
    assert pdf_text(shipped) == pdf_text(rendered)


def test_a_shipped_preview_is_not_shown_for_another_handout(builtin_library):
    request = first_run_request(builtin_library, "letter")
    changed = request.handout.copy()
    changed.sections[0].body += " A word of the clinician's own."
    assert preview_cache.load(replace(request, handout=changed)) is None
    other_brand = replace(request.brand, practice_name="Another Practice")
    assert preview_cache.load(replace(request, brand=other_brand)) is None


def test_only_the_app_s_own_previews_ship(builtin_library):
    """Every shipped file is one of the sample's current previews (a stale one
    would only take up room in the download)."""
    keys = {preview_cache.shipped_key(first_run_request(builtin_library, p)) for p in PAPERS}
    shipped = {path.stem for path in preview_cache.shipped_dir().glob("*")}
    assert shipped == keys, STALE


def test_without_weasyprint_s_metadata_there_is_no_shipped_preview(builtin_library, monkeypatch):
    """A bundle made without WeasyPrint's package metadata cannot tell which
    engine drew the shipped pages: none is shown, and nothing fails."""
    import importlib.metadata

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert preview_cache.load(first_run_request(builtin_library, "letter")) is None
