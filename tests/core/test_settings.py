"""Settings: a damaged settings file is ignored, never fatal; the file is read
again only when it changed."""

from __future__ import annotations

import pytest

from handout_builder.core import paths
from handout_builder.core.model.library import load_library
from handout_builder.core.model.recovery import find_recoveries
from handout_builder.core.settings import Settings, load_settings, save_settings


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b"[" * 100_000 + b"]" * 100_000],
    ids=["broken", "not-utf8", "not-object", "nested-too-deeply"],
)
def test_damaged_settings_file_is_ignored(home, content):
    paths.settings_file().write_bytes(content)
    assert load_settings() == Settings()
    assert paths.library_dir() == home / "library"
    assert len(load_library()) > 0


def test_deeply_nested_recovery_file_is_skipped(home):
    folder = paths.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "x.recovery.json").write_text("[" * 100_000 + "]" * 100_000)
    assert find_recoveries() == []


def test_interface_language_is_kept_and_an_unknown_one_follows_the_system(home):
    from handout_builder.core.settings import save_settings

    save_settings(Settings(interface_language="es"))
    assert load_settings().interface_language == "es"
    paths.settings_file().write_text('{"interface_language": "Klingon!"}', encoding="utf-8")
    assert load_settings().interface_language == ""  # "" = the system's language


def test_settings_are_read_again_only_when_the_file_changed(home, monkeypatch):
    import os
    import time

    from handout_builder.core import settings as settings_module

    saved = load_settings()
    saved.recent_files = ["/a.handout"]
    save_settings(saved)
    file = home / "settings.json"
    settled = time.time_ns() - 600 * 10**9
    os.utime(file, ns=(settled, settled))
    first = load_settings()
    reads: list[object] = []
    real = settings_module._read_settings
    monkeypatch.setattr(settings_module, "_read_settings", lambda *a: reads.append(a) or real(*a))
    again = load_settings()
    assert reads == [] and again == first
    again.recent_files.append("/b.handout")  # each caller's own copy
    assert load_settings().recent_files == ["/a.handout"]
    saved.setup_done = True
    save_settings(saved)  # changed (just now): read again
    assert load_settings().setup_done and len(reads) == 1
