"""A long disclaimer and crisis line print whole on every page, and long web
addresses wrap inside the paper: nothing of the brand prints off its edge."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render

CRISIS = (
    "In a crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to your "
    "nearest emergency room. Deaf or hard of hearing: dial 711 then 988."
)
DISCLAIMER = (
    "This handout is for general education only. It does not replace care from a qualified "
    "professional. If you have questions about your health, talk with your therapist or doctor."
)


def lines_on_pages(pdf: bytes) -> list[list[tuple[str, float]]]:
    """Each page's pieces of text with the height of their baseline above the
    paper's bottom edge (pt; negative: below the paper, not printed)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: list[tuple[str, float]] = []
        bottom = float(page.mediabox.bottom)

        def visit(text, cm, tm, font, size, lines=lines, bottom=bottom):
            if text.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                lines.append((text.strip(), y - bottom))

        page.extract_text(visitor_text=visit)
        pages.append(lines)
    return pages


@pytest.mark.parametrize("layout", ["classic", "large-print"])
def test_a_long_crisis_line_prints_whole_in_every_footer(make_handout, brand, layout):
    handout = make_handout("anxiety-alarm")
    handout.options.layout = layout
    long_brand = replace(brand, disclaimer=DISCLAIMER, crisis_line=CRISIS)
    result = render(render_request(handout, long_brand, None))
    assert result.ok, result.error
    for number, lines in enumerate(lines_on_pages(result.pdf), start=1):
        footer = " ".join(text for text, _ in lines)
        assert "Deaf or hard of hearing: dial 711 then 988." in footer, (layout, number)
        lowest = min(bottom for _, bottom in lines)
        assert lowest > 0, f"{layout} page {number}: text {-lowest:.0f} pt below the paper"


LONG_WEBSITE = "https://www.riverside-counselling-family-therapy.example/" + "resources-" * 12
LONG_EMAIL = "appointments.and.enquiries@riverside-counselling-family-therapy.example"


@pytest.mark.parametrize("layout", ["classic", "large-print", "trifold"])
def test_long_web_addresses_wrap_inside_the_paper(make_handout, brand, layout):
    """A web address longer than a line (the profile allows 200 characters)
    breaks inside the paper instead of running off its right edge."""
    import weasyprint

    from handout_builder.core.layout.templating import prepare_html
    from handout_builder.render.fetcher import RestrictedURLFetcher

    handout = make_handout("anxiety-alarm")
    handout.options.layout = layout
    long_brand = replace(
        brand, website=LONG_WEBSITE, email=LONG_EMAIL, crisis_line=f"Help: {LONG_WEBSITE}"
    )
    prepared = prepare_html(render_request(handout, long_brand, None))
    document = weasyprint.HTML(
        string=prepared.html,
        base_url=prepared.base_url,
        url_fetcher=RestrictedURLFetcher(prepared.allowed_roots),
    ).render()
    for number, page in enumerate(document.pages, start=1):
        stack = [page._page_box]
        while stack:
            box = stack.pop()
            stack.extend(getattr(box, "children", ()))
            if type(box).__name__ == "TextBox":
                right = box.position_x + box.width
                assert right <= page.width + 1, (layout, number, box.text[:60], right, page.width)
