"""Recovery files: the open handout, written every few seconds of idle, so a
crash or a killed process loses at most the last moments of work.

A recovery file is the handout document plus where it was saved (if anywhere),
in the ``autosave`` folder of the data home, readable by the user only. It is
deleted when the handout is saved or the app closes normally; a recovery file
found at the next start means the last session did not end normally.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.model.handout import Handout, handout_from_data

RECOVERY_FORMAT = "handout-builder/recovery"


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


def find_recoveries(exclude: str = "") -> list[Recovered]:
    """Recovery files left by sessions that did not end normally, newest first.

    Unreadable recovery files are skipped (they are never worth a crash)."""
    folder = paths.autosave_dir()
    found: list[Recovered] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*.recovery.json"):
        if exclude and path.name == recovery_file(exclude).name:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != RECOVERY_FORMAT:
                continue
            handout = handout_from_data(data.get("handout"), str(path))
        except (OSError, ValueError, RecursionError, HandoutBuilderError):
            continue
        saved_as = data.get("saved_as")
        found.append(
            Recovered(
                path,
                handout,
                Path(saved_as) if saved_as else None,
                float(data.get("written") or path.stat().st_mtime),
            )
        )
    found.sort(key=lambda r: r.written, reverse=True)
    return found
