"""Parsed stylesheets kept warm between renders in the render worker.

WeasyPrint parses every ``<link rel=stylesheet>`` and ``<style>`` of a
document again on every render (``weasyprint.css.find_stylesheets``): about
a sixth of a warm preview's CPU goes to reading the same layout CSS. Its own
user-agent stylesheet, by contrast, is parsed once and shared by every render
— parsed ``CSS`` objects are read, never changed, by the cascade — so
:func:`install` wraps the ``CSS`` constructor that ``find_stylesheets`` calls
and hands back the sheet parsed before when nothing it was made from changed.

A parsed sheet is reused only when all of these are the same:

- the sheet: its URL, with every file its parsing loaded (the sheet itself,
  ``@import``-ed sheets, ``@font-face`` fonts) — the file each name leads to
  (a symlink pointed elsewhere is another file), its modification time and
  size, taken before reading — or the text of a ``<style>`` element with its
  base URL;
- the media type and the render's URL fetcher roots (the folders it may load
  from: a render reuses only what its own fetcher would have loaded);
- the ``FontConfiguration``, since parsing registers ``@font-face`` fonts with
  the configuration that parsed it (the worker keeps one warm).

A sheet is not kept while a file it loaded was modified less than
:data:`~handout_builder.core.files.SETTLE_NS` before it was read: on file
systems that keep whole seconds (FAT two), a second save of the same size
within that time would look unchanged. A sheet whose parsing logged a
warning or refused a URL is not kept, so its problems are reported on every
render as before; nor is one that declared cascade layers, counter styles or
colour profiles (parsing records those in per-render tables that a kept
sheet could not fill again). Each kept sheet holds its own ``@page`` rules,
which are also added to the render's list, as parsing would have done. A
declaration whose value waits for ``var()`` is checked when the cascade
uses it, and WeasyPrint reports an invalid one once per parsed sheet: a kept
sheet's are made to report again on every render. If a
later WeasyPrint stops calling ``weasyprint.css.CSS``, nothing is wrapped or
nothing is kept: renders stay right, only slower (a test notices).
"""

from __future__ import annotations

import logging
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from handout_builder.core.files import SETTLE_NS
from handout_builder.render.fetcher import LoadedFile, loaded_file
from handout_builder.render.wrapping import install_wrapper, is_wrapped

MAX_SHEETS = 32  # per font configuration: a few layouts' sheets and brand <style>s


@dataclass
class _Kept:
    css: Any
    page_rules: list[Any]
    files: tuple[LoadedFile, ...]  # loaded by parsing, as they were before reading
    pending: tuple[Any, ...]  # declarations waiting for var() (weasyprint.css.tokens.Pending)
    font_rules: list[Any]  # the @font-face rules its parsing met (WarmFontConfiguration.met)


def _pending_values(css: Any, page_rules: list[Any]) -> tuple[Any, ...]:
    """The declaration values of ``css`` (its style rules, then its ``@page``
    rules) whose validation waits for ``var()``."""
    from weasyprint.css.tokens import Pending

    matcher = css.matcher
    entries = [*matcher.lang_attr_selectors, *matcher.other_selectors]
    for table in (
        matcher.id_selectors,
        matcher.class_selectors,
        matcher.lower_local_name_selectors,
        matcher.namespace_selectors,
    ):
        for listed in table.values():
            entries.extend(listed)
    declarations = [item for entry in entries for item in entry[-1][0]]
    declarations += [item for _rule, _selectors, listed in page_rules for item in listed]
    return tuple(value for _name, value, _important in declarations if isinstance(value, Pending))


_caches: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[Any, ...], _Kept]] = (
    weakref.WeakKeyDictionary()
)
statistics = {"hits": 0, "misses": 0}


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _unchanged(kept: _Kept) -> bool:
    return all(loaded_file(file.path) == file for file in kept.files)


def install() -> bool:
    """Wrap the ``CSS`` constructor WeasyPrint's stylesheet finder calls, once;
    whether it is wrapped."""
    try:
        from weasyprint import css as weasyprint_css
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    original = getattr(weasyprint_css, "CSS", None)
    if original is None or not hasattr(weasyprint_css, "find_stylesheets"):
        return False
    if is_wrapped(original):
        return True

    def parse(*args: Any, **kwargs: Any) -> Any:
        key = _key(args, kwargs)
        if key is None:
            return original(*args, **kwargs)
        font_config, fetcher = kwargs["font_config"], kwargs["url_fetcher"]
        page_rules: list[Any] = kwargs["page_rules"]
        sheets = _caches.setdefault(font_config, OrderedDict())
        kept = sheets.get(key)
        if kept is not None and _unchanged(kept):
            sheets.move_to_end(key)
            page_rules.extend(kept.page_rules)
            fetcher.loaded.extend(kept.files)  # read for this render too, as far as it knows
            for value in kept.pending:
                value._reported_error = False  # an invalid one is reported for this render too
            if kept.font_rules:  # met by this render too (see render/font_config.py)
                font_config.meet(kept.font_rules)
            statistics["hits"] += 1
            return kept.css
        statistics["misses"] += 1
        marks = (
            len(page_rules),
            len(fetcher.loaded),
            len(fetcher.refused),
            len(kwargs["counter_style"] or ()),
            len(kwargs["color_profiles"] or ()),
            len(getattr(font_config, "met", ())),
        )
        counter = _Count()
        reading = time.time_ns()
        logger = logging.getLogger("weasyprint")
        logger.addHandler(counter)
        try:
            css = original(*args, **kwargs)
        finally:
            logger.removeHandler(counter)
        unkeepable = (
            counter.count
            or len(fetcher.refused) != marks[2]
            or len(kwargs["counter_style"] or ()) != marks[3]
            or len(kwargs["color_profiles"] or ()) != marks[4]
            or kwargs["layers"]
        )
        files = list(dict.fromkeys(fetcher.loaded[marks[1] :]))
        if unkeepable or any(f is None or reading - f.mtime_ns < SETTLE_NS for f in files):
            sheets.pop(key, None)
            return css
        own_rules = page_rules[marks[0] :]
        css.page_rules = list(own_rules)  # not the render's shared list (see module doc)
        font_rules = list(getattr(font_config, "met", ())[marks[5] :])
        kept_files = tuple(f for f in files if f is not None)
        pending = _pending_values(css, own_rules)
        sheets[key] = _Kept(css, own_rules, kept_files, pending, font_rules)
        while len(sheets) > MAX_SHEETS:
            sheets.popitem(last=False)
        return css

    install_wrapper(weasyprint_css, "CSS", parse, original)
    return True


def _key(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...] | None:
    """The cache key of a stylesheet as ``find_stylesheets`` asks for it, or
    ``None`` for a call this cache leaves alone (an ``@import`` inside a
    sheet, another fetcher, an unexpected argument)."""
    expected = {
        "string",
        "url",
        "base_url",
        "url_fetcher",
        "media_type",
        "font_config",
        "counter_style",
        "color_profiles",
        "page_rules",
        "layers",
        "_check_mime_type",
    }
    if args or not set(kwargs) <= expected or kwargs.get("page_rules") is None:
        return None
    fetcher = kwargs.get("url_fetcher")
    roots = getattr(fetcher, "roots", None)
    if roots is None or not hasattr(fetcher, "loaded") or kwargs.get("font_config") is None:
        return None
    if "layers" not in kwargs or kwargs.get("layers") is None:
        return None
    source = ("url", kwargs["url"]) if kwargs.get("url") else ("string", kwargs.get("string"))
    if source[1] is None:
        return None
    return (
        source,
        kwargs.get("base_url"),
        kwargs.get("media_type"),
        kwargs.get("_check_mime_type", False),
        tuple(roots),
    )
