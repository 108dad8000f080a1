from __future__ import annotations

from pathlib import Path

import pytest

from handout_builder.core.errors import NotFoundError, ValidationError
from handout_builder.core.model.library import AUDIENCES, load_library, parse_entry

ENTRY = """---
id: my-topic
title: My topic
summary: A short summary.
audiences: [adult]
tags: [Skills]
---
The main message.

## Try this: a step

1. Do a thing.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_entries_load_with_required_fields(builtin_library):
    assert len(builtin_library) >= 6
    for entry in builtin_library:
        assert entry.builtin
        assert entry.title and entry.summary and entry.body.strip()
        assert set(entry.audiences) <= set(AUDIENCES) and entry.audiences
        assert entry.revision


def test_parse_entry_reads_fields_and_lowercases_tags():
    entry = parse_entry(ENTRY, "my-topic.md")
    assert entry.id == "my-topic"
    assert entry.tags == ("skills",)
    assert entry.body.startswith("The main message.")


def test_safety_lines_are_read_checked_and_carried_into_a_saved_section(tmp_path):
    from handout_builder.core.model.handout import Handout, Section, load_handout, save_handout

    text = ENTRY.replace("tags: [Skills]", "tags: [Skills]\nsafety_lines: [domestic_violence_line]")
    entry = parse_entry(text, "my-topic.md")
    assert entry.safety_lines == ("domestic_violence_line",)
    path = tmp_path / "x.handout"
    save_handout(Handout(title="T", sections=[Section.from_entry(entry)]), path)
    assert load_handout(path).sections[0].safety_lines == ["domestic_violence_line"]
    with pytest.raises(ValidationError) as info:
        parse_entry(text.replace("[domestic_violence_line]", "[police_line]"), "y.md")
    assert "safety_lines" in str(info.value)


def test_unknown_field_is_reported_with_line_and_hint():
    text = ENTRY.replace("summary:", "sumary:")
    with pytest.raises(ValidationError) as info:
        parse_entry(text, "x.md")
    messages = [str(p) for p in info.value.problems]
    assert "x.md:4: field 'sumary': is not a known field (did you mean 'summary'?)" in messages
    assert "x.md: field 'summary': is required" in messages


def test_malformed_front_matter_names_file_and_line():
    text = ENTRY.replace("audiences: [adult]", "audiences: [adult")
    with pytest.raises(ValidationError) as info:
        parse_entry(text, "broken.md")
    message = str(info.value)
    assert message.startswith("broken.md:")
    assert "not valid YAML" in message
    assert "\n" not in message


def test_missing_front_matter_and_bad_audience():
    with pytest.raises(ValidationError, match="must start with a front-matter block"):
        parse_entry("# just markdown\n", "plain.md")
    with pytest.raises(ValidationError, match="'kids' is not one of: adult, teen"):
        parse_entry(ENTRY.replace("[adult]", "[kids]"), "a.md")


def test_user_entry_overrides_builtin_and_library_says_so(home, builtin_library):
    builtin = next(iter(builtin_library))
    write(home / "library", f"{builtin.id}.md", ENTRY.replace("my-topic", builtin.id))
    library = load_library()
    assert library.get(builtin.id).title == "My topic"
    assert not library.get(builtin.id).builtin
    notices = [p for p in library.problems if p.severity == "info"]
    assert notices and "replaces the built-in entry" in notices[0].message


def test_broken_user_entry_is_skipped_and_reported(home):
    write(home / "library", "good.md", ENTRY.replace("my-topic", "good"))
    write(home / "library", "bad.md", ENTRY.replace("title: My topic\n", ""))
    library = load_library()
    assert "good" in library
    assert "bad" not in library
    assert any(
        p.file and p.file.endswith("bad.md") and p.field == "title" for p in library.problems
    )


def test_unknown_topic_suggests_close_match(builtin_library):
    with pytest.raises(NotFoundError, match="did you mean anxiety-alarm"):
        builtin_library.get("anxiety-alrm")


def test_search_matches_words_and_filters(builtin_library):
    found = builtin_library.search("alarm")
    assert found and found[0].id == "anxiety-alarm"
    assert builtin_library.search("alarm breathing")  # body words count too
    assert builtin_library.search("zzzz-no-such-word") == []
    assert all("couple" in e.audiences for e in builtin_library.search(audience="couple"))
    tag = builtin_library.get("anxiety-alarm").tags[0]
    assert all(tag in e.tags for e in builtin_library.search(tag=tag))


def test_revision_changes_when_text_changes():
    a = parse_entry(ENTRY, "a.md")
    b = parse_entry(ENTRY.replace("Do a thing.", "Do another thing."), "a.md")
    assert a.revision != b.revision
