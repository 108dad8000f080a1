"""Helpers for template authors, shared by the command line and the GUI:
scaffolding a new layout, the sample handout a layout is checked with, and a
cheap snapshot of a layout's files for watching them change."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import HandoutBuilderError, ValidationError
from handout_builder.core.layout.layouts import (
    DEFAULT_LAYOUT,
    ENTRY_TEMPLATE,
    LAYOUT_NAME,
    MANIFEST,
    RESERVED_DIRS,
    STYLESHEET,
    layout_chain,
    load_layout,
    scan_layouts,
)
from handout_builder.core.model.documents import new_handout
from handout_builder.core.model.handout import Handout
from handout_builder.core.model.library import Library
from handout_builder.core.paper import DEFAULT_PAPER, PAPERS
from handout_builder.core.settings import Settings

# The handout every layout is checked with: illustrations, "Try this" steps,
# key points, reflection questions and references — everything a layout shows.
SAMPLE_TOPICS = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")
MAX_WATCHED_FILES = 2000
MAX_NAME_LENGTH = 64

Snapshot = dict[str, tuple[int, int]]


def sample_handout(
    library: Library,
    topics: tuple[str, ...] | list[str] = SAMPLE_TOPICS,
    paper: str = DEFAULT_PAPER,
) -> Handout:
    """The sample handout (built-in topics, every field filled in) on Classic."""
    return new_handout(
        library,
        topics,
        title="Understanding anxiety",
        subtitle="Notes from our sessions",
        prepared_for="Sam",
        date="2026-11-22",
        paper=paper,
        layout="classic",
        settings=Settings(),
    )


def check_new_name(name: str) -> None:
    """Raise with a one-line message unless ``name`` can be a new user layout."""
    if not LAYOUT_NAME.match(name) or len(name) > MAX_NAME_LENGTH:
        raise HandoutBuilderError(
            f"'{name}' is not a valid layout name: use lower-case letters, digits, - and _, "
            f"at most {MAX_NAME_LENGTH} characters (e.g. my-practice)"
        )
    if name in RESERVED_DIRS:
        raise HandoutBuilderError(f"'{name}' is reserved for the shared base templates")
    scan = scan_layouts()
    if name in scan.layouts or name in scan.broken:
        where = scan.layouts[name].directory if name in scan.layouts else paths.layouts_dir()
        raise HandoutBuilderError(f"a layout named '{name}' already exists ({where})")
    if (paths.layouts_dir() / name).exists():
        raise HandoutBuilderError(f"{paths.layouts_dir() / name} already exists")


def scaffold_layout(name: str, extends: str = DEFAULT_LAYOUT) -> Path:
    """Create a working layout ``name`` extending ``extends`` in the user's layouts
    folder and return its folder. Refuses to overwrite anything."""
    check_new_name(name)
    parent = scan_layouts().layouts.get(extends)
    if parent is None:
        raise HandoutBuilderError(f"cannot extend unknown layout '{extends}'")
    folder = paths.layouts_dir() / name
    try:
        paths.ensure_dir(folder.parent)
        folder.mkdir(mode=0o700)
    except FileExistsError:
        raise HandoutBuilderError(f"{folder} already exists") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise HandoutBuilderError(f"{folder}: cannot create the layout folder: {reason}") from None
    title = name.replace("-", " ").replace("_", " ").capitalize()
    try:
        manifest = _MANIFEST.format(title=title, parent=parent, papers=json.dumps(list(PAPERS)))
        atomic_write_text(folder / MANIFEST, manifest)
        atomic_write_text(folder / ENTRY_TEMPLATE, _TEMPLATE.format(parent=parent))
        atomic_write_text(folder / STYLESHEET, _STYLESHEET.format(parent=parent))
    except HandoutBuilderError:
        shutil.rmtree(folder, ignore_errors=True)  # no half a layout: it is ours, just made
        raise
    return folder


def watched_folders(directory: Path) -> list[Path]:
    """The folders whose files make up the layout in ``directory``: its own, the
    layouts it extends (as far as they resolve) and the shared base templates."""
    folders = [Path(directory).resolve()]
    try:
        layout = load_layout(directory)
        layouts = dict(scan_layouts().layouts)
        layouts[layout.name] = layout
        folders = [item.directory for item in layout_chain(layout, layouts)]
    except (ValidationError, HandoutBuilderError):
        pass
    return [*dict.fromkeys(folders), resources.base_templates_dir()]


def snapshot(folders: list[Path]) -> Snapshot:
    """Modification time and size of every file under ``folders`` (hidden files
    and editor back-ups skipped), to notice when a file changes."""
    seen: Snapshot = {}
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.endswith(("~", ".swp", ".tmp")):
                    continue
                path = Path(root) / name
                try:
                    info = path.stat()
                except OSError:
                    continue
                seen[str(path)] = (info.st_mtime_ns, info.st_size)
                if len(seen) >= MAX_WATCHED_FILES:
                    return seen
    return seen


_MANIFEST = """\
# A Handout Builder layout. The format is described in docs/layouts.md.
title = "{title}"
description = "Based on {parent.title}. Change style.css and handout.html.j2 to make it your own."
version = "0.1"
papers = {papers}
orientation = "{parent.orientation}"
# Templates and styles not in this folder come from this layout.
extends = "{parent.name}"

# An option the clinician can change for each handout. Templates read it as
# options.layout.show_tagline.
[options.show_tagline]
type = "bool"
default = true
label = "Print a line under the title saying who made the handout"
"""

_TEMPLATE = """\
{{#- This layout's page. It extends {parent.title}'s template and changes one block;
    every other block (head, running, content, section, references, footer) stays
    as {parent.title} has it. The variables are listed in docs/template-context.md. -#}}
{{% extends "{parent.name}/handout.html.j2" %}}

{{% block header %}}
{{{{ super() }}}}
{{% if options.layout.show_tagline %}}
<p class="tagline">Prepared for you by {{{{ brand.practice_name }}}}</p>
{{% endif %}}
{{% endblock %}}
"""

_STYLESHEET = """\
/* This layout's styles, loaded after base.css and {parent.title}'s style.css.
   Brand colours and the brand font arrive as CSS variables:
   --brand-primary, --brand-accent (rules, bands, accents),
   --brand-text, --brand-heading, --brand-accent-text (coloured text that keeps
   4.5:1 / 3:1 contrast on white), --brand-primary-tint, --brand-accent-tint
   (box backgrounds) and --brand-font. Keep body text at 12pt or more. */

.tagline {{
  font-size: 12pt;
  color: var(--brand-accent-text);
  margin: -2mm 0 6mm;
}}

/* Examples — remove the comment marks to try them:

h1 {{ font-size: 28pt; }}

section.topic > h2 {{
  border-left: none;
  border-bottom: 2pt solid var(--brand-accent);
  padding: 0 0 2pt;
}}

.part.try-this {{ background: var(--brand-accent-tint); border-left-color: var(--brand-accent); }}

@page {{ margin: 20mm; }}
*/
"""
