"""First lines of text, broken once per render worker.

WeasyPrint breaks every run of text into lines with Pango
(``weasyprint.text.line_break.split_first_line``), on every render: to lay
out the lines that are printed (``weasyprint.layout.inline``) and to measure
how wide a run is at its narrowest and widest, for list markers, table
columns, flex items and floats (``weasyprint.layout.preferred``). That is
about a sixth of a warm preview's CPU. The next preview breaks mostly the same
text at the same widths (every paragraph but the one being edited), and the
same text in the same font breaks the same way, so :func:`install` wraps
both callers' ``split_first_line`` and answers a question asked before from
memory.

What ``split_first_line`` answers is the first line's length, where the next
one starts, its width, height and baseline, and its ``Layout``, already
*deactivated*: WeasyPrint has let go of Pango's objects and kept only the
line's text and numbers; drawing makes Pango's layout again from them
(``Layout.reactivate``). Each answer from memory gets its own copy of that
``Layout`` (drawing a block ellipsis, ``line-clamp``, writes into its text;
its other attributes are numbers and strings, so a shallow copy is enough),
so no two text boxes share one.

An answer is reused only when the text, the width offered, the other
arguments and every style property WeasyPrint's line breaking reads
(:data:`PROPERTIES`, from ``weasyprint/text``) are the same, with the same
``FontConfiguration`` holding the same fonts: one that registers a font
(a family a layout named before an ``@font-face`` rule gave it a file was
broken in a fallback font) starts afresh
(:func:`~handout_builder.render.font_config.font_serial`). The list of
properties is WeasyPrint 70's; with another version nothing is wrapped
(renders stay right, only slower), and a test compares the list with the
properties ``weasyprint/text`` reads.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from typing import Any

from tinycss2.ast import Node

from handout_builder.render.font_config import font_serial
from handout_builder.render.wrapping import wrap_once

# Kept per font configuration: the lines of about seven 6-page handouts (~570
# answers each; ~1.1 KB of memory an answer, plus its key's text, which holds the
# rest of its paragraph from the line on: long paragraphs count by their text).
MAX_ANSWERS = 4096
MAX_CHARACTERS = 500_000
WEASYPRINT_VERSION = "70.0"
# Every computed style property read by weasyprint/text/line_break.py and
# weasyprint/text/fonts.py (font description, features, line breaking,
# hyphenation); tests/render/test_line_break_cache.py keeps this list whole.
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

_Answer = tuple[Any, ...]  # (deactivated Layout, length, resume index, width, height, baseline)


class _Kept:
    """The answers kept for one font configuration, least recently used first,
    all given with its fonts as they were at ``serial``."""

    def __init__(self, serial: int) -> None:
        self.answers: OrderedDict[tuple[Any, ...], _Answer] = OrderedDict()
        self.characters = 0
        self.serial = serial


_kept: weakref.WeakKeyDictionary[Any, _Kept] = weakref.WeakKeyDictionary()
statistics = {"hits": 0, "misses": 0}


def clear() -> None:
    """Forget every line broken."""
    _kept.clear()


def _key(
    text: str,
    style: Any,
    max_width: float | None,
    justification_spacing: float,
    is_line_start: bool,
    minimum: bool,
) -> tuple[Any, ...] | None:
    """The cache key of one line break, or ``None`` when a value is not
    hashable or is still a CSS expression (WeasyPrint 70 resolves ``calc()``
    in these properties before layout; one left for layout could depend on
    the root's font size or the page: then it is broken every time)."""
    values = tuple(style[name] for name in PROPERTIES)
    if any(isinstance(value, Node) for value in values):
        return None
    key = (text, max_width, justification_spacing, is_line_start, minimum, *values)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _copy(layout: Any) -> Any:
    """A ``Layout`` of its own with the same text and numbers."""
    copy = object.__new__(type(layout))
    copy.__dict__.update(layout.__dict__)
    return copy


def _wrap(original: Any) -> Any:
    def split_first_line(
        text: str,
        style: Any,
        context: Any,
        max_width: float | None,
        justification_spacing: float,
        is_line_start: bool = True,
        minimum: bool = False,
    ) -> _Answer:
        font_config = getattr(style, "font_config", None)
        key = _key(text, style, max_width, justification_spacing, is_line_start, minimum)
        if key is None or font_config is None:
            return tuple(
                original(
                    text, style, context, max_width, justification_spacing, is_line_start, minimum
                )
            )
        serial = font_serial(font_config)
        kept = _kept.get(font_config)
        if kept is None or kept.serial != serial:  # new, or it has registered a font since
            kept = _kept[font_config] = _Kept(serial)
        known = kept.answers.get(key)
        if known is not None:
            kept.answers.move_to_end(key)
            statistics["hits"] += 1
            return (_copy(known[0]), *known[1:])
        statistics["misses"] += 1
        layout, *numbers = original(
            text, style, context, max_width, justification_spacing, is_line_start, minimum
        )
        kept.answers[key] = (_copy(layout), *numbers)
        kept.characters += len(text)
        while kept.characters > MAX_CHARACTERS or len(kept.answers) > MAX_ANSWERS:
            dropped, _ = kept.answers.popitem(last=False)
            kept.characters -= len(dropped[0])
        return (layout, *numbers)

    return split_first_line


def install() -> bool:
    """Wrap the ``split_first_line`` of WeasyPrint's inline layout and of its
    preferred widths, once; whether they are wrapped."""
    try:
        from weasyprint.layout import inline, preferred
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    return all(
        wrap_once(owner, "split_first_line", _wrap, WEASYPRINT_VERSION)
        for owner in (inline, preferred)
    )
