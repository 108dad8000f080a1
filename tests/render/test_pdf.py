"""Rendering through the real pipeline: PDF text, metadata, page size, safety."""

from __future__ import annotations

import io
import sys
from dataclasses import replace

import pikepdf
import pytest

from handout_builder.core.documents import render_request
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text

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


def test_brand_colour_with_poor_contrast_is_darkened_for_text(make_handout, brand):
    from handout_builder.core.context import brand_context

    pale = replace(brand, primary_color="#ffd34d")
    context = brand_context(pale)
    assert context.primary_color == "#ffd34d"
    assert context.text_color != "#ffd34d"
    result = render(render_request(make_handout("anxiety-alarm"), pale, None))
    assert result.ok


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
