"""The document rules the command line and the app share: a new handout, where a
section's wording stands, and which brand profile prints a handout."""

from __future__ import annotations

import pytest

from handout_builder.core.errors import NotFoundError
from handout_builder.core.model.documents import (
    first_run_handout,
    library_update_notes,
    new_handout,
    resolve_brand,
    section_status,
)
from handout_builder.core.model.handout import Section
from handout_builder.core.settings import Settings, save_settings


def test_a_new_handout_holds_the_library_wording_under_the_users_defaults(builtin_library):
    settings = Settings(default_paper="a4", default_layout="worksheet", default_brand="harbour")
    handout = new_handout(builtin_library, ["window-of-tolerance"], settings=settings)
    entry = builtin_library.get("window-of-tolerance")
    assert [(s.entry_id, s.title, s.body) for s in handout.sections] == [
        ("window-of-tolerance", entry.title, entry.body)
    ]
    assert handout.sections[0].entry_revision == entry.revision
    assert handout.title == entry.title  # named after its only topic
    assert (handout.options.paper, handout.options.layout) == ("a4", "worksheet")
    assert handout.brand is None  # "the default profile", resolved when printing


def test_a_new_handouts_title_follows_its_topics_until_one_is_given(builtin_library):
    settings = Settings()
    two = new_handout(builtin_library, ["anxiety-alarm", "grounding-skills"], settings=settings)
    assert two.title == "Information for you"
    assert new_handout(settings=settings).title == "Untitled handout"
    named = new_handout(builtin_library, ["anxiety-alarm"], title="For Sam", settings=settings)
    assert named.title == "For Sam"


def test_a_new_handout_reads_the_saved_preferences(builtin_library):
    save_settings(Settings(default_paper="a4", default_layout="large-print"))
    handout = new_handout(builtin_library, ["anxiety-alarm"], paper="letter")
    assert (handout.options.paper, handout.options.layout) == ("letter", "large-print")


def test_an_unknown_topic_is_named(builtin_library):
    with pytest.raises(NotFoundError, match="no-such-topic"):
        new_handout(builtin_library, ["no-such-topic"], settings=Settings())


def test_the_first_start_shows_a_finished_sample_then_an_empty_handout(builtin_library):
    first = first_run_handout(builtin_library, Settings())
    assert first.title == "Understanding anxiety"
    assert [s.entry_id for s in first.sections] == ["anxiety-alarm"]
    later = first_run_handout(builtin_library, Settings(setup_done=True, default_brand="harbour"))
    assert later.title == "Untitled handout" and later.sections == []
    assert later.brand == "harbour"  # new handouts name the practice's profile


def test_section_status_against_the_library(builtin_library):
    entry = builtin_library.get("anxiety-alarm")
    fresh = Section.from_entry(entry)
    assert section_status(fresh, builtin_library).from_library
    assert not section_status(fresh, builtin_library).edited
    edited = Section.from_entry(entry)
    edited.body += "\nFor Sam.\n"
    assert section_status(edited, builtin_library).edited
    updated = Section.from_entry(entry)
    updated.entry_revision = "an-older-revision"
    status = section_status(updated, builtin_library)
    assert status.library_updated and not status.edited
    gone = Section(title="Old", body="Text", entry_id="removed-entry", entry_revision="1")
    assert section_status(gone, builtin_library).from_library
    assert not section_status(gone, builtin_library).in_library
    own = Section(title="Mine", body="My words")
    assert not section_status(own, builtin_library).from_library


def test_library_updates_are_noted_by_section(builtin_library, make_handout):
    handout = make_handout("anxiety-alarm", "grounding-skills")
    assert library_update_notes(handout, builtin_library) == []
    handout.sections[1].entry_revision = "an-older-revision"
    notes = library_update_notes(handout, builtin_library)
    assert len(notes) == 1 and notes[0].severity == "info"
    assert notes[0].message.startswith(f"section 2 “{handout.sections[1].title}”")


def _profile(home, name: str, practice: str) -> None:
    (home / "brands").mkdir(exist_ok=True)
    (home / "brands" / f"{name}.toml").write_text(f'practice_name = "{practice}"\n')


def test_a_named_brand_profile_is_used(home, tmp_path):
    _profile(home, "harbour", "Harbour Therapy")
    assert resolve_brand("harbour").profile.practice_name == "Harbour Therapy"
    (tmp_path / "own.toml").write_text('practice_name = "Own File"\n')
    choice = resolve_brand("own.toml", relative_to=tmp_path)
    assert choice.profile.practice_name == "Own File" and choice.note is None


def test_a_missing_named_profile_stops_the_command_line_and_not_the_app(home):
    with pytest.raises(NotFoundError, match="brand profile 'gone' not found"):
        resolve_brand("gone", strict=True)
    choice = resolve_brand("gone")
    assert choice.profile.practice_name == "Riverside Counselling"
    assert choice.note is not None and choice.note.severity == "warning"
    assert "'gone' not found" in choice.note.message
    assert "using the sample practice instead" in choice.note.message


def test_no_brand_named_means_the_default_profile(home):
    sample = resolve_brand(None)
    assert sample.profile.practice_name == "Riverside Counselling"
    assert sample.note is not None and sample.note.severity == "info"
    _profile(home, "harbour", "Harbour Therapy")
    assert resolve_brand(None).profile.practice_name == "Harbour Therapy"  # the only one
    _profile(home, "north", "North Clinic")
    assert resolve_brand(None).profile.practice_name == "Riverside Counselling"  # which one?
    choice = resolve_brand(None, settings=Settings(default_brand="north"))
    assert choice.profile.practice_name == "North Clinic" and choice.note is None
    save_settings(Settings(default_brand="harbour"))
    assert resolve_brand(None).profile.practice_name == "Harbour Therapy"


def test_an_unreadable_default_profile_gives_way_to_the_sample_with_a_warning(home):
    choice = resolve_brand(None, settings=Settings(default_brand="deleted"), strict=True)
    assert choice.profile.practice_name == "Riverside Counselling"
    assert choice.note is not None and choice.note.severity == "warning"
    assert "'deleted' not found" in choice.note.message
