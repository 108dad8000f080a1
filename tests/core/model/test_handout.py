from __future__ import annotations

import json
import re

import pytest

from handout_builder.core.errors import HandoutBuilderError, NotFoundError, ValidationError
from handout_builder.core.model.handout import (
    FORMAT_NAME,
    TEXT_LIMITS,
    load_handout,
    save_handout,
)


def test_round_trip_keeps_everything(tmp_path, make_handout):
    handout = make_handout("anxiety-alarm", "window-of-tolerance", title="For Sam")
    handout.prepared_for, handout.date = "Sam", "2026-11-22"
    handout.sections[0].body = "Edited *wording* for Sam.\n"
    handout.options.paper = "a4"
    path = tmp_path / "sam.handout"
    save_handout(handout, path)
    loaded = load_handout(path)
    assert loaded == handout
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_NAME and data["version"] == 1
    assert data["sections"][0]["entry_id"] == "anxiety-alarm"
    assert data["sections"][0]["entry_revision"]


def test_newer_format_version_is_refused_clearly(tmp_path, make_handout):
    path = tmp_path / "new.handout"
    data = make_handout("anxiety-alarm").to_data() | {"version": 99}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_handout(path)
    assert "saved by a newer Handout Builder (format version 99" in str(info.value)
    assert str(info.value).startswith(f"{path}: field 'version'")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "something-else"}', "is not a handout document"),
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (b"\xff\xfe\x00bad", "is not UTF-8 text"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_documents_get_one_line_messages(tmp_path, content, expected):
    path = tmp_path / "bad.handout"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_handout(path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_a_document_cut_off_in_the_middle_says_it_is_incomplete(tmp_path, make_handout):
    text = json.dumps(make_handout("anxiety-alarm").to_data(), indent=2)
    cut = text[: len(text) // 2]
    path = tmp_path / "cut.handout"
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_handout(path)
    assert str(info.value) == (
        f"{path}:{cut.count(chr(10)) + 1}: the handout document is incomplete (the file "
        "ends early); open an autosaved copy or save it again"
    )
    path.write_text("", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_handout(path)
    assert "the handout document is empty; open an autosaved copy" in str(info.value)


def test_bad_section_field_names_section(tmp_path, make_handout):
    data = make_handout("anxiety-alarm").to_data()
    data["sections"][0]["title"] = ["not", "text"]
    data["options"]["paper"] = "legal"
    path = tmp_path / "x.handout"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_handout(path)
    fields = {p.field for p in info.value.problems}
    assert {"sections[1].title", "options.paper"} <= fields


def test_missing_file(tmp_path):
    with pytest.raises(NotFoundError):
        load_handout(tmp_path / "nope.handout")


def test_save_into_missing_folder_fails_and_writes_nothing(tmp_path, make_handout):
    with pytest.raises(HandoutBuilderError, match="folder does not exist"):
        save_handout(make_handout("anxiety-alarm"), tmp_path / "no" / "x.handout")
    assert not (tmp_path / "no").exists()


def test_checklist_answers_round_trip_and_are_optional(tmp_path, make_handout):
    handout = make_handout("anxiety-alarm")
    path = tmp_path / "a.handout"
    save_handout(handout, path)
    assert "checklist" not in json.loads(path.read_text())  # older files stay the same
    handout.checklist = ["purpose-evident", "logical-order"]
    save_handout(handout, path)
    data = json.loads(path.read_text())
    assert data["checklist"] == ["logical-order", "purpose-evident"]
    assert data["version"] == 1
    assert sorted(load_handout(path).checklist) == ["logical-order", "purpose-evident"]
    data["checklist"] = ["purpose-evident", "Not An Id"]
    path.write_text(json.dumps(data))
    with pytest.raises(
        ValidationError, match="field 'checklist': 'Not An Id' is not a question id"
    ):
        load_handout(path)


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path, make_handout):
    path = tmp_path / "bom.handout"
    path.write_bytes(b"\xef\xbb\xbf" + make_handout("anxiety-alarm").to_json().encode("utf-8"))
    assert load_handout(path).sections[0].entry_id == "anxiety-alarm"


def test_save_refuses_what_open_would_refuse_and_writes_nothing(tmp_path, make_handout):
    handout = make_handout("anxiety-alarm")
    path = tmp_path / "long.handout"
    handout.title = "x" * (TEXT_LIMITS["title"] + 1)
    with pytest.raises(ValidationError, match=r"field 'title': is too long \(201 characters"):
        save_handout(handout, path)
    assert not path.exists()
    handout.title = "x" * TEXT_LIMITS["title"]  # the limit itself saves and opens again
    save_handout(handout, path)
    assert load_handout(path).title == handout.title


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("subtitle", "line one\nline two", "must be a single line"),
        ("prepared_for", "Sam\u2028Lee", "must be a single line"),
        ("date", "2026\x0711", "control character (U+0007)"),
    ],
)
def test_save_refuses_line_breaks_and_control_characters(
    tmp_path, make_handout, field, value, message
):
    handout = make_handout("anxiety-alarm")
    setattr(handout, field, value)
    with pytest.raises(ValidationError, match=re.escape(message)):
        save_handout(handout, tmp_path / "x.handout")


def test_summary_travels_with_the_section_and_counts_as_wording(
    tmp_path, make_handout, builtin_library
):
    handout = make_handout("anxiety-alarm")
    entry = builtin_library.get("anxiety-alarm")
    section = handout.sections[0]
    assert section.summary == entry.summary and not section.is_edited(entry)
    section.summary = "Your alarm is loud, and it can learn to settle."
    assert section.is_edited(entry)
    handout.options.brief = True
    path = tmp_path / "brief.handout"
    save_handout(handout, path)
    loaded = load_handout(path)
    assert loaded.sections[0].summary == section.summary and loaded.options.brief
    # a file saved before summaries were kept: no summary, not "edited" for lack of one
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["sections"][0]["summary"]
    del data["options"]["brief"]
    path.write_text(json.dumps(data), encoding="utf-8")
    old = load_handout(path)
    assert old.sections[0].summary == "" and not old.options.brief
    assert not old.sections[0].is_edited(entry)
