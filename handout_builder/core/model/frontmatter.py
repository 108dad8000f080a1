"""Markdown files with a YAML front-matter block, read with line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from handout_builder.core.errors import Problem, ValidationError

# The C loader is much faster; fall back when PyYAML was built without it.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class FrontMatterDocument:
    data: dict[str, Any]
    key_lines: dict[str, int]
    body: str
    body_line: int  # line number (1-based) where the body starts
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    """For keys that hold a list: the line (1-based) each item starts on."""


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
    yaml_text = "".join(lines[1:end])
    loader = _Loader(yaml_text)
    try:  # one parse gives both the data and the line of every key
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.line >= end - 1:
            mark = exc.context_mark  # unclosed bracket or quote: point at where it opened
        line = mark.line + 2 if mark is not None else 1
        reason = exc.problem or exc.context or "syntax error"
        raise ValidationError(
            [Problem(f"front matter is not valid YAML: {reason}", file, line)]
        ) from None
    except yaml.YAMLError as exc:
        raise ValidationError(
            [Problem(f"front matter is not valid YAML: {exc}", file, 1)]
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ValidationError(
            [Problem("front matter must be a set of 'key: value' fields", file, 2)]
        )
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key_node.value)] = [
                    item.start_mark.line + 2 for item in value_node.value
                ]
    body = "".join(lines[end + 1 :])
    return FrontMatterDocument(
        {str(k): v for k, v in data.items()}, key_lines, body, end + 2, item_lines
    )
