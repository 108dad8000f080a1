"""The section editor's Markdown: what comes in goes out unchanged, for every
construct the editor's toolbar makes and the ones clinicians type (write-in
lines, placeholders such as [[crisis_line]])."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from handout_builder.gui.panels.markdown_io import load_markdown, to_markdown
from handout_builder.gui.panels.section_editor import SectionEditor

ROUND_TRIPS = {
    "plain": "Plain words.\n",
    "bold and italic": "Some **bold** and *italic* words.\n",
    "bold italic": "***Both*** at once.\n",
    "bulleted list": "- one\n- two\n- three\n",
    "numbered list": "1. first\n2. second\n3. third\n",
    "nested list": "- outer\n    - inner\n- outer again\n",
    "emphasis in a list": "1. **Breathe slowly**\n2. then *notice*\n",
    "heading": "## A heading\n\nText under it.\n",
    "smaller heading": "### Smaller heading\n",
    "write-in line": "Write here: ______________________\n",
    "placeholder": "Call [[crisis_line]] any time.\n",
    "placeholder with spaces and short blanks": "[[ crisis_line ]] and ____ blanks\n",
    "literal markup characters": "Use \\*stars\\* and snake_case and 2 \\* 3.\n",
    "not a heading": "\\# not a heading\n",
    "not a list": "1\\. not a list\n",
    "paragraphs around a list": "Intro.\n\n- **Breathe** slowly\n- *notice*\n\nAfter it.\n",
}


@pytest.mark.parametrize("markdown", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_markdown_comes_back_unchanged(qtbot, markdown):
    document = QTextDocument()
    load_markdown(document, markdown)
    assert to_markdown(document) == markdown


@pytest.fixture
def editor(qtbot) -> SectionEditor:
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.set_section("s1", "Title", "")
    editor.show()
    editor.text.setFocus()
    return editor


def test_what_the_toolbar_makes_is_kept_and_reloads_the_same(qtbot, editor):
    text = editor.text

    def type_(words: str) -> None:
        qtbot.keyClicks(text, words)

    def enter() -> None:
        qtbot.keyClick(text, Qt.Key.Key_Return)

    editor.heading_action.trigger()
    type_("When the alarm goes off")
    enter()
    editor.paragraph_action.trigger()
    editor.numbers_action.trigger()
    editor.bold_action.trigger()
    type_("Breathe slowly")
    editor.bold_action.trigger()
    enter()
    type_("then ")
    editor.italic_action.trigger()
    type_("notice")
    editor.italic_action.trigger()
    enter()
    editor.numbers_action.trigger()  # the same list button again: back to text
    type_("Things that help:")
    enter()
    editor.bullets_action.trigger()
    type_("a walk")
    enter()
    type_("call [[crisis_line]]")
    enter()
    editor.bullets_action.trigger()
    type_("My plan: ____________")
    expected = (
        "## When the alarm goes off\n"
        "\n"
        "1. **Breathe slowly**\n"
        "2. then *notice*\n"
        "\n"
        "Things that help:\n"
        "\n"
        "- a walk\n"
        "- call [[crisis_line]]\n"
        "\n"
        "My plan: ____________\n"
    )
    assert editor.markdown() == expected
    editor.set_section("s1", "Title", expected)
    assert editor.markdown() == expected
