"""The worker's warm font configuration, and when it must be made again.

WeasyPrint's :class:`~weasyprint.text.fonts.FontConfiguration` registers each
``@font-face`` font with Fontconfig once: the same rule met again is not
fetched again, and Fontconfig keeps the glyphs it read. A worker that keeps
one configuration warm would therefore go on printing a layout's old font after
a template author replaced the file under the same name. This configuration
remembers the state of every font file its ``@font-face`` rules loaded
(through the render's :class:`~handout_builder.render.fetcher.RestrictedURLFetcher`),
so that the worker can tell, before a render, that it needs a fresh one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from weasyprint.text.fonts import FontConfiguration

from handout_builder.render.fetcher import LoadedFile, loaded_file


class WarmFontConfiguration(FontConfiguration):  # type: ignore[misc]
    """A FontConfiguration that knows which font files it holds, as they were
    when it read them."""

    def __init__(self) -> None:
        super().__init__()
        self.font_files: dict[Path, LoadedFile] = {}

    def add_font_face(self, rule_descriptors: Any, url_fetcher: Any) -> Any:
        """WeasyPrint's, remembering the files the rule loaded (first state kept)."""
        loaded = getattr(url_fetcher, "loaded", None)
        mark = len(loaded) if loaded is not None else 0
        result = super().add_font_face(rule_descriptors, url_fetcher)
        for file in (loaded or [])[mark:]:
            if file is not None:
                self.font_files.setdefault(file.path, file)
        return result

    def stale(self) -> bool:
        """Whether a font file it read was since changed, replaced or removed
        (one ``stat`` per file; the bundled fonts are a handful)."""
        return any(loaded_file(path) != state for path, state in self.font_files.items())
