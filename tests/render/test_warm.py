"""Everything the render worker keeps warm (render/warm.py), together: every
cache is in place, and a warm render prints the same PDF as a cold one."""

from __future__ import annotations

from handout_builder.core.model.documents import render_request
from handout_builder.render import warm
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up


def test_every_cache_is_in_place_and_can_be_switched_off():
    assert len(warm.install()) == len(warm.CACHES)  # a later WeasyPrint would show here
    wrapped = [getattr(*where()) for _, where in warm.CACHES]
    with warm.switched_off():
        inside = [getattr(*where()) for _, where in warm.CACHES]
    for outside, original in zip(wrapped, inside, strict=True):
        assert outside is not original and outside.__wrapped__ is original
    assert [getattr(*where()) for _, where in warm.CACHES] == wrapped


def test_a_warm_render_prints_the_same_pdf_as_a_cold_one(make_handout, brand):
    handout = make_handout("anxiety-alarm", "window-of-tolerance", "hand-model")
    request = render_request(handout, brand, None, purpose="preview")
    fonts = warm_up()
    with warm.switched_off():
        cold = render(request, fonts)
    render(request, fonts)
    again = render(request, fonts)
    assert cold.pdf is not None and again.pdf == cold.pdf
    assert again.page_count == cold.page_count == 6
