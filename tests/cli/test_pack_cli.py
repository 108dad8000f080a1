"""``pack export`` and ``pack import``: what the clinician sees, and exit 2 with
nothing written for a pack that is unsafe or has problems."""

from __future__ import annotations

import zipfile

from handout_builder.cli import main
from handout_builder.core.model.pack import write_pack
from tests.core.model.test_pack import make_zip
from tests.core.test_practice_folder import entry_text


def test_export_then_import_with_and_without_replace(home, tmp_path, monkeypatch, capsys):
    (home / "library").mkdir()
    (home / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    packed = tmp_path / "practice.hbpack"
    assert main(["pack", "export", "-o", str(packed), "--version", "2026.11"]) == 0
    assert "1 library entry, 0 layouts, 0 brand profiles (1 file)" in capsys.readouterr().out

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(other))
    assert main(["pack", "import", str(packed), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out and not (other / "library").exists()

    assert main(["pack", "import", str(packed)]) == 0
    out = capsys.readouterr().out
    assert "adds:\n  library entry group-rules — Group rules" in out
    assert "imported: 1 added, 0 replaced" in out

    mine = other / "library" / "group-rules.md"
    mine.write_text(entry_text("group-rules", "My version"))
    assert main(["pack", "import", str(packed)]) == 0
    out = capsys.readouterr().out
    assert "differs from yours" in out and "1 of yours kept (--replace replaces them)" in out
    assert "My version" in mine.read_text()
    assert main(["pack", "import", str(packed), "--replace"]) == 0
    assert "imported: 0 added, 1 replaced" in capsys.readouterr().out
    assert "Group rules" in mine.read_text()


def test_an_unsafe_pack_exits_2_and_writes_nothing(home, tmp_path, capsys):
    evil = make_zip(tmp_path / "evil.hbpack", [("../../outside.md", b"x")])
    before = sorted(home.rglob("*"))
    assert main(["pack", "import", str(evil)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "../../outside.md" in err[0] and "goes up a folder" in err[0]
    assert sorted(home.rglob("*")) == before
    assert not (tmp_path.parent / "outside.md").exists()


def test_a_pack_with_problems_lists_them_exits_2_and_writes_nothing(home, tmp_path, capsys):
    packed = tmp_path / "p.hbpack"
    write_pack(
        packed,
        "P",
        "1",
        {
            "library/good.md": entry_text("good", "Good").encode(),
            "library/bad.md": b"---\nid: bad\n---\nNo title or summary.\n",
        },
    )
    assert main(["pack", "import", str(packed)]) == 2
    err = capsys.readouterr().err
    assert f"{packed}: library/bad.md" in err and "not imported" in err
    assert "nothing was written" in err
    assert not (home / "library").exists() and not list(home.glob(".pack-import-*"))


def test_export_refuses_another_name_and_another_file(home, tmp_path, capsys):
    assert main(["pack", "export", "-o", str(tmp_path / "p.zip")]) == 2
    assert "ends in .hbpack" in capsys.readouterr().err
    other = tmp_path / "notes.hbpack"
    other.write_text("my notes")
    (home / "library").mkdir()
    (home / "library" / "a.md").write_text(entry_text("a", "A"))
    assert main(["pack", "export", "-o", str(other)]) == 2
    assert "is not a practice pack" in capsys.readouterr().err
    assert other.read_text() == "my notes"
    assert not zipfile.is_zipfile(other)


def test_a_broken_layout_is_left_out_with_a_warning_and_the_pack_imports(
    home, tmp_path, monkeypatch, capsys
):
    """An import refuses a whole pack for one layout that does not load: the
    export leaves such a layout out, says which and why, and packs the rest."""
    (home / "library").mkdir()
    (home / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    broken = home / "layouts" / "half-done" / "layout.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text('title = "Half done"\npapers = ["letter", "a3"]\n')
    renamed = home / "layouts" / "copy" / "layout.toml"
    renamed.parent.mkdir(parents=True)
    renamed.write_text('name = "original"\n')
    packed = tmp_path / "practice.hbpack"
    assert main(["pack", "export", "-o", str(packed)]) == 0
    out, err = capsys.readouterr()
    assert "1 library entry, 0 layouts" in out
    assert f"{broken}:2: warning: a layout that does not load, left out of the pack" in err
    assert f"{renamed}: warning: layout named 'original' in a folder named 'copy'" in err

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(other))
    assert main(["pack", "import", str(packed)]) == 0
    assert "imported: 1 added" in capsys.readouterr().out
