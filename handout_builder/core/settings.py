"""User preferences (``settings.json`` in the data home).

Unknown or broken values fall back to defaults rather than stopping the app;
the file is written atomically.
"""

from __future__ import annotations

import json
import locale
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_text

# Countries that use US Letter paper; everywhere else uses A4.
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "SV", "DO"}
MAX_RECENT = 10


def default_paper() -> str:
    """``letter`` where the system locale's country uses it, else ``a4``."""
    name = ""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(variable):
            name = os.environ[variable]
            break
    if not name:
        name = locale.getlocale()[0] or ""
    territory = name.split(".")[0].split("@")[0].partition("_")[2].upper()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


@dataclass
class Settings:
    default_brand: str = ""  # name of a profile in the brands folder
    default_layout: str = "classic"
    default_paper: str = field(default_factory=default_paper)
    recent_files: list[str] = field(default_factory=list)
    last_export_dir: str = ""
    last_open_dir: str = ""
    setup_done: bool = False
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    library_dir: str = ""  # the user's own library entries ("" = data home/library)
    default_language: str = "en"  # the language new handouts are written in
    # The desktop app's own language ("" = follow the system's; "en", "es").
    interface_language: str = ""

    def add_recent(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


def load_settings() -> Settings:
    settings = Settings()
    try:
        data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # damaged: ignored, never fatal
        return settings
    if not isinstance(data, dict):
        return settings
    for f in fields(Settings):
        value = data.get(f.name)
        current = getattr(settings, f.name)
        if value is not None and type(value) is type(current):
            setattr(settings, f.name, value)
    if settings.default_paper not in ("letter", "a4"):
        settings.default_paper = default_paper()
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    return settings


def save_settings(settings: Settings) -> None:
    folder = paths.ensure_dir(paths.data_home())
    data: dict[str, Any] = asdict(settings)
    atomic_write_text(folder / paths.settings_file().name, json.dumps(data, indent=2) + "\n")
