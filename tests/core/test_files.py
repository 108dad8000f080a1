"""The one reader for user files: size cap, byte-order mark, encoding, parse
errors with the line, and messages a person can act on."""

from __future__ import annotations

import os

import pytest

from handout_builder.core.errors import NotFoundError, ValidationError
from handout_builder.core.files import parse_toml, read_text, toml_key_lines
from handout_builder.core.model.brand import list_brands, load_brand
from handout_builder.core.model.library import load_entry


def message(call) -> str:
    with pytest.raises(ValidationError) as info:
        call()
    return str(info.value)


def test_text_with_a_byte_order_mark_reads(tmp_path):
    path = tmp_path / "a.toml"
    path.write_bytes(b"\xef\xbb\xbfpractice_name = 'Oak'\n")
    assert read_text(path, kind="brand profile", max_bytes=100) == "practice_name = 'Oak'\n"


def test_a_wrong_encoding_names_the_line_and_says_what_to_do(tmp_path):
    path = tmp_path / "b.toml"
    path.write_bytes("practice_name = 'Oak'\nclinician = 'Zoë'\n".encode("latin-1"))
    text = message(lambda: read_text(path, kind="brand profile", max_bytes=100))
    assert text == (
        f"{path}:2: is not UTF-8 text (byte 0xeb here is not UTF-8); save the file as "
        "UTF-8 (Unicode)"
    )
    path.write_bytes("x = 1".encode("utf-16"))
    assert "UTF-16; save it as UTF-8" in message(
        lambda: read_text(path, kind="brand profile", max_bytes=100)
    )


def test_too_large_a_folder_and_missing_files(tmp_path):
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 70_000)
    assert message(lambda: read_text(big, kind="brand profile", max_bytes=65_536)) == (
        f"{big}: is too large to be a brand profile (68 KB; at most 64 KB)"
    )
    assert "is a folder, not a brand profile" in message(
        lambda: read_text(tmp_path, kind="brand profile", max_bytes=10)
    )
    with pytest.raises(NotFoundError, match=r"none\.toml: file not found"):
        read_text(tmp_path / "none.toml", kind="brand profile", max_bytes=10)


def test_a_pipe_in_the_brands_folder_is_refused_not_waited_on(home):
    (home / "brands").mkdir()
    os.mkfifo(home / "brands" / "pipe.toml")
    profiles, problems = list_brands()
    assert profiles == []
    assert [p.message for p in problems] == ["is not a file that can be read as a brand profile"]


@pytest.mark.parametrize("line", ['logo = "C:\\Users\\me\\logo.png"', 'logo = "C:\\new\\tab.png"'])
def test_a_windows_path_in_a_toml_string_says_backslashes_are_escapes(tmp_path, line):
    path = tmp_path / "c.toml"
    path.write_text(f"practice_name = 'Oak'\n{line}\n", encoding="utf-8")
    assert message(lambda: load_brand(path)) == (
        f"{path}:2: field 'logo': backslashes start escape codes in a TOML \"…\" string: "
        "write the path in single quotes ('C:\\Users\\me\\logo.png') or with forward "
        "slashes (C:/Users/me/logo.png)"
    )


def test_toml_errors_name_the_line():
    assert message(lambda: parse_toml("a = 1\nb = [\n", "m.toml")).startswith(
        "m.toml:2: is not valid TOML"
    )


def test_key_lines_know_tables():
    text = 'name = "x"\n\n[options.show_logo]\ntype = "bool"\n"default" = true\n'
    assert toml_key_lines(text) == {
        "name": 1,
        "options": 3,
        "options.show_logo": 3,
        "options.show_logo.type": 4,
        "options.show_logo.default": 5,
    }


def test_yes_read_as_true_in_front_matter_says_so_and_suggests_quotes(tmp_path):
    path = tmp_path / "calm.md"
    path.write_text(
        "---\nid: calm\ntitle: Calm\nsummary: yes\naudiences: [adult]\n---\nBody.\n",
        encoding="utf-8",
    )
    assert message(lambda: load_entry(path)) == (
        f"{path}:4: field 'summary': must be text, not true/false (YAML reads yes as true: "
        'put the text in quotes, e.g. "yes")'
    )


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        # Typed in a word processor: curly quotes
        ("practice_name = “Oak Clinic”\n", 1, 'straight quotes ("…")'),
        ("practice_name = 'Oak'\nclinician = ‘Dr. Ruiz’\n", 2, 'straight quotes ("…")'),
        # A closing quote forgotten, in the middle and at the end of the file
        ('practice_name = "Oak\nclinician = "Dr. Ruiz"\n', 1, 'the closing " is missing'),
        ('practice_name = "Oak"\nclinician = "Dr. Ruiz\n', 2, 'the closing " is missing'),
        ("practice_name = 'Oak\n", 1, "the closing ' is missing"),
        # Text without quotes
        ("practice_name = Oak Clinic\n", 1, 'put text in quotes: practice_name = "…"'),
    ],
)
def test_toml_typing_slips_get_a_hint_a_person_can_act_on(text, line, hint):
    error = message(lambda: parse_toml(text, "b.toml"))
    assert error.startswith(f"b.toml:{line}: is not valid TOML"), error
    assert hint in error, error
