"""The fit check and the re-layout that makes content fit, on small documents:
what the clinician would be told, and that what can be made to fit prints
whole and inside the printable area."""

from __future__ import annotations

import weasyprint

from handout_builder.core.layout.templating import PreparedHtml
from handout_builder.render import fit
from handout_builder.render.pdf import write_pdf
from tests.conftest import pdf_text
from tests.render.pdf_inspect import glyphs

CRISIS = (
    "In a crisis, call or text 988 (Suicide and Crisis Lifeline), "
    "or go to your nearest emergency department."
)
MM = 72 / 25.4  # points per millimetre


def page(body: str, css: str = "", head: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><title>t</title><style>
    @page {{ size: A5; margin: 20mm 20mm 20mm 20mm; }}
    html {{ font-family: 'DejaVu Sans'; font-size: 12pt; }}
    {css}</style>{head}</head><body>{body}</body></html>"""


def render(html: str, sections: tuple[tuple[str, str], ...] = ()) -> tuple[bytes, list[str]]:
    prepared = PreparedHtml(
        html=html, base_url="", allowed_roots=[], title="t", author="", language="en"
    )
    prepared.sections = sections
    pdf, _, problems = write_pdf(prepared)
    assert all(p.check == fit.CHECK for p in problems), problems
    return pdf, [p.message for p in problems]


def inspect_only(html: str, sections: dict[str, str] | None = None) -> list[str]:
    """The fit check's messages for ``html`` laid out once, as written."""
    document = weasyprint.HTML(string=html).render()
    return [p.message for p in fit.inspect(document.pages, sections).problems()]


FOOTER_CSS = """
@page { @bottom-center { content: element(footer); vertical-align: top; width: 100%; } }
.footer { position: running(footer); }
.footer p { margin: 0; }
"""


def footer(lines: int) -> str:
    filler = "".join(f"<p>Contact line {n}</p>" for n in range(lines))
    return (
        f'<div class="footer">{filler}'
        f'<p data-fit="the crisis line"><strong>{CRISIS}</strong></p></div>'
    )


def test_a_footer_taller_than_its_margin_grows_and_prints_whole():
    html = page(footer(6) + "<p>Body text.</p>" * 40, FOOTER_CSS)
    assert any(
        m.startswith("the crisis line does not fit in the footer") for m in inspect_only(html)
    )
    pdf, problems = render(html)
    assert problems == []
    assert CRISIS in pdf_text(pdf)
    for glyph in glyphs(pdf):
        assert glyph.y0 >= 6 * MM, glyph  # above the strip printers cannot print


def test_a_footer_that_cannot_fit_on_the_page_is_named():
    html = page(footer(2), FOOTER_CSS + ".footer { font-size: 40pt; }")
    _, problems = render(html)
    assert problems and problems[0].startswith("the crisis line does not fit in the footer")
    assert "shorten it" in problems[0]


def test_text_in_the_unprintable_strip_at_the_edge_is_reported():
    html = page("<p>Too close</p>", "@page { margin: 2mm; }")
    assert render(html)[1] == [
        "the text ‘Too close’ is printed too close to the edge of the paper; most printers "
        "cannot print there; the layout's margins are too narrow"
    ]


def test_a_table_wider_than_the_page_names_its_section():
    cells = "".join(f"<td>Extraordinarily{n}</td>" for n in range(9))
    html = page(
        f'<section id="s-1"><h2>Thought record</h2><table><tr>{cells}</tr></table></section>'
    )
    problems = render(html, (("s-1", "Thought record"),))[1]
    assert problems == [
        "the table in ‘Thought record’ is wider than the page; shorten it, or for a table "
        "use fewer columns"
    ]


CARD_CSS = """
.card { width: 60mm; }
.text { height: 30mm; overflow: hidden; }
h2 { font-size: 13pt; margin: 0 0 2pt; }
p, ol { margin: 0; }
.card[data-fit-continued] h2::after { content: " (continued)"; }
"""


def card(steps: int, continues: bool) -> str:
    items = "".join(f"<li>Step {n} of the exercise, done slowly.</li>" for n in range(1, steps + 1))
    attribute = " data-fit-continue" if continues else ""
    return (
        f'<article class="card"{attribute}><div class="text" data-fit="‘Name your reaction’" '
        f'data-fit-in="on its card"><h2 data-fit-repeat>Name your reaction</h2>'
        f"<ol>{items}</ol></div></article>"
    )


def test_a_card_that_clips_its_text_is_reported_by_its_title():
    problems = render(page(card(6, continues=False), CARD_CSS))[1]
    assert len(problems) == 1
    assert problems[0].startswith("‘Name your reaction’ does not fit on its card (about ")


def test_a_card_that_is_too_full_continues_on_a_copy_without_slicing_a_line():
    pdf, problems = render(page(card(6, continues=True), CARD_CSS))
    assert problems == []
    text = pdf_text(pdf)
    assert "Name your reaction (continued)" in text
    for n in range(1, 7):
        assert f"Step {n} of the exercise, done slowly." in text
    assert "Step 6 of the exercise, done slowly. 6." in text  # numbers count on (marker last)


def test_a_paragraph_longer_than_a_card_continues_between_lines():
    long = "A long disclaimer sentence that goes on. " * 12
    html = page(
        '<article class="card" data-fit-continue><div class="text" data-fit="‘Help’" '
        f'data-fit-in="on its card"><h2 data-fit-repeat>Help</h2><p>{long}</p></div></article>',
        CARD_CSS,
    )
    pdf, problems = render(html)
    assert problems == []
    text = pdf_text(pdf)
    assert text.count("Help (continued)") >= 2
    assert " ".join(long.split()) in text.replace(" Help (continued)", "")


def test_a_crisis_line_that_does_not_fit_moves_whole_to_the_next_card():
    crisis = (
        "If you are in crisis, call or text 988 or call 911, "
        "or go to the nearest emergency department."
    )
    html = page(
        '<article class="card" data-fit-continue><div class="text" data-fit="‘Help’" '
        'data-fit-in="on its card"><h2 data-fit-repeat>Help</h2>'
        "<p>Our phone: (555) 010-0199. Our e-mail: hello@example.org.</p>"
        f"<p data-fit-whole><strong>{crisis}</strong></p></div></article>",
        CARD_CSS,
    )
    pdf, problems = render(html)
    assert problems == []
    cards = pdf_text(pdf).split("Help (continued)")
    assert len(cards) == 2  # one card and its continuation
    assert "Our phone" in cards[0] and "crisis" not in cards[0]
    assert " ".join(crisis.split()) in cards[1]  # whole, on one card


def test_optional_content_makes_room_in_a_box():
    html = page(
        '<div class="text" data-fit-in="on the cover" data-fit="the cover">'
        '<p>Title</p><div data-fit-optional style="height: 30mm">picture</div><p>Foot</p></div>',
        CARD_CSS,
    )
    pdf, problems = render(html)
    assert problems == [] and "Foot" in pdf_text(pdf) and "picture" not in pdf_text(pdf)


def test_a_heading_left_alone_at_the_foot_of_a_page_moves_to_the_next():
    html = page(
        '<div style="height: 145mm"></div><h2 style="break-after: auto">What can help</h2>'
        "<figure style='float: right; width: 60mm; height: 60mm; margin: 0'></figure>"
        "<p>First lines of the section.</p>" * 3
    )
    assert inspect_only(html) == [
        "the heading ‘What can help’ is alone at the foot of page 1; the layout should keep "
        "a heading with its first lines"
    ]
    pdf, problems = render(html)
    assert problems == []
    import io

    from pypdf import PdfReader

    second = PdfReader(io.BytesIO(pdf)).pages[1].extract_text()
    assert second.lstrip().startswith("What can help")


def test_a_title_over_two_columns_that_run_on_is_not_alone():
    # The title's line is the lowest outside the columns, but the columns'
    # text under it is its first lines (the Brief form).
    html = page(
        '<div style="display: flex; align-items: baseline"><h1>Understanding anxiety</h1>'
        "<p>Notes</p></div>"
        f'<div style="columns: 2">{"<p>Lines of the first topic, and more of them.</p>" * 60}</div>'
    )
    assert inspect_only(html) == []


def test_text_too_pale_for_its_size_and_background_is_reported():
    html = page(
        '<div style="background: #eaeff2"><h3 style="font-size: 13pt; color: #7fa3bd">'
        "Try this: slow breathing</h3></div>"
    )
    assert render(html)[1] == [
        "the heading ‘Try this: slow breathing’ is too pale on its background (2.3:1; text "
        "this size needs 4.5:1); choose a darker brand colour"
    ]


def test_hidden_and_shortened_text_is_not_reported():
    html = page(
        '<h1 style="position: absolute; width: 1px; height: 1px; overflow: hidden">'
        "A title for screen readers only, much longer than one pixel</h1>"
        '<p style="width: 20mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">'
        "A practice name shortened on purpose</p>"
    )
    assert render(html)[1] == []


def test_lines_set_tighter_than_their_font_are_not_off_the_page():
    """A font whose letters are taller than the line height set for them
    (Source Serif 4's headings at line-height 1.2; here DejaVu Sans at 1)
    overhangs each line by a pixel or two: a heading at the top of a page, or
    the last line at its foot, is in the page, as WeasyPrint placed the line."""
    tight = "h2, p { line-height: 1; font-size: 18pt; margin: 0 }"
    lines = "".join(f"<p>Line {n} of a full page</p>" for n in range(60))
    html = page(f"{lines}<h2>What can help</h2><p>First lines.</p>", tight)
    assert inspect_only(html) == []
    assert inspect_only(page("<div style='height: 160mm'></div>" + lines, tight)) == []


TIGHT_PANEL_CSS = """
.panel { height: 60mm; overflow: hidden; }
h2, p { line-height: 1; font-size: 18pt; margin: 0 }
"""


def panel(lines: int) -> str:
    filler = "".join(f"<p>Line {n}</p>" for n in range(lines))
    return page(
        '<div class="panel" data-fit="the ‘Contact us’ text" data-fit-in="on the back panel">'
        f"<h2>Contact us</h2>{filler}</div>",
        TIGHT_PANEL_CSS,
    )


def test_lines_set_tighter_than_their_font_fit_their_panel():
    """The same overhang at the top and foot of a brochure panel that clips
    its text (Trifold's ‘Contact us’ heading in a Source Serif 4 or Source
    Sans 3 brand): the text is on its panel, as WeasyPrint placed its lines;
    a line past the panel's foot is still reported."""
    full = 60 * 72 / 25.4 // 18 - 1  # lines of 18 pt under the heading in 60 mm
    assert inspect_only(panel(int(full))) == []
    assert inspect_only(panel(int(full) + 1))[0].startswith(
        "the ‘Contact us’ text does not fit on the back panel"
    )


MARKER_CARD_CSS = """
.text { width: 120mm; height: 40mm; column-count: 2; column-gap: 10mm; padding: 0 5mm;
        overflow: hidden; }
ol { margin: 0; padding-left: 6pt; }
"""


def test_list_numbers_in_a_cards_padding_fit_the_card():
    """A list's numbers sit left of its items, in the list's indent; in a
    brand font with wide figures (Lora in Coping cards) they reach past it
    into the card's padding, or the gap between its columns, where they
    print whole: the card fits. Numbers the card's edge cuts off do not."""
    steps = "".join(f"<li>Step {n} of a few</li>" for n in range(1, 13))
    html = page(
        '<div class="text" data-fit="‘Say no clearly’" data-fit-in="on its card">'
        f"<ol>{steps}</ol></div>",
        MARKER_CARD_CSS,
    )
    assert inspect_only(html) == []
    cut = html.replace("padding: 0 5mm;", "padding: 0;")
    assert inspect_only(cut)[0].startswith("‘Say no clearly’ does not fit on its card")
