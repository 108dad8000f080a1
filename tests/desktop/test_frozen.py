"""Start-up of the frozen bundle: fontconfig pointed at the bundled fonts and a
cache folder the user can write, on each system; data files where the bundle
keeps them."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from handout_builder.core import resources
from handout_builder.core.model.fonts import font_dirs
from handout_builder.desktop import frozen


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_fonts_conf_has_the_bundled_fonts_and_a_first_writable_cache(platform, tmp_path):
    cache = tmp_path / "cache & co"
    conf = frozen.fonts_conf(platform, [Path("/b/fonts")], cache)
    root = ET.fromstring(conf.split("\n", 2)[2])  # past the XML and DOCTYPE lines
    assert root[0].tag == "cachedir" and root[0].text == str(cache)
    dirs = [node.text for node in root.iter("dir")]
    assert dirs[0] == "/b/fonts"
    system = {"win32": "WINDOWSFONTDIR", "darwin": "/Library/Fonts"}.get(platform)
    if system:
        assert system in dirs
    else:
        assert root.find("include").text == "/etc/fonts/fonts.conf"


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fc-list is not installed")
def test_fontconfig_finds_the_bundled_families_with_that_configuration(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(frozen.fonts_conf(sys.platform, font_dirs(), tmp_path / "cache"))
    done = subprocess.run(
        ["fc-list", ":", "family"],
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Atkinson Hyperlegible" in done.stdout and "Lora" in done.stdout
    assert any((tmp_path / "cache").iterdir())  # the cache was written there


@pytest.fixture
def frozen_app(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "handout-builder"


def test_prepare_points_fontconfig_at_a_private_cache(frozen_app):
    frozen.prepare()
    config = Path(os.environ["FONTCONFIG_FILE"])
    assert config == frozen_app / "fonts.conf"
    assert str(frozen_app / "fontconfig") in config.read_text()
    assert stat.S_IMODE((frozen_app / "fontconfig").stat().st_mode) == 0o700
    written = config.stat().st_mtime_ns
    frozen.prepare()  # the next start leaves an unchanged file alone
    assert config.stat().st_mtime_ns == written


def test_prepare_keeps_the_users_own_fontconfig_file(frozen_app, monkeypatch):
    monkeypatch.setenv("FONTCONFIG_FILE", "/my/fonts.conf")
    frozen.prepare()
    assert os.environ["FONTCONFIG_FILE"] == "/my/fonts.conf"
    assert not frozen_app.exists()


def test_prepare_does_nothing_from_source(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    frozen.prepare()
    assert "FONTCONFIG_FILE" not in os.environ


def test_prepare_never_stops_the_start_when_the_cache_is_not_writable(frozen_app, tmp_path):
    frozen_app.parent.write_text("a file where the cache folder should be")
    frozen.prepare()
    assert "FONTCONFIG_FILE" not in os.environ


def test_data_files_are_found_in_the_bundle_layout(monkeypatch, tmp_path):
    """The bundle (and the wheel) keep templates/ and assets/ in handout_builder/_data."""
    package = tmp_path / "_internal" / "handout_builder"
    for name in ("templates", "assets"):
        (package / "_data" / name).mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    resources.data_root.cache_clear()
    try:
        assert resources.templates_dir() == package / "_data" / "templates"
        assert resources.asset("icons", "x.svg") == package / "_data" / "assets" / "icons" / "x.svg"
    finally:
        resources.data_root.cache_clear()


def test_gtk_runtimes_are_taken_off_path_on_windows(frozen_app, monkeypatch, tmp_path):
    gtk = tmp_path / "GTK3-Runtime Win64" / "bin"
    msys = tmp_path / "msys64" / "ucrt64" / "bin"
    tools = tmp_path / "tools"
    for folder, dll in ((gtk, "libgobject-2.0-0.dll"), (msys, "libpango-1.0-0.dll")):
        folder.mkdir(parents=True)
        (folder / dll).write_bytes(b"MZ")
    tools.mkdir()
    (tools / "git.exe").write_bytes(b"MZ")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PATH", os.pathsep.join(map(str, (gtk, tools, msys, tmp_path / "gone"))))
    frozen.prepare()
    assert os.environ["PATH"].split(os.pathsep) == [str(tools), str(tmp_path / "gone")]
