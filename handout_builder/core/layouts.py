"""Layouts: folders of Jinja templates and CSS that give a handout its look.

A layout folder holds ``layout.toml`` (the manifest), ``handout.html.j2`` (or
inherits it) and usually ``style.css``. Layouts are looked up by name, most
specific first: the user's ``layouts`` folder in the data home, then the
built-in ``templates/`` folder. A layout may ``extends`` another and override
only the files it changes. Format: docs/layouts.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handout_builder.core import paths, resources
from handout_builder.core.errors import NotFoundError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.handout import PAPERS

MANIFEST = "layout.toml"
ENTRY_TEMPLATE = "handout.html.j2"
STYLESHEET = "style.css"
LAYOUT_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
OPTION_TYPES = ("bool", "int", "text", "choice")
RESERVED_DIRS = ("base",)


@dataclass(frozen=True)
class LayoutOption:
    """An option a layout accepts (shown in the GUI, passed as ``options.layout``)."""

    name: str
    type: str
    default: Any
    label: str = ""
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    description: str
    directory: Path
    version: str = "1.0"
    papers: tuple[str, ...] = PAPERS
    orientation: str = "portrait"
    extends: str | None = None
    options: tuple[LayoutOption, ...] = ()
    builtin: bool = False
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    def option_defaults(self) -> dict[str, Any]:
        return {option.name: option.default for option in self.options}


def load_layout(directory: Path, *, builtin: bool = False) -> Layout:
    """Read a layout folder's manifest; raises with every problem found."""
    directory = Path(directory).resolve()
    manifest = directory / MANIFEST
    file = str(manifest)
    if not manifest.is_file():
        raise ValidationError([Problem(f"no {MANIFEST} in this folder", str(directory))])
    text = manifest.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+)", str(exc))
        raise ValidationError(
            [Problem(f"not valid TOML: {exc}", file, int(match.group(1)) if match else None)]
        ) from None
    lines = {
        m.group(1): n
        for n, line in enumerate(text.splitlines(), 1)
        if (m := re.match(r"\s*([A-Za-z_][\w-]*)\s*=", line))
    }
    r = FieldReader(data, file, lines=lines)
    r.reject_unknown(
        ("name", "title", "description", "version", "papers", "orientation", "extends", "options")
    )
    name = r.text("name", one_line=True, default=directory.name)
    if not LAYOUT_NAME.match(name):
        r.error("name", f"'{name}' is not valid: use lower-case letters, digits, - and _")
    papers = r.text_list("papers", choices=PAPERS) or PAPERS
    orientation = r.text("orientation", one_line=True, default="portrait")
    if orientation not in ("portrait", "landscape"):
        r.error("orientation", f"'{orientation}' is not one of: portrait, landscape")
    layout = Layout(
        name=name,
        title=r.text("title", one_line=True, default=name.replace("-", " ").title()),
        description=r.text("description", max_length=1000).strip(),
        directory=directory,
        version=r.text("version", one_line=True, default="1.0"),
        papers=papers,
        orientation=orientation,
        extends=r.text("extends", one_line=True) or None,
        options=_read_options(r),
        builtin=builtin,
    )
    r.finish()
    return layout


def _read_options(r: FieldReader) -> tuple[LayoutOption, ...]:
    raw = r.data.get("options") or {}
    if not isinstance(raw, dict):
        r.error("options", "must be a table of options ([options.NAME])")
        return ()
    options = []
    for name, spec in raw.items():
        o = r.nested(f"options.{name}", spec if isinstance(spec, dict) else {})
        if not isinstance(spec, dict):
            o.error(None, "must be a table with type, default and label")
            continue
        o.reject_unknown(("type", "default", "label", "choices", "min", "max"))
        kind = o.text("type", one_line=True, required=True)
        if kind and kind not in OPTION_TYPES:
            o.error("type", f"'{kind}' is not one of: {', '.join(OPTION_TYPES)}")
        default = spec.get("default")
        choices = o.text_list("choices")
        ok = {
            "bool": isinstance(default, bool),
            "int": isinstance(default, int) and not isinstance(default, bool),
            "text": isinstance(default, str),
            "choice": isinstance(default, str) and default in choices,
        }.get(kind, True)
        if not ok:
            o.error("default", f"must be a valid {kind} value")
        options.append(
            LayoutOption(
                name=str(name),
                type=kind,
                default=default,
                label=o.text("label", one_line=True),
                choices=choices,
                minimum=spec.get("min") if isinstance(spec.get("min"), int) else None,
                maximum=spec.get("max") if isinstance(spec.get("max"), int) else None,
            )
        )
    return tuple(options)


def layout_search_path() -> list[tuple[Path, bool]]:
    """(folder, built-in?) pairs, most specific first."""
    return [(paths.layouts_dir(), False), (resources.templates_dir(), True)]


def find_layouts() -> tuple[dict[str, Layout], list[Problem]]:
    """All layouts by name (user layouts win) and problems with broken ones."""
    found: dict[str, Layout] = {}
    problems: list[Problem] = []
    for folder, builtin in reversed(layout_search_path()):
        if not folder.is_dir():
            continue
        for manifest in sorted(folder.glob(f"*/{MANIFEST}")):
            if manifest.parent.name in RESERVED_DIRS:
                continue
            try:
                layout = load_layout(manifest.parent, builtin=builtin)
            except ValidationError as exc:
                problems.extend(exc.problems)
                continue
            found[layout.name] = layout
    return found, problems


def get_layout(name: str, layouts: dict[str, Layout] | None = None) -> Layout:
    available = layouts if layouts is not None else find_layouts()[0]
    try:
        return available[name]
    except KeyError:
        known = ", ".join(sorted(available)) or "none"
        raise NotFoundError(f"unknown layout '{name}' (available: {known})") from None


def layout_chain(layout: Layout, layouts: dict[str, Layout] | None = None) -> list[Layout]:
    """The layout and the layouts it extends, most specific first."""
    available = layouts if layouts is not None else find_layouts()[0]
    chain = [layout]
    while chain[-1].extends:
        parent_name = chain[-1].extends
        if any(item.name == parent_name for item in chain) or parent_name == chain[-1].name:
            raise ValidationError(
                [
                    Problem(
                        f"layout '{layout.name}' extends itself in a loop",
                        str(layout.directory / MANIFEST),
                        field="extends",
                    )
                ]
            )
        if parent_name not in available:
            raise ValidationError(
                [
                    Problem(
                        f"extends unknown layout '{parent_name}'",
                        str(chain[-1].directory / MANIFEST),
                        field="extends",
                    )
                ]
            )
        chain.append(available[parent_name])
    return chain
