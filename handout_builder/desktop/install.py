"""``install-desktop`` / ``uninstall-desktop``: the app on this user's Linux desktop.

Files go under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), where the
XDG Base Directory spec says per-user data lives; desktop environments look
there for menu entries (``applications/``), icons (``icons/hicolor/``), MIME
types (``mime/packages/``) and AppStream metainfo (``metainfo/``). Afterwards
the caches are refreshed with ``update-desktop-database``,
``update-mime-database`` and ``gtk-update-icon-cache`` where they are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from handout_builder import APP_ID
from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.desktop import entries
from handout_builder.desktop.file_types import DOCUMENT_TYPES
from handout_builder.desktop.icons import PNG_SIZES, icon_svg, render_png

TOOL_TIME_LIMIT = 60.0  # s; update-mime-database takes well under a second


@dataclass
class Report:
    """What an install or uninstall did: files written or removed, cache tools
    run, and notes (a tool that is missing or failed: not fatal)."""

    files: list[Path] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset, empty or relative
    (the XDG Base Directory spec says to ignore a relative value)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this installation of the app (absolute paths):
    the bundle's program when frozen, else the ``handout-builder`` script next
    to this Python (a venv's ``bin``), else ``python -m handout_builder``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.executable).absolute().parent / "handout-builder"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(Path(sys.executable).absolute()), "-m", "handout_builder"]


def planned_files(root: Path, command: list[str]) -> dict[Path, Callable[[], bytes]]:
    """Every file ``install`` writes under the data folder ``root``, with a
    function that makes its content (icons are rendered only when installing)."""
    files: dict[Path, Callable[[], bytes]] = {
        root / "applications" / f"{APP_ID}.desktop": lambda: entries.desktop_entry(
            command
        ).encode(),
        root / "mime" / "packages" / f"{APP_ID}.xml": entries.mime_package,
        root / "metainfo" / f"{APP_ID}.metainfo.xml": entries.metainfo,
    }
    hicolor = root / "icons" / "hicolor"
    icons = [("apps", APP_ID)] + [("mimetypes", kind.icon_name) for kind in DOCUMENT_TYPES]
    for context, name in icons:
        svg = icon_svg(name)
        files[hicolor / "scalable" / context / f"{name}.svg"] = svg.read_bytes
        for size in PNG_SIZES:
            files[hicolor / f"{size}x{size}" / context / f"{name}.png"] = partial(
                render_png, svg, size
            )
    return files


def install(root: Path | None = None, command: list[str] | None = None) -> Report:
    """Write the desktop entry, icons, MIME type and metainfo under ``root``
    (default :func:`data_home`), replacing earlier copies; then refresh caches.

    Raises :class:`HandoutBuilderError` when a file cannot be written."""
    _require_linux()
    root = root or data_home()
    report = Report()
    for path, content in planned_files(root, command or launcher_command()).items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HandoutBuilderError(
                f"{path.parent}: cannot create folder: {exc.strerror}"
            ) from exc
        atomic_write_bytes(path, content())
        report.files.append(path)
    _refresh_caches(root, report)
    return report


def uninstall(root: Path | None = None) -> Report:
    """Remove what :func:`install` wrote under ``root`` (nothing else; the user's
    handouts and data folder stay), then refresh caches."""
    _require_linux()
    root = root or data_home()
    report = Report()
    for path in planned_files(root, ["handout-builder"]):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise HandoutBuilderError(f"{path}: cannot remove: {exc.strerror}") from exc
        report.files.append(path)
    _refresh_caches(root, report)
    return report


def _require_linux() -> None:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise HandoutBuilderError(
            "install-desktop is for Linux desktops; on Windows and macOS the installer "
            "adds the app to the Start menu or Applications folder"
        )


def _refresh_caches(root: Path, report: Report) -> None:
    """Run the cache tools that are installed; a missing or failing one is a note."""
    steps = [
        (["update-desktop-database", "-q", str(root / "applications")], root / "applications"),
        (["update-mime-database", str(root / "mime")], root / "mime"),
        (
            ["gtk-update-icon-cache", "-q", "-t", "-f", str(root / "icons" / "hicolor")],
            root / "icons" / "hicolor",
        ),
    ]
    for args, folder in steps:
        if not folder.is_dir():
            continue
        if shutil.which(args[0]) is None:
            report.notes.append(
                f"{args[0]} is not installed; the desktop may notice the change "
                "only after you log in again"
            )
            continue
        try:
            done = subprocess.run(
                args, capture_output=True, text=True, timeout=TOOL_TIME_LIMIT, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            report.notes.append(f"{args[0]} did not run: {exc}")
            continue
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            report.notes.append(f"{args[0]} failed: {detail[-1] if detail else done.returncode}")
        else:
            report.tools.append(args[0])
