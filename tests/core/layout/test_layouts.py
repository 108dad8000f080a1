"""Layout folders: manifests, options, the search path with ``extends``,
scaffolding a new layout and noticing changed files."""

from __future__ import annotations

import pytest

from handout_builder.core.errors import HandoutBuilderError, ValidationError
from handout_builder.core.layout.authoring import (
    scaffold_layout,
    snapshot,
    watched_folders,
)
from handout_builder.core.layout.layouts import (
    find_layout,
    find_layouts,
    get_layout,
    layout_chain,
    load_layout,
    parse_option_assignments,
    resolve_options,
    scan_layouts,
)


def write_layout(home, name: str, manifest: str) -> None:
    folder = home / "layouts" / name
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(manifest)


def test_manifest_problems_name_file_line_and_field(home):
    write_layout(
        home,
        "broken",
        'title = "Broken"\npapers = ["letter", "a3"]\nmax_pages = 0\ncolour = "red"\n'
        '[options.lines]\ntype = "int"\ndefault = 50\nmax = 8\n'
        '[options.Bad-Name]\ntype = "bool"\ndefault = true\n',
    )
    with pytest.raises(ValidationError) as caught:
        load_layout(home / "layouts" / "broken")
    found = {(p.field, p.line) for p in caught.value.problems}
    assert ("papers", 2) in found and ("max_pages", 3) in found
    assert any(p.field == "colour" for p in caught.value.problems)
    assert any(p.field == "options.lines.default" for p in caught.value.problems)
    assert any(p.field == "options.Bad-Name" for p in caught.value.problems)
    assert all(p.file.endswith("broken/layout.toml") for p in caught.value.problems)


def test_user_layouts_win_and_broken_ones_are_reported_by_folder(home):
    write_layout(home, "classic", 'title = "My classic"\n')
    write_layout(home, "oops", "title = [\n")
    scan = scan_layouts()
    assert scan.layouts["classic"].title == "My classic" and not scan.layouts["classic"].builtin
    assert "oops" in scan.broken and scan.broken["oops"][0].file.endswith("oops/layout.toml")
    assert find_layouts()[1] == scan.broken["oops"]


def test_find_layout_reads_the_one_the_scan_would_give_or_says_none(home, tmp_path, monkeypatch):
    from handout_builder.core import paths

    practice = tmp_path / "practice"
    (practice / "layouts" / "worksheet").mkdir(parents=True)
    (practice / "layouts" / "worksheet" / "layout.toml").write_text('title = "Our worksheet"\n')
    monkeypatch.setenv(paths.ENV_PRACTICE, str(practice))
    write_layout(home, "classic", 'title = "My classic"\n')
    write_layout(home, "large-print", "title = [\n")  # broken: the scan says what stands in
    write_layout(home, "renamed", 'name = "other"\n')  # the scan lists it as "other"
    write_layout(home, "~trifold.tmp", 'title = "A half-synced copy"\n')
    scan = scan_layouts()
    for name in ("classic", "worksheet", "trifold", "coping-cards"):  # user, practice, built-in
        assert find_layout(name) == scan.layouts[name]
    assert find_layout("classic").title == "My classic" and find_layout("worksheet").practice
    for name in (
        "large-print",
        "renamed",
        "no-such-layout",
        "base",
        "../classic",
        "",
        "~trifold.tmp",
        "classic\n",  # a name ends at its end, not before a newline
    ):
        assert find_layout(name) is None
    # Quick, not exact (documented): another folder naming itself "coping-cards",
    # which the scan prefers, is not looked for.
    write_layout(home, "cards", 'name = "coping-cards"\ntitle = "Our cards"\n')
    assert scan_layouts().layouts["coping-cards"].title == "Our cards"
    assert find_layout("coping-cards").builtin


def test_a_manifest_is_read_again_only_when_it_changed(home):
    import os
    import time

    write_layout(home, "mine", 'title = "First"\n')
    manifest = home / "layouts" / "mine" / "layout.toml"
    written = manifest.stat().st_mtime_ns
    assert load_layout(manifest.parent).title == "First"
    manifest.write_text('title = "Later"\n')  # the same size, in the same clock tick:
    os.utime(manifest, ns=(written, written))  # a file changed just now is read again
    assert load_layout(manifest.parent).title == "Later"
    settled = time.time_ns() - 600 * 10**9
    os.utime(manifest, ns=(settled, settled))
    kept = load_layout(manifest.parent)
    assert load_layout(manifest.parent) is kept  # unchanged: not read again
    manifest.write_text('title = "Newer"\n')
    assert scan_layouts().layouts["mine"].title == "Newer"


def test_a_manifest_saved_with_a_byte_order_mark_loads(home):
    write_layout(home, "bom", '\ufefftitle = "With a BOM"\nextends = "classic"\n')
    assert load_layout(home / "layouts" / "bom").title == "With a BOM"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'title = "caf\xe9"\n', "is not UTF-8 text"),
        (b"papers = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply"),
    ],
    ids=["not-utf8", "nested-too-deeply"],
)
def test_unreadable_manifest_is_a_broken_layout_not_a_crash(home, content, expected):
    folder = home / "layouts" / "odd"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_bytes(content)
    with pytest.raises(ValidationError, match=expected):
        load_layout(folder)
    scan = scan_layouts()
    assert "classic" in scan.layouts
    assert expected in str(scan.broken["odd"][0])


def test_extends_chain_and_options_from_ancestors(home):
    write_layout(
        home,
        "mine",
        'extends = "worksheet"\n[options.tagline]\ntype = "text"\ndefault = "For you"\n',
    )
    chain = layout_chain(get_layout("mine"))
    assert [item.name for item in chain] == ["mine", "worksheet", "classic"]
    values, problems = resolve_options(chain, {"lines_per_question": 5, "tagline": 7, "x": 1})
    assert values["lines_per_question"] == 5 and values["my_plan"] is True
    assert values["tagline"] == "For you"  # invalid value: default, with a warning
    assert len(problems) == 1 and "tagline" in problems[0].message
    assert parse_option_assignments(chain, ["my_plan=no", "lines_per_question=2"]) == {
        "my_plan": False,
        "lines_per_question": 2,
    }
    for bad, message in (
        (["lines_per_question=20"], "between 1 and 8"),
        (["nope=1"], "has no option 'nope'"),
        (["explanation=long"], "one of: full, short"),
        (["my_plan"], "NAME=VALUE"),
    ):
        with pytest.raises(HandoutBuilderError, match=message):
            parse_option_assignments(chain, bad)


def test_extends_loop_and_unknown_parent(home):
    write_layout(home, "a", 'extends = "b"\n')
    write_layout(home, "b", 'extends = "a"\n')
    write_layout(home, "c", 'extends = "nowhere"\n')
    with pytest.raises(ValidationError, match="extends itself in a loop"):
        layout_chain(get_layout("a"))
    with pytest.raises(ValidationError, match="unknown layout 'nowhere'"):
        layout_chain(get_layout("c"))


def test_scaffold_makes_a_working_layout_and_never_overwrites(home):
    folder = scaffold_layout("my-practice")
    assert folder == home / "layouts" / "my-practice"
    layout = get_layout("my-practice")
    assert layout.extends == "classic" and layout.options[0].name == "show_tagline"
    assert '{% extends "classic/handout.html.j2" %}' in (folder / "handout.html.j2").read_text()
    assert "--brand-primary" in (folder / "style.css").read_text()
    (folder / "style.css").write_text("/* mine */")
    for name, message in (
        ("my-practice", "already exists"),
        ("classic", "already exists"),
        ("My Practice", "not a valid layout name"),
        ("../escape", "not a valid layout name"),
        ("base", "reserved"),
    ):
        with pytest.raises(HandoutBuilderError, match=message):
            scaffold_layout(name)
    assert (folder / "style.css").read_text() == "/* mine */"
    with pytest.raises(HandoutBuilderError, match="unknown layout 'fancy'"):
        scaffold_layout("other", extends="fancy")
    assert not (home / "layouts" / "other").exists()


def test_snapshot_notices_edits_in_the_layout_and_its_parents(home):
    folder = scaffold_layout("mine", extends="worksheet")
    folders = watched_folders(folder)
    assert folders[0] == folder and get_layout("worksheet").directory in folders
    before = snapshot(folders)
    assert str(folder / "style.css") in before
    (folder / "style.css").write_text("h1 { color: red; }\n/* a longer file now */\n")
    (folder / ".style.css.swp").write_text("editor noise")
    after = snapshot(folders)
    assert after != before
    assert str(folder / ".style.css.swp") not in after


def test_scaffold_refuses_overlong_names_and_unwritable_homes_in_one_line(
    home, tmp_path, monkeypatch
):
    with pytest.raises(HandoutBuilderError, match="at most 64 characters"):
        scaffold_layout("a" * 300)  # the file system's limit is 255 bytes
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(not_a_folder))
    with pytest.raises(HandoutBuilderError, match="cannot create the layout folder"):
        scaffold_layout("my-practice")


def test_a_manifest_gives_its_words_in_another_language(home):
    write_layout(
        home,
        "grupo",
        'title = "Group"\ndescription = "For groups."\n'
        '[options.lines]\ntype = "bool"\ndefault = true\nlabel = "Lines to write on"\n'
        '[es]\ntitle = "Grupo"\ndescription = "Para grupos."\n'
        '[es.options]\nlines = "Líneas para escribir"\n',
    )
    layout = load_layout(home / "layouts" / "grupo")
    assert (layout.title_in("es"), layout.description_in("es-MX")) == ("Grupo", "Para grupos.")
    assert (layout.title_in("en"), layout.title_in("de")) == ("Group", "Group")
    (option,) = layout.options
    assert (option.label_in("es"), option.label_in("en")) == (
        "Líneas para escribir",
        "Lines to write on",
    )


def test_a_language_table_naming_an_unknown_option_is_a_problem(home):
    write_layout(home, "grupo", '[es]\ntitle = "Grupo"\ntitel = "x"\n[es.options]\nlines = "L"\n')
    with pytest.raises(ValidationError) as caught:
        load_layout(home / "layouts" / "grupo")
    assert {p.field for p in caught.value.problems} == {"es.titel", "es.options.lines"}


def test_every_builtin_layout_speaks_spanish():
    """The picker, its tooltips and the options menu show the built-in layouts'
    Spanish words in the Spanish interface; a new layout or option without
    them fails here."""
    missing = []
    for name, layout in find_layouts()[0].items():
        if not layout.builtin:
            continue
        if (
            layout.title_in("es") == layout.title
            or layout.description_in("es") == layout.description
        ):
            missing.append(name)
        missing += [f"{name}: {o.name}" for o in layout.options if o.label_in("es") == o.label]
    assert missing == []
