"""Atomic file writes: a crash never leaves a half-written file behind.

The data goes to a temporary file in the target's folder, is flushed and
fsync'ed, then replaces the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from handout_builder.core.errors import HandoutBuilderError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically.

    ``private`` makes the file readable by its owner only (recovery files).
    Raises :class:`HandoutBuilderError` with a one-line message when the folder
    does not exist or cannot be written.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise HandoutBuilderError(f"{path}: folder does not exist: {folder}")
    if path.is_dir():
        raise HandoutBuilderError(f"{path}: is a folder, not a file")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).chmod(0o600 if private else 0o666 & ~_umask())
        Path(tmp_name).replace(path)
        tmp_name = ""
        if hasattr(os, "O_DIRECTORY"):
            with contextlib.suppress(OSError):
                dir_fd = os.open(folder, os.O_DIRECTORY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
    except OSError as exc:
        raise HandoutBuilderError(f"{path}: cannot write file: {exc.strerror or exc}") from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()


def atomic_write_text(path: Path, text: str, *, private: bool = False) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"), private=private)
