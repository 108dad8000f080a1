"""Rendering through the real pipeline: PDF text, metadata, page size, safety."""

from __future__ import annotations

import io
import sys
from dataclasses import replace

import pikepdf
import pytest

from handout_builder.core.checks.color import contrast_ratio
from handout_builder.core.layout.templating import prepare_html
from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.render.pdf_inspect import element_text, structure, text_runs

# Layouts with a larger minimum than 12 pt (docs/accessibility.md).
MINIMUM_PT = {"large-print": 16.0}

LETTER = (612, 792)
A4 = (595, 842)


def page_size(pdf: bytes) -> tuple[int, int]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        box = [float(v) for v in doc.pages[0].mediabox]
    return round(box[2] - box[0]), round(box[3] - box[1])


def test_edited_wording_brand_and_page_numbers_are_in_the_pdf(make_handout, brand):
    handout = make_handout("anxiety-alarm", "window-of-tolerance", title="Notes for Sam")
    handout.sections[0].body = "Sam, your alarm is **loud** but you are safe.\n"
    result = render(render_request(handout, brand, None))
    assert result.ok, result.error
    text = pdf_text(result.pdf)
    assert "Sam, your alarm is loud but you are safe." in text
    assert "Notes for Sam" in text
    assert "Riverside Counselling" in text
    assert "Dr. Ana Ruiz" in text
    assert brand.disclaimer in text
    assert f"Page 1 of {result.page_count}" in text


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
def test_paper_size(make_handout, brand, paper, size):
    result = render(render_request(make_handout("anxiety-alarm", paper=paper), brand, None))
    assert page_size(result.pdf) == size


def test_metadata_tags_language_and_embedded_fonts(make_handout, brand):
    handout = make_handout("anxiety-alarm", title="Your alarm")
    result = render(render_request(handout, brand, None))
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        assert str(doc.docinfo["/Title"]) == "Your alarm"
        assert str(doc.docinfo["/Author"]) == "Riverside Counselling"
        assert str(doc.Root.Lang) == "en"
        assert doc.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in doc.Root
        fonts = []
        for page in doc.pages:
            for font in page.Resources.Font.values():
                descriptor = (
                    font.DescendantFonts[0].FontDescriptor
                    if "/DescendantFonts" in font
                    else font.FontDescriptor
                )
                fonts.append(
                    (
                        str(font.BaseFont),
                        "/FontFile2" in descriptor
                        or "/FontFile3" in descriptor
                        or "/FontFile" in descriptor,
                    )
                )
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("Atkinson" in name for name, _ in fonts)


def test_hostile_markdown_prints_literally_and_loads_nothing(make_handout, brand):
    handout = make_handout("anxiety-alarm")
    handout.options.include_illustrations = False  # full-width text: no wrapping mid-string
    handout.sections[0].body = (
        'Before <script>alert(1)</script> {{ 7*7 }} <img src="file:///etc/passwd"> after\n\n'
        "![x](file:///etc/passwd) [site](http://example.com/x.png)\n"
    )
    result = render(render_request(handout, brand, None))
    text = pdf_text(result.pdf)
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text and "49" not in text
    assert '<img src="file:///etc/passwd">' in text
    assert not [p for p in result.problems if "not loaded" in p.message]


def test_brand_colour_with_poor_contrast_is_darkened_for_text_with_a_warning(make_handout, brand):
    from handout_builder.core.layout.context import brand_context

    pale = replace(brand, primary_color="#ffd34d")
    context = brand_context(pale)
    assert context.primary_color == "#ffd34d"
    assert contrast_ratio(context.text_color) >= 4.5
    result = render(render_request(make_handout("anxiety-alarm"), pale, None))
    assert result.ok
    warnings = [p for p in result.problems if p.field == "primary_color"]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert "#ffd34d has 1.4:1 contrast on white" in warnings[0].message
    assert f"text uses {context.text_color} instead" in warnings[0].message
    # The darkened shade is what the headings and text print in; the brand
    # colour itself stays on the rules (the header's bottom border).
    html = prepare_html(render_request(make_handout("anxiety-alarm"), pale, None)).html
    assert f"--brand-text: {context.text_color};" in html
    assert "--brand-primary: #ffd34d;" in html


def test_a_brand_with_good_contrast_gets_no_warning(make_handout, brand):
    result = render(render_request(make_handout("anxiety-alarm"), brand, None))
    assert not [p for p in result.problems if p.field in ("primary_color", "accent_color")]


# -- accessibility of the tagged PDF (docs/accessibility.md) -------------------------------


def test_headings_figures_alt_text_language_and_running_elements(make_handout, brand):
    from handout_builder.core.markdown import split_parts
    from handout_builder.core.model.illustrations import load_illustrations

    handout = make_handout("anxiety-alarm", "window-of-tolerance", title="Your alarm")
    handout.language = "en-GB"
    result = render(render_request(handout, brand, None))
    root, facts = structure(result.pdf)
    assert facts["lang"] == "en-GB"
    assert facts["marked"] == "True"
    assert facts["title"] == "Your alarm"

    headings = [(e.tag, element_text(e)) for e in root.walk() if e.tag in ("H1", "H2", "H3", "H4")]
    expected = [("H1", "Your alarm")]
    for section in handout.sections:
        expected.append(("H2", section.title))
        expected += [("H3", p.heading) for p in split_parts(section.body) if p.heading]
    expected.append(("H2", "Sources"))
    assert headings == expected

    figures = [e for e in root.walk() if e.tag == "Figure"]
    catalog = load_illustrations()
    assert [f.alt for f in figures] == [
        brand.practice_name,  # the logo
        catalog[handout.sections[0].illustration].alt,
        catalog[handout.sections[1].illustration].alt,
    ]
    captions = [element_text(e) for e in root.walk() if e.tag == "Caption"]
    assert len(captions) == 2

    # Running header and footer are page furniture: printed on every page but
    # not part of the document's structure, so screen readers do not repeat them.
    in_tree = element_text(root)
    printed = pdf_text(result.pdf)
    for furniture in (brand.disclaimer, "Page 1 of", f"{brand.practice_name} · Your alarm"):
        assert furniture in printed
        assert furniture not in in_tree
    assert "Anxiety is your body's alarm system." in in_tree


def _layouts_handout(make_handout, layout):
    handout = make_handout("anxiety-alarm", "grounding-skills", title="Sizes")
    handout.subtitle, handout.prepared_for, handout.date = "For you", "Sam", "2026-11-22"
    handout.options.layout = layout
    handout.options.include_clinician_notes = True
    handout.options.writein_lines = 2
    handout.sections[1].body += "\n| When | What I noticed |\n|---|---|\n| Monday | `calm` |\n"
    return handout


def builtin_layouts() -> list[str]:
    from handout_builder.core.layout.layouts import find_layouts

    return sorted(name for name, layout in find_layouts()[0].items() if layout.builtin)


@pytest.mark.parametrize("layout", builtin_layouts())
def test_no_text_below_12_pt_in_any_builtin_layout(make_handout, brand, layout):
    """Every piece of text (16 pt for large print) except the labels drawn
    inside illustrations, which are part of the picture and carried by its alt text."""
    minimum = MINIMUM_PT.get(layout, 12.0)
    result = render(render_request(_layouts_handout(make_handout, layout), brand, None))
    assert result.ok, result.error
    runs = [run for run in text_runs(result.pdf) if "Figure" not in run.tags]
    small = sorted({(run.size, run.text.strip()[:40]) for run in runs if run.size < minimum - 0.01})
    assert not small, f"{layout}: text below {minimum} pt: {small[:8]}"
    printed = " ".join(run.text for run in runs)
    # The small-print candidates were really checked (coping cards print only the
    # steps and key points, so there is no note, table or title block on them).
    candidates = [brand.disclaimer[:30]]
    if layout != "coping-cards":
        candidates += ["Note for the clinician", "Monday", "Prepared for"]
    for text in candidates:
        assert text in printed


HOSTILE_LAYOUT = """{% extends "base.html.j2" %}
{% block head %}{{ super() }}
<link rel="stylesheet" href="https://example.com/remote.css">
<style>@font-face { font-family: X; src: url(http://example.com/x.woff2); }
body { background: url(file:///etc/passwd); font-family: X; }</style>
{% endblock %}
{% block content %}<img src="http://example.com/tracker.png" alt="">{{ super() }}{% endblock %}
"""


def test_no_socket_is_opened_during_a_render(home, make_handout, brand):
    layout = home / "layouts" / "hostile"
    layout.mkdir(parents=True)
    (layout / "layout.toml").write_text('title = "Hostile"\n')
    (layout / "handout.html.j2").write_text(HOSTILE_LAYOUT)
    events: list[tuple[str, tuple]] = []

    def hook(event: str, args: tuple) -> None:
        if event.startswith("socket.") or event == "urllib.Request":
            events.append((event, args))

    sys.addaudithook(hook)  # audit hooks cannot be removed; the list is local
    handout = make_handout("anxiety-alarm", "window-of-tolerance")
    handout.options.layout = "hostile"
    handout.sections[0].body += "\n[web](https://example.com) and http://example.com/logo.png\n"
    before = len(events)
    result = render(render_request(handout, brand, None))
    assert result.ok
    assert events[before:] == []
    refused = " ".join(p.message for p in result.problems if "not loaded" in p.message)
    for url in (
        "https://example.com/remote.css",
        "http://example.com/x.woff2",
        "file:///etc/passwd",
        "http://example.com/tracker.png",
    ):
        assert url in refused


def test_unknown_layout_is_a_clear_error(make_handout, brand):
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "no-such-layout"
    result = render(render_request(handout, brand, None))
    assert not result.ok
    assert "unknown layout 'no-such-layout'" in result.error


def first_page_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())


def test_one_topic_handout_titled_like_its_topic_prints_the_title_once(make_handout, brand):
    title = "Why anxiety happens: your body's alarm"
    single = render(render_request(make_handout("anxiety-alarm", title=title), brand, None))
    assert single.ok, single.error
    assert first_page_text(single.pdf).count(title) == 1
    double = make_handout("anxiety-alarm", "window-of-tolerance", title=title)
    both = render(render_request(double, brand, None))
    assert first_page_text(both.pdf).count(title) == 2  # the handout title and the section


def test_crisis_line_is_in_the_tagged_content_not_only_the_footer(make_handout, brand):
    from tests.render.pdf_inspect import element_text, structure

    with_line = replace(brand, crisis_line="Crisis line (example): call 0800 000 000")
    result = render(render_request(make_handout("anxiety-alarm"), with_line, None))
    root, _facts = structure(result.pdf)
    tagged = element_text(root)
    assert "If you need help now" in tagged
    assert "Crisis line (example): call 0800 000 000" in tagged
    no_line = render(render_request(make_handout("anxiety-alarm"), brand, None))
    assert "If you need help now" not in pdf_text(no_line.pdf)


@pytest.mark.parametrize("font", ["Source Sans 3", "Source Serif 4", "Lora"])
def test_every_bundled_font_embeds_without_warnings(make_handout, brand, font):
    result = render(render_request(make_handout("anxiety-alarm"), replace(brand, font=font), None))
    assert result.ok and not [p for p in result.problems if "Ignored" in p.message]
    with pikepdf.open(io.BytesIO(result.pdf)) as doc:
        names = {str(f.BaseFont) for p in doc.pages for f in p.Resources.Font.values()}
    family = font.replace(" ", "")
    assert any(family in name.replace("-", "") for name in names), names
    assert any("Bold" in name and family in name.replace("-", "") for name in names), names


def test_domestic_violence_line_prints_only_for_a_topic_that_asks_for_it(make_handout, brand):
    from handout_builder.core.model.handout import Section

    lines = replace(
        brand,
        crisis_line="Crisis line (example): call 0800 000 000",
        domestic_violence_line="Domestic violence helpline (example): call 0800 111 222",
    )
    couples = make_handout("anxiety-alarm")
    couples.sections.append(
        Section(
            title="Talking it through",
            body="Take turns.\n",
            safety_lines=["domestic_violence_line"],
        )
    )
    tagged = element_text(structure(render(render_request(couples, lines, None)).pdf)[0])
    assert "Crisis line (example): call 0800 000 000" in tagged
    assert "Domestic violence helpline (example): call 0800 111 222" in tagged
    plain = pdf_text(render(render_request(make_handout("anxiety-alarm"), lines, None)).pdf)
    assert "Crisis line (example): call 0800 000 000" in plain
    assert "Domestic violence helpline" not in plain
