"""Declarations that use ``var()`` validated once per value, not per element.

The layouts colour rules, borders and headings with the brand's custom
properties (``border-bottom: 2px solid var(--brand-colour)``). WeasyPrint
cannot validate such a declaration when it parses the stylesheet: it keeps it
pending and, for every element it applies to and every longhand asked for
(a ``border`` gives twelve), substitutes the variables and validates the
whole declaration again — expanding the shorthand, parsing its colour —
on every render. The result depends only on the declaration, the tokens
the variables gave, the longhand and the base URL, so :func:`install` wraps
``Pending.solve`` and keeps each result with the pending declaration (which
belongs to a parsed stylesheet: kept as long as the stylesheet cache keeps
the sheet, dropped with it).

Tokens are compared by their CSS serialisation. A value that does not
validate is not kept: it is validated, and reported once as before, every
time. If a later WeasyPrint moves ``Pending``, nothing is wrapped.
"""

from __future__ import annotations

import weakref
from typing import Any

from handout_builder.render.wrapping import install_wrapper, is_wrapped

MAX_VALUES = 256  # per pending declaration: the brand colours it was solved with

_solved: weakref.WeakKeyDictionary[Any, dict[tuple[str, str, str | None], Any]] = (
    weakref.WeakKeyDictionary()
)
statistics = {"hits": 0, "misses": 0}


def install() -> bool:
    """Wrap WeasyPrint's ``Pending.solve``, once; whether it is wrapped."""
    try:
        import tinycss2
        from weasyprint.css.tokens import Pending
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    original = getattr(Pending, "solve", None)
    if original is None:
        return False
    if is_wrapped(original):
        return True

    def solve(self: Any, tokens: Any, wanted_key: str, base_url: str | None) -> Any:
        try:
            key = (tinycss2.serialize(tokens), wanted_key, base_url)
            values = _solved.setdefault(self, {})
        except TypeError:  # not weakly referenceable, or tokens that do not serialise
            return original(self, tokens, wanted_key, base_url)
        if key in values:
            statistics["hits"] += 1
            return values[key]
        statistics["misses"] += 1
        value = original(self, tokens, wanted_key, base_url)  # raises when invalid
        if len(values) >= MAX_VALUES:
            values.clear()
        values[key] = value
        return value

    install_wrapper(Pending, "solve", solve, original)
    return True
