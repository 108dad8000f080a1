"""At start-up: temporary files a killed save left (holding client words) are
removed, and what an older version left readable by others becomes owner-only."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from handout_builder.core.atomic import _write_temporary
from handout_builder.core.housekeeping import make_data_folder_private, tidy_up
from handout_builder.core.settings import load_settings, save_settings


def left_by_a_killed_save(target: Path, age_seconds: float = 3600) -> Path:
    """What ``kill -9`` during a save leaves: the flushed temporary file, never
    renamed onto ``target``."""
    temporary = _write_temporary(target, b"Sam told me about the panic attacks", private=True)
    old = time.time() - age_seconds
    os.utime(temporary, (old, old))
    return temporary


def test_temporary_files_of_a_killed_save_are_removed_at_the_next_start(home, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    saved = documents / "sam.handout"
    saved.write_text("{}")
    settings = load_settings()
    settings.add_recent(str(saved))
    save_settings(settings)
    (home / "autosave").mkdir()
    (home / "brands").mkdir()
    stale = [
        left_by_a_killed_save(home / "autosave" / "123-456.recovery.json"),
        left_by_a_killed_save(home / "brands" / "riverside.toml"),
        left_by_a_killed_save(home / "settings.json"),
        left_by_a_killed_save(saved),
    ]
    in_progress = left_by_a_killed_save(documents / "other.handout", age_seconds=0)
    not_ours = [documents / ".notes.tmp", documents / "draft.tmp"]
    for path in not_ours:
        path.write_text("the user's own")
    elsewhere = tmp_path / "Downloads"
    elsewhere.mkdir()
    untouched = left_by_a_killed_save(elsewhere / "x.pdf")

    assert sorted(tidy_up()) == sorted(stale)
    assert not any(path.exists() for path in stale)
    assert in_progress.exists() and untouched.exists()  # a save in progress; a folder not ours
    assert all(path.read_text() == "the user's own" for path in not_ours)
    assert saved.read_text() == "{}"


def test_data_an_older_version_left_readable_by_others_becomes_owner_only(home):
    (home / "brands").mkdir(mode=0o755)
    old_files = [home / "settings.json", home / "brands" / "riverside.toml"]
    for path in old_files:
        path.write_text("practice details")
        path.chmod(0o644)
    home.chmod(0o755)
    make_data_folder_private()
    for path in (home, home / "brands"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for path in old_files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_practice_packs_staging_folder_left_behind_is_removed_after_a_day(home):
    import os
    import time

    from handout_builder.core.housekeeping import remove_stale_staging

    old, fresh = home / ".pack-import-abc123", home / ".pack-import-def456"
    for folder in (old, fresh):
        (folder / "library").mkdir(parents=True)
        (folder / "library" / "x.md").write_text("a client's words")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    assert remove_stale_staging() == [old]
    assert not old.exists() and fresh.exists()


def test_a_preview_left_half_stored_in_the_cache_folder_is_removed(home, tmp_path, monkeypatch):
    from handout_builder.core import paths

    cache = tmp_path / "cache-elsewhere"  # ~/.cache/handout-builder without HANDOUT_BUILDER_HOME
    (cache / "previews").mkdir(parents=True)
    monkeypatch.setattr(paths, "cache_home", lambda: cache)
    stale = left_by_a_killed_save(cache / "previews" / ("ab" * 32 + ".pdf"))
    assert tidy_up() == [stale]
    assert not stale.exists()
