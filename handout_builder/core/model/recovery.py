"""Recovery files: the open handout, written every few seconds of idle, so a
crash or a killed process loses at most the last moments of work.

A recovery file is the handout document plus where it was saved (if anywhere),
in the ``autosave`` folder of the data home, readable by the user only. It is
deleted when the handout is saved or the app closes normally; a recovery file
found at the next start means the last session did not end normally.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_is, read_json
from handout_builder.core.model.handout import MAX_HANDOUT_BYTES, Handout, handout_from_data

RECOVERY_FORMAT = "handout-builder/recovery"
RECOVERY_KEYS = ("format", "saved_as", "written", "handout")
MAX_RECOVERY_BYTES = MAX_HANDOUT_BYTES + 64 * 1024


@dataclass(frozen=True)
class Recovered:
    path: Path  # the recovery file
    handout: Handout
    saved_as: Path | None  # the handout file it belongs to, if it had been saved
    written: float  # seconds since the epoch


def recovery_file(session: str) -> Path:
    return paths.autosave_dir() / f"{session}.recovery.json"


def new_session_id() -> str:
    return f"{os.getpid()}-{int(time.time() * 1000)}"


def write_recovery(session: str, handout: Handout, saved_as: Path | None) -> Path:
    folder = paths.ensure_dir(paths.autosave_dir(), private=True)
    target = folder / recovery_file(session).name
    data = {
        "format": RECOVERY_FORMAT,
        "saved_as": str(saved_as) if saved_as else None,
        "written": time.time(),
        "handout": handout.to_data(),
    }
    atomic_write_text(target, json.dumps(data, ensure_ascii=False), private=True)
    return target


def discard_recovery(session: str) -> None:
    try:
        recovery_file(session).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise HandoutBuilderError(f"cannot remove recovery file: {exc.strerror}") from exc


def read_recovery(path: Path) -> Recovered:
    """Read one recovery file; :class:`ValidationError` (file, field) when it is
    damaged, :class:`NotFoundError` when it is gone."""
    file = str(path)
    parsed = read_json(path, kind="recovery file", max_bytes=MAX_RECOVERY_BYTES)
    data = parsed.data
    if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
        raise ValidationError([Problem("is not a recovery file", file, field="format")])
    r = FieldReader(data, file)
    r.reject_unknown(RECOVERY_KEYS)
    saved_as = r.path("saved_as", base=None)
    written = data.get("written")
    if written is None:
        with contextlib.suppress(OSError):
            written = path.stat().st_mtime
        written = written or 0.0
    if (
        isinstance(written, bool)
        or not isinstance(written, (int, float))
        or not (0 <= written < 1e11)
    ):
        r.error("written", f"'{str(written)[:40]}' is not a time (seconds since 1970)")
        written = 0.0
    r.finish()
    handout = handout_from_data(data.get("handout"), file)
    return Recovered(path, handout, saved_as, float(written))


def find_recoveries(exclude: str = "", problems: list[Problem] | None = None) -> list[Recovered]:
    """Recovery files left by sessions that did not end normally, newest first.

    A damaged recovery file is skipped (and, with ``problems``, listed there);
    it never hides the others."""
    folder = paths.autosave_dir()
    found: list[Recovered] = []
    if not file_is(folder, "dir"):
        return found
    for path in sorted(folder.glob("*.recovery.json")):
        if exclude and path.name == recovery_file(exclude).name:
            continue
        try:
            found.append(read_recovery(path))
        except ValidationError as exc:
            if problems is not None:
                problems.extend(exc.problems)
        except HandoutBuilderError:  # removed meanwhile (another window discarded it)
            continue
    found.sort(key=lambda r: r.written, reverse=True)
    return found
