"""One problem, shown two ways: a line for the command line, a headline in a
clinician's words with the place underneath for the desktop app."""

from __future__ import annotations

from handout_builder.core.errors import Problem, field_words


def test_the_command_line_gets_one_line_with_file_line_severity_and_field():
    problem = Problem("is not verified", "/x/entry.md", 7, "references[1]", "info")
    assert problem.describe(label=True) == (
        "/x/entry.md:7: note: field 'references[1]': is not verified"
    )
    assert str(problem) == "/x/entry.md:7: field 'references[1]': is not verified"


def test_the_app_gets_the_field_in_words_and_the_place_as_detail():
    problem = Problem("'#ff0' is not a colour", "/b/brand.toml", 3, "accent_color")
    assert problem.headline() == "Accent colour: '#ff0' is not a colour"
    assert problem.detail() == "/b/brand.toml, line 3, field 'accent_color'"


def test_a_plain_headline_keeps_the_authors_message_in_the_detail():
    problem = Problem(
        "accent colour #f5d0a0 has 1.5:1 contrast on white",
        "/b/brand.toml",
        field="accent_color",
        plain="The accent colour is hard to read on white (1.5:1)",
    )
    assert problem.headline() == "The accent colour is hard to read on white (1.5:1)"
    assert problem.detail() == (
        "/b/brand.toml, field 'accent_color': accent colour #f5d0a0 has 1.5:1 contrast on white"
    )


def test_field_names_in_words():
    assert field_words("sections[2].title") == "Section 2 title"
    assert field_words("prepared_for") == "Prepared for"
    assert field_words("references[1]") == "Reference 1"
