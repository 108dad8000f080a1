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


def test_one_safety_line_may_be_written_as_text_and_an_unknown_one_is_a_problem(tmp_path):
    folder = tmp_path / "library"
    write(folder, "one.md", ENTRY.replace("tags: [Skills]", "safety_lines: domestic_violence_line"))
    bad = ENTRY.replace("my-topic", "bad").replace("tags: [Skills]", "safety_lines: police_line")
    write(folder, "bad.md", bad)
    library = load_library(user_dir=folder)
    assert library.entries["my-topic"].safety_lines == ("domestic_violence_line",)
    assert [p.describe() for p in library.problems] == [
        f"{folder / 'bad.md'}:6: field 'safety_lines': 'police_line' is not one of: "
        "crisis_line, domestic_violence_line"
    ]


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


VARIANT = ENTRY.replace("id: my-topic", "id: my-topic-teen\nvariant_of: my-topic").replace(
    "audiences: [adult]", "audiences: [teen]"
)


def test_a_variant_is_its_own_entry_listed_under_the_entry_it_varies(home):
    folder = home / "library"
    write(folder, "my-topic.md", ENTRY)
    write(folder, "my-topic-teen.md", VARIANT)
    library = load_library()
    teen = library.get("my-topic-teen")
    assert teen.variant_of == "my-topic"
    assert [v.id for v in library.variants_of("my-topic")] == ["my-topic-teen"]
    assert [v.id for v in library.versions_of("my-topic-teen")] == ["my-topic", "my-topic-teen"]
    assert library.pick_version("my-topic", "teen").id == "my-topic-teen"
    assert library.pick_version("my-topic", "adult").id == "my-topic"
    assert library.pick_version("my-topic", None).id == "my-topic"
    # a list shows the topic once; a teen filter finds it through its variant
    ids = [e.id for e in library.search("my topic", fold_variants=True)]
    assert ids.count("my-topic") == 1 and "my-topic-teen" not in ids
    teen_ids = [e.id for e in library.search("", audience="teen", fold_variants=True)]
    assert "my-topic" in teen_ids


def test_a_variant_of_a_missing_entry_is_a_problem_and_loads_on_its_own(home):
    write(home / "library", "my-topic-teen.md", VARIANT)
    library = load_library()
    assert library.get("my-topic-teen").variant_of is None
    assert any(
        p.field == "variant_of" and "'my-topic' is not an entry" in p.message
        for p in library.problems
    )
    with pytest.raises(ValidationError) as info:
        parse_entry(VARIANT.replace("variant_of: my-topic", "variant_of: my-topic-teen"), "v.md")
    assert "names the entry itself" in str(info.value)


def test_builtin_teen_and_parent_entries_are_written_for_them_alone(builtin_library):
    """An entry for teens or parents is written for them (a variant or an entry
    of their own), never an adult text with the tag added."""
    for entry in builtin_library:
        if {"teen", "parent"} & set(entry.audiences):
            assert len(entry.audiences) == 1, entry.id
    teen_plan = builtin_library.get("safety-plan-teen")
    assert teen_plan.variant_of == "safety-plan"
    assert "school counselor" in teen_plan.body and "trusted adult" in teen_plan.body.lower()
    assert "Guns:" in teen_plan.body and "Medicines:" in teen_plan.body


def test_reference_supports_client_or_note():
    text = ENTRY.replace(
        "tags: [Skills]",
        """tags: [Skills]
references:
  - authors: "Roe R"
    year: 2020
    title: "A study"
    source: "J Test 1(1):1-2"
    verified: true
  - authors: "Doe J"
    year: 2021
    title: "Another study"
    source: "J Test 2(1):3-4"
    verified: true
    supports: note""",
    )
    entry = parse_entry(text, "my-topic.md")
    assert [r.supports for r in entry.references] == ["client", "note"]
    assert [r.authors for r in entry.printed_references] == ["Roe R"]
    with pytest.raises(ValidationError) as info:
        parse_entry(text.replace("supports: note", "supports: both"), "x.md")
    assert "supports" in str(info.value) and "'both' is not one of" in str(info.value)


def test_a_missing_reference_year_or_id_translates_like_every_missing_field():
    """Spanish interface: 'is required' for a reference's year and an entry's id
    was plain English beside 'es obligatorio' for the other fields."""
    text = (
        "---\nid: ''\ntitle: T\nsummary: S\naudiences: [adult]\n"
        "references:\n  - authors: A B\n    title: T\n    source: S\n---\nBody.\n"
    )
    with pytest.raises(ValidationError) as caught:
        parse_entry(text, "x.md")
    spanish = {"is required": "es obligatorio"}
    words = {p.field: p.headline(lambda t: spanish.get(t, t)) for p in caught.value.problems}
    assert words["id"].endswith("es obligatorio")
    assert words["references[1].year"].endswith("es obligatorio")
