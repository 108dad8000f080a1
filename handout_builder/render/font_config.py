"""The worker's warm font configuration, and when it must be made again.

WeasyPrint's :class:`~weasyprint.text.fonts.FontConfiguration` registers each
``@font-face`` font with Fontconfig once: the same rule met again is not
fetched again, and Fontconfig keeps the glyphs it read. A worker that keeps
one configuration warm would therefore go on printing a layout's old font after
a template author replaced the file under the same name. This configuration
remembers the state of every font file its ``@font-face`` rules loaded
(through the render's :class:`~handout_builder.render.fetcher.RestrictedURLFetcher`),
so that the worker can tell, before a render, that it needs a fresh one.

Fontconfig also keeps every font registered under a family name, and Pango
picks among them: after two rules named one family with different files (two
layouts made from one another, a layout shipping its own file under a bundled
font's name, a rule edited to another file and back), a later render may print
the other rule's file — for a bundled font's name, in every handout. A cold
render has only its own document's rules, so the configuration notes the rules
each render meets (the stylesheet cache tells it those of the sheets it hands
back) and :meth:`WarmFontConfiguration.borrowed` tells the worker when a
family the render met also holds another rule: the worker then renders again
with a fresh configuration (once per such switch).

A font registered after renders were laid out with the configuration (a
layout naming its font before its file or its ``@font-face`` rule is in
place, then given it) changes what a family name stands for: what was
measured under that name in the fallback font is then forgotten, the line
heights WeasyPrint keeps per configuration (``strut_layouts``) and the lines
:mod:`~handout_builder.render.line_break_cache` keeps, as a cold render
would never have seen them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from weasyprint.text.fonts import FontConfiguration

from handout_builder.render import line_break_cache
from handout_builder.render.fetcher import LoadedFile, loaded_file


class WarmFontConfiguration(FontConfiguration):  # type: ignore[misc]
    """A FontConfiguration that knows which font files it holds, as they were
    when it read them."""

    def __init__(self) -> None:
        super().__init__()
        self.font_files: dict[Path, LoadedFile] = {}
        self.families: dict[str, set[str]] = {}  # family (casefolded) -> its rules registered
        self.met: list[tuple[str, str]] = []  # (family, rule) met by this render, in order

    def add_font_face(self, rule_descriptors: Any, url_fetcher: Any) -> Any:
        """WeasyPrint's, remembering the files the rule loaded (first state kept)
        and the rule met; a font newly registered forgets what was measured
        without it."""
        loaded = getattr(url_fetcher, "loaded", None)
        mark = len(loaded) if loaded is not None else 0
        registered = self._registered()
        result = super().add_font_face(rule_descriptors, url_fetcher)
        if self._registered() > registered:
            self.strut_layouts.clear()
            line_break_cache.forget(self)
        for file in (loaded or [])[mark:]:
            if file is not None:
                self.font_files.setdefault(file.path, file)
        family = str(rule_descriptors.get("font_family", "")).casefold()
        self.meet([(family, str(rule_descriptors))])  # WeasyPrint's own key for a rule
        return result

    def _registered(self) -> int:
        """How many font files WeasyPrint has written for Fontconfig (one per
        ``@font-face`` rule registered, in its temporary folder)."""
        folder = self._folder
        return 0 if folder is None else sum(1 for _ in Path(folder).iterdir())

    def begin(self) -> None:
        """A render starts: it has met no rule yet."""
        self.met = []

    def meet(self, rules: list[tuple[str, str]]) -> None:
        """Note ``rules`` ((family casefolded, rule) pairs) as met by this
        render (registered by it, or by the render that parsed a kept sheet)."""
        self.met.extend(rules)
        for family, rule in rules:
            self.families.setdefault(family, set()).add(rule)

    def borrowed(self) -> bool:
        """Whether a family this render met holds a rule it did not meet: its
        text may have been printed with another document's font file."""
        met: dict[str, set[str]] = {}
        for family, rule in self.met:
            met.setdefault(family, set()).add(rule)
        return any(self.families[family] != rules for family, rules in met.items())

    def stale(self) -> bool:
        """Whether a font file it read was since changed, replaced or removed
        (one ``stat`` per file; the bundled fonts are a handful)."""
        return any(loaded_file(path) != state for path, state in self.font_files.items())
