"""Where the user's data lives.

``HANDOUT_BUILDER_HOME`` (when set) is the folder that holds everything the user
owns — brand profiles, own library entries, own layouts and illustrations,
autosave and settings. Otherwise the platform's user data folder is used.
Nothing here creates folders; writers call :func:`ensure_dir`.

A shared **practice folder** (``HANDOUT_BUILDER_PRACTICE``, else the
``practice_dir`` setting) holds a group practice's ``library``, ``layouts`` and
``brands`` in the same layout as the data folder. It is read, never written,
and layered under the user's own files (the user's win on a name clash). It is
often served by a sync client or a network drive, so it may be missing (the
laptop is off the network) or hold a sync client's temporary files: loaders
skip :func:`is_temporary_name` files and ask :func:`practice_folder`, which
gives ``None`` for a folder that is not there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from handout_builder.core.errors import HandoutBuilderError, Problem

ENV_HOME = "HANDOUT_BUILDER_HOME"
ENV_PRACTICE = "HANDOUT_BUILDER_PRACTICE"
PRACTICE_PARTS = ("library", "layouts", "brands")
# Names sync clients, editors and office suites give files that are not (yet)
# the real thing: lock files, partial downloads, conflict copies.
_TEMPORARY_PREFIXES = (".", "~", "#")  # hidden (.~lock.x#, .syncthing.x.tmp), ~$x, #x#
_TEMPORARY_SUFFIXES: tuple[str, ...] = ("~", ".tmp", ".temp", ".part", ".partial", ".swp")
_TEMPORARY_SUFFIXES += (".crdownload", ".download", ".!sync", ".icloud", "#")
_TEMPORARY_PARTS = (".sync-conflict-", "(conflicted copy", "(conflict ")
_NO_OVERRIDE = object()
_practice_override: object = _NO_OVERRIDE  # set by using_home() in the render worker


def data_home() -> Path:
    """The user's data folder (``HANDOUT_BUILDER_HOME`` or the platform default)."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return platformdirs.user_data_path("handout-builder", appauthor=False)


def cache_home() -> Path:
    """The user's cache folder, for what the app can make again (previews,
    library entries as read): ``cache`` in ``HANDOUT_BUILDER_HOME`` when that is
    set, else the platform's user cache folder."""
    if os.environ.get(ENV_HOME, "").strip():
        return data_home() / "cache"
    return platformdirs.user_cache_path("handout-builder", appauthor=False)


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


def history_dir() -> Path:
    """The handout history: one record per export and print (core/model/history.py)."""
    return data_home() / "history"


def settings_file() -> Path:
    return data_home() / "settings.json"


def practice_dir() -> Path | None:
    """The shared practice folder as configured — ``HANDOUT_BUILDER_PRACTICE``,
    else the ``practice_dir`` setting — or ``None`` when there is none. It may
    not exist right now (see :func:`practice_folder`)."""
    from handout_builder.core.files import user_path
    from handout_builder.core.settings import load_settings  # settings live in this folder

    if _practice_override is not _NO_OVERRIDE:
        return Path(str(_practice_override)) if _practice_override else None
    configured = os.environ.get(ENV_PRACTICE, "").strip() or load_settings().practice_dir
    if not configured:
        return None
    try:
        return user_path(configured, None)
    except HandoutBuilderError:
        return None  # a path no folder can have: as if none were set


def practice_folder(part: str) -> Path | None:
    """The practice folder's ``library``, ``layouts`` or ``brands`` folder when it
    is there to read, else ``None`` (no practice folder, or it is missing)."""
    root = practice_dir()
    if root is None:
        return None
    folder = root / part
    try:
        return folder if folder.is_dir() else None
    except OSError:  # a network share that stopped answering
        return None


def practice_missing() -> Path | None:
    """The configured practice folder when it cannot be read right now (a
    network drive that is not connected), else ``None``."""
    root = practice_dir()
    if root is None:
        return None
    try:
        return None if root.is_dir() else root
    except OSError:
        return root


def practice_problems() -> list[Problem]:
    """A warning when the practice folder is set but cannot be read right now
    (the app keeps working with the user's own and the built-in files)."""
    missing = practice_missing()
    if missing is None:
        return []
    return [
        Problem(
            f"the practice folder {missing} cannot be reached (not connected?); "
            "using your own and the built-in files until it is back",
            severity="warning",
        )
    ]


def is_in_practice(path: Path) -> bool:
    """Whether ``path`` is in the practice folder (which is never written)."""
    root = practice_dir()
    if root is None:
        return False
    resolved, root = Path(path).resolve(), root.resolve()
    return resolved == root or root in resolved.parents


def is_temporary_name(name: str) -> bool:
    """Whether a file or folder called ``name`` is a temporary or half-synced
    copy to skip when loading: hidden files, lock files (``.~lock.x#``,
    ``~$x``), partial downloads (``*.part``, ``*.tmp``, ``*.crdownload``),
    editor back-ups (``x~``) and sync conflict copies (``x.sync-conflict-…``,
    ``x (conflicted copy …)``)."""
    lowered = name.lower()
    return (
        lowered.startswith(_TEMPORARY_PREFIXES)
        or lowered.endswith(_TEMPORARY_SUFFIXES)
        or any(part in lowered for part in _TEMPORARY_PARTS)
    )


@contextmanager
def using_home(home: str, practice: str | None = None) -> Iterator[None]:
    """Within the block, ``HANDOUT_BUILDER_HOME`` is ``home`` (no change if empty)
    and the practice folder is ``practice`` (``""``: none; ``None``: no change).

    The render worker serves requests from callers with their own data homes
    and practice folders."""
    global _practice_override
    previous = os.environ.get(ENV_HOME)
    previous_practice = _practice_override
    if home:
        os.environ[ENV_HOME] = home
    if practice is not None:
        _practice_override = practice
    try:
        yield
    finally:
        _practice_override = previous_practice
        if home and previous is None:
            os.environ.pop(ENV_HOME, None)
        elif home and previous is not None:
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
