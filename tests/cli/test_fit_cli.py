"""Content that does not fit, on the command line: one warning line each on
standard error; --strict makes it an error (exit 2, no PDF); layout check
counts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout_builder.cli import main

CRISIS = "In a crisis, call or text 988, or go to your nearest emergency department."


@pytest.fixture
def giant_footer(home: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A layout whose footer is too big for any page, and a brand with a crisis line."""
    layout = home / "layouts" / "giant-footer"
    layout.mkdir(parents=True)
    (layout / "layout.toml").write_text('title = "Giant footer"\nextends = "classic"\n')
    (layout / "style.css").write_text(".running-footer { font-size: 48pt; }\n")
    brand = tmp_path / "brand.toml"
    brand.write_text(f'practice_name = "Harbour Therapy"\ncrisis_line = "{CRISIS}"\n')
    return layout, brand


def build(brand: Path, out: Path, *extra: str) -> list[str]:
    args = ["build", "--topic", "anxiety-alarm", "--layout", "giant-footer"]
    return [*args, "--brand", str(brand), "-o", str(out), *extra]


def test_fit_problems_are_warnings_and_strict_makes_them_errors(giant_footer, tmp_path, capsys):
    _, brand = giant_footer
    out = tmp_path / "out.pdf"
    assert main(build(brand, out)) == 0
    warnings = [
        line
        for line in capsys.readouterr().err.splitlines()
        if "does not fit in the footer" in line
    ]
    assert any(
        w.startswith("handout-builder: warning: the crisis line does not fit in the footer")
        for w in warnings
    ), warnings
    assert out.is_file()

    strict = tmp_path / "strict.pdf"
    assert main(build(brand, strict, "--strict")) == 2
    err = capsys.readouterr().err
    assert "the crisis line does not fit in the footer" in err
    assert err.rstrip().splitlines()[-1].endswith("(--strict): no PDF was written")
    assert not strict.exists()


def test_strict_passes_when_everything_fits(tmp_path, capsys):
    out = tmp_path / "out.pdf"
    args = ["build", "--topic", "anxiety-alarm", "--strict", "-o", str(out)]
    assert main(args) == 0, capsys.readouterr().err
    assert out.is_file()


def test_layout_check_reports_what_does_not_fit(giant_footer, capsys):
    layout, brand = giant_footer
    args = ["layout", "check", str(layout), "--brand", str(brand), "--topic", "anxiety-alarm"]
    assert main(args) == 2
    out = capsys.readouterr().out
    assert "the crisis line does not fit in the footer" in out
