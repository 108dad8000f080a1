"""One bad file is one problem on the command line: a warning line (or, when
the command needs that file, one error line naming file, field and line),
never a traceback."""

from __future__ import annotations

import json

from handout_builder.cli import main
from tests.conftest import BAD_DATE_ENTRY


def test_an_entry_refused_for_a_bad_field_says_why_in_build(home, tmp_path, capsys):
    (home / "library").mkdir()
    entry = home / "library" / "bad-date.md"
    entry.write_text(BAD_DATE_ENTRY, encoding="utf-8")
    assert main(["build", "--topic", "bad-date", "-o", str(tmp_path / "o.pdf")]) == 2
    err = capsys.readouterr().err
    assert err == (
        "handout-builder: error: topic 'bad-date': your library entry was not loaded: "
        f"{entry}:6: field 'reviewed': '2026-02-30' is not a date on the calendar\n"
    )
    assert not (tmp_path / "o.pdf").exists()


def test_the_other_commands_warn_and_go_on(home, capsys):
    (home / "library").mkdir()
    entry = home / "library" / "bad-date.md"
    entry.write_text(BAD_DATE_ENTRY, encoding="utf-8")
    assert main(["library", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "anxiety-alarm" in {item["id"] for item in json.loads(out)}
    assert f"{entry}:6: warning: field 'reviewed': '2026-02-30' is not a date" in err
    assert main(["library", "lint", str(entry)]) == 2
    out = capsys.readouterr().out
    assert f"{entry}:6: error: field 'reviewed': '2026-02-30' is not a date on the calendar" in out
    assert main(["check", str(entry)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_logo_path_no_file_can_have_is_one_line(tmp_path, capsys):
    brand = tmp_path / "b.toml"
    brand.write_text('practice_name = "Oak"\nlogo = "~nosuchuser-hb/logo.png"\n')
    code = main(["build", "--topic", "anxiety-alarm", "--brand", str(brand), "-o", "x.pdf"])
    assert code == 2
    assert capsys.readouterr().err == (
        f"handout-builder: error: {brand}:2: field 'logo': '~nosuchuser-hb/logo.png' starts "
        "with '~nosuchuser-hb', and there is no user 'nosuchuser-hb' on this computer\n"
    )


def test_a_handout_whose_brand_holds_a_nul_is_refused_in_one_line(tmp_path, capsys, make_handout):
    path = tmp_path / "nul.handout"
    data = make_handout("anxiety-alarm").to_data() | {"brand": "oak\u0000.toml"}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(path), "-o", str(tmp_path / "o.pdf")]) == 2
    assert capsys.readouterr().err.startswith(
        f"handout-builder: error: {path}: field 'brand': holds a control character (U+0000)"
    )


def test_a_broken_default_brand_is_one_warning_line_per_file(home, tmp_path, make_handout):
    """Run as a user runs it (not in this process, whose test logging would
    catch what the command leaves to Python's last-resort handler)."""
    from handout_builder.core import paths
    from handout_builder.core.settings import load_settings, save_settings
    from tests.cli.test_cli import run

    paths.brands_dir().mkdir(parents=True, exist_ok=True)
    (paths.brands_dir() / "mine.toml").write_text('practice_name = "Broken\n', "utf-8")
    settings = load_settings()
    settings.default_brand = "mine"
    save_settings(settings)
    handout = tmp_path / "a.handout"
    handout.write_text(make_handout("anxiety-alarm").to_json(), "utf-8")
    result = run("render", str(handout), "-o", str(tmp_path / "a.pdf"))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("handout-builder: ") and "warning: " in lines[0]
    assert "mine.toml:1" in lines[0] and "using the sample practice instead" in lines[0]
