"""Layouts: folders of Jinja templates and CSS that give a handout its look.

A layout folder holds ``layout.toml`` (the manifest), ``handout.html.j2`` (or
inherits it) and usually ``style.css``. Layouts are looked up by name, most
specific first: the user's ``layouts`` folder in the data home, then the shared
practice folder's ``layouts``, then the built-in ``templates/`` folder. A layout
may ``extends`` another and override only the files it changes. A manifest
may give its title, description and option labels in the app's other
languages, in a table per language (``[es]``: ``title``, ``description``,
``[es.options]`` NAME = label), shown when the app speaks that language.
Format: docs/layouts.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from handout_builder.core import paths, resources
from handout_builder.core.errors import (
    HandoutBuilderError,
    NotFoundError,
    Problem,
    ValidationError,
)
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_is, file_state, read_toml, settled_state
from handout_builder.core.languages import SOURCE_LANGUAGE, base_language, is_language_code
from handout_builder.core.messages import msg
from handout_builder.core.paper import PAPERS

MANIFEST = "layout.toml"
DEFAULT_LAYOUT = "classic"  # new handouts, and files that name none
ENTRY_TEMPLATE = "handout.html.j2"
STYLESHEET = "style.css"
LAYOUT_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")  # \Z: no newline after it
OPTION_TYPES = ("bool", "int", "text", "choice")
MANIFEST_KEYS = (
    "name",
    "title",
    "description",
    "version",
    "papers",
    "orientation",
    "extends",
    "max_pages",
    "languages",
    "right_to_left",
    "options",
)
MAX_PAGES_LIMIT = 100
MAX_MANIFEST_BYTES = 64 * 1024
OPTION_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_INT_OPTION = 1000
MAX_TEXT_OPTION = 500
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
    labels: tuple[tuple[str, str], ...] = ()  # (language, label): [es.options] in the manifest

    def label_in(self, language: str) -> str:
        """The label in ``language`` (an interface language code) when the
        manifest gives one, else the label (empty when there is none)."""
        return dict(self.labels).get(base_language(language or SOURCE_LANGUAGE)) or self.label


@dataclass(frozen=True)
class LayoutWords:
    """A layout's title and description in one more language."""

    title: str = ""
    description: str = ""


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
    max_pages: int | None = None
    # How many languages the layout prints at once: 2 for a bilingual layout,
    # whose template gets the second language (``second_language``, ``section.second``).
    languages: int = 1
    # Whether the layout lays out right-to-left pages (Hebrew, Arabic); one that
    # cannot prints them left to right and says so in the problems.
    right_to_left: bool = True
    builtin: bool = False
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    practice: bool = False  # from the shared practice folder (read-only)
    words: tuple[tuple[str, LayoutWords], ...] = ()  # (language, its words): [es] tables

    def _words(self, language: str) -> LayoutWords:
        return dict(self.words).get(base_language(language or SOURCE_LANGUAGE), LayoutWords())

    def title_in(self, language: str) -> str:
        """The title in ``language`` (an interface language code) when the
        manifest gives one, else the title."""
        return self._words(language).title or self.title

    def description_in(self, language: str) -> str:
        """The description in ``language`` when the manifest gives one, else the description."""
        return self._words(language).description or self.description

    @property
    def source(self) -> str:
        """``built-in``, ``practice`` or ``user`` (for listings)."""
        return "built-in" if self.builtin else "practice" if self.practice else "user"


@dataclass
class LayoutScan:
    """What the search path holds: usable layouts by name, and broken layout
    folders by folder name with their problems."""

    layouts: dict[str, Layout] = field(default_factory=dict)
    broken: dict[str, list[Problem]] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return [p for problems in self.broken.values() for p in problems]


# Layouts read in this process, by (folder, built-in, practice's): the manifest's
# state when read and the layout (the window and the preview cache scan every
# layout several times; a manifest changed since is read again).
_known_layouts: dict[tuple[Path, bool, bool], tuple[tuple[int, int, int], Layout]] = {}


def load_layout(directory: Path, *, builtin: bool = False, practice: bool = False) -> Layout:
    """Read a layout folder's manifest (again only if it changed since it was
    last read); raises with every problem found."""
    directory = Path(directory).resolve()
    key = (directory, builtin, practice)
    manifest = directory / MANIFEST
    known = _known_layouts.get(key)
    if known is not None and known[0] == file_state(manifest):
        return known[1]
    state = settled_state(manifest)
    layout = _read_manifest(directory, builtin=builtin, practice=practice)
    if state is not None and file_state(manifest) == state:  # not changed while read
        _known_layouts[key] = (state, layout)
    return layout


def _read_manifest(directory: Path, *, builtin: bool, practice: bool) -> Layout:
    manifest = directory / MANIFEST
    file = str(manifest)
    if not file_is(manifest):
        raise ValidationError([Problem(f"no {MANIFEST} in this folder", str(directory))])
    parsed = read_toml(manifest, kind="layout manifest", max_bytes=MAX_MANIFEST_BYTES)
    r = FieldReader(parsed.data, file, lines=parsed.key_lines, hints=parsed.hints)
    r.reject_unknown(
        (*MANIFEST_KEYS, *(k for k in parsed.data if is_language_code(k) and k != SOURCE_LANGUAGE))
    )
    name = r.text("name", one_line=True, default=directory.name, max_length=64)
    if not LAYOUT_NAME.match(name):
        r.error("name", f"'{name}' is not valid: use lower-case letters, digits, - and _")
    papers = r.text_list("papers", choices=PAPERS) or PAPERS
    orientation = r.text("orientation", one_line=True, default="portrait")
    if orientation not in ("portrait", "landscape"):
        r.error("orientation", f"'{orientation}' is not one of: portrait, landscape")
    layout = Layout(
        name=name,
        title=r.text(
            "title", one_line=True, default=name.replace("-", " ").title(), max_length=120
        ),
        description=r.text("description", max_length=1000).strip(),
        directory=directory,
        version=r.text("version", one_line=True, default="1.0", max_length=40),
        papers=papers,
        orientation=orientation,
        extends=r.text("extends", one_line=True, max_length=64) or None,
        options=_read_options(r),
        max_pages=r.integer("max_pages", 0, minimum=1, maximum=MAX_PAGES_LIMIT) or None,
        languages=r.integer("languages", 1, minimum=1, maximum=2),
        right_to_left=r.boolean("right_to_left", True),
        builtin=builtin,
        practice=practice,
    )
    layout = _read_words(r, layout)
    r.finish()
    return layout


def _read_words(r: FieldReader, layout: Layout) -> Layout:
    """``layout`` with its words from the ``[es]`` … tables: the title,
    description and option labels in another language (option names must be
    the layout's own)."""
    found = []
    labels_by_option: dict[str, list[tuple[str, str]]] = {}
    for language, table in r.data.items():
        if language in MANIFEST_KEYS or not is_language_code(language):
            continue
        if not isinstance(table, dict):
            r.error(language, msg("must be a table of the layout's words in that language"))
            continue
        t = r.nested(language, table)
        t.reject_unknown(("title", "description", "options"))
        labels = table.get("options") or {}
        if not isinstance(labels, dict):
            t.error("options", msg('must be a table of option labels (NAME = "label")'))
        o = t.nested("options", labels if isinstance(labels, dict) else {})
        o.reject_unknown(tuple(option.name for option in layout.options))
        for option in layout.options:
            if label := o.text(option.name, one_line=True, max_length=300):
                labels_by_option.setdefault(option.name, []).append((language, label))
        words = LayoutWords(
            title=t.text("title", one_line=True, max_length=120),
            description=t.text("description", max_length=1000).strip(),
        )
        found.append((language, words))
    options = tuple(
        replace(option, labels=tuple(labels_by_option.get(option.name, ())))
        for option in layout.options
    )
    return replace(layout, words=tuple(found), options=options)


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
        if not OPTION_NAME.match(str(name)):
            o.error(None, "option names use lower-case letters, digits and _ (e.g. show_logo)")
        o.reject_unknown(("type", "default", "label", "choices", "min", "max"))
        kind = o.text("type", one_line=True, required=True)
        if kind and kind not in OPTION_TYPES:
            o.error("type", f"'{kind}' is not one of: {', '.join(OPTION_TYPES)}")
        default = spec.get("default")
        choices = o.text_list("choices")
        minimum = o.integer("min", 0) if "min" in spec else None
        maximum = o.integer("max", 0) if "max" in spec else None
        option = LayoutOption(
            name=str(name),
            type=kind,
            default=default,
            label=o.text("label", one_line=True),
            choices=choices,
            minimum=minimum,
            maximum=maximum,
        )
        if kind == "choice" and not choices:
            o.error("choices", "a choice option needs a list of choices")
        if kind in OPTION_TYPES and option_value_problem(option, default) is not None:
            o.error("default", f"{option_value_problem(option, default)}")
        options.append(option)
    return tuple(options)


def option_value_problem(option: LayoutOption, value: Any) -> str | None:
    """Why ``value`` is not valid for ``option`` (``None`` when it is)."""
    kind = option.type
    if kind == "bool" and not isinstance(value, bool):
        return "must be true or false"
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        low = option.minimum if option.minimum is not None else -MAX_INT_OPTION
        high = option.maximum if option.maximum is not None else MAX_INT_OPTION
        if not low <= value <= high:
            return f"must be between {low} and {high}, not {value}"
    if kind == "text" and (not isinstance(value, str) or len(value) > MAX_TEXT_OPTION):
        return f"must be text of at most {MAX_TEXT_OPTION} characters"
    if kind == "choice" and value not in option.choices:
        return f"must be one of: {', '.join(option.choices)}"
    return None


def parse_option_value(option: LayoutOption, text: str) -> Any:
    """A command-line value (``NAME=VALUE``) as the option's type; raises on a bad value."""
    value: Any = text
    if option.type == "bool":
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
            raise HandoutBuilderError(f"layout option '{option.name}' must be true or false")
        value = lowered in ("true", "yes", "1", "on")
    elif option.type == "int":
        try:
            value = int(text)
        except ValueError:
            raise HandoutBuilderError(
                f"layout option '{option.name}' must be a whole number, not '{text}'"
            ) from None
    problem = option_value_problem(option, value)
    if problem is not None:
        raise HandoutBuilderError(f"layout option '{option.name}' {problem}")
    return value


def parse_option_assignments(chain: list[Layout], items: list[str]) -> dict[str, Any]:
    """``NAME=VALUE`` strings (from the command line) as option values for ``chain``;
    raises with a one-line message naming the bad option."""
    known = chain_options(chain)
    values: dict[str, Any] = {}
    for item in items:
        name, equals, text = item.partition("=")
        if not equals:
            raise HandoutBuilderError(f"a layout option is NAME=VALUE, not '{item}'")
        if name not in known:
            choices = ", ".join(sorted(known)) or "none"
            raise HandoutBuilderError(
                f"layout '{chain[0].name}' has no option '{name}' (its options: {choices})"
            )
        values[name] = parse_option_value(known[name], text)
    return values


def chain_options(chain: list[Layout]) -> dict[str, LayoutOption]:
    """The options a layout accepts: its own, then those of the layouts it extends."""
    options: dict[str, LayoutOption] = {}
    for layout in chain:
        for option in layout.options:
            options.setdefault(option.name, option)
    return options


def resolve_options(
    chain: list[Layout], values: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Problem]]:
    """Option values for rendering with ``chain``: the handout's valid values over
    the defaults. Unknown names are ignored (the handout may have been made with
    another layout); invalid values fall back to the default with a warning."""
    problems: list[Problem] = []
    resolved: dict[str, Any] = {}
    for name, option in chain_options(chain).items():
        resolved[name] = option.default
        if name not in values:
            continue
        problem = option_value_problem(option, values[name])
        if problem is None:
            resolved[name] = values[name]
        else:
            problems.append(
                Problem(
                    f"layout option '{name}' {problem}; using the default "
                    f"({json.dumps(option.default)})",
                    severity="warning",
                )
            )
    return resolved, problems


def layout_search_path() -> list[tuple[Path, str]]:
    """(folder, source) pairs, most specific first; source is ``user``,
    ``practice`` or ``built-in``. A practice folder that cannot be reached is
    left out."""
    practice = paths.practice_folder("layouts")
    return [
        (paths.layouts_dir(), "user"),
        *([(practice, "practice")] if practice is not None else []),
        (resources.templates_dir(), "built-in"),
    ]


def layout_folders(folder: Path) -> list[Path]:
    """The layout folders (those with a manifest) in ``folder``, without the
    shared base templates and temporary or half-synced copies."""
    try:
        return sorted(
            manifest.parent
            for manifest in folder.glob(f"*/{MANIFEST}")
            if manifest.parent.name not in RESERVED_DIRS
            and not paths.is_temporary_name(manifest.parent.name)
        )
    except OSError:  # a folder that went away while it was read
        return []


def scan_layouts() -> LayoutScan:
    """Every layout on the search path (user layouts win over the practice's,
    which win over built-in ones of the same name) and the folders that hold a
    broken manifest. A broken layout named like a built-in one is reported,
    not silently replaced by it."""
    scan = LayoutScan()
    for folder, source in reversed(layout_search_path()):
        builtin = source == "built-in"
        for directory in layout_folders(folder):
            try:
                layout = load_layout(directory, builtin=builtin, practice=source == "practice")
            except ValidationError as exc:
                scan.broken[directory.name] = list(exc.problems)
                continue
            except HandoutBuilderError as exc:  # removed while being read
                scan.broken[directory.name] = [Problem(str(exc), str(directory / MANIFEST))]
                continue
            scan.layouts[layout.name] = layout
            if not builtin:
                scan.broken.pop(layout.name, None)
    return scan


def find_layout(name: str) -> Layout | None:
    """The layout called ``name``, reading one manifest: that of the folder
    named ``name`` first on the search path, when it reads and names itself so.
    ``None`` otherwise (none, or a broken one: only :func:`scan_layouts` tells
    what stands in). Quick, not exact: a folder named otherwise whose manifest
    gives this name, which the scan would prefer, is not looked for."""
    if not LAYOUT_NAME.match(name) or name in RESERVED_DIRS:
        return None
    for folder, source in layout_search_path():
        directory = folder / name
        if (directory / MANIFEST).is_file():
            try:
                layout = load_layout(
                    directory, builtin=source == "built-in", practice=source == "practice"
                )
            except HandoutBuilderError:  # ValidationError among them
                return None
            return layout if layout.name == name else None
    return None


BUILTIN_ORDER = (DEFAULT_LAYOUT, "large-print", "trifold", "worksheet", "coping-cards")


def builtin_layouts() -> list[Layout]:
    """The built-in layouts (not the user's), Classic first."""
    folder = resources.templates_dir()
    found = [
        load_layout(manifest.parent, builtin=True)
        for manifest in sorted(folder.glob(f"*/{MANIFEST}"))
        if manifest.parent.name not in RESERVED_DIRS
    ]
    order = {name: index for index, name in enumerate(BUILTIN_ORDER)}
    return sorted(found, key=lambda item: (order.get(item.name, len(order)), item.name))


def find_layouts() -> tuple[dict[str, Layout], list[Problem]]:
    """All layouts by name (user layouts win) and problems with broken ones."""
    scan = scan_layouts()
    return scan.layouts, scan.problems


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
