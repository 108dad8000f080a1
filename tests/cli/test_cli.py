"""The command line: success paths and bad input (exit 2, one line, nothing written)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from handout_builder.cli import main
from tests.conftest import pdf_text


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "handout_builder", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_build_renders_topics_with_brand_and_saves_handout(tmp_path, capsys):
    brand = tmp_path / "my.toml"
    brand.write_text('practice_name = "Harbour Therapy"\nphone = "555-0100"\n')
    out, saved = tmp_path / "out.pdf", tmp_path / "saved.handout"
    code = main(
        [
            "build",
            "--topic",
            "anxiety-alarm",
            "--topic",
            "window-of-tolerance",
            "--brand",
            str(brand),
            "--paper",
            "a4",
            "--title",
            "For you",
            "--prepared-for",
            "Sam",
            "--save-handout",
            str(saved),
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = pdf_text(out.read_bytes())
    assert "For you" in text and "Harbour Therapy" in text and "Prepared for Sam" in text
    assert "Your window of tolerance" in text
    document = json.loads(saved.read_text())
    assert [s["entry_id"] for s in document["sections"]] == ["anxiety-alarm", "window-of-tolerance"]
    assert document["options"]["paper"] == "a4"


def test_build_takes_an_audience_variant_and_records_it(tmp_path, capsys):
    out, saved = tmp_path / "teen.pdf", tmp_path / "teen.handout"
    args = ["build", "--topic", "safety-plan-teen", "--save-handout", str(saved), "-o", str(out)]
    assert main(args) == 0, capsys.readouterr().err
    text = pdf_text(out.read_bytes())
    assert "My school counselor" in text and "Trusted adult" in text
    [section] = json.loads(saved.read_text())["sections"]
    assert section["entry_id"] == "safety-plan-teen" and section["entry_revision"]
    assert main(["library", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["safety-plan-teen"]["variant_of"] == "safety-plan"
    assert "safety-plan-teen" in rows["safety-plan"]["variants"]


def test_brief_on_build_and_render_prints_three_topics_on_one_page(tmp_path, capsys):
    from pypdf import PdfReader

    saved, out = tmp_path / "b.handout", tmp_path / "b.pdf"
    topics = ["--topic", "anxiety-alarm", "--topic", "window-of-tolerance"]
    args = ["build", *topics, "--topic", "grounding-skills", "--brief", "-o", str(out)]
    assert main([*args, "--save-handout", str(saved)]) == 0, capsys.readouterr().err
    assert len(PdfReader(out).pages) == 1
    assert json.loads(saved.read_text())["options"]["brief"] is True
    full = tmp_path / "full.handout"
    assert main([*args[:-3], "--save-handout", str(full), "-o", str(tmp_path / "f.pdf")]) == 0
    assert len(PdfReader(tmp_path / "f.pdf").pages) > 1
    assert main(["render", str(full), "--brief", "-o", str(tmp_path / "r.pdf")]) == 0
    assert len(PdfReader(tmp_path / "r.pdf").pages) == 1
    assert "Try this: 5-4-3-2-1" in pdf_text((tmp_path / "r.pdf").read_bytes())


def test_render_saved_handout_with_edits(tmp_path, capsys):
    saved = tmp_path / "sam.handout"
    assert (
        main(
            [
                "build",
                "--topic",
                "anxiety-alarm",
                "--save-handout",
                str(saved),
                "-o",
                str(tmp_path / "first.pdf"),
            ]
        )
        == 0
    )
    data = json.loads(saved.read_text())
    data["sections"][0]["body"] = "Sam's own wording about the alarm.\n"
    data["sections"][0]["entry_revision"] = "an-older-revision"  # the library changed since
    saved.write_text(json.dumps(data))
    capsys.readouterr()
    assert main(["render", str(saved)]) == 0
    assert "Sam's own wording about the alarm." in pdf_text((tmp_path / "sam.pdf").read_bytes())
    assert "note: section 1 “" in capsys.readouterr().err


def test_library_json_lists_topics():
    result = run("library", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"anxiety-alarm", "window-of-tolerance"} <= {row["id"] for row in rows}
    for row in rows:
        assert {"id", "title", "summary", "audiences", "tags", "grade"} <= set(row)
        assert isinstance(row["grade"], float)


def bad_input_cases(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    (tmp_path / "badcolor.toml").write_text('practice_name = "P"\nprimary_color = "teal"\n')
    (tmp_path / "nologo.toml").write_text('practice_name = "P"\nlogo = "missing.png"\n')
    (tmp_path / "notimage.png").write_text("plain text")
    (tmp_path / "textlogo.toml").write_text('practice_name = "P"\nlogo = "notimage.png"\n')
    newer = {"format": "handout-builder/handout", "version": 9, "sections": []}
    (tmp_path / "newer.handout").write_text(json.dumps(newer))
    out = str(tmp_path / "out.pdf")
    return {
        "unknown topic": (["build", "--topic", "no-such-topic", "-o", out], "no-such-topic"),
        "bad colour": (
            [
                "build",
                "--topic",
                "anxiety-alarm",
                "--brand",
                str(tmp_path / "badcolor.toml"),
                "-o",
                out,
            ],
            "primary_color",
        ),
        "missing logo": (
            [
                "build",
                "--topic",
                "anxiety-alarm",
                "--brand",
                str(tmp_path / "nologo.toml"),
                "-o",
                out,
            ],
            "logo file not found",
        ),
        "logo not an image": (
            [
                "build",
                "--topic",
                "anxiety-alarm",
                "--brand",
                str(tmp_path / "textlogo.toml"),
                "-o",
                out,
            ],
            "not a PNG, JPEG",
        ),
        "newer handout": (
            ["render", str(tmp_path / "newer.handout"), "-o", out],
            "newer Handout Builder",
        ),
        "missing output folder": (
            ["build", "--topic", "anxiety-alarm", "-o", str(tmp_path / "nope" / "out.pdf")],
            "folder does not exist",
        ),
        "missing brand file": (
            [
                "build",
                "--topic",
                "anxiety-alarm",
                "--brand",
                str(tmp_path / "none.toml"),
                "-o",
                out,
            ],
            "none.toml",
        ),
        "bad paper": (
            ["build", "--topic", "anxiety-alarm", "--paper", "legal", "-o", out],
            "legal",
        ),
        "unknown layout": (
            ["build", "--topic", "anxiety-alarm", "--layout", "fancy", "-o", out],
            "unknown layout 'fancy'",
        ),
    }


CASES = [
    "unknown topic",
    "bad colour",
    "missing logo",
    "logo not an image",
    "newer handout",
    "missing output folder",
    "missing brand file",
    "bad paper",
    "unknown layout",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, case):
    args, expected = bad_input_cases(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert expected in err[0]
    assert "Traceback" not in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_bad_input_through_the_real_executable_has_no_traceback(tmp_path):
    result = run("build", "--topic", "nope", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_broken_user_entry_warns_but_build_still_works(home, tmp_path, capsys):
    (home / "library").mkdir()
    (home / "library" / "mine.md").write_text("---\ntitle: [oops\n---\nbody\n")
    assert main(["build", "--topic", "anxiety-alarm", "-o", str(tmp_path / "o.pdf")]) == 0
    err = capsys.readouterr().err
    assert "mine.md:2: warning: front matter is not valid YAML" in err


LINT_LINE = re.compile(r"^\S+\.md:\d+: (error|warning|note): \S")

GOOD_ENTRY = """\
---
id: my-pause
title: "Taking a short pause"
summary: "A short pause can help you choose what to do next."
audiences: [adult]
---
A short pause can help you when feelings run high.

## Try this: a short pause

1. Stop what you are doing.
2. Count slowly to five.

## Key points

- A pause gives you a moment to choose.
"""


def test_library_lint_passes_on_the_builtin_library(capsys):
    assert main(["library", "lint"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"\d+ entries checked: 0 errors, 0 warnings, \d+ notes?", out[-1])
    assert all(LINT_LINE.match(line) for line in out[:-1]), out


def test_library_lint_reports_file_line_messages_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.md"
    bad.write_text(
        GOOD_ENTRY.replace("## Key points", "## More").replace(
            "A pause gives", "Your fear center gives"
        )
    )
    assert main(["library", "lint", str(bad)]) == 2
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "1 entry checked: 2 errors, 0 warnings, 0 notes"
    assert all(LINT_LINE.match(line) for line in out[:-1]), out
    assert any(
        line.endswith("bad.md:7: error: has no '## Key points' part with bullet points")
        for line in out
    )
    assert any(":16: error: 'fear center' overstates" in line for line in out)


def test_library_lint_includes_the_users_library_by_default(home, capsys):
    (home / "library").mkdir()
    (home / "library" / "mine.md").write_text(GOOD_ENTRY.replace("## Key points", "## More"))
    assert main(["library", "lint"]) == 2
    out = capsys.readouterr().out
    assert "mine.md:7: error: has no '## Key points'" in out


def test_library_lint_strict_fails_on_warnings(tmp_path, capsys):
    entry = tmp_path / "warned.md"
    entry.write_text(GOOD_ENTRY.replace("1. Stop", "1. Notice your brain and stop"))
    assert main(["library", "lint", str(entry)]) == 0
    assert "warning: talks about 'brain'" in capsys.readouterr().out
    assert main(["library", "lint", "--strict", str(entry)]) == 2


def test_library_lint_missing_path_is_one_line(tmp_path, capsys):
    assert main(["library", "lint", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.md: no such file or folder" in err[0]


# -- check ---------------------------------------------------------------------------------


def test_check_prints_the_report_for_a_library_entry(capsys):
    from handout_builder.core.resources import builtin_library_dir

    code = main(["check", str(builtin_library_dir() / "anxiety-alarm.md")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Why anxiety happens: your body's alarm — library entry" in out
    assert "whole text: grade " in out and "· good" in out
    assert "“amygdala” (technical term, explained where first used)" in out
    assert "automatic items: 12 of 12 pass (100 %)" in out
    assert "✓  3 Uses common, everyday language" in out
    assert "?  1 Is the purpose clear from the title and the first lines?" in out


def test_check_a_handout_with_failing_items_still_exits_0_and_json_has_it_all(tmp_path, capsys):
    saved = tmp_path / "hard.handout"
    assert main(["build", "--topic", "anxiety-alarm", "--save-handout", str(saved),
                 "-o", str(tmp_path / "x.pdf")]) == 0  # fmt: skip
    document = json.loads(saved.read_text())
    document["sections"][0]["body"] = (
        "Hyperarousal was observed in individuals who were assessed by clinicians and who "
        "reported dysregulation of the amygdala over a considerable period of time.\n"
    )
    document["checklist"] = ["purpose-evident"]
    saved.write_text(json.dumps(document))
    capsys.readouterr()
    assert main(["check", str(saved), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["kind"] == "handout" and report["file"] == str(saved)
    section = report["sections"][0]
    assert len(section["long_sentences"]) == 1
    assert section["passive_voice"]
    assert {j["term"] for j in section["jargon"]} >= {"hyperarousal", "dysregulation", "amygdala"}
    items = {i["id"]: i for i in report["pemat"]["items"]}
    assert items["everyday-language"]["status"] == "fail"
    assert items["purpose-evident"]["status"] == "yes"
    assert items["action"]["status"] == "fail"
    assert report["pemat"]["automatic"]["percent"] < 70


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.handout", None, "file not found"),
        ("broken.handout", "{not json", "is not valid JSON"),
        ("entry.md", "no front matter\n", "must start with a front-matter block"),
    ],
)
def test_check_unreadable_input_exits_2_with_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    result = run("check", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_the_app_without_a_display_says_so_in_one_line(tmp_path):
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "handout_builder"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "handout-builder build --topic" in result.stderr


def test_output_never_replaces_an_input_or_a_file_that_is_not_a_pdf(tmp_path, capsys, make_handout):
    from handout_builder.core.model.handout import save_handout

    handout = tmp_path / "sam.handout"
    save_handout(make_handout("anxiety-alarm"), handout)
    named_pdf = tmp_path / "sam.pdf"  # a handout document that happens to end in .pdf
    named_pdf.write_bytes(handout.read_bytes())
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    brand = tmp_path / "brand.toml"
    brand.write_text('practice_name = "P"\n')
    manifest = tmp_path / "layouts" / "mine" / "layout.toml"
    manifest.parent.mkdir(parents=True)
    manifest.write_text('title = "Mine"\n')
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    same = str(tmp_path / "same.out")
    cases = [
        (["render", str(handout), "-o", str(handout)], "is the same file as"),
        (["render", str(named_pdf)], "is the same file as"),
        (["build", "--topic", "anxiety-alarm", "-o", str(notes)], "is not a PDF"),
        (["build", "--topic", "anxiety-alarm", "--brand", str(brand), "-o", str(brand)], "same"),
        (["build", "--topic", "anxiety-alarm", "--save-handout", same, "-o", same], "same file"),
        (["layout", "preview", str(manifest.parent), "-o", str(manifest)], "is not a PDF"),
    ]
    for args, expected in cases:
        assert main(args) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and expected in err[0], (args, err)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_dash_output_is_standard_output_not_a_file_named_dash(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "handout_builder", "build", "--topic", "anxiety-alarm", "-o", "-"],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Why anxiety happens" in pdf_text(result.stdout)
    assert not (tmp_path / "-").exists()


def test_dash_is_refused_where_no_pdf_goes(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = str(tmp_path / "x.pdf")
    assert main(["build", "--topic", "anxiety-alarm", "--save-handout", "-", "-o", out]) == 2
    assert "standard output" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--title", "two\nlines", "--title: must be a single line"),
        ("--date", "x" * 100, "--date: is too long"),
        ("--prepared-for", "y" * 300, "--prepared-for: is too long"),
    ],
)
def test_build_refuses_text_a_saved_handout_could_not_hold(
    tmp_path, capsys, option, value, expected
):
    saved, out = tmp_path / "s.handout", tmp_path / "s.pdf"
    args = ["build", "--topic", "anxiety-alarm", option, value]
    assert main([*args, "--save-handout", str(saved), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err
    assert not saved.exists() and not out.exists()
