"""Front matter: the YAML block at the top of a library entry, with lines."""

from __future__ import annotations

import pytest

from handout_builder.core.errors import ValidationError
from handout_builder.core.model.frontmatter import parse_front_matter

ENTRY = "---\nid: calm\ntitle: Calm\nreflection:\n  - One?\n  - Two?\n---\n\nBody text.\n"


def test_data_lines_and_body():
    doc = parse_front_matter(ENTRY, "calm.md")
    assert doc.data["title"] == "Calm"
    assert doc.key_lines == {"id": 2, "title": 3, "reflection": 4}
    assert doc.item_lines["reflection"] == [5, 6]
    assert doc.body == "\nBody text.\n" and doc.body_line == 8


def test_a_byte_order_mark_is_fine():
    assert parse_front_matter("\ufeff" + ENTRY, "calm.md").data["id"] == "calm"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Body only.\n", "calm.md:1: must start with a front-matter block"),
        ("---\nid: calm\n", "calm.md:1: front matter is not closed"),
        ("---\nid: calm\ntitle: [a\n---\nx\n", "calm.md:3: front matter is not valid YAML"),
        ("---\n- a list\n---\nx\n", "calm.md:2: front matter must be a set of 'key: value'"),
    ],
)
def test_mistakes_name_the_line(text, message):
    with pytest.raises(ValidationError) as info:
        parse_front_matter(text, "calm.md")
    assert str(info.value).startswith(message)


def test_yes_and_no_read_as_true_false_come_with_a_hint():
    doc = parse_front_matter("---\ntitle: no\nsummary: 'yes'\n---\nx\n", "calm.md")
    assert doc.data == {"title": False, "summary": "yes"}
    assert doc.hints == {"title": 'YAML reads no as false: put the text in quotes, e.g. "no"'}


def test_a_date_that_does_not_exist_stays_text_for_the_fields_message():
    doc = parse_front_matter("---\nreviewed: 2026-02-30\n---\nx\n", "calm.md")
    assert doc.data["reviewed"] == "2026-02-30"
