"""Markdown files with a YAML front-matter block, read with line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handout_builder.core.errors import Problem, ValidationError
from handout_builder.core.files import Parsed, parse_yaml


@dataclass(frozen=True)
class FrontMatterDocument:
    data: dict[str, Any]
    key_lines: dict[str, int]
    body: str
    body_line: int  # line number (1-based) where the body starts
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    """For keys that hold a list: the line (1-based) each item starts on."""
    hints: dict[str, str] = field(default_factory=dict)
    """Advice for fields YAML read unexpectedly (see ``core.files.Parsed``)."""


def parse_front_matter(text: str, file: str) -> FrontMatterDocument:
    """Split ``text`` into its YAML front matter and Markdown body.

    Raises :class:`ValidationError` naming ``file`` and the line for a missing
    block, broken YAML, or front matter that is not a set of fields.
    """
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ValidationError(
            [Problem("must start with a front-matter block (a line '---', fields, '---')", file, 1)]
        )
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise ValidationError(
            [Problem("front matter is not closed: add a line '---' after the fields", file, 1)]
        )
    parsed = parse_yaml("".join(lines[1:end]), file, first_line=2, what="front matter")
    if parsed.data is None:
        parsed = Parsed({})
    if not isinstance(parsed.data, dict):
        raise ValidationError(
            [Problem("front matter must be a set of 'key: value' fields", file, 2)]
        )
    body = "".join(lines[end + 1 :])
    return FrontMatterDocument(
        {str(k): v for k, v in parsed.data.items()},
        {k: n for k, n in parsed.key_lines.items() if "." not in k},
        body,
        end + 2,
        parsed.item_lines,
        parsed.hints,
    )
