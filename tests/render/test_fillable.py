"""Fillable handouts: every place to write is a PDF form field with a name a
screen reader speaks, a client can fill it in (pypdf stands in for a phone's
PDF app), and on paper the handout prints exactly as before."""

from __future__ import annotations

import functools
import io

import pikepdf
from pypdf import PdfReader, PdfWriter

from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.model.brand import sample_brand
from handout_builder.core.model.documents import render_request
from handout_builder.core.model.library import load_library
from handout_builder.render.pdf import render_request as render
from tests.render.pdf_inspect import structure

TOPICS = ("safety-plan", "behavioral-activation")
CARD_TOPICS = ("name-it-to-tame-it", "validation", "window-of-tolerance")


@functools.cache
def rendered(layout: str, topics: tuple[str, ...] = TOPICS, *, fillable: bool) -> bytes:
    """The sample handout of ``topics`` in ``layout`` (two write-in lines after
    each section, no name or date printed), rendered once per test module."""
    library = load_library(include_user=False)
    handout = sample_handout(library, topics)
    handout.options.layout = layout
    handout.options.fillable = fillable
    handout.options.writein_lines = 2
    handout.prepared_for = handout.date = ""  # so the worksheet asks for a name and date
    result = render(render_request(handout, sample_brand(), library))
    assert result.pdf is not None, result.error
    return result.pdf


def fields(pdf: bytes) -> dict[str, str]:
    """Each text field's name (/T) and spoken name (/TU)."""
    found = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert all(field.get("/FT") == "/Tx" for field in found.values())
    return {name: str(field.get("/TU")) for name, field in found.items()}


def painted(pdf: bytes) -> list[list[tuple[str, list[str]]]]:
    """Every page's drawing and text operations, without the clipping-only
    ones (``re W n``, ``q``/``Q``) that a form field's box adds: what ink
    lands on paper."""
    pages = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            ops = [
                (str(op), [str(x) for x in operands])
                for operands, op in pikepdf.parse_content_stream(page)
            ]
            pages.append(
                [
                    (op, args)
                    for index, (op, args) in enumerate(ops)
                    if op not in ("q", "Q", "W", "n")
                    and not (op == "re" and index + 1 < len(ops) and ops[index + 1][0] == "W")
                ]
            )
    return pages


def test_worksheet_places_to_write_are_fields_with_spoken_names():
    found = fields(rendered("worksheet", fillable=True))

    assert found["client-name"] == "Name" and found["client-date"] == "Date"
    # the safety plan's blanks: where they are and what goes in them
    spoken = set(found.values())
    assert "Step 1: My warning signs, 1" in spoken
    assert "Step 4: People I can ask for help, 2, Phone" in spoken
    assert "My reasons for living, line 2" in spoken
    # the brand's crisis line is empty in the sample: a blank to fill; its phone is not
    assert "Step 5: Professionals I can contact, 3, Crisis line" in spoken
    assert not [x for x in spoken if x.startswith("Step 5: Professionals I can contact, 1")]
    # a reflection question and the "My plan" box
    assert found["s1-q1"] == "Where will you keep your plan so you can find it fast?"
    assert found["plan-1"] == "My plan: One thing I will try this week"
    assert found["plan-5"].startswith("My plan: Questions for my next session")
    # the activity schedule: each empty cell, by its row and column
    assert "My activity schedule, Mon, Morning" in spoken
    assert "My activity schedule, Sun, Mood 0-10" in spoken
    assert len(found) == len(set(found))  # unique names


def test_a_field_filled_in_reads_back():
    pdf = rendered("worksheet", fillable=True)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    answer = "Under my pillow, and a photo on my phone"
    for page in writer.pages:
        writer.update_page_form_field_values(
            page, {"s1-q1": answer, "client-name": "Sam"}, auto_regenerate=False
        )
    filled = io.BytesIO()
    writer.write(filled)

    values = PdfReader(io.BytesIO(filled.getvalue())).get_form_text_fields()
    assert values["s1-q1"] == answer and values["client-name"] == "Sam"
    assert values["plan-1"] in ("", None)


def test_on_paper_a_fillable_handout_prints_exactly_the_same():
    for layout, topics in (("worksheet", TOPICS), ("coping-cards", CARD_TOPICS)):
        plain = rendered(layout, topics, fillable=False)
        fillable = rendered(layout, topics, fillable=True)
        assert fields(plain) == {}
        assert fields(fillable), layout
        assert painted(fillable) == painted(plain), layout


def test_fields_are_tagged_as_form_fields():
    pdf = rendered("worksheet", fillable=True)
    root, facts = structure(pdf)
    forms = [element for element in root.walk() if element.tag == "Form"]
    assert len(forms) == len(fields(pdf)) > 28  # the schedule's 28 cells and more
    assert facts["marked"] == "True"


def test_coping_cards_fields_are_not_reported_as_not_fitting():
    library = load_library(include_user=False)
    handout = sample_handout(library, CARD_TOPICS)
    handout.options.layout = "coping-cards"
    handout.options.fillable = True
    result = render(render_request(handout, sample_brand(), library))
    assert result.ok and not [p for p in result.problems if "does not fit" in p.message]
    assert fields(result.pdf)  # the cards' blanks ("I am feeling ______") are fields
