"""Many PDFs in one command: `render A B … -o FOLDER/` and `build --prepared-for
NAMES.txt -o FOLDER/` — every file written, a broken one reported and the rest
written, file names made safe, nothing replaced that is not a PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from handout_builder.cli import main
from handout_builder.cli.batch import safe_file_name, unique_stems
from tests.conftest import pdf_text


@pytest.fixture
def handouts(tmp_path, capsys):
    """Two saved handouts with their own titles."""
    paths = []
    for title, topic in (("Alarm notes", "anxiety-alarm"), ("Ground work", "grounding-skills")):
        path = tmp_path / f"{title.split()[0].lower()}.handout"
        first = str(tmp_path / "first.pdf")
        code = main(
            ["build", "--topic", topic, "--title", title, "--save-handout", str(path), "-o", first]
        )
        assert code == 0, capsys.readouterr().err
        paths.append(path)
    capsys.readouterr()
    return paths


def test_render_writes_every_handout_and_reports_the_broken_one(tmp_path, handouts, capsys):
    broken = tmp_path / "broken.handout"
    broken.write_text("{ not a handout")
    folder = tmp_path / "pdfs"  # does not exist yet: the trailing slash asks for it
    code = main(["render", str(handouts[0]), str(broken), str(handouts[1]), "-o", f"{folder}/"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Alarm notes" in pdf_text((folder / "alarm.pdf").read_bytes())
    assert "Ground work" in pdf_text((folder / "ground.pdf").read_bytes())
    assert not (folder / "broken.pdf").exists()
    assert sorted(line.split(":")[0] for line in out.splitlines()) == sorted(map(str, handouts))
    assert f"{broken}: not written:" in err and "1 of 3 not written" in err


def test_a_folder_that_does_not_exist_needs_the_trailing_slash(tmp_path, handouts, capsys):
    folder = tmp_path / "missing"
    assert main(["render", *map(str, handouts), "-o", str(folder)]) == 2
    assert "end it with / to create it" in capsys.readouterr().err
    assert not folder.exists()


def test_build_makes_one_copy_per_name_with_safe_file_names(tmp_path, capsys):
    names = tmp_path / "group.txt"
    decomposed = unicodedata.normalize("NFD", "Zoë")
    names.write_text(
        f"# Tuesday group\nSam Lee\n{decomposed}\n\nCON\nsam lee\n../../etc/passwd\n", "utf-8"
    )
    folder = tmp_path / "group"
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{folder}/"]
    )
    assert code == 0, capsys.readouterr().err
    made = sorted(path.name for path in folder.iterdir())
    assert made == sorted(["Sam Lee.pdf", "Zoë.pdf", "CON_.pdf", "sam lee-2.pdf", "etc-passwd.pdf"])
    assert "Prepared for Zoë" in unicodedata.normalize(
        "NFC", pdf_text((folder / "Zoë.pdf").read_bytes())
    )
    assert "Prepared for CON" in pdf_text((folder / "CON_.pdf").read_bytes())
    assert not (tmp_path / "etc").exists()


def test_nothing_that_is_not_a_pdf_is_replaced(tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Ana\nBen\n")
    folder = tmp_path / "out"
    folder.mkdir()
    notes = folder / "Ana.pdf"
    notes.write_text("my own notes, not a PDF")
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", str(folder)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert notes.read_text() == "my own notes, not a PDF"
    assert "Ana: not written:" in err and "not replacing it" in err
    assert "Prepared for Ben" in pdf_text((folder / "Ben.pdf").read_bytes())


def test_a_name_too_long_for_the_handout_fails_that_copy_only(tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Ana\n" + "x" * 300 + "\n")
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{tmp_path}/"]
    )
    assert code == 2
    assert f"{names}:2:" in capsys.readouterr().err
    assert (tmp_path / "Ana.pdf").exists()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Sam", "Sam"),
        ("a/b\\c", "a-b-c"),
        ("Ana/Maria", "Ana-Maria"),  # not "AnaMaria"
        ("Ana / Maria", "Ana-Maria"),
        ("Ana | Maria: group", "Ana-Maria-group"),
        ("/Sam/", "Sam"),
        ("NUL", "NUL_"),
        ("com1", "com1_"),
        (".hidden", "hidden"),
        ("  two   spaces ", "two spaces"),
        ("...", "handout"),
        (unicodedata.normalize("NFD", "José"), unicodedata.normalize("NFC", "José")),
        ("x" * 300, "x" * 100),
        ("😀" * 300, "😀" * 25),  # 100 bytes of UTF-8, whole characters
        ("Sam\u202eexe", "Samexe"),  # shown as "Samfdp.exe" with .pdf after it
        ("\u2067محمد\u2069 Ali", "محمد Ali"),
    ],
)
def test_safe_file_names(name, safe):
    assert safe_file_name(name) == safe


def test_repeated_names_are_numbered_whatever_their_case():
    assert unique_stems(["Sam", "sam", "Ana", "SAM"]) == ["Sam", "sam-2", "Ana", "SAM-3"]


def test_build_of_one_copy_into_a_folder_names_the_pdf_after_the_person(tmp_path, capsys):
    folder = tmp_path / "sam"  # the trailing slash asks for a folder, as in a batch
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", "Sam Lee", "-o", f"{folder}/"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert folder.is_dir()
    assert "Prepared for Sam Lee" in pdf_text((folder / "Sam Lee.pdf").read_bytes())
    assert out.strip() == str(folder / "Sam Lee.pdf")


@pytest.mark.parametrize("content", ["", "\n  \n\n"])
def test_a_names_file_without_names_makes_no_folder(tmp_path, capsys, content):
    names = tmp_path / "group.txt"
    names.write_text(content)
    folder = tmp_path / "group"
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{folder}/"]
    )
    assert code == 2
    assert "no names in it" in capsys.readouterr().err
    assert not folder.exists()


def test_a_folder_given_as_the_names_file_is_refused(tmp_path, capsys):
    (tmp_path / "groups").mkdir()
    folder = tmp_path / "out"
    code = main(
        [
            "build",
            "--topic",
            "anxiety-alarm",
            "--prepared-for",
            str(tmp_path / "groups"),
            "-o",
            f"{folder}/",
        ]
    )
    assert code == 2
    assert "groups: is a folder, not a list of names" in capsys.readouterr().err
    assert not folder.exists()


def test_a_handout_given_twice_is_rendered_once(tmp_path, handouts, capsys, monkeypatch):
    monkeypatch.chdir(handouts[0].parent)
    same = ["alarm.handout", str(handouts[0]), "./alarm.handout"]
    folder = tmp_path / "pdfs"
    code = main(["render", *same, str(handouts[1]), "-o", f"{folder}/"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(path.name for path in folder.iterdir()) == ["alarm.pdf", "ground.pdf"]
    assert len(out.splitlines()) == 2
    assert err.count("given more than once; rendered once") == 2


def test_a_read_only_pdf_is_not_replaced(tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Ana\nBen\n")
    folder = tmp_path / "out"
    folder.mkdir()
    kept = folder / "Ana.pdf"  # the copy Ana filled in and sent back, kept read-only
    kept.write_bytes(b"%PDF-1.7 filled in by Ana")
    kept.chmod(0o444)
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", str(folder)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert kept.read_bytes() == b"%PDF-1.7 filled in by Ana"
    assert "Ana: not written:" in err and "is read-only; not replacing it" in err
    assert "Prepared for Ben" in pdf_text((folder / "Ben.pdf").read_bytes())


def test_a_name_with_an_escape_sequence_does_not_reach_the_terminal_raw(tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("\x1b[31mRed\nAna\n")
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{tmp_path}/"]
    )
    out, err = capsys.readouterr()
    assert code == 2
    assert "\x1b" not in out + err
    assert "\\u001b[31mRed: not written:" in err


def test_a_read_only_output_folder_is_one_line_before_any_render(
    tmp_path, handouts, capsys, monkeypatch
):
    import os

    from handout_builder.cli import batch

    folder = tmp_path / "shared"
    folder.mkdir()
    writable = os.access  # as the user who may not write there (tests may run as root)
    monkeypatch.setattr(
        batch.os,
        "access",
        lambda path, mode: Path(path) != folder and writable(path, mode),
    )
    code = main(["render", *map(str, handouts), "-o", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert err.splitlines() == [
        f"handout-builder: error: -o {folder}: cannot write in this folder (read-only)"
    ]


def test_a_note_every_handout_has_is_printed_once_with_a_count(tmp_path, handouts, capsys):
    more = []
    for number in range(3):  # five handouts without a brand profile of their own
        copy = tmp_path / f"copy{number}.handout"
        copy.write_bytes(handouts[0].read_bytes())
        more.append(copy)
    code = main(["render", *map(str, handouts + more), "-o", f"{tmp_path}/pdfs/"])
    err = capsys.readouterr().err
    assert code == 0
    notes = [line for line in err.splitlines() if "no brand profile chosen" in line]
    assert len(notes) == 2, err
    assert notes[1].startswith("handout-builder: 4 more files: note: no brand profile chosen")


def test_jobs_starts_no_more_workers_than_cores_or_files(tmp_path, handouts, capsys, monkeypatch):
    """More workers than cores only cost memory (~150 MB each): --jobs 8 on
    two cores starts two; two files never start more than two."""
    import os

    from handout_builder.cli import common

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "process_cpu_count", lambda: 2, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    engine = common.render_engine
    started: list[object] = []

    def counted(*args, **kwargs):
        started.append(args)
        return engine(*args, **kwargs)

    monkeypatch.setattr(common, "render_engine", counted)
    more = tmp_path / "more.handout"
    more.write_bytes(handouts[0].read_bytes())
    assert (
        main(["render", *map(str, handouts), str(more), "--jobs", "8", "-o", f"{tmp_path}/a/"]) == 0
    )
    assert len(started) == 2  # the cores
    started.clear()
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(16)), raising=False)
    monkeypatch.setattr(os, "process_cpu_count", lambda: 16, raising=False)
    assert main(["render", *map(str, handouts), "--jobs", "8", "-o", f"{tmp_path}/b/"]) == 0
    assert len(started) == 2  # the files
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert "most: one per core" in " ".join(capsys.readouterr().out.split())


def test_two_handouts_that_would_make_one_pdf_are_refused_before_rendering(
    tmp_path, handouts, capsys
):
    """x.handout and x.json both make x.pdf beside them: the second would
    silently replace the first. One line naming both, nothing written."""
    same = handouts[0].with_suffix(".json")
    same.write_bytes(handouts[1].read_bytes())  # another handout, with the same stem
    code = main(["render", str(handouts[0]), str(same)])
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert err.splitlines() == [
        f"handout-builder: error: {handouts[0]} and {same} would both be written to "
        f"{handouts[0].with_suffix('.pdf')}; give -o FOLDER/ (they are then numbered) "
        "or rename one"
    ]
    assert not handouts[0].with_suffix(".pdf").exists()
    folder = tmp_path / "pdfs"
    assert main(["render", str(handouts[0]), str(same), "-o", f"{folder}/"]) == 0
    assert "Alarm notes" in pdf_text((folder / "alarm.pdf").read_bytes())
    assert "Ground work" in pdf_text((folder / "alarm-2.pdf").read_bytes())


@pytest.mark.parametrize("given", [[""], ["alarm.handout", "."]])
def test_a_path_with_no_file_name_is_one_line_not_a_traceback(
    tmp_path, handouts, capsys, monkeypatch, given
):
    monkeypatch.chdir(handouts[0].parent)
    assert main(["render", *given]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "handout-builder: error: .: is a folder, not a handout document"
    ]


def test_long_names_make_short_distinct_file_names(tmp_path, capsys):
    """Names of 190 characters (760 bytes of UTF-8) that differ only at the
    end: each copy gets a file whose name fits the file system (255 bytes)."""
    names = tmp_path / "names.txt"
    long = "😀" * 189
    names.write_text(f"{long}A\n{long}B\nAna/Maria\n", "utf-8")
    folder = tmp_path / "group"
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{folder}/"]
    )
    assert code == 0, capsys.readouterr().err
    made = sorted(path.name for path in folder.iterdir())
    assert len(made) == 3 and "Ana-Maria.pdf" in made
    assert all(len(name.encode()) <= 255 for name in made)


def test_a_handout_with_a_long_file_name_renders_beside_it(tmp_path, handouts, capsys):
    long = tmp_path / ("y" * 249 + ".json")  # its PDF's name: 253 bytes
    long.write_bytes(handouts[0].read_bytes())
    assert main(["render", str(long)]) == 0, capsys.readouterr().err
    assert "Alarm notes" in pdf_text(long.with_suffix(".pdf").read_bytes())


def test_a_section_without_a_title_is_named_by_its_number_in_warnings(tmp_path, capsys):
    """An empty section (a new handout saved before anything was typed) gave
    "field 'section 1 ()': ‘’ has no Spanish version …": empty fields."""
    from handout_builder.core.model.documents import empty_handout
    from handout_builder.core.model.handout import Section, save_handout
    from handout_builder.core.settings import Settings

    handout = empty_handout(Settings())
    handout.sections.append(Section(title="", body=""))
    handout.options.layout = "bilingual"
    path = tmp_path / "blank.handout"
    save_handout(handout, path)
    assert main(["render", str(path), "-o", f"{tmp_path}/pdfs/"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning:" in line]
    assert warnings == [
        f"handout-builder: {path}: warning: field 'section 1': this section has no Spanish "
        "version in the library: it is printed in English only"
    ]
    assert main(["check", str(path)]) == 0
    assert "  1. (no title): no text" in capsys.readouterr().out.splitlines()  # not "1. : no text"


def test_a_line_of_invisible_characters_is_no_name(tmp_path, capsys):
    """A zero-width space or a byte-order mark alone on a line (two lists
    joined) made a copy named "\u200b.pdf", listed as ".pdf", and a result
    line that read ": …"; around a name they are left out."""
    names = tmp_path / "names.txt"
    names.write_text("Ana\n\u200b\n\ufeff\n\ufeffBen\u200b\n\u00ad\n", "utf-8")
    folder = tmp_path / "group"
    code = main(
        ["build", "--topic", "anxiety-alarm", "--prepared-for", str(names), "-o", f"{folder}/"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert sorted(path.name for path in folder.iterdir()) == ["Ana.pdf", "Ben.pdf"]
    assert [line.split(":")[0] for line in out.splitlines()] == ["Ana", "Ben"]
    assert "Prepared for Ben" in pdf_text((folder / "Ben.pdf").read_bytes())


def test_a_handout_file_name_with_an_escape_sequence_does_not_reach_the_terminal_raw(
    tmp_path, handouts, capsys
):
    """Its PDF goes beside it, under the same name: the result line shows that
    name escaped too, not only the handout's."""
    odd = handouts[0].rename(tmp_path / "\x1b[31mred.handout")
    code = main(["render", str(odd), str(handouts[1])])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (tmp_path / "\x1b[31mred.pdf").exists()
    assert "\x1b" not in out + err
    assert "\\u001b[31mred.pdf (" in out


def test_an_error_naming_a_file_with_an_escape_sequence_is_escaped(tmp_path, handouts, capsys):
    """The reason a file was not written names that file again (and the line
    for a file given twice names it once more): escaped as well."""
    broken = tmp_path / "\x1b[31mbroken.handout"
    broken.write_text("{ not a handout")
    code = main(["render", str(broken), str(broken), str(handouts[1]), "-o", f"{tmp_path}/out/"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "\x1b" not in out + err
    assert "\\u001b[31mbroken.handout: not written: " in err
    assert "given more than once" in err
