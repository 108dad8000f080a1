"""Where the user's data lives.

``HANDOUT_BUILDER_HOME`` (when set) is the folder that holds everything the user
owns — brand profiles, own library entries, own layouts and illustrations,
autosave and settings. Otherwise the platform's user data folder is used.
Nothing here creates folders; writers call :func:`ensure_dir`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_HOME = "HANDOUT_BUILDER_HOME"


def data_home() -> Path:
    """The user's data folder (``HANDOUT_BUILDER_HOME`` or the platform default)."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return platformdirs.user_data_path("handout-builder", appauthor=False)


def brands_dir() -> Path:
    return data_home() / "brands"


def library_dir() -> Path:
    return data_home() / "library"


def layouts_dir() -> Path:
    return data_home() / "layouts"


def illustrations_dir() -> Path:
    return data_home() / "illustrations"


def autosave_dir() -> Path:
    return data_home() / "autosave"


def settings_file() -> Path:
    return data_home() / "settings.json"


def ensure_dir(path: Path, *, private: bool = False) -> Path:
    """Create ``path`` (and parents) if needed; ``private`` makes it owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
    if private:
        path.chmod(0o700)
    return path
