"""Which blanks in a text become form fields, and the names a screen reader
speaks for them; the handout option that asks for them."""

from __future__ import annotations

import re

from handout_builder.core.fillable import MAX_LABEL, FormFields
from handout_builder.core.markdown import render_markdown
from handout_builder.core.model.handout import Handout, handout_from_data

FIELDS = FormFields("s3", "My plan for hard days")


def spoken(html: str) -> list[tuple[str, str]]:
    """(name, spoken name) of each field, in order."""
    return re.findall(r'name="([^"]+)" title="([^"]*)"', html)


def test_blanks_are_named_by_what_they_ask_for_and_where_they_are():
    text = (
        "Write what helps:\n\n______\n\n______\n\n"
        "## People I can call\n\n1. Name: ______ Phone: ______\n2. Name: ______ Phone: ______\n\n"
        "Crisis line: [[crisis_line]] · Call [[phone]]\n"
    )
    html = render_markdown(text, values={"phone": "555-0100", "crisis_line": ""}, fields=FIELDS)

    assert spoken(html) == [
        ("s3-1", "My plan for hard days, line 1"),
        ("s3-2", "My plan for hard days, line 2"),
        ("s3-3", "People I can call, 1, Name"),
        ("s3-4", "People I can call, 1, Phone"),
        ("s3-5", "People I can call, 2, Name"),
        ("s3-6", "People I can call, 2, Phone"),
        ("s3-7", "People I can call, Crisis line"),  # the brand left it empty
    ]
    assert "555-0100" in html
    assert html.count("<input") == 7 and "write-in-line-full" in html


def test_a_blank_in_a_long_paragraph_is_named_by_its_own_sentence():
    text = (
        "## When thoughts turn dark\n\n"
        "Do not work on them alone. Tell your therapist, or call the crisis line: "
        "[[crisis_line]]. Or write the number: ______ and keep it close.\n"
    )
    html = render_markdown(text, values={"crisis_line": ""}, fields=FIELDS)
    assert spoken(html) == [
        ("s3-1", "When thoughts turn dark, Crisis line"),
        ("s3-2", "When thoughts turn dark, Or write the number"),
    ]


def test_empty_table_cells_are_named_by_their_row_and_column():
    text = "| Day | What I did | Mood |\n|---|---|---|\n| Mon | Walked | |\n| | | |\n"
    html = render_markdown(text, fields=FIELDS)
    assert spoken(html) == [
        ("s3-1", "My plan for hard days, Mon, Mood"),
        ("s3-2", "My plan for hard days, row 2, Day"),
        ("s3-3", "My plan for hard days, row 2, What I did"),
        ("s3-4", "My plan for hard days, row 2, Mood"),
    ]
    assert html.count('<div class="write-in-cell"><textarea') == 4
    assert "Walked" in html


def test_without_fields_nothing_changes_and_names_are_escaped_and_short():
    text = 'Say "<b>it</b>" ______\n'
    assert "<input" not in render_markdown(text)
    html = render_markdown(text, fields=FormFields("s1", "x"))
    assert 'title="x, Say &quot;&lt;b&gt;it&lt;/b&gt;&quot;"' in html
    long = render_markdown("word " * 100 + "______", fields=FIELDS)
    assert len(spoken(long)[0][1]) == MAX_LABEL and spoken(long)[0][1].endswith("…")


def test_the_fillable_option_is_saved_only_when_on():
    handout = Handout()
    assert "fillable" not in handout.to_data()["options"]  # older versions read it
    handout.options.fillable = True
    data = handout.to_data()
    assert data["options"]["fillable"] is True
    assert handout_from_data(data, "x.handout").options.fillable
