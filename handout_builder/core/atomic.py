"""Atomic file writes: a crash never leaves a half-written file behind.

The data goes to a temporary file in the target's folder (``.NAME.xxxxxxxx.tmp``,
NAME cut to :data:`TEMP_NAME_BYTES`),
is flushed and fsync'ed, then replaces the target in one step. Several files
that belong together (a PDF and its handout) are written all or nothing:
every temporary file first, then the replacements. A process killed between
the two steps leaves only a temporary file, which :mod:`~handout_builder.core.housekeeping`
removes at the next start.

Files in the user's data folder are readable by their owner only (0600); so
are files written with ``private=True`` elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError

TEMP_SUFFIX = ".tmp"
# tempfile.mkstemp(prefix=".NAME.", suffix=".tmp"): eight of [a-z0-9_] in between.
TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
# Of the target's name in a temporary name: a file name may have 255 bytes,
# and ".NAME." and ".xxxxxxxx.tmp" add 14 (a 250-byte PDF name failed).
TEMP_NAME_BYTES = 200


def _shortened(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes as the file system stores it
    (UTF-8), at a whole character."""
    encoded = os.fsencode(name)
    if len(encoded) <= limit:
        return name
    return encoded[:limit].decode("utf-8", "ignore")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_private(path: Path, private: bool | None) -> bool:
    if private is not None:
        return private
    try:
        return paths.is_user_data(path)
    except (OSError, RuntimeError, ValueError):
        return False


def _check_target(path: Path) -> None:
    if not path.parent.is_dir():
        raise HandoutBuilderError(f"{path}: folder does not exist: {path.parent}")
    if path.is_dir():
        raise HandoutBuilderError(f"{path}: is a folder, not a file")


def _write_temporary(path: Path, data: bytes, private: bool) -> Path:
    """``data`` in a flushed temporary file beside ``path``; raises OSError."""
    prefix = f".{_shortened(path.name, TEMP_NAME_BYTES)}."
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=TEMP_SUFFIX)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(0o600 if private else 0o666 & ~_umask())
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return temporary


def _sync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def atomic_write_files(files: Sequence[tuple[Path, bytes]], *, private: bool | None = None) -> None:
    """Write several files all or nothing: every temporary file is written and
    flushed before any target is replaced, so when one cannot be written (a
    read-only folder, a full disk) none of the targets has changed.

    ``private`` makes the files readable by their owner only; ``None`` (the
    default) does so for files in the user's data folder. Raises
    :class:`HandoutBuilderError` with a one-line message naming the file.
    """
    pending: list[tuple[Path, Path]] = []
    current = Path()
    try:
        for path, data in files:
            current = Path(path)
            _check_target(current)
            temporary = _write_temporary(current, data, _is_private(current, private))
            pending.append((temporary, current))
        written = [target for _, target in pending]
        while pending:
            temporary, current = pending[0]
            temporary.replace(current)
            pending.pop(0)
        for folder in dict.fromkeys(target.parent for target in written):
            _sync_folder(folder)
    except OSError as exc:
        raise HandoutBuilderError(f"{current}: cannot write file: {exc.strerror or exc}") from exc
    finally:
        for temporary, _ in pending:
            with contextlib.suppress(OSError):
                temporary.unlink()


def atomic_write_bytes(path: Path, data: bytes, *, private: bool | None = None) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write_files`).

    Raises :class:`HandoutBuilderError` with a one-line message when the folder
    does not exist or cannot be written.
    """
    atomic_write_files([(Path(path), data)], private=private)


def atomic_write_text(path: Path, text: str, *, private: bool | None = None) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`atomic_write_files`)."""
    atomic_write_bytes(path, text.encode("utf-8"), private=private)
