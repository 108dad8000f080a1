"""Where the user's data lives.

``HANDOUT_BUILDER_HOME`` (when set) is the folder that holds everything the user
owns — brand profiles, own library entries, own layouts and illustrations,
autosave and settings. Otherwise the platform's user data folder is used.
Nothing here creates folders; writers call :func:`ensure_dir`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from handout_builder.core.errors import HandoutBuilderError

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
    """The user's own library entries: the folder chosen in Preferences, or
    ``library`` in the data home."""
    from handout_builder.core.files import user_path
    from handout_builder.core.settings import load_settings  # settings live in this folder

    custom = load_settings().library_dir
    if custom:
        try:
            return user_path(custom, data_home())
        except HandoutBuilderError:
            pass  # an unusable folder in settings: the default one
    return data_home() / "library"


def layouts_dir() -> Path:
    return data_home() / "layouts"


def illustrations_dir() -> Path:
    return data_home() / "illustrations"


def autosave_dir() -> Path:
    return data_home() / "autosave"


def settings_file() -> Path:
    return data_home() / "settings.json"


@contextmanager
def using_home(home: str) -> Iterator[None]:
    """Within the block, ``HANDOUT_BUILDER_HOME`` is ``home`` (no change if empty).

    The render worker serves requests from callers with their own data homes."""
    if not home:
        yield
        return
    previous = os.environ.get(ENV_HOME)
    os.environ[ENV_HOME] = home
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ENV_HOME, None)
        else:
            os.environ[ENV_HOME] = previous


def is_user_data(path: Path) -> bool:
    """Whether ``path`` is (in) the user's data folder, where everything is the
    user's alone: owner-only files (0600) and folders (0700)."""
    home = data_home().resolve()
    resolved = Path(path).expanduser().resolve()
    return resolved == home or home in resolved.parents


def ensure_dir(path: Path, *, private: bool | None = None) -> Path:
    """Create ``path`` (and parents) if needed; ``private`` makes it owner-only
    (``None``, the default: when it is in the user's data folder)."""
    if private is None:
        private = is_user_data(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
    if private:
        path.chmod(0o700)
        home = data_home().resolve()
        for folder in path.resolve().parents:  # made by an older version, with the umask
            if not (folder == home or home in folder.parents):
                break
            folder.chmod(0o700)
    return path
