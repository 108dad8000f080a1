"""User preferences (``settings.json`` in the data home).

Unknown or broken values fall back to defaults rather than stopping the app;
the file is written atomically. This is the one reader of the file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_state, read_json, settled_state
from handout_builder.core.languages import LANGUAGE_CODE
from handout_builder.core.layout.layouts import DEFAULT_LAYOUT
from handout_builder.core.paper import PAPERS, locale_paper

MAX_RECENT = 10
MAX_SETTINGS_BYTES = 256 * 1024


@dataclass
class Settings:
    default_brand: str = ""  # name of a profile in the brands folder
    default_layout: str = DEFAULT_LAYOUT
    default_paper: str = field(default_factory=locale_paper)
    recent_files: list[str] = field(default_factory=list)
    last_export_dir: str = ""
    last_open_dir: str = ""
    setup_done: bool = False
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    library_dir: str = ""  # the user's own library entries ("" = data home/library)
    practice_dir: str = ""  # a shared practice folder (HANDOUT_BUILDER_PRACTICE wins)
    history: bool = True  # record each export and print (core/model/history.py)
    history_pdfs: bool = False  # ... with a copy of the PDF
    default_language: str = "en"  # the language new handouts are written in
    # The desktop app's own language ("" = follow the system's; "en", "es").
    interface_language: str = ""

    def add_recent(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


# The settings last read, with the file and its state then: a start asks for
# them about ten times (the practice folder, the library folder, the window).
_last_read: tuple[Path, tuple[int, int, int], Settings, list[Problem]] | None = None


def load_settings(problems: list[Problem] | None = None) -> Settings:
    """The user's settings; a damaged file or value falls back to the default
    (listed in ``problems`` when given), never stopping the app. The file is
    read again only when it changed; each call gets settings of its own."""
    global _last_read
    file = paths.settings_file()
    state, last = settled_state(file), _last_read
    if state is not None and last is not None and last[:2] == (file, state):
        settings, found = last[2], last[3]
    else:
        found = []
        settings = _read_settings(file, found)
        if state is not None and file_state(file) == state:  # not changed while read
            _last_read = (file, state, settings, found)
    if problems is not None:
        problems.extend(found)
    return replace(settings, recent_files=list(settings.recent_files))


def _read_settings(file: Path, sink: list[Problem]) -> Settings:
    settings = Settings()
    try:
        data = read_json(file, kind="settings file", max_bytes=MAX_SETTINGS_BYTES).data
    except ValidationError as exc:
        sink.extend(exc.problems)
        return settings
    except HandoutBuilderError:  # no settings yet
        return settings
    if not isinstance(data, dict):
        sink.append(Problem("is not a settings file (expected a JSON object)", str(file)))
        return settings
    r = FieldReader(data, str(file), problems=sink)
    settings.default_brand = r.text("default_brand", one_line=True, max_length=200)
    settings.default_layout = r.text(
        "default_layout", one_line=True, max_length=64, default=DEFAULT_LAYOUT
    )
    paper = r.text("default_paper", one_line=True, default=settings.default_paper)
    settings.default_paper = paper if paper in PAPERS else settings.default_paper
    settings.recent_files = list(r.text_list("recent_files", max_items=50))[:MAX_RECENT]
    settings.last_export_dir = r.text("last_export_dir", one_line=True, max_length=4096)
    settings.last_open_dir = r.text("last_open_dir", one_line=True, max_length=4096)
    settings.setup_done = r.boolean("setup_done", False)
    settings.window_geometry = r.text("window_geometry", one_line=True, max_length=20_000)
    settings.library_dir = r.text("library_dir", one_line=True, max_length=4096)
    settings.practice_dir = r.text("practice_dir", one_line=True, max_length=4096)
    settings.history = r.boolean("history", True)
    settings.history_pdfs = r.boolean("history_pdfs", False)
    settings.default_language = _language(r, "default_language") or "en"
    settings.interface_language = _language(r, "interface_language")
    return settings


def _language(r: FieldReader, key: str) -> str:
    """A language code setting; one that is not a code is ignored (a damaged
    settings file is never fatal)."""
    code = r.text(key, one_line=True, max_length=20).lower()
    return code if LANGUAGE_CODE.match(code) else ""


def save_settings(settings: Settings) -> None:
    folder = paths.ensure_dir(paths.data_home())
    data = asdict(settings)
    atomic_write_text(folder / paths.settings_file().name, json.dumps(data, indent=2) + "\n")
