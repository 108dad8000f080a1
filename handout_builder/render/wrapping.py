"""Putting a wrapper in place of one of WeasyPrint's functions, once (the warm
caches of :mod:`handout_builder.render.warm`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_WRAPPED = "_handout_builder_cache"


def is_wrapped(function: object) -> bool:
    """Whether ``function`` is a wrapper :func:`install_wrapper` put in place."""
    return bool(getattr(function, _WRAPPED, False))


def install_wrapper(
    owner: Any, name: str, wrapper: Callable[..., Any], original: Callable[..., Any]
) -> None:
    """Put ``wrapper`` at ``owner.name`` instead of ``original``: marked as
    ours (:func:`is_wrapped`, so it is not wrapped twice), with ``__wrapped__``
    giving the original back (:func:`~handout_builder.render.warm.switched_off`)."""
    setattr(wrapper, _WRAPPED, True)
    wrapper.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(owner, name, wrapper)


def wrap_once(
    owner: Any,
    name: str,
    make: Callable[[Callable[..., Any]], Callable[..., Any]],
    weasyprint_version: str,
) -> bool:
    """Put ``make(original)`` at ``owner.name``, once (:func:`install_wrapper`),
    for the WeasyPrint ``weasyprint_version`` only, whose code the wrapper was
    written against; whether it is in place (False with another WeasyPrint, or
    when ``owner`` has no ``name``: renders stay right, only slower)."""
    import weasyprint

    original = getattr(owner, name, None)
    if original is None or weasyprint.__version__ != weasyprint_version:
        return False
    if not is_wrapped(original):
        install_wrapper(owner, name, make(original), original)
    return True
