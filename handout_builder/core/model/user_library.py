"""Writing to the user's own library: "Save to my library" from a handout section."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import ENTRY_ID, LibraryEntry, load_entry


def slugify(text: str) -> str:
    """A library id from a title: lower-case words joined by dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "my-entry"


def unique_id(base: str, taken: set[str]) -> str:
    candidate = base if ENTRY_ID.match(base) else slugify(base)
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def entry_text(fields: dict[str, Any], body: str) -> str:
    """A library entry file: YAML front matter, then the Markdown body."""
    import yaml  # loaded when needed: the start-up reads entries from the entry cache

    front = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=88)
    return f"---\n{front}---\n{body.strip()}\n"


def save_section_to_library(
    section: Section,
    *,
    source: LibraryEntry | None,
    taken_ids: set[str],
    summary: str = "",
    folder: Path | None = None,
) -> LibraryEntry:
    """Write ``section`` as a new entry in the user's library folder and return it.

    Audiences, tags and the clinician note come from the entry the section
    started from (if any); the id is new, so the built-in entry stays as it is.
    """
    target_folder = paths.ensure_dir(folder or paths.library_dir(), private=True)
    entry_id = unique_id(slugify(section.title), taken_ids | _existing_ids(target_folder))
    fields: dict[str, Any] = {
        "id": entry_id,
        "title": section.title.strip() or "My explanation",
        "summary": (
            summary or section.summary or (source.summary if source else "") or section.title
        ).strip(),
        "audiences": list(source.audiences) if source else ["adult"],
        "tags": list(source.tags) if source else [],
        "reviewed": dt.date.today().isoformat(),
    }
    if section.illustration:
        fields["illustration"] = section.illustration
    if section.reflection:
        fields["reflection"] = list(section.reflection)
    note = source.clinician_note if source else section.clinician_note
    based_on = f"Adapted from the library entry '{source.id}'." if source else ""
    if note or based_on:
        fields["clinician_note"] = "\n\n".join(x for x in (based_on, note) if x)
    if section.references:
        fields["references"] = [r.to_data() for r in section.references]
    path = target_folder / f"{entry_id}.md"
    atomic_write_text(path, entry_text(fields, section.body), private=True)
    return load_entry(path)


def _existing_ids(folder: Path) -> set[str]:
    return {p.stem for p in folder.glob("*.md")}
