"""Everything the app keeps about the practice and its clients is the user's
alone: files 0600, folders 0700 — whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from handout_builder.core import paths


@pytest.fixture(autouse=True)
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_brands_library_entries_layouts_and_recovery_files(home, make_handout):
    from handout_builder.core.layout.authoring import scaffold_layout
    from handout_builder.core.model import recovery
    from handout_builder.core.model.brand import BrandProfile, save_brand
    from handout_builder.core.model.user_library import save_section_to_library
    from handout_builder.core.settings import Settings, save_settings

    save_settings(Settings())
    brand = save_brand(
        BrandProfile(practice_name="Riverside"), paths.ensure_dir(paths.brands_dir()) / "r.toml"
    )
    handout = make_handout("anxiety-alarm")
    entry = save_section_to_library(handout.sections[0], source=None, taken_ids=set())
    layout = scaffold_layout("mine")
    saved = recovery.write_recovery("1-2", handout, None)

    files = [paths.settings_file(), brand.source, entry.source, saved, *layout.iterdir()]
    assert {str(p): mode(p) for p in files} == {str(p): 0o600 for p in files}
    folders = [home, paths.brands_dir(), paths.library_dir(), paths.layouts_dir(), layout]
    folders.append(paths.autosave_dir())
    assert {str(p): mode(p) for p in folders} == {str(p): 0o700 for p in folders}


def test_entries_saved_to_a_library_folder_of_the_users_choosing_are_private_too(
    tmp_path, make_handout
):
    from handout_builder.core.model.user_library import save_section_to_library

    folder = tmp_path / "my library"
    handout = make_handout("anxiety-alarm")
    entry = save_section_to_library(
        handout.sections[0], source=None, taken_ids=set(), folder=folder
    )
    assert mode(entry.source) == 0o600 and mode(folder) == 0o700
