"""Pango font descriptions kept between renders (render/font_descriptions.py):
the same PDF as making them every time, another font described again, and
the properties compared are those WeasyPrint reads."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import weasyprint
import weasyprint.text.fonts
import weasyprint.text.line_break

from handout_builder.core.model.documents import render_request
from handout_builder.render import font_descriptions
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.render.prepared import prepared_html


@contextmanager
def describing_every_time() -> Iterator[None]:
    wrapped = weasyprint.text.line_break.get_font_description
    weasyprint.text.line_break.get_font_description = wrapped.__wrapped__
    try:
        yield
    finally:
        weasyprint.text.line_break.get_font_description = wrapped


def test_a_warm_render_prints_the_same_pdf_as_describing_every_time(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "hand-model"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = font_descriptions.statistics["hits"]
    warm = render(request, fonts)
    assert font_descriptions.statistics["hits"] - before > 100
    with describing_every_time():
        cold = render(request, fonts)
    assert warm.pdf is not None and warm.pdf == cold.pdf


def test_each_font_is_described_as_itself(tmp_path: Path):
    fonts = warm_up()
    body = "".join(
        f'<p style="{style}">Notice five things you can see</p>'
        for style in (
            "",
            "font-weight: bold",
            "font-style: italic",
            "font-size: 17pt",
            "font-family: serif",
            "font-variant: small-caps",
            "font-stretch: condensed",
        )
    )
    prepared = prepared_html(
        f'<!doctype html><html lang="en"><head><title>t</title></head><body>{body}</body>',
        tmp_path,
    )
    with describing_every_time():
        cold = write_pdf(prepared, fonts)[0]  # type: ignore[arg-type]
    assert write_pdf(prepared, fonts)[0] == cold  # type: ignore[arg-type]
    assert write_pdf(prepared, fonts)[0] == cold  # type: ignore[arg-type]


def test_the_properties_compared_are_those_weasyprint_reads():
    source = inspect.getsource(weasyprint.text.fonts.get_font_description)
    read = set(re.findall(r"style\[['\"]([a-z_]+)['\"]\]", source))
    assert read == set(font_descriptions.PROPERTIES)
    wrapped = weasyprint.text.line_break.get_font_description
    assert hasattr(wrapped, "__wrapped__") is (
        weasyprint.__version__ == font_descriptions.WEASYPRINT_VERSION
    )
