"""The field reader: every malformed value is a problem naming its field."""

from __future__ import annotations

import datetime as dt

import pytest

from handout_builder.core.errors import ValidationError
from handout_builder.core.fields import FieldReader


def problems_for(data, read, **kwargs):
    reader = FieldReader(data, "f.yaml", lines={"a": 3}, **kwargs)
    read(reader)
    return [str(p) for p in reader.problems]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("x" * 11, "f.yaml:3: field 'a': is too long (11 characters; at most 10)"),
        ("one\ntwo", "f.yaml:3: field 'a': must be a single line"),
        ("one\u2028two", "f.yaml:3: field 'a': must be a single line"),
        ("bell\x07", "f.yaml:3: field 'a': holds a control character (U+0007)"),
        ("\ud800", "f.yaml:3: field 'a': holds a control character (U+D800)"),
        (["a"], "f.yaml:3: field 'a': must be text, not a list"),
    ],
)
def test_text_refuses_what_cannot_be_printed_or_saved(value, message):
    [problem] = problems_for({"a": value}, lambda r: r.text("a", one_line=True, max_length=10))
    assert problem.startswith(message)


def test_a_date_that_is_not_on_the_calendar_is_named():
    [problem] = problems_for({"a": "2026-02-30"}, lambda r: r.date("a"))
    assert problem == "f.yaml:3: field 'a': '2026-02-30' is not a date on the calendar"
    assert problems_for({"a": dt.date(2026, 2, 28)}, lambda r: r.date("a")) == []


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("logo\x00.png", "holds a control character"),
        ("~nosuchuser-hb/logo.png", "there is no user 'nosuchuser-hb' on this computer"),
        ("x" * 300 + ".png", "longer than 255 characters"),
    ],
)
def test_paths_no_file_can_have_are_problems_not_exceptions(tmp_path, path, message):
    found = []
    problems = problems_for({"a": path}, lambda r: found.append(r.path("a", base=tmp_path)))
    assert found == [None] and len(problems) == 1 and message in problems[0]


def test_a_hint_from_the_parser_follows_the_fields_problem():
    hints = {"a": 'YAML reads no as false: put the text in quotes, e.g. "no"'}
    [problem] = problems_for({"a": False}, lambda r: r.text("a"), hints=hints)
    assert problem.endswith(
        'must be text, not true/false (YAML reads no as false: put the text in quotes, e.g. "no")'
    )


def test_unknown_fields_get_a_suggestion_and_finish_raises_them_all():
    reader = FieldReader({"titel": "x", "colour": 1}, "f.toml")
    reader.reject_unknown(("title", "color"))
    with pytest.raises(ValidationError) as info:
        reader.finish()
    assert str(info.value) == (
        "f.toml: field 'titel': is not a known field (did you mean 'title'?) (and 1 more problem)"
    )
