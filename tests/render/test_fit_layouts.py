"""The built-in layouts print everything whole and on the paper: the longest
brand a profile accepts, wide logos, tables, coping cards, headings, type sizes
and contrast (issue 10's instances, made here)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
import tomli_w
from PIL import Image
from pypdf import PdfReader

from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.model.brand import BrandProfile, load_brand
from handout_builder.core.model.documents import render_request
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.library import load_library
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.render.pdf_inspect import element_text, glyphs, line_boxes, structure, text_runs

MM = 72 / 25.4  # points per millimetre
SAFE_MM = 6.0  # every glyph at least this far inside the paper
FLOWING = ("classic", "large-print", "worksheet", "coping-cards")
CRISIS = (
    "In a crisis, call or text 988 (Suicide and Crisis Lifeline), "
    "or go to your nearest emergency department."
)
TWO_SENTENCES = (
    "This handout is for education and does not replace professional care. If you are "
    "worried about your safety or someone else's, contact us or emergency services."
)


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def assert_inside_the_paper(pdf: bytes, pages: range | None = None) -> None:
    """Every glyph (on ``pages``, from 0) lies at least SAFE_MM inside every
    edge of its page."""
    margin = SAFE_MM * MM
    for glyph in glyphs(pdf):
        if pages is not None and glyph.page not in pages:
            continue
        assert glyph.x0 >= margin and glyph.y0 >= margin, glyph
        assert glyph.x1 <= glyph.page_width - margin, glyph
        assert glyph.y1 <= glyph.page_height - margin, glyph


def fill(text: str, length: int) -> str:
    return (text + " ") * (length // (len(text) + 1)) + text[: length % (len(text) + 1)]


@pytest.fixture
def wide_logos(tmp_path: Path) -> dict[str, Path]:
    png = tmp_path / "wide.png"
    Image.new("RGB", (1200, 300), "#2f5d7c").save(png)
    svg = tmp_path / "wide.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100">'
        '<rect width="400" height="100" fill="#c8843a"/></svg>'
    )
    return {"png": png, "svg": svg}


@pytest.fixture
def longest_brand(tmp_path: Path, wide_logos: dict[str, Path]) -> BrandProfile:
    """Every field at the longest the profile accepts, a 4:1 logo, pale colours."""
    address = "\n".join(
        [
            "Suite 300, Riverside Professional Building",
            "1234 Long Riverbank Boulevard North-East",
            "Springfield Heights, Greater Springfield County",
            "Stateshire 12345-6789, United States of America",
            "Entrance on the north side, next to the pharmacy; parking behind the building",
            "Wheelchair access by the ramp at the side door; lift to all floors",
        ]
    )
    fields = {
        "practice_name": fill("Riverside Counselling and Family Therapy Associates", 120),
        "clinician": fill("Dr. Alexandra Maria Fernandez-Whitmore", 120),
        "credentials": fill("PhD, Licensed Clinical Psychologist", 120),
        "phone": fill("(555) 010-0199 ext. 1234", 60),
        "email": ("appointments.clinical-psychology." * 3)[:60]
        + "@"
        + ("riverside-counselling-" * 3)[:51]
        + ".example",
        "website": ("https://www.riverside-counselling.example/" + "handouts/" * 30)[:200],
        "address": address + "\n" + fill("Please arrive early", 400 - len(address) - 1),
        "disclaimer": fill(TWO_SENTENCES, 600),
        "crisis_line": fill(CRISIS, 300),
        "primary_color": "#4a90c2",
        "accent_color": "#e8a23a",
    }
    limits = {"practice_name": 120, "clinician": 120, "credentials": 120, "phone": 60}
    limits |= {"email": 120, "website": 200, "address": 400, "disclaimer": 600}
    limits["crisis_line"] = 300
    assert {key: len(fields[key]) for key in limits} == limits
    toml = tmp_path / "longest.toml"
    toml.write_text(tomli_w.dumps({**fields, "logo": wide_logos["png"].name}))
    return load_brand(toml)


def everything(layout: str, paper: str, topics: list[str] | None = None) -> Handout:
    library = load_library(include_user=False)
    handout = sample_handout(library, topics or list(library.entries), paper)
    handout.options.layout = layout
    return handout


# The entries that test a layout hardest: the longest with a five-column
# table (cbt-i-sleep), a table beside a picture (thought-record), the longest
# single part (couples-conflict), a "Try this" card that must continue
# (fight-flight-freeze) and a picture with words in it (anxiety-alarm).
HARDEST = [
    "cbt-i-sleep",
    "thought-record",
    "couples-conflict",
    "fight-flight-freeze",
    "anxiety-alarm",
]


def assert_fits_with_the_longest_brand(
    layout: str, paper: str, topics: list[str] | None, brand: BrandProfile
) -> None:
    """``topics`` (all entries when None) in one handout with the longest brand:
    the fit check finds nothing, every glyph is on the paper, the crisis line
    prints whole."""
    # A preview of one section first, as in the app: the layout learns the
    # margins this brand's footer needs, and the whole handout lays out once.
    render(render_request(everything(layout, paper, ["anxiety-alarm"]), brand, None))
    result = render(render_request(everything(layout, paper, topics), brand, None))
    assert result.ok
    problems = [p.message for p in result.fit_problems]
    if layout == "trifold" and (topics is None or len(topics) > 3):
        # A brochure holds about three topics, not all of them.
        expected = ("content does not fit the 2 pages", "the ‘At a glance’ summary does not fit")
        problems = [p for p in problems if not p.startswith(expected)]
    assert problems == []
    # (The brochure's outside: its flap cannot hold every entry's key points,
    # reported above; the text it clips is still in the PDF, off the page.)
    assert_inside_the_paper(result.pdf, pages=range(1, 2) if layout == "trifold" else None)
    if layout != "trifold":
        assert " ".join(brand.crisis_line.split()) in pdf_text(result.pdf)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("layout", [*FLOWING, "trifold"])
def test_the_hardest_entries_fit_every_layout_with_the_longest_brand(layout, paper, longest_brand):
    assert_fits_with_the_longest_brand(layout, paper, HARDEST, longest_brand)


@pytest.mark.sweep
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("layout", [*FLOWING, "trifold"])
def test_every_library_entry_fits_every_layout_with_the_longest_brand(layout, paper, longest_brand):
    # All 70-odd entries in each layout: about 15 min on 2 cores (`make sweep`).
    assert_fits_with_the_longest_brand(layout, paper, None, longest_brand)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("layout", ["classic", "worksheet", "large-print"])
def test_the_crisis_line_and_phone_print_whole_in_every_footer(layout, paper, brand):
    crisis = replace(brand, disclaimer=TWO_SENTENCES, crisis_line=CRISIS)
    result = render(render_request(everything(layout, paper, ["anxiety-alarm"]), crisis, None))
    assert result.ok and result.fit_problems == []
    for text in page_texts(result.pdf):
        assert CRISIS in text and brand.phone in text
    assert_inside_the_paper(result.pdf)


def test_a_long_email_and_website_stay_on_the_page(brand):
    long = replace(
        brand,
        email="appointments.and.enquiries@riverside-counselling-and-family-therapy.example",
        website="https://www.riverside-counselling-and-family-therapy.example/handouts/clients",
        crisis_line=CRISIS,
    )
    result = render(render_request(everything("classic", "letter", ["anxiety-alarm"]), long, None))
    assert result.ok and result.fit_problems == []
    text = pdf_text(result.pdf).replace(" ", "")
    assert long.email in text and long.website in text
    assert_inside_the_paper(result.pdf)


@pytest.mark.parametrize("kind", ["png", "svg"])
@pytest.mark.parametrize("layout", ["classic", "large-print", "trifold"])
def test_a_wide_logo_keeps_the_phone_and_email_on_the_page(layout, kind, brand, wide_logos):
    wide = replace(brand, logo=wide_logos[kind])
    handout = everything(layout, "letter", ["anxiety-alarm"])
    result = render(render_request(handout, wide, None))
    assert result.ok and result.fit_problems == []
    first = page_texts(result.pdf)[0]
    assert brand.phone in first and brand.email in first
    assert_inside_the_paper(result.pdf)


THOUGHT_RECORD = """---
id: thought-record
title: "Thought record"
summary: "Write down a hard moment and look at the thought again."
audiences: [adult]
tags: [thoughts]
---
Use this table when something upsets you.

## Try this: fill in the table

| Date and time | Situation | Automatic thoughts | Emotions (0-100%) \
| Evidence for | Evidence against | Balanced thought |
|---|---|---|---|---|---|---|
| Monday 9am | My boss frowned in the meeting | I am going to lose my job | Anxious 80% \
| She did not say hello | She frowns when she is busy | She is busy; anxious 40% |
"""  # (a backslash at a line's end joins it to the next: each row is one line)


@pytest.fixture
def thought_record(home: Path) -> Handout:
    (home / "library").mkdir()
    (home / "library" / "thought-record.md").write_text(THOUGHT_RECORD)
    library = load_library()
    handout = Handout(title="Thought record")
    handout.sections = [Section.from_entry(library.get("thought-record"))]
    return handout


def test_a_seven_column_table_fits_the_text_width(thought_record, brand):
    result = render(render_request(thought_record, brand, None))
    assert result.ok and result.fit_problems == [], result.fit_problems
    text = pdf_text(result.pdf)
    for word in ("Automatic", "Balanced", "She frowns when she is busy"):
        assert word in text
    assert_inside_the_paper(result.pdf)


def test_a_table_too_wide_for_large_print_prints_as_a_list_of_its_rows(thought_record, brand):
    thought_record.options.layout = "large-print"
    thought_record.options.layout_options = {"body_size": 22}
    result = render(render_request(thought_record, brand, None))
    assert result.ok and result.fit_problems == [], result.fit_problems
    text = " ".join(pdf_text(result.pdf).split())
    for cell in ("Date and time: Monday 9am", "Balanced thought: She is busy; anxious 40%"):
        assert cell in text
    assert_inside_the_paper(result.pdf)


CARD_WITHOUT_CONTINUING = """
{% set title = card.title[9:] | trim if card.title.startswith("Try this:") else card.title %}
<article class="card {{ card.kind }}">
  <div class="card-band"><p class="card-label">{{ card.label }}</p></div>
  <div class="card-text" data-fit="‘{{ title[:1] | upper ~ title[1:] }}’" data-fit-in="on its card">
  <h2>{{ title }}</h2>{{ card.html }}</div>
</article>"""


def test_a_coping_card_that_is_too_full_continues_and_nothing_is_sliced(brand, home):
    handout = everything("coping-cards", "letter", ["fight-flight-freeze"])
    result = render(render_request(handout, brand, None))
    assert result.ok and result.fit_problems == []
    text = pdf_text(result.pdf)
    assert "Name your reaction (continued)" in text
    # The card's last step, whole ([[therapist]] prints the brand's clinician).
    assert f"If you want to, share what you found with {brand.clinician}." in text
    assert_inside_the_paper(result.pdf)

    # The same card in a layout that does not let cards continue: reported.
    mine = home / "layouts" / "my-cards"
    (mine / "partials").mkdir(parents=True)
    (mine / "layout.toml").write_text('title = "My cards"\nextends = "coping-cards"\n')
    (mine / "partials" / "card.html.j2").write_text(CARD_WITHOUT_CONTINUING)
    handout.options.layout = "my-cards"
    messages = [p.message for p in render(render_request(handout, brand, None)).fit_problems]
    assert any(m.startswith("‘Name your reaction’ does not fit on its card") for m in messages)


@pytest.mark.parametrize(
    ("paper", "topics"),
    [
        ("a4", ["anxiety-alarm", "window-of-tolerance", "grounding-skills"]),
        ("letter", ["fight-flight-freeze", "anxiety-alarm", "grounding-skills"]),
    ],
)
def test_section_headings_stay_with_their_first_lines(paper, topics, brand):
    result = render(render_request(everything("classic", paper, topics), brand, None))
    assert result.ok and result.fit_problems == []
    titles = [s.title for s in everything("classic", paper, topics).sections]
    for text in page_texts(result.pdf)[:-1]:
        body = text.split("Riverside Counselling · (555)")[0]  # the page without its footer
        assert not any(body.rstrip().endswith(title) for title in titles), body[-80:]


def test_sources_do_not_sit_alone_on_a_last_page(brand):
    # Laid out as usual, the last two sources would be all of page 6.
    handout = everything(
        "classic", "letter", ["fight-flight-freeze", "anxiety-alarm", "grounding-skills"]
    )
    result = render(render_request(handout, brand, None))
    assert result.ok and result.fit_problems == []
    last = page_texts(result.pdf)[-1]
    assert "Grounding brings your mind back to the here and now." in last
    assert "Sources:" in last  # run on as one paragraph, under the last section
    for section in handout.sections:
        for reference in section.references:
            if reference.prints:
                assert reference.short().split(" (")[0].split(" ")[0] in pdf_text(result.pdf)


def test_large_print_is_16pt_everywhere_and_pictures_keep_12pt_words(brand):
    crisis = replace(brand, crisis_line=CRISIS)
    for layout, smallest in (("large-print", 16), ("classic", 12)):
        result = render(
            render_request(everything(layout, "letter", ["anxiety-alarm"]), crisis, None)
        )
        runs = text_runs(result.pdf)
        assert "If you need help now" in pdf_text(result.pdf)
        outside = [r for r in runs if "Figure" not in r.tags]
        assert min(r.size for r in outside) >= smallest, layout
        in_pictures = [r for r in runs if "Figure" in r.tags]
        assert in_pictures and min(r.size for r in in_pictures) >= 12, layout


def test_brand_coloured_headings_keep_their_contrast_in_every_layout(brand):
    pale = replace(brand, primary_color="#7fb8e0", accent_color="#f2c46d")
    for layout in (*FLOWING, "trifold"):
        handout = everything(layout, "letter", ["anxiety-alarm", "window-of-tolerance"])
        result = render(render_request(handout, pale, None))
        assert not [p for p in result.fit_problems if "too pale" in p.message], layout


def test_trifold_fold_marks_print_and_its_structure_starts_with_the_title(brand):
    handout = everything("trifold", "letter", ["anxiety-alarm"])
    result = render(render_request(handout, brand, None))
    height = 8.5 * 72  # the outside, landscape Letter
    marks = [
        (x0, y0, x1, y1)
        for x0, y0, x1, y1 in line_boxes(result.pdf, 0)
        if x1 - x0 < 2 and 2 * MM <= y1 - y0 <= 4 * MM
    ]
    flap = (279.4 + 2) / 3 - 2  # the inner flap's width, mm
    assert sorted({round(m[0] / MM) for m in marks}) == [round(flap), round(flap + flap + 2)]
    for _, y0, _, y1 in marks:  # top and bottom, clear of the edge printers cannot print
        assert y0 >= SAFE_MM * MM and y1 <= height - SAFE_MM * MM
    root, _ = structure(result.pdf)
    headings = [e for e in root.walk() if e.tag in ("H1", "H2", "H3")]
    assert headings[0].tag == "H1"
    assert element_text(headings[0]).replace(" ", "") == handout.title.replace(" ", "")
