"""Start-up of the frozen app (the PyInstaller bundle made by ``make bundle``).

In a bundle, WeasyPrint and Qt use the bundle's own fontconfig library, which
by itself would look for its configuration where the build machine kept it and
might find no cache folder it may write to (then every start scans every font
again). :func:`prepare` points fontconfig at a configuration written for this
bundle: the bundled fonts, the system's fonts and configuration, and a cache in
the user's cache folder. The render worker process inherits it (it starts
from the same program, with the environment set here).

On Windows, GTK runtimes that other programs put on ``PATH`` carry their own
Pango, GLib and fontconfig DLLs; :func:`without_gtk_runtimes` takes those
folders off ``PATH`` so neither this process nor the render worker can load a
mismatched copy instead of the bundled one.

Built-in templates and assets need nothing here: the bundle keeps them in
``handout_builder/_data``, where :mod:`handout_builder.core.resources` looks.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Sequence
from pathlib import Path

FONTCONFIG_FILE = "FONTCONFIG_FILE"
GTK_RUNTIME_DLLS = (  # a folder holding any of these is a GTK runtime
    "libgobject-2.0-0.dll",
    "libglib-2.0-0.dll",
    "libpango-1.0-0.dll",
    "libharfbuzz-0.dll",
    "libfontconfig-1.dll",
)


def is_frozen() -> bool:
    """Whether this is the bundled app rather than Python running the sources."""
    return bool(getattr(sys, "frozen", False))


def fonts_conf(platform: str, font_dirs: Sequence[Path], cache_dir: Path) -> str:
    """A fontconfig configuration (``fonts.conf``) for ``platform`` (a
    ``sys.platform`` value): ``font_dirs`` (the bundled fonts), the system's
    fonts, and ``cache_dir`` as the first, writable cache folder."""
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        f"  <cachedir>{html.escape(str(cache_dir), quote=False)}</cachedir>",
    ]
    lines += [f"  <dir>{html.escape(str(folder), quote=False)}</dir>" for folder in font_dirs]
    if platform == "win32":
        lines.append("  <dir>WINDOWSFONTDIR</dir>")
        lines.append('  <dir prefix="xdg">fonts</dir>')
    elif platform == "darwin":
        lines += [
            f"  <dir>{folder}</dir>"
            for folder in ("/System/Library/Fonts", "/Library/Fonts", "~/Library/Fonts")
        ]
    else:  # Linux and other Unix: the system's own configuration, with its fonts and rules
        lines.append('  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>')
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"


def without_gtk_runtimes(path_value: str, separator: str = os.pathsep) -> str:
    """``path_value`` (a ``PATH``) without the folders that hold a GTK runtime's
    DLLs (:data:`GTK_RUNTIME_DLLS`), e.g. ``C:\\msys64\\ucrt64\\bin`` or the
    GTK3-Runtime's ``bin``; other folders stay, in order."""
    kept = [
        folder
        for folder in path_value.split(separator)
        if not (folder and any((Path(folder) / dll).is_file() for dll in GTK_RUNTIME_DLLS))
    ]
    return separator.join(kept)


def prepare() -> None:
    """In the frozen app: on Windows, take GTK runtimes off ``PATH``; write the
    fontconfig configuration into the user's cache folder (owner-only) and set
    ``FONTCONFIG_FILE`` to it, unless the user set one. Does nothing when
    running from source. Never fails the start: if the cache folder cannot be
    written, fontconfig's defaults stay."""
    if not is_frozen():
        return
    if sys.platform == "win32":
        os.environ["PATH"] = without_gtk_runtimes(os.environ.get("PATH", ""))
    if os.environ.get(FONTCONFIG_FILE):
        return
    import platformdirs

    from handout_builder.core.atomic import atomic_write_text
    from handout_builder.core.errors import HandoutBuilderError
    from handout_builder.core.model.fonts import font_dirs
    from handout_builder.core.paths import ensure_dir

    try:
        cache = ensure_dir(
            platformdirs.user_cache_path("handout-builder", appauthor=False) / "fontconfig",
            private=True,
        )
        config = cache.parent / "fonts.conf"
        text = fonts_conf(sys.platform, font_dirs(), cache)
        if not config.is_file() or config.read_text(encoding="utf-8") != text:
            atomic_write_text(config, text)
    except (OSError, UnicodeDecodeError, HandoutBuilderError):
        return
    os.environ[FONTCONFIG_FILE] = str(config)
