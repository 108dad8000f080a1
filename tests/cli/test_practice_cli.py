"""``library``, ``layout list`` and ``build`` see the shared practice folder
(``HANDOUT_BUILDER_PRACTICE``), and say so when it cannot be reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handout_builder.cli import main
from handout_builder.core import paths
from tests.conftest import pdf_text
from tests.core.test_practice_folder import entry_text, layout


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "practice"
    (folder / "library").mkdir(parents=True)
    (folder / "library" / "group-rules.md").write_text(entry_text("group-rules", "Group rules"))
    group = layout(folder / "layouts", "group-handout", "Group handout")
    (group / "style.css").write_text("h1 { color: #123456; }\n")
    (folder / "brands").mkdir()
    (folder / "brands" / "group.toml").write_text('practice_name = "Group Practice Ltd"\n')
    monkeypatch.setenv(paths.ENV_PRACTICE, str(folder))
    return folder


def test_library_and_layout_list_show_the_practice_files(practice: Path, capsys):
    assert main(["library", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["group-rules"]["practice"] is True
    assert rows["anxiety-alarm"]["practice"] is False

    assert main(["layout", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("group-handout"))
    assert "Group handout" in line and "practice" in line


def test_build_uses_the_practice_entry_layout_and_brand(practice: Path, tmp_path: Path, capsys):
    out = tmp_path / "out.pdf"
    brand = practice / "brands" / "group.toml"
    arguments = ["--topic", "group-rules", "--layout", "group-handout", "--brand", str(brand)]
    code = main(["build", *arguments, "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    text = pdf_text(out.read_bytes())
    assert "Group rules" in text and "Group Practice Ltd" in text


def test_a_missing_practice_folder_is_a_note_not_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.setenv(paths.ENV_PRACTICE, str(tmp_path / "unplugged"))
    assert main(["layout", "list"]) == 0
    captured = capsys.readouterr()
    assert "classic" in captured.out
    assert "practice folder" in captured.err and "cannot be reached" in captured.err
    out = tmp_path / "out.pdf"
    assert main(["build", "--topic", "anxiety-alarm", "-o", str(out)]) == 0
    assert "cannot be reached" in capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
