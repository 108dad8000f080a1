"""Generates docs/template-context.md from the context classes' field docs.

``python tools/gen_context_docs.py`` rewrites the file; a test fails when the
file and the code disagree.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from typing import Any

from markupsafe import Markup

from handout_builder.core.layout import context as ctx

INTRO = """# Template context

Every layout template gets these top-level variables. They are plain data:
text, numbers, true/false, tuples (loop over them) and pre-rendered HTML
(`Markup`, already escaped — print it as `{{ section.html }}`). Templates run in
Jinja's sandbox with autoescaping on; anything you print from text fields is
escaped for you.

This page is generated from `handout_builder/core/layout/context.py`
(`python tools/gen_context_docs.py`); a test keeps it in step with the code.

Example:

```jinja
{% extends "base.html.j2" %}
{% block section %}
<section id="{{ section.id }}">
  <h2>{{ section.title }}</h2>
  {{ section.intro }}
  {% for part in section.try_this %}<div class="steps">{{ part.html }}</div>{% endfor %}
</section>
{% endblock %}
```
"""


_SIMPLE = {str: "text", int: "number", float: "number", bool: "true/false", Markup: "HTML"}


def _type_name(annotation: Any) -> str:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple:
        return f"tuple of {_type_name(args[0])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join("none" if a is type(None) else _type_name(a) for a in args)
    if origin is types.MappingProxyType:
        return "mapping"
    if annotation in _SIMPLE:
        return _SIMPLE[annotation]
    if annotation in ctx.CONTEXT_CLASSES:
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    return str(annotation)


WORDS_INTRO = """
## Words

`words` holds the fixed words layouts print, in the handout's language; each
language's words are in `words/LANG.toml` files (`name = "text"`). The shared
ones are in `templates/base/words/`; a layout adds its own or overrides shared
ones in its folder's `words/` (a layout that extends another gets that one's
words too); a practice may override any of them in `words/` in its data
folder. To add a language, add `words/LANG.toml` files next to the English
ones. A word missing in the handout's language prints in English and the
render's problems say so. `{name}` slots are filled with `replace`:
`{{ words.call_between_sessions | replace("{name}", brand.clinician) }}`.

| word | where it comes from | English | Spanish |
|---|---|---|---|"""


def words_markdown() -> str:
    """The words table: every word of the built-in layouts in English and Spanish."""
    from handout_builder.core.layout.words import WORDS_FOLDER, read_catalog
    from handout_builder.core.resources import base_templates_dir

    rows = [WORDS_INTRO]
    base = base_templates_dir()
    layouts = sorted(p for p in base.parent.iterdir() if p.is_dir() and p != base)
    folders = [base, *layouts]
    for folder in folders:
        english = read_catalog(folder / WORDS_FOLDER / "en.toml", [])
        spanish = read_catalog(folder / WORDS_FOLDER / "es.toml", [])
        where = "all layouts" if folder == base else f"`{folder.name}`"
        for name, text in english.items():
            rows.append(f"| `{name}` | {where} | {text} | {spanish.get(name, '—')} |")
    return "\n".join(rows) + "\n"


def context_reference_markdown() -> str:
    out = [INTRO]
    for cls in ctx.CONTEXT_CLASSES:
        hints = typing.get_type_hints(cls)
        out.append(f"\n## {cls.__name__}\n\n{(cls.__doc__ or '').strip()}\n")
        out.append("| name | type | what it is | example |\n|---|---|---|---|")
        for f in fields(cls):
            doc = f.metadata.get("doc", "").replace("|", "\\|")
            example = f.metadata.get("example", "").replace("|", "\\|")
            example_cell = f"`{example}`" if example else ""
            out.append(f"| `{f.name}` | {_type_name(hints[f.name])} | {doc} | {example_cell} |")
    return "\n".join(out) + "\n" + words_markdown()
