"""Exporting the user's own files as a pack and importing it elsewhere: checked
first (layout check, library lint, brand checks), what it adds and replaces
shown, the clinician's files replaced only when asked, all or nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.layout.layouts import scan_layouts
from handout_builder.core.model import pack_import
from handout_builder.core.model.brand import list_brands
from handout_builder.core.model.library import load_library
from handout_builder.core.model.pack import write_pack
from handout_builder.core.model.pack_export import export_pack
from handout_builder.core.model.pack_import import apply_import, prepare_import
from handout_builder.core.resources import asset
from tests.core.test_practice_folder import entry_text

LAYOUT = b'title = "Group handout"\nextends = "classic"\n'


@pytest.fixture
def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Switch to a second, empty data folder (another computer)."""

    def switch() -> Path:
        folder = tmp_path / "other-computer"
        folder.mkdir()
        monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(folder))
        return folder

    return switch


@pytest.fixture
def practice_files(home: Path) -> Path:
    """The first computer's own entry, layout and brand profile (with a logo)."""
    (home / "library").mkdir()
    (home / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    (home / "layouts" / "group").mkdir(parents=True)
    (home / "layouts" / "group" / "layout.toml").write_bytes(LAYOUT)
    (home / "layouts" / "group" / "style.css").write_text("h1 { color: #123456; }\n")
    logo = asset("sample", "logo.svg")
    (home / "brands").mkdir()
    (home / "brands" / "group.toml").write_text(
        f'practice_name = "Group Practice"\nlogo = "{logo}"\n'
    )
    return home


def no_render(request):
    raise AssertionError("no layout check expected")


def test_export_then_import_on_another_computer(
    practice_files, other_home, tmp_path, render_worker
):
    packed = tmp_path / "group.hbpack"
    manifest = export_pack(packed, "Group Practice", "2026.11")
    assert {m.path for m in manifest.members} == {
        "library/group-rules.md",
        "layouts/group/layout.toml",
        "layouts/group/style.css",
        "brands/group.toml",
        "brands/group-logo.svg",  # the logo travels with its profile
    }

    other = other_home()
    plan = prepare_import(packed, render_worker.render)
    assert plan.ok, plan.problems
    assert sorted((i.kind, i.name, i.action) for i in plan.items) == [
        ("brand", "group", "add"),
        ("entry", "group-rules", "add"),
        ("layout", "group", "add"),
    ]
    result = apply_import(plan)
    assert len(result.added) == 3 and not plan.staging.exists()

    assert load_library().get("group-rules").title == "Group rules"
    assert scan_layouts().layouts["group"].title == "Group handout"
    (profile,) = list_brands()[0]
    assert profile.practice_name == "Group Practice"
    assert profile.logo == other / "brands" / "group-logo.svg"
    for path in other.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path

    again = prepare_import(packed, render_worker.render)
    assert {i.action for i in again.items} == {"same"}
    pack_import.discard(again)
    assert not list(other.glob(".pack-import-*"))


def test_the_clinicians_files_are_replaced_only_when_asked(home, tmp_path):
    packed = tmp_path / "p.hbpack"
    write_pack(
        packed,
        "P",
        "2",
        {
            "library/group-rules.md": entry_text("group-rules", "Group rules v2").encode(),
            "layouts/group/layout.toml": LAYOUT,
        },
    )
    (home / "library").mkdir()
    mine = home / "library" / "group-rules.md"
    mine.write_text(entry_text("group-rules", "My own version"))
    (home / "layouts" / "group").mkdir(parents=True)
    (home / "layouts" / "group" / "layout.toml").write_bytes(LAYOUT)
    (home / "layouts" / "group" / "old.css").write_text("/* mine */")

    plan = prepare_import(packed, None)
    assert [(i.name, i.action) for i in plan.items] == [
        ("group-rules", "replace"),
        ("group", "replace"),  # same manifest, but a file of mine the pack does not have
    ]
    kept = apply_import(plan)
    assert len(kept.kept) == 2 and "My own version" in mine.read_text()

    result = apply_import(prepare_import(packed, None), replace_existing=True)
    assert len(result.replaced) == 2
    assert "Group rules v2" in mine.read_text()
    assert sorted(p.name for p in (home / "layouts" / "group").iterdir()) == ["layout.toml"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"library/bad.md": b"---\nid: bad\n---\nNo title.\n"}, "title"),
        ({"brands/far.toml": b'practice_name = "F"\nlogo = "/etc/hostname"\n'}, "logo"),
        ({"brands/stray.png": b"\x89PNG\r\n\x1a\n"}, "stray.png is not a library entry, a layout"),
        ({"layouts/x/layout.toml": b'name = "y"\n'}, "its folder must be too"),
    ],
)
def test_a_pack_with_a_problem_is_refused_and_nothing_is_written(home, tmp_path, files, message):
    packed = tmp_path / "p.hbpack"
    write_pack(packed, "P", "1", {"library/good.md": entry_text("good", "Good").encode(), **files})
    before = sorted(home.rglob("*"))
    plan = prepare_import(packed, None)
    assert not plan.ok
    errors = [str(p) for p in plan.problems if p.severity == "error"]
    assert any(message in e and str(packed) in e for e in errors), errors
    with pytest.raises(HandoutBuilderError, match="not imported"):
        apply_import(plan)
    assert sorted(home.rglob("*")) == before  # the staging folder is gone too


def test_a_layout_that_fails_its_check_is_refused(home, tmp_path, render_worker):
    packed = tmp_path / "p.hbpack"
    template = (
        b'{% extends "classic/handout.html.j2" %}\n{% block header %}{{ nope.x }}{% endblock %}\n'
    )
    write_pack(
        packed,
        "P",
        "1",
        {"layouts/broken/layout.toml": LAYOUT, "layouts/broken/handout.html.j2": template},
    )
    plan = prepare_import(packed, render_worker.render)
    errors = [str(p) for p in plan.problems if p.severity == "error"]
    assert any("layouts/broken/handout.html.j2" in e and "nope" in e for e in errors), errors
    pack_import.discard(plan)


def test_all_or_nothing_when_a_file_cannot_be_written(home, tmp_path, monkeypatch):
    packed = tmp_path / "p.hbpack"
    write_pack(
        packed,
        "P",
        "1",
        {
            "library/group-rules.md": entry_text("group-rules", "Group rules").encode(),
            "layouts/group/layout.toml": LAYOUT,
            "layouts/fresh/layout.toml": LAYOUT,
        },
    )
    (home / "layouts" / "group").mkdir(parents=True)
    (home / "layouts" / "group" / "layout.toml").write_text('title = "Mine"\n')

    def full_disk(files, **kwargs):
        raise HandoutBuilderError("library/group-rules.md: cannot write file: No space left")

    monkeypatch.setattr(pack_import, "atomic_write_files", full_disk)
    plan = prepare_import(packed, None)
    with pytest.raises(HandoutBuilderError, match="No space left"):
        apply_import(plan, replace_existing=True)
    assert (home / "layouts" / "group" / "layout.toml").read_text() == 'title = "Mine"\n'
    assert not (home / "layouts" / "fresh").exists()
    assert not (home / "library").exists() or not list((home / "library").iterdir())
    assert not list(home.glob(".pack-import-*"))


def test_the_clinicians_spanish_entries_travel_in_the_pack(home, other_home, tmp_path):
    """Entries saved from a Spanish handout live in library/es/: they are the
    clinician's own too, and land in the same folder on the other computer."""
    spanish = (asset("library", "es", "anxiety-alarm.md")).read_text(encoding="utf-8")
    spanish = spanish.replace('title: "Por qué', 'title: "Mi versión: por qué', 1)
    (home / "library" / "es").mkdir(parents=True)
    (home / "library" / "es" / "anxiety-alarm.md").write_text(spanish, encoding="utf-8")
    (home / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    packed = tmp_path / "spanish.hbpack"
    manifest = export_pack(packed, "Consultorio Sur")
    assert {m.path for m in manifest.members} == {
        "library/group-rules.md",
        "library/es/anxiety-alarm.md",
    }

    other = other_home()
    plan = prepare_import(packed, None)
    assert plan.ok, plan.problems
    assert sorted((i.kind, i.name) for i in plan.items) == [
        ("entry", "es/anxiety-alarm"),
        ("entry", "group-rules"),
    ]
    apply_import(plan)
    assert (other / "library" / "es" / "anxiety-alarm.md").read_text(encoding="utf-8") == spanish
    entry = load_library(language="es").get("anxiety-alarm")
    assert entry.title.startswith("Mi versión: por qué")
