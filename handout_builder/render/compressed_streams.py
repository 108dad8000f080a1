"""PDF streams compressed once per render worker.

pydyf, which writes WeasyPrint's PDF, compresses every stream (page
contents, embedded font subsets, their character maps) at zlib's highest
level on every render: about a twentieth of a warm preview's CPU. The next
preview holds mostly the same streams (the same fonts subset to the same
letters, the pages before the one being edited), and the same bytes
compressed at the same level always give the same bytes. :func:`install`
gives pydyf a ``zlib`` whose ``compressobj`` remembers what it compressed
and answers from memory when the same bytes come again; everything else is
zlib's own.

Only streams of at least :data:`MIN_BYTES` are remembered, at most
:data:`MAX_BYTES` of them with their compressed forms, least recently used
dropped first. If pydyf stops compressing through ``zlib.compressobj`` the
streams are compressed as before, only not remembered.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from types import ModuleType
from typing import Any

MIN_BYTES = 1024
MAX_BYTES = 8 * 1024 * 1024  # uncompressed and compressed bytes kept, together

_kept: OrderedDict[tuple[int, bytes], bytes] = OrderedDict()
_size = 0
statistics = {"hits": 0, "misses": 0}


def clear() -> None:
    """Forget every compressed stream."""
    global _size
    _kept.clear()
    _size = 0


def compressed(data: bytes, level: int) -> bytes:
    """``data`` compressed by zlib at ``level``, as one ``compressobj``'s
    ``compress`` and ``flush`` make it; from memory when seen before."""
    global _size
    if len(data) < MIN_BYTES:
        compressor = zlib.compressobj(level=level)
        return compressor.compress(data) + compressor.flush()
    key = (level, data)
    kept = _kept.get(key)
    if kept is not None:
        _kept.move_to_end(key)
        statistics["hits"] += 1
        return kept
    statistics["misses"] += 1
    compressor = zlib.compressobj(level=level)
    made = compressor.compress(data) + compressor.flush()
    _kept[key] = made
    _size += len(data) + len(made)
    while _size > MAX_BYTES and _kept:
        (_, old), old_made = _kept.popitem(last=False)
        _size -= len(old) + len(old_made)
    return made


class _Compressor:
    """A ``zlib.compressobj`` that compresses everything at ``flush``."""

    def __init__(self, level: int) -> None:
        self._level = level
        self._parts: list[bytes] = []

    def compress(self, data: bytes) -> bytes:
        self._parts.append(bytes(data))
        return b""

    def flush(self, mode: int = zlib.Z_FINISH) -> bytes:
        if mode != zlib.Z_FINISH:
            raise ValueError("only a finishing flush is supported")
        data, self._parts = b"".join(self._parts), []
        return compressed(data, self._level)


class _Zlib(ModuleType):
    """zlib, with a remembering ``compressobj`` for the calls pydyf makes."""

    def __init__(self) -> None:
        super().__init__("zlib")
        self.__wrapped__ = zlib

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    def compressobj(self, level: int = -1, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:
            return zlib.compressobj(level, *args, **kwargs)
        return _Compressor(level)


def install() -> bool:
    """Give pydyf the remembering zlib, once; whether it has it."""
    try:
        import pydyf
    except ImportError:  # pragma: no cover - WeasyPrint's dependency
        return False
    if isinstance(getattr(pydyf, "zlib", None), _Zlib):
        return True
    if getattr(pydyf, "zlib", None) is not zlib:
        return False
    pydyf.zlib = _Zlib()
    return True
