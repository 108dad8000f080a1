"""Variable fonts made static once per worker (render/variable_fonts.py): the
same PDF as WeasyPrint's own instancing, for a brand in each variable font,
and a bounded memory."""

from __future__ import annotations

import dataclasses
import io

import pytest
import weasyprint.pdf.fonts
from fontTools.ttLib import TTFont
from fontTools.varLib.instancer import instantiateVariableFont

from handout_builder.core.model.documents import render_request
from handout_builder.core.model.fonts import FONT_CHOICES, font_files
from handout_builder.render import variable_fonts
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up

VARIABLE = [name for name in FONT_CHOICES if font_files(name)[0].weight == ""]


def test_three_bundled_fonts_are_variable():
    assert VARIABLE == ["Source Sans 3", "Source Serif 4", "Lora"]


@pytest.mark.parametrize("font", VARIABLE)
def test_a_warm_render_prints_the_same_pdf_as_instancing_every_time(
    font, make_handout, brand, monkeypatch
):
    """The instanced fonts carry the date they were made: the test fixes that
    date (SOURCE_DATE_EPOCH, which fontTools honours) for both renders."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    variable_fonts.clear()  # no font kept by an earlier test, dated otherwise
    handout = make_handout("anxiety-alarm", "grounding-skills")
    request = render_request(handout, dataclasses.replace(brand, font=font), None)
    fonts = warm_up()
    render(request, fonts)
    before = variable_fonts.statistics["hits"]
    warm = render(request, fonts)
    assert variable_fonts.statistics["hits"] - before >= 2  # regular and bold, at least
    instancing = weasyprint.pdf.fonts.instantiateVariableFont
    try:
        weasyprint.pdf.fonts.instantiateVariableFont = instancing.__wrapped__
        cold = render(request, fonts)
    finally:
        weasyprint.pdf.fonts.instantiateVariableFont = instancing
    assert warm.pdf is not None and warm.pdf == cold.pdf


def test_what_is_kept_stays_within_its_bound(monkeypatch):
    monkeypatch.setattr(variable_fonts, "MAX_BYTES", 1_000_000)
    variable_fonts.clear()
    instancing = variable_fonts._wrap(instantiateVariableFont)
    data = font_files("Lora")[0].path.read_bytes()
    for weight in range(400, 700, 50):  # one static font per weight (~0.3 MB with its font)
        instancing(TTFont(io.BytesIO(data)), {"wght": weight}, static=True)
    kept = sum(len(key[0]) + len(made) for key, made in variable_fonts._kept.items())
    assert 0 < kept <= variable_fonts.MAX_BYTES
    assert kept == variable_fonts._size
    variable_fonts.clear()
