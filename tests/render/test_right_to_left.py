"""Right-to-left text: a small Hebrew entry (tests/data/library/he) lays out
right to left, with its lang on the page and in the PDF's structure; a layout
that cannot mirror its page says so instead."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace

import pikepdf

from handout_builder.core.jobs import RenderRequest
from handout_builder.core.layout.page_language import FIRST_STRONG_ISOLATE
from handout_builder.core.layout.templating import prepare_html
from handout_builder.core.model.brand import sample_brand
from handout_builder.core.model.documents import new_handout, render_request
from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import load_library
from handout_builder.render.pdf import render_request as render
from tests.conftest import REPO
from tests.render.test_bilingual import lines_with_x, structure_languages

HEBREW_TITLE = "חרדה היא אזעקה של הגוף"


def hebrew_library(home):
    shutil.copytree(REPO / "tests" / "data" / "library" / "he", home / "library" / "he")
    return load_library(language="he")


def test_a_hebrew_handout_lays_out_right_to_left(home):
    library = hebrew_library(home)
    handout = new_handout(library, ["anxiety-note"], layout="classic", paper="letter")
    request = render_request(handout, sample_brand(), library)
    assert '<html lang="he" dir="rtl">' in prepare_html(request).html
    result = render(request)
    assert result.ok, result.error
    pdf = result.pdf or b""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.Root.Lang) == "he"
    title_x = next(x for _, x, text in lines_with_x(pdf) if "אזעקה" in text)
    assert title_x > 612 / 3, "the Hebrew title should sit against the right margin"
    # The phone number reads left to right inside the right-to-left page.
    assert any("(555) 010-0199" in text for _, _, text in lines_with_x(pdf))
    messages = [p.message for p in result.problems]
    assert any(m.startswith("no Hebrew words for") for m in messages), messages


def test_a_layout_that_cannot_mirror_its_page_says_so(home):
    library = hebrew_library(home)
    handout = new_handout(library, ["anxiety-note"], layout="trifold", paper="letter")
    request = render_request(handout, sample_brand(), library)
    prepared = prepare_html(request)
    assert '<html lang="he" dir="ltr">' in prepared.html
    assert 'dir="rtl"' in prepared.html  # the Hebrew text itself still reads right to left
    assert any("cannot lay out right-to-left pages" in p.message for p in prepared.problems), (
        prepared.problems
    )


def test_a_hebrew_section_in_an_english_handout_is_marked_as_hebrew(home, make_handout):
    library = hebrew_library(home)
    handout = make_handout("grounding-skills")
    handout.sections.append(Section.from_entry(library.get("anxiety-note")))
    request = RenderRequest(handout=handout, brand=sample_brand())
    assert ' lang="he" dir="rtl">' in prepare_html(request).html
    result = render(request)
    assert result.ok
    assert structure_languages(result.pdf or b"")["he"] >= 1


def test_a_hebrew_brand_text_on_an_english_page_is_isolated(make_handout):
    brand = replace(sample_brand(), practice_name="מרפאת הנהר")
    html = prepare_html(RenderRequest(handout=make_handout("grounding-skills"), brand=brand)).html
    assert f"{FIRST_STRONG_ISOLATE}מרפאת הנהר" in html
    english = prepare_html(
        RenderRequest(handout=make_handout("grounding-skills"), brand=sample_brand())
    )
    assert FIRST_STRONG_ISOLATE not in english.html
