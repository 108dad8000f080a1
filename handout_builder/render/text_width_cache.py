"""Widths of runs of text, measured once per render worker.

To size list markers, table columns, flex items and floats, WeasyPrint asks
how wide each run of text is at its narrowest and widest
(``weasyprint.layout.preferred.inline_line_widths``): it shapes the text with
Pango line by line, on every render, and keeps only the numbers. The same
text in the same font measures the same on the next render, so
:func:`install` wraps the ``split_first_line`` that those measurements call
and answers a question asked before from memory. Laying out the lines that
are printed is left alone: it needs Pango's layout of each line, which is
drawn.

An answer is reused only when the text, the width offered, the other
arguments and every style property WeasyPrint's line breaking reads
(:data:`PROPERTIES`, from ``weasyprint/text``) are the same, with the same
``FontConfiguration``. The list of properties is WeasyPrint 70's; with
another version nothing is wrapped (renders stay right, only slower), and a
test compares the list with the properties ``weasyprint/text`` reads.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from typing import Any

from tinycss2.ast import Node

from handout_builder.render.wrapping import install_wrapper, is_wrapped

MAX_WIDTHS = 8192  # per font configuration: a few handouts' runs of text
WEASYPRINT_VERSION = "70.0"

# Every computed style property read by weasyprint/text/line_break.py and
# weasyprint/text/fonts.py (font description, features, line breaking,
# hyphenation); tests/render/test_text_width_cache.py keeps this list whole.
PROPERTIES = (
    "direction",
    "font_family",
    "font_feature_settings",
    "font_kerning",
    "font_language_override",
    "font_size",
    "font_stretch",
    "font_style",
    "font_variant_alternates",
    "font_variant_caps",
    "font_variant_east_asian",
    "font_variant_ligatures",
    "font_variant_numeric",
    "font_variant_position",
    "font_variation_settings",
    "font_weight",
    "hyphenate_character",
    "hyphenate_limit_chars",
    "hyphenate_limit_zone",
    "hyphens",
    "lang",
    "letter_spacing",
    "line_height",
    "overflow_wrap",
    "tab_size",
    "text_decoration_line",
    "white_space",
    "word_break",
    "word_spacing",
)

_caches: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[Any, ...], tuple[Any, ...]]] = (
    weakref.WeakKeyDictionary()
)
statistics = {"hits": 0, "misses": 0}


def clear() -> None:
    """Forget every measured width."""
    _caches.clear()


def _key(
    text: str,
    style: Any,
    max_width: float | None,
    justification_spacing: float,
    is_line_start: bool,
    minimum: bool,
) -> tuple[Any, ...] | None:
    """The cache key of one measurement, or ``None`` when a value is not
    hashable or is still a CSS expression (WeasyPrint 70 resolves ``calc()``
    in these properties before layout; one left for layout could depend on
    the root's font size or the page: then it is measured every time)."""
    values = tuple(style[name] for name in PROPERTIES)
    if any(isinstance(value, Node) for value in values):
        return None
    key = (text, max_width, justification_spacing, is_line_start, minimum, *values)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def install() -> bool:
    """Wrap the ``split_first_line`` WeasyPrint's preferred widths call,
    once; whether it is wrapped."""
    try:
        import weasyprint
        from weasyprint.layout import preferred
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    original = getattr(preferred, "split_first_line", None)
    if original is None or weasyprint.__version__ != WEASYPRINT_VERSION:
        return False
    if is_wrapped(original):
        return True

    def measure(
        text: str,
        style: Any,
        context: Any,
        max_width: float | None,
        justification_spacing: float,
        is_line_start: bool = True,
        minimum: bool = False,
    ) -> tuple[Any, ...]:
        font_config = getattr(style, "font_config", None)
        key = _key(text, style, max_width, justification_spacing, is_line_start, minimum)
        if key is None or font_config is None:
            return tuple(
                original(
                    text, style, context, max_width, justification_spacing, is_line_start, minimum
                )
            )
        widths = _caches.setdefault(font_config, OrderedDict())
        known = widths.get(key)
        if known is not None:
            widths.move_to_end(key)
            statistics["hits"] += 1
            return (None, *known)
        statistics["misses"] += 1
        _, *numbers = original(
            text, style, context, max_width, justification_spacing, is_line_start, minimum
        )
        widths[key] = tuple(numbers)
        while len(widths) > MAX_WIDTHS:
            widths.popitem(last=False)
        return (None, *numbers)

    install_wrapper(preferred, "split_first_line", measure, original)
    return True
