"""The shared practice folder: its entries, layouts and brand profiles are layered
under the user's own, read without ever being written, and a folder that is
missing or half-synced never stops loading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from handout_builder.core import paths
from handout_builder.core.layout.layouts import scan_layouts
from handout_builder.core.model.brand import find_brand, list_brands
from handout_builder.core.model.library import load_library
from handout_builder.core.model.user_library import save_section_to_library
from handout_builder.core.resources import builtin_library_dir


def entry_text(entry_id: str, title: str) -> str:
    """A valid library entry (the built-in anxiety entry, renamed)."""
    text = (builtin_library_dir() / "anxiety-alarm.md").read_text(encoding="utf-8")
    text = text.replace("id: anxiety-alarm", f"id: {entry_id}", 1)
    return re.sub(r"(?m)^title: .*$", f'title: "{title}"', text, count=1)


def layout(folder: Path, name: str, title: str) -> Path:
    target = folder / name
    target.mkdir(parents=True)
    (target / "layout.toml").write_text(f'title = "{title}"\nextends = "classic"\n')
    return target


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "practice"
    for part in paths.PRACTICE_PARTS:
        (folder / part).mkdir(parents=True)
    monkeypatch.setenv(paths.ENV_PRACTICE, str(folder))
    return folder


def test_practice_entries_are_layered_under_the_users_own(practice: Path, home: Path):
    (practice / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    (practice / "library" / "shared.md").write_text(entry_text("shared", "Practice wording"))
    (home / "library").mkdir()
    (home / "library" / "shared.md").write_text(entry_text("shared", "My wording"))

    library = load_library()

    assert library.get("group-rules").title == "Group rules"
    assert library.get("group-rules").practice
    assert library.get("shared").title == "My wording"  # the user's win
    assert not library.get("shared").practice
    assert any("replaces the practice folder's entry" in p.message for p in library.problems)
    assert "anxiety-alarm" in library  # the built-in ones stay


def test_practice_layouts_and_brands_are_found_and_the_users_win(practice: Path, home: Path):
    layout(practice / "layouts", "group-handout", "Group handout")
    layout(practice / "layouts", "mine", "The practice's")
    layout(home / "layouts", "mine", "Mine")
    (practice / "brands" / "group.toml").write_text('practice_name = "Group Practice"\n')
    (practice / "brands" / "both.toml").write_text('practice_name = "Theirs"\n')
    (home / "brands").mkdir()
    (home / "brands" / "both.toml").write_text('practice_name = "Ours"\n')

    scan = scan_layouts()
    assert scan.layouts["group-handout"].source == "practice"
    assert scan.layouts["mine"].title == "Mine"
    assert scan.layouts["mine"].source == "user"
    names = {p.name: p.practice_name for p in list_brands()[0]}
    assert names == {"both": "Ours", "group": "Group Practice"}
    assert find_brand("group").practice_name == "Group Practice"
    assert find_brand("both").practice_name == "Ours"


def test_the_setting_names_the_folder_when_the_environment_does_not(
    practice: Path, monkeypatch: pytest.MonkeyPatch
):
    from handout_builder.core.settings import Settings, save_settings

    monkeypatch.delenv(paths.ENV_PRACTICE)
    assert paths.practice_dir() is None
    save_settings(Settings(practice_dir=str(practice)))
    assert paths.practice_dir() == practice
    layout(practice / "layouts", "group-handout", "Group handout")
    assert "group-handout" in scan_layouts().layouts


def test_a_missing_practice_folder_keeps_everything_working_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    gone = tmp_path / "network-drive" / "practice"
    monkeypatch.setenv(paths.ENV_PRACTICE, str(gone))

    library = load_library()
    notes = [p for p in library.problems if str(gone) in p.message]

    assert len(notes) == 1 and "cannot be reached" in notes[0].message
    assert notes[0].severity == "warning"
    assert "anxiety-alarm" in library
    assert "classic" in scan_layouts().layouts
    assert list_brands() == ([], [])


def test_half_synced_and_temporary_files_never_break_loading(practice: Path):
    library_folder = practice / "library"
    (library_folder / "good.md").write_text(entry_text("good", "A good entry"))
    good = entry_text("copy", "A copy")
    for name in (
        ".~lock.good.md#",
        "~$good.md",
        "good.sync-conflict-20261122-101010-ABCDEFG.md",
        "good (conflicted copy 2026-11-22).md",
        ".syncthing.good.md.tmp",
        "good.md.part",
        ".good.md.3f2a9c1e.tmp",
    ):
        (library_folder / name).write_text(good)
    half = entry_text("half", "Half written")
    (library_folder / "half.md").write_text(half[: len(half) // 3])  # being written
    (practice / "brands" / "half.toml").write_text('practice_name = "Half')  # being written
    layout(practice / "layouts", ".syncthing-tmp", "Temporary")
    broken = layout(practice / "layouts", "half-layout", "Half")
    (broken / "layout.toml").write_text('title = "Ha')

    library = load_library()

    practice_entries = sorted(e.id for e in library if e.practice)
    assert practice_entries == ["good"]
    assert [p.file for p in library.problems if p.severity == "error"] == [
        str(library_folder / "half.md")
    ]
    profiles, problems = list_brands()
    assert profiles == [] and len(problems) == 1
    scan = scan_layouts()
    assert "half-layout" in scan.broken and ".syncthing-tmp" not in scan.broken
    assert "Temporary" not in {item.title for item in scan.layouts.values()}


def test_temporary_names():
    for name in ("~$plan.md", ".~lock.plan.md#", "plan.md.crdownload", "plan~", "#plan.md#"):
        assert paths.is_temporary_name(name), name
    for name in ("plan.md", "my-plan.toml", "safety-plan-2.md"):
        assert not paths.is_temporary_name(name), name


def test_nothing_is_ever_written_in_the_practice_folder(practice: Path, home: Path):
    entry = practice / "library" / "group-rules.md"
    entry.write_text(entry_text("group-rules", "Group rules"))
    before = {p: p.stat().st_mtime_ns for p in practice.rglob("*")}
    library = load_library()
    from handout_builder.core.model.handout import Section

    saved = save_section_to_library(
        Section.from_entry(library.get("group-rules")),
        source=library.get("group-rules"),
        taken_ids=set(library.entries),
    )
    load_library(), scan_layouts(), list_brands()

    assert saved.source is not None and saved.source.parent == home / "library"
    assert {p: p.stat().st_mtime_ns for p in practice.rglob("*")} == before
    assert paths.is_in_practice(entry) and not paths.is_in_practice(saved.source)
    assert [p.name for p in (practice / "library").iterdir()] == ["group-rules.md"]
