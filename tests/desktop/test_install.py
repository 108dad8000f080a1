"""install-desktop / uninstall-desktop: what lands in the user's data folder,
and that uninstall removes exactly that."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from handout_builder import APP_ID
from handout_builder.cli import main
from handout_builder.desktop import install
from handout_builder.desktop.file_types import DOCUMENT_TYPES, PACK
from handout_builder.desktop.icons import PNG_SIZES


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_install_puts_entry_icons_mime_type_and_metainfo_in_xdg_data_home(xdg):
    report = install.install(command=["/opt/hb/handout-builder"])
    desktop = xdg / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/opt/hb/handout-builder %F" in desktop.read_text()
    assert (xdg / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (xdg / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    hicolor = xdg / "icons" / "hicolor"
    icons = [("apps", APP_ID)] + [("mimetypes", kind.icon_name) for kind in DOCUMENT_TYPES]
    assert ("mimetypes", PACK.icon_name) in icons
    for context, name in icons:
        assert (
            (hicolor / "scalable" / context / f"{name}.svg")
            .read_text()
            .lstrip()
            .startswith("<?xml")
        )
        for size in PNG_SIZES:
            assert png_size(hicolor / f"{size}x{size}" / context / f"{name}.png") == (size, size)
    assert len(report.files) == 3 + (1 + len(DOCUMENT_TYPES)) * (1 + len(PNG_SIZES))
    assert all(path.is_relative_to(xdg) for path in report.files)


def test_install_refreshes_the_caches_it_finds(xdg):
    report = install.install(command=["/opt/hb/handout-builder"])
    for tool in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
        ran = tool in report.tools
        noted = any(tool in note for note in report.notes)
        assert ran or noted, tool  # run when installed, else said why not
    if "update-mime-database" in report.tools:
        assert (xdg / "mime" / "mime.cache").is_file()


def test_relative_xdg_data_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert install.data_home() == tmp_path / ".local" / "share"


def test_uninstall_removes_only_what_install_wrote(xdg):
    install.install(command=["/opt/hb/handout-builder"])
    neighbour = xdg / "applications" / "other-app.desktop"
    neighbour.write_text("[Desktop Entry]\n")
    report = install.uninstall()
    assert len(report.files) == 3 + (1 + len(DOCUMENT_TYPES)) * (1 + len(PNG_SIZES))
    assert not any(path.exists() for path in report.files)
    assert neighbour.is_file()
    assert install.uninstall().files == []


def test_frozen_app_installs_its_own_program(monkeypatch, tmp_path):
    program = tmp_path / "handout-builder-app" / "handout-builder"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert install.launcher_command() == [str(program)]


def test_from_a_venv_the_entry_starts_the_venv_script():
    command = install.launcher_command()
    assert Path(command[0]).is_absolute()
    assert command[0].endswith("handout-builder") or command[1:] == ["-m", "handout_builder"]


def test_commands_install_and_uninstall(xdg, capsys):
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    assert "Added Handout Builder to your desktop" in out
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    assert main(["uninstall-desktop"]) == 0
    assert "Removed Handout Builder" in capsys.readouterr().out
    assert not (xdg / "applications" / f"{APP_ID}.desktop").exists()
    assert main(["uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_a_folder_that_cannot_be_written_is_one_line_and_status_2(xdg, capsys):
    xdg.mkdir()
    (xdg / "applications").write_text("a file where a folder should be")
    assert main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "applications" in err


def test_other_systems_are_told_the_installer_does_it(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["install-desktop"]) == 2
    assert "Windows and macOS" in capsys.readouterr().err
