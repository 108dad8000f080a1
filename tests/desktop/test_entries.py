"""The desktop entry, MIME package and AppStream metainfo: valid by the
freedesktop tools, and they do what a desktop does with them."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from handout_builder import APP_ID
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.model.handout import save_handout
from handout_builder.core.model.pack import write_pack
from handout_builder.desktop import entries
from handout_builder.desktop.file_types import HANDOUT, PACK, document_type

needs = {
    tool: pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed")
    for tool in ("desktop-file-validate", "appstreamcli", "update-mime-database", "gio")
}


def exec_words(value: str) -> list[str]:
    """Split an Exec value as a desktop does (string unescape, then quoting rules)."""
    value = value.replace("\\\\", "\\")
    words, word, quoted, i = [], "", False, 0
    while i < len(value):
        char = value[i]
        if quoted and char == "\\":
            word += value[i + 1]
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += char
        i += 1
    return [*words, word]


@pytest.mark.parametrize(
    "path",
    [
        "/opt/handout-builder/handout-builder",
        "/home/sam/My Apps/handout builder",
        '/home/o"neil/$HOME/`x`/back\\slash/100%/handout-builder',
        "/home/zoë/prog",
    ],
)
def test_exec_line_gives_the_program_back_whole(path):
    entry = entries.desktop_entry([path])
    (exec_line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    words = exec_words(exec_line.removeprefix("Exec="))
    assert words[-1] == "%F"  # the files to open, as separate arguments
    assert [w.replace("%%", "%") for w in words[:-1]] == [path]


def test_a_program_path_with_a_line_break_is_refused():
    with pytest.raises(HandoutBuilderError, match="control characters"):
        entries.desktop_entry(["/tmp/a\nb"])


@needs["desktop-file-validate"]
@pytest.mark.parametrize("command", [["/opt/hb/handout-builder"], ["/a b/python", "-m", "x"]])
def test_desktop_entry_is_valid(tmp_path, command):
    desktop = tmp_path / f"{APP_ID}.desktop"
    desktop.write_text(entries.desktop_entry(command), encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_desktop_entry_opens_handouts_and_names_its_icon():
    entry = entries.desktop_entry(["/opt/hb/handout-builder"])
    assert f"MimeType={HANDOUT.mime_type};{PACK.mime_type};" in entry.splitlines()
    assert f"Icon={APP_ID}" in entry.splitlines()
    assert "Name=Handout Builder" in entry.splitlines()


@needs["appstreamcli"]
@pytest.mark.parametrize("home", [None, "https://example.org/handout-builder"])
def test_metainfo_is_valid(tmp_path, home):
    metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    metainfo.write_bytes(entries.metainfo(home))
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


def test_metainfo_points_at_no_web_address_while_the_project_has_none(monkeypatch):
    """Nothing software centres show may send a user to an address nobody owns."""
    monkeypatch.setattr(entries, "project_home", lambda: None)
    text = entries.metainfo().decode()
    assert "http" not in text and "<screenshots" not in text
    assert ET.fromstring(text).find("launchable").text == f"{APP_ID}.desktop"


def test_metainfo_shows_the_screenshots_in_docs_once_published():
    root = ET.fromstring(entries.metainfo("https://example.org/hb"))
    assert root.find("url").text == "https://example.org/hb"
    images = [node.text or "" for node in root.iter("image")]
    assert len(images) == len(entries.SCREENSHOTS) >= 1
    docs = Path(__file__).resolve().parents[2] / "docs"
    for image in images:
        assert image.startswith("https://example.org/hb/raw/main/docs/")
        assert (docs / image.rsplit("/", 1)[1]).is_file(), image


@needs["update-mime-database"]
@needs["gio"]
def test_installed_mime_types_recognise_handouts_and_packs_by_name_and_content(
    tmp_path, make_handout
):
    data = tmp_path / "xdg"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / f"{APP_ID}.xml").write_bytes(entries.mime_package())
    subprocess.run(["update-mime-database", str(data / "mime")], check=True)
    named = tmp_path / "sam.handout"
    save_handout(make_handout("anxiety-alarm"), named)
    packed = tmp_path / "practice.hbpack"
    write_pack(packed, "Practice", "1", {"library/a.md": b"---\nid: a\n---\ntext\n"})
    files = {named: HANDOUT, packed: PACK}
    for path, kind in list(files.items()):
        unnamed = tmp_path / f"{path.stem}-copy"
        unnamed.write_bytes(path.read_bytes())
        files[unnamed] = kind
    env = {"XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share", "PATH": "/usr/bin:/bin"}
    for path, kind in files.items():
        done = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert f"standard::content-type: {kind.mime_type}" in done.stdout, path


def test_document_type_by_suffix():
    assert document_type(Path("a/Sam.HANDOUT")) is HANDOUT
    assert document_type(Path("practice.hbpack")) is PACK
    assert document_type(Path("sam.pdf")) is None
