"""Documented fields of the template context's dataclasses: each carries the
text and example ``docs/template-context.md`` is generated from
(:mod:`handout_builder.core.docgen.context`)."""

from __future__ import annotations

from dataclasses import field
from typing import Any


def doc(text: str, example: str = "") -> Any:
    """A dataclass field carrying its documentation for template authors."""
    return field(metadata={"doc": text, "example": example})
