"""Static instances of variable fonts made once per render worker.

Three of the bundled brand fonts (Source Sans 3, Source Serif 4, Lora) are
variable fonts. On every render WeasyPrint turns each embedded subset of one
into a static font at the weight (and optical size) printed, through
fontTools' instancer (``weasyprint.pdf.fonts.Font.clean``): about 50 ms per
subset, a third of a warm preview's CPU for a handout in one of those fonts.
The next preview embeds mostly the same subsets (the same letters of the
same fonts), and the same subset at the same settings gives the same static
font, so :func:`install` wraps the ``instantiateVariableFont`` WeasyPrint
calls and hands back the font made before, as its saved bytes.

A subset is compared by its bytes, with the axis values and the instancer's
options. The static font made carries the date it was made (fontTools dates
each font it writes, as WeasyPrint's own render does): a font from memory
keeps the date of the render that made it. At most :data:`MAX_BYTES` of
subsets and fonts are kept, least recently used dropped first. With another
WeasyPrint than the one this was written for, nothing is wrapped.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from typing import Any, BinaryIO

from handout_builder.render.wrapping import wrap_once

MAX_BYTES = 4 * 1024 * 1024  # subsets and static fonts kept, together (~60 KB a pair)
WEASYPRINT_VERSION = "70.0"

_kept: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
_size = 0
statistics = {"hits": 0, "misses": 0}


class SavedFont:
    """A static font already saved: what WeasyPrint does with the instancer's
    answer (``save`` to a stream) writes its bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, stream: BinaryIO) -> None:
        """Write the font's bytes to ``stream``."""
        stream.write(self.data)


def clear() -> None:
    """Forget every static font made."""
    global _size
    _kept.clear()
    _size = 0


def _subset_bytes(font: Any) -> bytes | None:
    """The bytes ``font`` (a fontTools ``TTFont``) was read from, if it was
    read from memory; else ``None``."""
    reader = getattr(font, "reader", None)
    stream = getattr(reader, "file", None)
    return stream.getvalue() if isinstance(stream, io.BytesIO) else None


def _wrap(original: Any) -> Any:
    def instantiate_variable_font(font: Any, variations: Any, **options: Any) -> Any:
        global _size
        data = _subset_bytes(font)
        try:
            key = (data, tuple(sorted(variations.items())), tuple(sorted(options.items())))
            hash(key)
        except (AttributeError, TypeError):
            key = None
        if data is None or key is None:
            return original(font, variations, **options)
        kept = _kept.get(key)
        if kept is not None:
            _kept.move_to_end(key)
            statistics["hits"] += 1
            return SavedFont(kept)
        statistics["misses"] += 1
        stream = io.BytesIO()
        original(font, variations, **options).save(stream)
        made = _kept[key] = stream.getvalue()
        _size += len(data) + len(made)
        while _size > MAX_BYTES and _kept:
            (old, *_), old_made = _kept.popitem(last=False)
            _size -= len(old) + len(old_made)
        return SavedFont(made)

    return instantiate_variable_font


def install() -> bool:
    """Wrap the ``instantiateVariableFont`` WeasyPrint's PDF fonts call, once;
    whether it is wrapped."""
    try:
        from weasyprint.pdf import fonts
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    return wrap_once(fonts, "instantiateVariableFont", _wrap, WEASYPRINT_VERSION)
