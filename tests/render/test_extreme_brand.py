"""What prints looks right with an extreme but valid brand profile: a long
practice name, credentials and addresses, a 272-character disclaimer, a long
crisis line and a 4:1 logo (the oddest real inputs a clinician has)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import tomli_w
from PIL import Image

from handout_builder.core.model.brand import BrandProfile, load_brand
from handout_builder.core.model.documents import new_handout, render_request
from handout_builder.core.model.handout import Handout
from handout_builder.core.model.library import load_library
from handout_builder.core.settings import Settings
from handout_builder.render.pdf import render_request as render
from tests.render.pdf_inspect import glyphs, text_runs
from tests.render.test_fit_layouts import assert_inside_the_paper, page_texts

MM = 72 / 25.4  # points per millimetre
NAME = "Riverside Community Counselling and Psychotherapy Associates"
DISCLAIMER = (
    "This handout is for general education only and does not replace individual "
    "assessment, diagnosis or treatment by a qualified professional. If anything here "
    "does not fit your situation, please talk it over with your clinician before acting "
    "on it. Keep it somewhere safe ok."
)
CRISIS = (
    "If you are in crisis or thinking about harming yourself, call or text 988 (Suicide "
    "and Crisis Lifeline) any time, or call 911, or go to the nearest emergency "
    "department; Springfield Mobile Crisis Team 555-010-0123 also visits homes daily. "
    "END-OF-CRISIS"
)
LONG_CONTACT = {
    "email": "maria-fernanda.ruiz-castellanos.appointments@riverside-community-counselling.example",
    "website": (
        "www.riverside-community-counselling-and-psychotherapy-associates.example/clinicians/ruiz"
    ),
    "booking_url": "riverside-community-counselling.example/book/ruiz-castellanos?service=intake",
}


def extreme_brand(folder: Path, *, long_contact: bool = True) -> BrandProfile:
    Image.new("RGB", (1200, 300), "#2f5d7c").save(folder / "wide.png")
    fields = {
        "practice_name": NAME,
        "clinician": "Dr. Maria-Fernanda Ruiz-Castellanos",
        "credentials": "PhD, Licensed Clinical Psychologist, Registered Play Therapist",
        "phone": "(555) 010-0199 ext. 12345",
        "address": "12 River Road, Suite 300\nSpringfield",
        "logo": "wide.png",
        "primary_color": "#2f5d7c",
        "accent_color": "#c8843a",
        "disclaimer": DISCLAIMER,
        "crisis_line": CRISIS,
    }
    if long_contact:
        fields |= LONG_CONTACT
    assert len(DISCLAIMER) == 272
    (folder / "b.toml").write_text(tomli_w.dumps(fields))
    return load_brand(folder / "b.toml")


@pytest.fixture
def brand_b(tmp_path: Path) -> BrandProfile:
    return extreme_brand(tmp_path)


def handout(layout: str, paper: str, *topics: str) -> Handout:
    return new_handout(
        load_library(include_user=False),
        topics,
        title="Information for you",
        paper=paper,
        layout=layout,
        settings=Settings(),
    )


def squashed(text: str) -> str:
    """``text`` without spaces: lines may break after a hyphen ("END-OF-")."""
    return "".join(text.split())


@pytest.mark.parametrize(
    ("layout", "paper"),
    [("large-print", "letter"), ("large-print", "a4"), ("classic", "letter"), ("worksheet", "a4")],
)
def test_page_one_holds_the_title_and_the_first_section_under_the_header(layout, paper, brand_b):
    # The first section starts with a picture that cannot break: it may move
    # to page 2, the title and the section's heading and opening stay on page 1.
    result = render(
        render_request(handout(layout, paper, "thought-record", "fear-ladder"), brand_b, None)
    )
    assert result.ok and result.fit_problems == [], result.fit_problems
    first = page_texts(result.pdf)[0]
    assert "Information for you" in first
    assert "Thoughts, feelings and actions: using a thought record" in first
    assert "How you see a moment shapes how you feel" in first


def test_large_print_at_22pt_sets_a_header_that_fills_page_one_at_16pt(brand_b):
    # At 22 pt the header alone filled page 1; set at 16 pt (the large-print
    # minimum) it leaves room for the title and the first section.
    request = handout("large-print", "letter", "thought-record", "fear-ladder")
    request.options.layout_options = {"body_size": 22}
    result = render(render_request(request, brand_b, None))
    assert result.ok and result.fit_problems == [], result.fit_problems
    first = page_texts(result.pdf)[0]
    assert "Information for you" in first
    assert "How you see a moment" in first
    assert min(run.size for run in text_runs(result.pdf) if run.page == 0) >= 16


def test_large_print_footer_holds_the_crisis_line_and_the_disclaimer_prints_once(brand_b):
    result = render(
        render_request(
            handout("large-print", "letter", "thought-record", "fear-ladder"), brand_b, None
        )
    )
    assert result.ok and result.fit_problems == [], result.fit_problems
    pages = page_texts(result.pdf)
    for number, text in enumerate(pages, 1):
        assert squashed(CRISIS) in squashed(text), number
        assert f"Page {number} of {len(pages)}" in text
        if number > 1:  # page 1 has the whole header
            assert brand_b.phone in text and NAME in text
    assert sum(text.count("Keep it somewhere safe ok.") for text in pages) == 1
    assert squashed(DISCLAIMER) in squashed(" ".join(pages))
    # The footer is the crisis line with the page number beside it: its first
    # line's top is less than 50 mm above the paper's foot on every page (74 mm
    # with the disclaimer and the contact line in every footer).
    for page in range(len(pages)):
        tops = [y for y, line in lines_on_page(result.pdf, page) if line.startswith("Ifyouarein")]
        assert tops and min(tops) < 50 * MM, (page, tops)  # (the lowest: the footer)
    assert len(pages) <= 12  # 14 before


def test_trifold_prints_the_whole_disclaimer_on_the_back_panel_when_the_inside_is_full(brand_b):
    result = render(
        render_request(
            handout("trifold", "letter", "cbt-i-sleep", "behavioral-activation"), brand_b, None
        )
    )
    assert result.ok
    outside = page_texts(result.pdf)[0]
    assert squashed(DISCLAIMER) in squashed(outside)
    assert squashed(CRISIS) in squashed(outside)
    assert not [p for p in result.fit_problems if "disclaimer" in p.message]
    # "Sources" went on with the list under it, not left alone at the panel's foot.
    assert "Sources" not in outside
    assert_inside_the_paper(result.pdf, pages=range(1, 2))


def lines_on_page(pdf: bytes, page: int) -> list[tuple[float, str]]:
    """The lines of text on ``page`` (from 0), top to bottom, each with the
    height (pt) of its top above the paper's foot; spaces left out."""
    rows: dict[float, list[tuple[float, str, float]]] = defaultdict(list)
    for glyph in glyphs(pdf):
        if glyph.page == page:
            rows[round(glyph.y0)].append((glyph.x0, glyph.text, glyph.y1))
    return [
        (max(top for *_, top in row), "".join(text for _, text, _ in sorted(row)))
        for _, row in sorted(rows.items(), reverse=True)
    ]


@pytest.mark.parametrize("layout", ["classic", "worksheet"])
def test_a_wide_logo_leaves_the_practice_name_room_in_the_header(layout, tmp_path):
    brand = extreme_brand(tmp_path, long_contact=False)
    result = render(render_request(handout(layout, "letter", "anxiety-alarm"), brand, None))
    assert result.ok and result.fit_problems == [], result.fit_problems
    letter_height = 11 * 72
    header = [line for top, line in lines_on_page(result.pdf, 0) if top > letter_height - 70 * MM]
    # Two lines at most ("Riverside Community / Counselling and / Psychotherapy
    # Associates" was three, in a 49 mm column beside the logo).
    assert any(line.startswith("RiversideCommunityCounselling") for line in header), header
    assert brand.phone.replace(" ", "") in "".join(header)
    assert_inside_the_paper(result.pdf)
