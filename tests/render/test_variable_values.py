"""var() declarations validated once per value (render/variable_values.py):
the same PDF as validating for every element, and another value of the
variable (another brand colour) validated again."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from weasyprint.css.tokens import Pending

from handout_builder.core.model.documents import render_request
from handout_builder.render import variable_values
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.render.prepared import prepared_html


@contextmanager
def validating_every_time() -> Iterator[None]:
    wrapped = Pending.solve
    Pending.solve = wrapped.__wrapped__  # type: ignore[attr-defined]
    try:
        yield
    finally:
        Pending.solve = wrapped  # type: ignore[method-assign]


def test_a_warm_render_prints_the_same_pdf_as_validating_for_every_element(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "hand-model"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = variable_values.statistics["hits"]
    warm = render(request, fonts)
    assert variable_values.statistics["hits"] - before > 20  # the brand colour's borders ...
    with validating_every_time():
        cold = render(request, fonts)
    assert warm.pdf is not None and warm.pdf == cold.pdf


def render_html(colour: str, folder: Path, fonts: object) -> bytes:
    html = (
        '<!doctype html><html lang="en"><head><title>t</title>'
        f"<style>:root {{ --brand: {colour}; }}</style>"
        '<link rel="stylesheet" href="style.css"></head>'
        "<body><h1>Title</h1><p>Body</p><h2>Part</h2></body></html>"
    )
    prepared = prepared_html(html, folder)
    return write_pdf(prepared, fonts)[0]  # type: ignore[arg-type]


def test_another_brand_colour_is_validated_again(tmp_path):
    """The layout's sheet (kept, with its pending declarations) is the same;
    the brand's colour, from the brand's own <style>, changes."""
    fonts = warm_up()
    sheet = tmp_path / "style.css"
    sheet.write_text(
        "h1, h2 { border-bottom: 3px solid var(--brand); color: var(--brand); }",
        encoding="utf-8",
    )
    stamp = time.time_ns() - 60 * 10**9  # settled: the parsed sheet is kept
    os.utime(sheet, ns=(stamp, stamp))
    pdfs = []
    for colour in ("#c0392b", "#2f5d7c", "#c0392b", "rgb(20, 120, 60)"):
        with validating_every_time():
            cold = render_html(colour, tmp_path, fonts)
        before = variable_values.statistics["hits"]
        assert render_html(colour, tmp_path, fonts) == cold, colour
        assert render_html(colour, tmp_path, fonts) == cold, colour
        assert variable_values.statistics["hits"] > before
        pdfs.append(cold)
    assert len(set(pdfs)) == 3
