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
