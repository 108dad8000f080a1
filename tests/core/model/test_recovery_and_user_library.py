from __future__ import annotations

import stat

from handout_builder.core.model import recovery
from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import load_library
from handout_builder.core.model.user_library import save_section_to_library, slugify


def test_recovery_round_trip_is_private(home, make_handout, tmp_path):
    handout = make_handout("anxiety-alarm", title="Unsaved work")
    path = recovery.write_recovery("s1", handout, tmp_path / "x.handout")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    found = recovery.find_recoveries()
    assert len(found) == 1 and found[0].handout == handout
    assert found[0].saved_as == tmp_path / "x.handout"
    assert recovery.find_recoveries(exclude="s1") == []
    recovery.discard_recovery("s1")
    assert recovery.find_recoveries() == []


def test_broken_recovery_files_are_skipped(home):
    folder = home / "autosave"
    folder.mkdir()
    (folder / "bad.recovery.json").write_text("{not json")
    assert recovery.find_recoveries() == []


def test_save_section_to_my_library(home, builtin_library):
    entry = builtin_library.get("anxiety-alarm")
    section = Section.from_entry(entry)
    section.title = "Sam's alarm"
    section.body = "Your alarm, in Sam's words.\n\n## Try this\n\n1. Breathe.\n"
    saved = save_section_to_library(section, source=entry, taken_ids=set(builtin_library.entries))
    assert saved.id == "sam-s-alarm"
    assert saved.source.parent == home / "library"
    assert saved.audiences == entry.audiences and saved.tags == entry.tags
    assert "Adapted from the library entry 'anxiety-alarm'" in saved.clinician_note
    library = load_library()
    assert library.get("sam-s-alarm").body.startswith("Your alarm, in Sam's words.")
    again = save_section_to_library(section, source=entry, taken_ids=set(library.entries))
    assert again.id == "sam-s-alarm-2"


def test_slugify():
    assert (
        slugify("Why anxiety happens: your body's alarm!")
        == "why-anxiety-happens-your-body-s-alarm"
    )
    assert slugify("¿¿") == "my-entry"
