"""What the render worker keeps warm between renders, in one list.

Each entry wraps one WeasyPrint (or pydyf) function so that work a render
would repeat is done once per worker (see each module). :func:`install`
wraps them all, once, when the renderer is imported; :func:`switched_off`
puts WeasyPrint's own functions back for a while, so benchmarks and tests
can compare with rendering from cold (each cache keeps what it kept: with
the originals in place it is neither read nor written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from handout_builder.render import (
    compressed_streams,
    font_descriptions,
    line_break_cache,
    stylesheet_cache,
    svg_cache,
    variable_fonts,
    variable_values,
)


def _stylesheets() -> tuple[Any, str]:
    import weasyprint.css

    return weasyprint.css, "CSS"


def _pictures() -> tuple[Any, str]:
    import weasyprint.images

    return weasyprint.images.SVGImage, "draw"


def _line_breaks() -> tuple[Any, str]:
    import weasyprint.layout.inline

    return weasyprint.layout.inline, "split_first_line"


def _text_widths() -> tuple[Any, str]:
    import weasyprint.layout.preferred

    return weasyprint.layout.preferred, "split_first_line"


def _font_descriptions() -> tuple[Any, str]:
    import weasyprint.text.line_break

    return weasyprint.text.line_break, "get_font_description"


def _compression() -> tuple[Any, str]:
    import pydyf

    return pydyf, "zlib"


def _static_fonts() -> tuple[Any, str]:
    import weasyprint.pdf.fonts

    return weasyprint.pdf.fonts, "instantiateVariableFont"


def _variables() -> tuple[Any, str]:
    from weasyprint.css.tokens import Pending

    return Pending, "solve"


# (install, where the wrapped function lives), one per cache.
CACHES: tuple[tuple[Callable[[], bool], Callable[[], tuple[Any, str]]], ...] = (
    (stylesheet_cache.install, _stylesheets),  # layout CSS parsed once per worker
    (svg_cache.install, _pictures),  # pictures drawn once, replayed on later renders
    (line_break_cache.install, _line_breaks),  # lines of text broken once ...
    (line_break_cache.install, _text_widths),  # ... for printing and for measuring
    (font_descriptions.install, _font_descriptions),  # Pango font descriptions made once
    (compressed_streams.install, _compression),  # PDF streams compressed once
    (variable_fonts.install, _static_fonts),  # variable fonts made static once per subset
    (variable_values.install, _variables),  # var() declarations validated once per value
)


def install() -> list[str]:
    """Wrap every cache's function, once; the names of those wrapped."""
    return [where()[1] for install_one, where in CACHES if install_one()]


@contextmanager
def switched_off() -> Iterator[None]:
    """WeasyPrint's own functions in place of the wrapped ones, during the block."""
    swapped: list[tuple[Any, str, Any]] = []
    try:
        for _, where in CACHES:
            owner, name = where()
            wrapped = getattr(owner, name)
            original = getattr(wrapped, "__wrapped__", None)
            if original is not None:
                swapped.append((owner, name, wrapped))
                setattr(owner, name, original)
        yield
    finally:
        for owner, name, wrapped in swapped:
            setattr(owner, name, wrapped)
