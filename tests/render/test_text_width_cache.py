"""Widths of runs of text kept between renders (render/text_width_cache.py):
the same PDF as measuring every time, text in another style measured again,
and the list of style properties it compares kept whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import weasyprint
import weasyprint.layout.preferred

from handout_builder.core.model.documents import render_request
from handout_builder.render import text_width_cache
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.render.prepared import prepared_html


@contextmanager
def measuring_every_time() -> Iterator[None]:
    wrapped = weasyprint.layout.preferred.split_first_line
    weasyprint.layout.preferred.split_first_line = wrapped.__wrapped__
    try:
        yield
    finally:
        weasyprint.layout.preferred.split_first_line = wrapped


def hits() -> int:
    return text_width_cache.statistics["hits"]


def test_a_warm_render_prints_the_same_pdf_as_measuring_every_time(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "grounding-skills"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = hits()
    warm = render(request, fonts)
    assert hits() - before > 50  # list markers, the brand header's flex items ...
    with measuring_every_time():
        cold = render(request, fonts)
    assert warm.pdf is not None and warm.pdf == cold.pdf


def render_html(body: str, folder: Path, fonts: object) -> bytes:
    head = '<!doctype html><html lang="en"><head><title>t</title></head>'
    prepared = prepared_html(f"{head}<body>{body}</body></html>", folder)
    return write_pdf(prepared, fonts)[0]  # type: ignore[arg-type]


def test_the_same_text_in_another_style_is_measured_again(tmp_path):
    fonts = warm_up()
    table = (
        '<table style="{style}"><tr><td>Breathe in</td><td>Notice five things you can see</td>'
        "</tr></table><ul><li>One</li><li>Two</li></ul>"
    )
    styles = [
        "",
        "letter-spacing: 3px",
        "font-size: 20pt",
        "font-weight: bold",
        "word-spacing: 1em",
        "font-family: serif",
        "white-space: nowrap",
    ]
    for style in styles:
        body = table.format(style=style)
        with measuring_every_time():
            cold = render_html(body, tmp_path, fonts)
        assert render_html(body, tmp_path, fonts) == cold, style
        assert render_html(body, tmp_path, fonts) == cold, style


def test_every_style_property_weasyprint_text_reads_is_compared():
    """A later WeasyPrint that reads another property when breaking lines
    must have it in the key (or the cache would answer for another style)."""
    folder = Path(weasyprint.__file__).parent / "text"
    read = set()
    for source in ("line_break.py", "fonts.py"):
        text = (folder / source).read_text(encoding="utf-8")
        read |= set(re.findall(r"style\[['\"]([a-z_]+)['\"]\]", text))
    assert read <= set(text_width_cache.PROPERTIES), read - set(text_width_cache.PROPERTIES)


def test_it_is_wrapped_only_for_the_weasyprint_it_was_written_for():
    wrapped = weasyprint.layout.preferred.split_first_line
    assert hasattr(wrapped, "__wrapped__") is (
        weasyprint.__version__ == text_width_cache.WEASYPRINT_VERSION
    )
