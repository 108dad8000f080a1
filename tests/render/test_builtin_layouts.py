"""The five built-in layouts, rendered from the same sample handout: what each
prints, its type sizes and colours, its paper, and how content that does not
fit is reported."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader

from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.layout.context import build_context
from handout_builder.core.layout.layouts import find_layouts, get_layout, layout_chain
from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.render.pdf_inspect import text_runs, text_x

BUILTIN = ("classic", "large-print", "trifold", "worksheet", "coping-cards", "bilingual")


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def text_sizes(pdf: bytes) -> Counter[float]:
    """Characters printed at each font size (points), all pages; labels drawn
    inside illustrations are part of the picture (its alt text carries them)."""
    sizes: Counter[float] = Counter()
    for run in text_runs(pdf):
        if "Figure" not in run.tags and run.text.strip():
            sizes[round(run.size, 1)] += len(run.text.strip())
    return sizes


def text_colours(pdf: bytes) -> set[tuple[float, ...]]:
    """Fill colours in force when text is drawn."""
    colours = set()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            fill: tuple[float, ...] = (0.0, 0.0, 0.0)
            for item in pikepdf.parse_content_stream(page):
                op = str(item.operator)
                if op == "rg":
                    fill = tuple(float(x) for x in item.operands)
                elif op == "g":
                    fill = (float(item.operands[0]),) * 3
                elif op in ("Tj", "TJ"):
                    colours.add(fill)
    return colours


def assert_tagged(pdf: bytes, title: str = "Understanding anxiety") -> None:
    """Tagged PDF with a structure tree, language and title (PDF/UA-1)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert doc.Root.MarkInfo.Marked and "/StructTreeRoot" in doc.Root
        assert str(doc.Root.Lang) == "en" and str(doc.docinfo["/Title"]) == title


def page_box(pdf: bytes) -> tuple[int, int]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        box = [float(v) for v in doc.pages[0].mediabox]
    return round(box[2] - box[0]), round(box[3] - box[1])


@pytest.fixture
def sample(builtin_library):
    def make(layout: str, paper: str = "letter", topics=None, **options):
        handout = sample_handout(
            builtin_library,
            topics or ("anxiety-alarm", "window-of-tolerance", "grounding-skills"),
            paper,
        )
        handout.options.layout = layout
        handout.options.layout_options = options
        return handout

    return make


def test_builtin_layouts_for_letter_and_a4():
    layouts, problems = find_layouts()
    assert problems == []
    for name in BUILTIN:
        assert layouts[name].builtin and layouts[name].papers == ("letter", "a4")
        assert layouts[name].description
    assert layouts["trifold"].orientation == "landscape" and layouts["trifold"].max_pages == 2


def test_classic_footer_has_contact_disclaimer_and_page_numbers(sample, brand):
    result = render(render_request(sample("classic"), brand, None))
    assert result.ok and result.problems == []
    pages = page_texts(result.pdf)
    for number, text in enumerate(pages, 1):
        assert brand.phone in text and brand.email in text and brand.disclaimer in text
        assert f"Page {number} of {len(pages)}" in text
    assert text_sizes(result.pdf).most_common(1)[0][0] >= 12


def test_large_print_is_16pt_near_black_whatever_the_brand(sample, brand):
    # A pale brand and a serif brand font (a system font, so no bundled files).
    pale = replace(brand, primary_color="#9fd3f0", accent_color="#f7d08a", font="DejaVu Serif")
    result = render(render_request(sample("large-print"), pale, None))
    assert result.ok
    # The pale colours are reported (and darkened for text); nothing else is wrong.
    assert {p.field for p in result.problems} <= {"primary_color", "accent_color"}
    sizes = text_sizes(result.pdf)
    assert sizes.most_common(1)[0][0] == 16  # the default body size
    assert_tagged(result.pdf)

    bigger = render(render_request(sample("large-print", body_size=20), pale, None))
    assert text_sizes(bigger.pdf).most_common(1)[0][0] == 20
    assert bigger.page_count > result.page_count
    assert min(sizes) >= 16  # footer and sources included: all of it is large print
    for colour in text_colours(result.pdf):
        assert max(colour) <= 0.2, colour  # near-black text only (#333 or darker)
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        fonts = {str(f.BaseFont) for p in doc.pages for f in p.Resources.Font.values()}
    assert any("Atkinson" in f for f in fonts) and not any("Serif" in f for f in fonts)


def test_large_print_footer_is_short(sample, brand):
    """The crisis line and page number in every footer, the practice name and
    phone at the top of every page, the disclaimer once (after "If you need
    help now"); the e-mail and website are in the first page's header only, so
    16 pt text keeps room on the page."""
    crisis = replace(brand, crisis_line="In an emergency call 911, or call or text 988.")
    pages = page_texts(render(render_request(sample("large-print"), crisis, None)).pdf)
    for number, text in enumerate(pages, 1):
        assert brand.phone in text and crisis.crisis_line in text
        assert f"Page {number} of {len(pages)}" in text
    assert sum(text.count(brand.disclaimer) for text in pages) == 1
    assert brand.disclaimer in pages[-1]
    assert all(brand.email not in text for text in pages[1:])


def test_brochure_has_no_text_below_12pt(sample, brand):
    handout = sample("trifold")
    handout.options.include_illustrations = False  # pictures carry their own labels
    result = render(render_request(handout, brand, None))
    assert min(text_sizes(result.pdf)) >= 12
    assert_tagged(result.pdf)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_trifold_is_two_landscape_sides_in_fold_order(sample, brand, paper):
    result = render(render_request(sample("trifold", paper), brand, None))
    assert result.ok and result.problems == [], result.problems
    assert result.page_count == 2
    assert_tagged(result.pdf)
    width, height = page_box(result.pdf)
    assert width > height
    outside, inside = page_texts(result.pdf)
    # Outside, left to right: inner flap (key points), back panel (contact), cover.
    assert (
        text_x(result.pdf, 0, "At a glance")
        < text_x(result.pdf, 0, "Contact us")
        < text_x(result.pdf, 0, "Understanding")
    )
    # The document (and so its structure) starts with the cover's title.
    assert outside.index("Understanding anxiety") < outside.index("At a glance")
    assert "Anxiety is your body's alarm. It is trying to protect you." in outside
    assert brand.phone in outside and "Prepared for Sam" in outside
    assert "Sources LeDoux & Pine (2016); Siegel (2012)" in outside  # short form by default
    # Inside: the sections in order, with their Try this steps.
    assert inside.index("Why anxiety happens") < inside.index("Your window of tolerance")
    assert "Breathe in through your nose" in inside and "Name 5 things you can see" in inside


def test_trifold_overflow_is_reported_and_names_the_cut_sections(sample, brand):
    handout = sample(
        "trifold",
        topics=(
            "anxiety-alarm",
            "window-of-tolerance",
            "grounding-skills",
            "sleep-and-mood",
            "validation",
        ),
        panel_text="full",
    )
    result = render(render_request(handout, brand, None))
    assert result.ok and result.page_count == 2  # still a brochure: two sides
    problems = " ".join(p.message for p in result.problems)
    assert "content does not fit the 2 pages of this layout" in problems
    assert "sections were cut" in problems and "“Your feelings make sense: validation”" in problems
    assert "the ‘At a glance’ summary does not fit on the inner flap" in problems
    inside = page_texts(result.pdf)[1]
    assert "Your feelings make sense" not in inside and "Why anxiety happens" in inside


def test_worksheet_has_questions_lines_and_my_plan(sample, brand):
    result = render(render_request(sample("worksheet"), brand, None))
    assert result.ok and result.problems == []
    text = pdf_text(result.pdf)
    assert_tagged(result.pdf)
    assert "Think it through" in text
    assert "When does your alarm go off? What is going on at the time?" in text
    assert "My plan" in text and "One thing I will try this week" in text
    assert "Questions for my next session with Dr. Ana Ruiz" in text
    assert text.index("Why it makes sense") < text.index("When does your alarm go off")

    short = render(
        render_request(
            sample("worksheet", explanation="short", my_plan=False, name_line=False), brand, None
        )
    )
    short_text = pdf_text(short.pdf)
    assert "Why it makes sense" not in short_text and "Key points" in short_text
    assert "My plan" not in short_text and "Think it through" in short_text
    assert short.page_count < result.page_count


def test_worksheet_name_and_date_lines_only_for_what_is_not_printed(sample, brand):
    def header(prepared_for: str, date: str) -> str:
        handout = sample("worksheet", topics=("grounding-skills",))
        handout.prepared_for, handout.date = prepared_for, date
        result = render(render_request(handout, brand, None))
        assert result.ok and result.problems == []
        first_page = page_texts(result.pdf)[0]
        return first_page.split("Notes from our sessions")[1].split("Grounding")[0]

    assert header("", "").split() == ["Name", "Date", "1"]  # lines to write on
    assert header("Sam", "").split() == ["Prepared", "for", "Sam", "Date", "1"]
    assert header("", "2026-11-22").split() == ["22", "November", "2026", "Name", "1"]
    assert header("Sam", "2026-11-22") == " Prepared for Sam · 22 November 2026 1 "


def test_coping_cards_hold_try_this_steps_key_points_and_help(sample, brand):
    crisis = replace(brand, crisis_line="In an emergency call 911, or call or text 988.")
    result = render(render_request(sample("coping-cards"), crisis, None))
    assert result.ok and result.problems == [], result.problems
    text = pdf_text(result.pdf)
    assert "Cut along the marks" in text
    assert "Slow breathing" in text and "Breathe out slowly through your mouth" in text
    assert "Remember" in text and "The alarm can go off when there is no real danger." in text
    assert "When you need help" in text and "call or text 988" in text
    assert min(text_sizes(result.pdf)) >= 12
    assert_tagged(result.pdf)


def test_a_card_that_is_too_full_continues_on_a_second_card(sample, brand):
    result = render(render_request(sample("coping-cards", topics=("hand-model",)), brand, None))
    assert result.ok and result.problems == [], result.problems
    text = pdf_text(result.pdf)
    assert "Make the model (continued)" in text
    # The last step, whole: nothing sliced at the foot of the card.
    assert "Look at your fingertips. They stand for the front of the brain." in text
    assert "This area helps you pause, calm down and think of others." in text


def test_bad_option_values_fall_back_to_the_default_with_a_warning(sample, brand):
    handout = sample("worksheet", lines_per_question=10**6)
    chain = layout_chain(get_layout("worksheet"))
    context, problems = build_context(handout, brand, chain, illustrations={})
    assert context.options.layout["lines_per_question"] == 3
    assert any(
        "lines_per_question" in p.message and "between 1 and 8" in p.message for p in problems
    )
