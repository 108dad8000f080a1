"""Pango font descriptions made once per render worker.

WeasyPrint makes a new Pango font description (family, style, stretch,
weight, size, small caps, variations) for every piece of text it lays out,
hundreds per render, through a dozen foreign calls each; a handout uses a
handful of distinct ones. :func:`install` wraps the
``get_font_description`` that WeasyPrint's line breaking calls and hands
back the description made before for the same values. Line breaking only
reads a description (Pango copies it into each layout), so one can serve
every layout that asks for the same font; the kept ones are freed when
dropped, as WeasyPrint's own are.

The values compared are exactly those ``get_font_description`` reads
(:data:`PROPERTIES`; a test compares them with WeasyPrint's source). With
another WeasyPrint than the one they were read from, nothing is wrapped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from handout_builder.render.wrapping import wrap_once

MAX_DESCRIPTIONS = 256
WEASYPRINT_VERSION = "70.0"
PROPERTIES = (
    "font_family",
    "font_style",
    "font_stretch",
    "font_weight",
    "font_size",
    "font_variant_caps",
    "font_variation_settings",
)

_descriptions: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
statistics = {"hits": 0, "misses": 0}


def _wrap(original: Any) -> Any:
    def describe(style: Any) -> Any:
        key = tuple(style[name] for name in PROPERTIES)
        try:
            kept = _descriptions.get(key)
        except TypeError:  # a value that cannot be compared: made every time
            return original(style)
        if kept is not None:
            _descriptions.move_to_end(key)
            statistics["hits"] += 1
            return kept
        statistics["misses"] += 1
        made = _descriptions[key] = original(style)
        while len(_descriptions) > MAX_DESCRIPTIONS:
            _descriptions.popitem(last=False)
        return made

    return describe


def install() -> bool:
    """Wrap the ``get_font_description`` WeasyPrint's line breaking calls,
    once; whether it is wrapped."""
    try:
        from weasyprint.text import line_break
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    return wrap_once(line_break, "get_font_description", _wrap, WEASYPRINT_VERSION)
