"""``handout-builder layout``: list, new, check and preview --watch."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from handout_builder.cli import main
from tests.conftest import pdf_text

PREVIEW = (sys.executable, "-m", "handout_builder", "layout", "preview")
WATCH_ARGS = ("--topic", "anxiety-alarm", "--option", "show_tagline=no")
LOOPING = """{% extends "base.html.j2" %}
{% block content %}{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}
{% endfor %}{% endblock %}
"""


def test_list_puts_the_name_first_and_reports_broken_layouts(home, capsys):
    (home / "layouts" / "oops").mkdir(parents=True)
    (home / "layouts" / "oops" / "layout.toml").write_text("title = [\n")
    assert main(["layout", "new", "harbour"]) == 0
    capsys.readouterr()
    assert main(["layout", "list"]) == 0
    out, err = capsys.readouterr()
    names = [line.split()[0] for line in out.splitlines()]
    assert names == [
        "bilingual",
        "classic",
        "coping-cards",
        "large-print",
        "trifold",
        "worksheet",
        "harbour",
    ]
    assert "Tri-fold brochure" in out and "landscape" in out
    assert "layout 'oops' skipped" in err and "oops/layout.toml:1: is not valid TOML" in err


def test_new_refuses_to_overwrite_and_bad_names(home, capsys):
    assert main(["layout", "new", "harbour", "--extends", "large-print"]) == 0
    out = capsys.readouterr().out
    assert str(home / "layouts" / "harbour") in out and "layout check" in out
    manifest = home / "layouts" / "harbour" / "layout.toml"
    assert 'extends = "large-print"' in manifest.read_text()
    before = manifest.read_text()
    for args, message in (
        (["harbour"], "already exists"),
        (["Harbour Therapy"], "not a valid layout name"),
        (["x", "--extends", "nope"], "unknown layout 'nope'"),
    ):
        assert main(["layout", "new", *args]) == 2
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1
    assert manifest.read_text() == before


def test_time_limit_must_be_a_positive_number_of_seconds(home, capsys):
    assert main(["layout", "new", "harbour"]) == 0
    folder = str(home / "layouts" / "harbour")
    capsys.readouterr()
    for value in ("nan", "inf", "0", "-1", "soon", "1e9"):
        assert main(["layout", "check", folder, "--time-limit", value]) == 2, value
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--time-limit" in err[0] and value in err[0], err


def test_check_passes_a_new_layout_and_names_file_and_line_for_problems(home, capsys):
    assert main(["layout", "new", "harbour"]) == 0
    folder = home / "layouts" / "harbour"
    capsys.readouterr()
    assert main(["layout", "check", str(folder), "--topic", "anxiety-alarm"]) == 0
    out = capsys.readouterr().out
    assert "harbour: ok" in out and "letter (" in out and "a4 (" in out

    (folder / "partials").mkdir()
    (folder / "partials" / "extra.html.j2").write_text("<p>\n{{ handout.title }\n")
    (folder / "style.css").write_text(
        "/* line 1 */\n.tagline { colr: red; }\nbody { background: url(file:///etc/passwd); }\n"
    )
    (folder / "handout.html.j2").write_text(
        '{% extends "classic/handout.html.j2" %}\n{% block header %}\n'
        "{{ handout.no_such_field }}\n{% endblock %}\n"
    )
    assert main(["layout", "check", str(folder), "--topic", "anxiety-alarm"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert f"{folder / 'partials' / 'extra.html.j2'}:2: template syntax error" in lines[0]
    assert any(
        line.startswith(f"{folder / 'handout.html.j2'}:3: undefined value")
        and "no field 'no_such_field'" in line
        for line in lines
    )
    assert f"{folder / 'style.css'}:2: Ignored `colr: red`, unknown property." in lines
    assert any(
        line.startswith(f"{folder / 'style.css'}:3: not loaded: file:///etc/passwd")
        for line in lines
    )
    assert lines[-1].startswith("harbour: 4 problem(s)")


@pytest.mark.own_worker  # the command's own time limit
def test_check_stops_a_looping_layout_and_a_broken_manifest(home, capsys, tmp_path):
    folder = tmp_path / "looping"  # anywhere, not only in the layouts folder
    folder.mkdir()
    (folder / "layout.toml").write_text('title = "Looping"\npapers = ["a4"]\n')
    (folder / "handout.html.j2").write_text(LOOPING)
    assert main(["layout", "check", str(folder), "--time-limit", "2"]) == 2
    out = capsys.readouterr().out
    assert "took longer than 2 seconds and was stopped" in out

    (folder / "layout.toml").write_text('title = "Looping"\npapers = ["a3"]\n')
    assert main(["layout", "check", str(folder)]) == 2
    out = capsys.readouterr().out
    assert f"{folder / 'layout.toml'}:2: field 'papers'" in out


def _line_reader(process: subprocess.Popen[str]) -> Callable[[], str]:
    """A function returning the next output line, failing after 60 s without one."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    return lambda: lines.get(timeout=60)


def test_preview_watch_renders_again_on_change_and_stops_cleanly(home, tmp_path):
    assert main(["layout", "new", "harbour"]) == 0
    folder = home / "layouts" / "harbour"
    out = tmp_path / "preview.pdf"
    process = subprocess.Popen(
        [*PREVIEW, str(folder), "--watch", *WATCH_ARGS, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HANDOUT_BUILDER_HOME": str(home)},
    )
    next_line = _line_reader(process)
    try:
        first = next_line()
        assert " ok: " in first and " page" in first, first
        assert "watching" in next_line()
        (folder / "style.css").write_text('h1::after { content: " (edited)"; }\n')
        second = next_line()
        assert " ok: " in second
        text = pdf_text(out.read_bytes())
        assert "(edited)" in text and "Prepared for you by" not in text  # the option is used
        (folder / "handout.html.j2").write_text("{% if %}\n")
        third = next_line()
        assert "failed" in third and "the last PDF is kept" in third
        assert "(edited)" in pdf_text(out.read_bytes())
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in err and "stopped" in err


def test_preview_watch_into_the_layout_folder_does_not_render_again_by_itself(home):
    assert main(["layout", "new", "harbour"]) == 0
    folder = home / "layouts" / "harbour"
    process = subprocess.Popen(
        [*PREVIEW, ".", "--watch", *WATCH_ARGS, "-o", "preview.pdf"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HANDOUT_BUILDER_HOME": str(home)},
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    try:
        assert " ok: " in lines.get(timeout=60)
        assert "watching" in lines.get(timeout=60)
        try:
            extra = lines.get(timeout=5)  # many polls; the PDF it wrote is not an edit
        except queue.Empty:
            extra = ""
        assert extra == ""
        (folder / "style.css").write_text('h1::after { content: " (edited)"; }\n')
        assert " ok: " in lines.get(timeout=60)
        assert "(edited)" in pdf_text((folder / "preview.pdf").read_bytes())
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and "Traceback" not in err


def test_preview_refuses_a_bad_option_before_rendering(home, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    folder = Path(__file__).resolve().parents[2] / "templates" / "worksheet"
    for option, message in (
        ("my_plan=maybe", "must be true or false"),
        ("lines_per_question=99", "between 1 and 8"),
        ("colour=red", "has no option 'colour'"),
    ):
        assert main(["layout", "preview", str(folder), "--option", option, "-o", str(out)]) == 2
        assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.own_worker
def test_build_with_a_looping_user_layout_is_stopped(home, tmp_path, capsys, monkeypatch):
    from handout_builder.render import worker

    folder = home / "layouts" / "looping"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text('title = "Looping"\n')
    (folder / "handout.html.j2").write_text(LOOPING)
    monkeypatch.setitem(worker.TIME_LIMITS, "export", 2.0)
    out = tmp_path / "out.pdf"
    assert main(["build", "--topic", "anxiety-alarm", "--layout", "looping", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "took longer than 2 seconds and was stopped" in err and len(err.splitlines()) == 1
    assert not out.exists()
