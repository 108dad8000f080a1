"""SVG pictures (illustrations, logos) drawn once per render worker, replayed
on later renders.

Drawing an SVG picture into a PDF page is about a tenth of a warm preview's
CPU: WeasyPrint walks the picture's nodes, parses their colours and
transforms again and lays out every letter of its labels with Pango, on
every render, although the same picture at the same size draws the same
PDF operators each time. Parsing the picture is cheap; drawing it is not.

:func:`install` wraps ``SVGImage.draw``. The first time a picture is drawn,
the page's stream is handed to the drawing through a recorder that passes
every call on and writes down the stream methods called and their
arguments, the transparency groups they made (with their final bounding
boxes) and, for each font the labels use, the glyphs drawn with their
widths and text. A later render drawing the same picture at the same size
calls the same stream methods with the same arguments on its own page (the
stream names its own resources: the page's PDF is what drawing would have
made) and adds the same glyphs to its own fonts. No WeasyPrint ``Image``,
SVG tree or layout context is kept (each render makes its own): only the
calls, Pango's fonts (referenced, so they live on) and the numbers.

A drawing is reused only when all of these are the same:

- the picture's URL: a ``data:`` URL holds the picture itself (the
  illustrations); for a file (the logo), also the file the URL led to when
  this render read it (a symlink pointed elsewhere is another file), its
  modification time and size, taken before reading. A file's drawing is not
  kept when the file was modified less than
  :data:`~handout_builder.core.files.SETTLE_NS` before it was read (on file
  systems that keep whole seconds, a second save of the same size would look
  unchanged);
- the size it is drawn at (px), the colour of the element it is drawn for
  (WeasyPrint 70 does not use it; a later one might, for ``currentColor``)
  and the render's URL fetcher roots (the folders it may load from);
- the ``FontConfiguration`` (the worker keeps one warm), with the fonts it
  holds (:func:`~handout_builder.render.font_config.font_serial`: a label
  in a family named before a later render's ``@font-face`` rule registered
  its file was drawn in a fallback font).

A drawing is not kept when it did anything the recorder cannot replay
exactly: it read the stream's transformation matrix (clip paths, gradients,
patterns), loaded or was refused a file or picture, logged a warning (a
missing glyph, a broken picture), used a bitmap or colour font, or called a
stream method not listed in :data:`_CALLS`. Such pictures are drawn every
time, as before. If a later WeasyPrint renames what is wrapped, nothing is
wrapped: renders stay right, only slower (a test notices).
"""

from __future__ import annotations

import logging
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from handout_builder.core.files import SETTLE_NS
from handout_builder.render.fetcher import LoadedFile
from handout_builder.render.font_config import font_serial
from handout_builder.render.wrapping import install_wrapper, is_wrapped

MAX_DRAWINGS = 64  # per font configuration: a handout's pictures at their sizes

# Stream methods a drawing may call that replay exactly: what they write
# depends only on their arguments and the stream's own state.
_CALLS = frozenset(
    {
        "begin_text",
        "clip",
        "close",
        "curve_to",
        "draw_x_object",
        "end",
        "end_text",
        "fill",
        "fill_and_stroke",
        "line_to",
        "move_to",
        "pop_state",
        "push_state",
        "rectangle",
        "set_alpha",
        "set_blend_mode",
        "set_color",
        "set_dash",
        "set_font_size",
        "set_line_cap",
        "set_line_join",
        "set_line_width",
        "set_miter_limit",
        "set_text_matrix",
        "set_text_rendering",
        "set_text_rise",
        "show_text",
        "stroke",
        "transform",
    }
)
# Read by the drawing without changing what it writes (Pango's scratch
# rectangles, the group's own name and its bounding box, kept below).
_READ = frozenset({"ink_rect", "logical_rect", "id", "extra"})
_COLOUR = ("svg", "png", "colr")  # fonts whose glyphs are drawn as pictures
# Of _CALLS, pydyf's own methods that WeasyPrint's stream leaves alone: they
# only append operators made of their arguments, which are kept as written
# and appended again (set by install()).
_RAW: set[str] = set()
_APPEND = ""  # the method name of a run of kept operators in _Drawing.calls

statistics = {"hits": 0, "misses": 0, "refused": 0}


class _Name:
    """The name of a group made during the drawing (handle ``handle``)."""

    __slots__ = ("handle",)

    def __init__(self, handle: int) -> None:
        self.handle = handle


@dataclass
class _Drawing:
    """What drawing a picture did, to be done again.

    ``calls``: (target handle, method, arguments, result handle or -1);
    handle 0 is the page's stream, later ones the groups and fonts the
    drawing made, in order; method :data:`_APPEND` appends the operators in
    its one argument (a list) as they were written. ``boxes``: each group's bounding box at the end.
    ``glyphs``: per font handle, glyph id -> (width, text or None).
    ``fonts``: per font handle, the Pango font, referenced."""

    calls: list[tuple[int, str, tuple[Any, ...], dict[str, Any], int]] = field(default_factory=list)
    boxes: dict[int, list[float]] = field(default_factory=dict)
    glyphs: dict[int, dict[int, tuple[int, str | None]]] = field(default_factory=dict)
    fonts: dict[int, Any] = field(default_factory=dict)


class _Recording:
    def __init__(self, stream: Any) -> None:
        self.drawing = _Drawing()
        self.handles: list[Any] = [stream]
        # (stream handle, name of a group made on it) -> the group's handle:
        # a name means a group only in the stream it was made on (a group's own
        # groups are named from x0 again)
        self.names: dict[tuple[int, str], int] = {}
        self.groups: list[int] = []
        self.used: dict[int, set[int]] = {}  # font handle -> glyph ids read or written
        self.keep = True

    def refuse(self) -> None:
        self.keep = False


class _StreamRecorder:
    """A page stream (or group) that records what is called on it."""

    def __init__(self, recording: _Recording, stream: Any, handle: int) -> None:
        object.__setattr__(self, "_recording", recording)
        object.__setattr__(self, "_stream", stream)
        object.__setattr__(self, "_handle", handle)

    def __getattr__(self, name: str) -> Any:
        recording: _Recording = self._recording
        real = getattr(self._stream, name)
        if name in _READ:
            return real
        if name == "add_group":
            return self._add_group
        if name == "add_font":
            return self._add_font
        if name not in _CALLS:
            recording.refuse()  # ctm, patterns, shadings, images, masks ...
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            if name in _RAW:
                return self._append(real, args, kwargs)
            names = recording.names
            named = tuple(
                _Name(names[self._handle, a])
                if isinstance(a, str) and (self._handle, a) in names
                else a
                for a in args
            )
            recording.drawing.calls.append((self._handle, name, named, kwargs, -1))
            return real(*args, **kwargs)

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        self._recording.refuse()
        setattr(self._stream, name, value)

    def _append(self, real: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        operators = self._stream.stream
        before = len(operators)
        result = real(*args, **kwargs)
        written = operators[before:]
        calls = self._recording.drawing.calls
        if calls and calls[-1][1] == _APPEND and calls[-1][0] == self._handle:
            calls[-1][2][0].extend(written)
        else:
            calls.append((self._handle, _APPEND, (written,), {}, -1))
        return result

    def _add_group(self, *args: Any, **kwargs: Any) -> Any:
        recording: _Recording = self._recording
        group = self._stream.add_group(*args, **kwargs)
        handle = len(recording.handles)
        recording.handles.append(group)
        recording.names[self._handle, group.id] = handle
        recording.groups.append(handle)
        recording.drawing.calls.append((self._handle, "add_group", args, kwargs, handle))
        return _StreamRecorder(recording, group, handle)

    def _add_font(self, pango_font: Any) -> tuple[Any, Any]:
        recording: _Recording = self._recording
        font, size = self._stream.add_font(pango_font)
        handle = len(recording.handles)
        recording.handles.append(font)
        kept = _referenced(pango_font)
        if kept is None:
            recording.refuse()
        recording.drawing.fonts[handle] = kept
        recording.drawing.calls.append((self._handle, "add_font", (), {}, handle))
        used = recording.used.setdefault(handle, set())
        return _FontRecorder(recording, font, used), size


def _referenced(pango_font: Any) -> Any:
    """``pango_font`` with a reference of its own, released when the
    returned pointer is collected; ``None`` if GObject's reference counting
    cannot be reached."""
    from weasyprint.text.ffi import ffi, gobject

    try:
        reference = gobject.g_object_ref
    except AttributeError:
        try:  # WeasyPrint declares only the release; declare the reference too
            ffi.cdef("gpointer g_object_ref (gpointer object);")
            reference = gobject.g_object_ref
        except Exception:
            return None
    return ffi.gc(ffi.cast("PangoFont *", reference(pango_font)), gobject.g_object_unref)


class _FontRecorder:
    """A document's font as the label drawing sees it: which glyphs it touches."""

    def __init__(self, recording: _Recording, font: Any, used: set[int]) -> None:
        self._recording, self._font = recording, font
        self.widths = _GlyphTable(font.widths, used)
        self.to_unicode = _GlyphTable(font.to_unicode, used)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._font, name)
        if name in _COLOUR and value:
            self._recording.refuse()  # colour glyphs are drawn as pictures
        elif name not in ("hash", "bitmap", *_COLOUR):
            self._recording.refuse()  # .notdef glyphs and anything else
        return value


class _GlyphTable:
    """A font's glyph table (widths or text), noting the glyphs looked up."""

    def __init__(self, table: dict[int, Any], used: set[int]) -> None:
        self._table, self._used = table, used

    def __contains__(self, glyph: object) -> bool:
        self._used.add(glyph)  # type: ignore[arg-type]
        return glyph in self._table

    def __getitem__(self, glyph: int) -> Any:
        self._used.add(glyph)
        return self._table[glyph]

    def __setitem__(self, glyph: int, value: Any) -> None:
        self._used.add(glyph)
        self._table[glyph] = value


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


_caches: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[Any, ...], _Drawing]] = (
    weakref.WeakKeyDictionary()
)


def clear() -> None:
    """Forget every kept drawing."""
    _caches.clear()


def _file_read(url: str, fetcher: Any) -> tuple[LoadedFile, bool] | None:
    """The state of the file a ``file:`` URL led to when ``fetcher`` read it
    last, and whether it had settled then (not modified within
    :data:`SETTLE_NS` before); ``None`` if this fetcher did not read it."""
    named = Path(url2pathname(urlsplit(url).path))
    read_at = getattr(fetcher, "read_at", {}).get(named)
    state = next((f for f in reversed(fetcher.loaded) if f is not None and f.path == named), None)
    if read_at is None or state is None:
        return None
    return state, read_at - state.mtime_ns >= SETTLE_NS


def _key(image: Any, width: float, height: float, style: Any) -> tuple[Any, ...] | None:
    """The cache key of drawing ``image`` at ``width`` × ``height`` px for an
    element with computed ``style``, or ``None`` for a picture this cache
    leaves alone (not a ``data:`` or ``file:`` URL, a file this render did not
    read or that had not settled, a fetcher other than the project's)."""
    url = getattr(image, "_base_url", None)
    fetcher = getattr(image, "_url_fetcher", None)
    roots = getattr(fetcher, "roots", None)
    if not isinstance(url, str) or roots is None:
        return None
    if not hasattr(fetcher, "loaded") or not hasattr(fetcher, "refused"):
        return None
    scheme = url.split(":", 1)[0].lower()
    source: LoadedFile | None = None
    if scheme == "file":
        read = _file_read(url, fetcher)
        if read is None or not read[1]:
            return None
        source = read[0]
    elif scheme != "data":
        return None
    try:
        colour = repr(style["color"]) if style is not None else None
    except (KeyError, TypeError):
        return None
    return url, source, float(width), float(height), colour, tuple(roots)


def _replay(drawing: _Drawing, stream: Any) -> None:
    handles: list[Any] = [stream]
    for target, method, args, kwargs, result in drawing.calls:
        on = handles[target]
        if method == _APPEND:
            on.stream.extend(args[0])
            continue
        if method == "add_font":
            font, _ = on.add_font(drawing.fonts[result])
            for glyph, (width, text) in drawing.glyphs[result].items():
                font.widths.setdefault(glyph, width)
                if text is not None:
                    font.to_unicode.setdefault(glyph, text)
            handles.append(font)
            continue
        real_args = tuple(handles[a.handle].id if isinstance(a, _Name) else a for a in args)
        made = getattr(on, method)(*real_args, **kwargs)
        if result >= 0:
            handles.append(made)
    for handle, box in drawing.boxes.items():
        handles[handle].extra["BBox"][:] = box


def install() -> bool:
    """Wrap WeasyPrint's SVG picture drawing, once; whether it is wrapped."""
    try:
        from weasyprint import images
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    svg_image = getattr(images, "SVGImage", None)
    original = getattr(svg_image, "draw", None)
    if svg_image is None or original is None:
        return False
    if is_wrapped(original):
        return True
    try:
        import pydyf
        from weasyprint.pdf.stream import Stream
    except ImportError:  # pragma: no cover - WeasyPrint's own modules
        return False
    own = {
        name
        for name in _CALLS - {"draw_x_object"}  # names a group: mapped when replayed
        if getattr(Stream, name, None) is getattr(pydyf.Stream, name, 0)
    }
    _RAW.update(own)

    def draw(self: Any, stream: Any, width: float, height: float, style: Any) -> Any:
        key = _key(self, width, height, style)
        context = getattr(self, "_context", None)
        font_config = getattr(context, "font_config", None)
        if key is None or font_config is None:
            return original(self, stream, width, height, style)
        key = (*key, font_serial(font_config))
        drawings = _caches.setdefault(font_config, OrderedDict())
        kept = drawings.get(key)
        if kept is not None:
            drawings.move_to_end(key)
            statistics["hits"] += 1
            _replay(kept, stream)
            return None
        statistics["misses"] += 1
        fetcher = self._url_fetcher
        marks = (len(fetcher.loaded), len(fetcher.refused))
        recording = _Recording(stream)
        counter = _Count()
        logger = logging.getLogger("weasyprint")
        logger.addHandler(counter)
        try:
            original(self, _StreamRecorder(recording, stream, 0), width, height, style)
        finally:
            logger.removeHandler(counter)
        if (
            not recording.keep
            or counter.count
            or (len(fetcher.loaded), len(fetcher.refused)) != marks
        ):
            statistics["refused"] += 1
            return None
        drawing = recording.drawing
        for handle in recording.groups:
            drawing.boxes[handle] = list(recording.handles[handle].extra["BBox"])
        for handle, used in recording.used.items():
            font = recording.handles[handle]
            drawing.glyphs[handle] = {
                glyph: (font.widths[glyph], font.to_unicode.get(glyph))
                for glyph in sorted(used)
                if glyph in font.widths
            }
        drawings[key] = drawing
        while len(drawings) > MAX_DRAWINGS:
            drawings.popitem(last=False)
        return None

    install_wrapper(svg_image, "draw", draw, original)
    return True
