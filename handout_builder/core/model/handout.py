"""Handout documents: what the clinician builds, saves and prints.

A handout has a title, optional subtitle, "prepared for" and date, print
options, a brand reference and ordered sections. Each section starts as a copy
of a library entry (remembering the entry's id and revision) and is then edited
for this client without changing the library; it carries everything it prints
(illustration name, references), so reprinting an old handout gives exactly what
the client got. On disk it is versioned JSON (docs/file-formats.md).
"""

from __future__ import annotations

import copy
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import read_json
from handout_builder.core.languages import LANGUAGE_CODE, LANGUAGE_HELP
from handout_builder.core.layout.layouts import DEFAULT_LAYOUT
from handout_builder.core.model.library import SAFETY_LINES, LibraryEntry
from handout_builder.core.model.references import Reference, read_references
from handout_builder.core.paper import DEFAULT_PAPER, PAPERS

FORMAT_NAME = "handout-builder/handout"
FORMAT_VERSION = 1
FILE_SUFFIX = ".handout"
MAX_HANDOUT_BYTES = 20 * 1024 * 1024
MAX_SECTIONS = 200
# Longest text each field takes; the desktop app's fields take these limits too.
TEXT_LIMITS = {
    "title": 200,
    "subtitle": 300,
    "prepared_for": 200,
    "date": 60,
    "section_title": 200,
    "section_summary": 300,
    "brand": 1000,
}
CHECKLIST_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

HANDOUT_KEYS = (
    "format",
    "version",
    "title",
    "subtitle",
    "prepared_for",
    "date",
    "language",
    "brand",
    "options",
    "sections",
    "checklist",
)
SECTION_KEYS = (
    "id",
    "entry_id",
    "entry_revision",
    "title",
    "summary",
    "body",
    "illustration",
    "references",
    "reflection",
    "clinician_note",
    "safety_lines",
    "language",
)
OPTION_KEYS = (
    "layout",
    "paper",
    "include_illustrations",
    "include_references",
    "include_clinician_notes",
    "writein_lines",
    "brief",
    "layout_options",
    "fillable",
    "second_language",
    "second_language_first",
)


def new_id() -> str:
    """A new section id: 12 random hex digits (48 bits, as the first 12 of a
    UUID4 without loading :mod:`uuid`)."""
    return os.urandom(6).hex()


@dataclass
class Section:
    """One explanation in a handout, with this client's wording. ``summary`` is
    the entry's one-line summary, editable like the title (the Brief form
    prints it)."""

    title: str
    body: str
    summary: str = ""
    entry_id: str | None = None
    entry_revision: str | None = None
    illustration: str | None = None
    references: list[Reference] = field(default_factory=list)
    reflection: list[str] = field(default_factory=list)
    clinician_note: str = ""
    # Brand safety lines this section asks the "If you need help now" box to
    # print (library.SAFETY_LINES), copied from its entry.
    safety_lines: list[str] = field(default_factory=list)
    # The language of the wording ("" = the handout's): set from the entry.
    language: str = ""
    id: str = field(default_factory=new_id)

    @classmethod
    def from_entry(cls, entry: LibraryEntry) -> Section:
        """A fresh section holding the library wording of ``entry``."""
        return cls(
            title=entry.title,
            summary=entry.summary,
            body=entry.body,
            entry_id=entry.id,
            entry_revision=entry.revision,
            illustration=entry.illustration,
            references=list(entry.references),
            reflection=list(entry.reflection),
            clinician_note=entry.clinician_note,
            safety_lines=list(entry.safety_lines),
            language=entry.language,
        )

    def copy_with_new_id(self) -> Section:
        copy = Section(
            **{
                **self.__dict__,
                "references": list(self.references),
                "reflection": list(self.reflection),
                "safety_lines": list(self.safety_lines),
            }
        )
        copy.id = new_id()
        return copy

    def where(self, number: int) -> str:
        """Where a message points: ``section 2 (Sleep)``, or ``section 2`` for a
        section without a title (not ``section 2 ()``)."""
        title = " ".join(self.title.split())
        return f"section {number} ({title})" if title else f"section {number}"

    def named(self, number: int | None = None) -> str:
        """The section as a message's subject: ``‘Sleep’``, or — for a section
        without a title, not ``‘’`` — ``section 2`` (``this section`` without a
        number, where the message already says which)."""
        title = " ".join(self.title.split())
        if title:
            return f"‘{title}’"
        return f"section {number}" if number is not None else "this section"

    def is_edited(self, entry: LibraryEntry) -> bool:
        """Whether the title, summary or wording differs from ``entry``'s (a
        section saved before summaries travelled with sections has none)."""
        return (
            self.title != entry.title
            or (bool(self.summary) and self.summary != entry.summary)
            or self.body.strip() != entry.body.strip()
        )

    def to_data(self, handout_language: str = "") -> dict[str, Any]:
        """The section as saved; its language only when it differs from the
        handout's (files without it stay readable by older versions)."""
        data: dict[str, Any] = {"id": self.id}
        if self.entry_id:
            data["entry_id"] = self.entry_id
            data["entry_revision"] = self.entry_revision
        data["title"] = self.title
        if self.summary:
            data["summary"] = self.summary
        data["body"] = self.body
        if self.illustration:
            data["illustration"] = self.illustration
        if self.references:
            data["references"] = [r.to_data() for r in self.references]
        if self.reflection:
            data["reflection"] = list(self.reflection)
        if self.clinician_note:
            data["clinician_note"] = self.clinician_note
        if self.safety_lines:
            data["safety_lines"] = list(self.safety_lines)
        if self.language and self.language != handout_language:
            data["language"] = self.language
        return data


@dataclass
class HandoutOptions:
    """How the handout prints. ``layout_options`` are the layout's own options;
    ``brief`` prints each section as its title, summary, key points and "Try
    this" steps (three topics to a page in Classic); ``fillable`` makes every place to write a
    PDF form field too."""

    layout: str = DEFAULT_LAYOUT
    paper: str = DEFAULT_PAPER
    include_illustrations: bool = True
    include_references: bool = True
    include_clinician_notes: bool = False
    writein_lines: int = 0
    brief: bool = False
    layout_options: dict[str, Any] = field(default_factory=dict)
    fillable: bool = False
    # A second language printed beside the handout's (bilingual layouts); "" = none.
    second_language: str = ""
    # Print the second language first (left column / first), not the handout's.
    second_language_first: bool = False

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.second_language:  # optional: older files stay as they were
            data["second_language"] = self.second_language
            data["second_language_first"] = self.second_language_first
        data |= {
            "layout": self.layout,
            "paper": self.paper,
            "include_illustrations": self.include_illustrations,
            "include_references": self.include_references,
            "include_clinician_notes": self.include_clinician_notes,
            "writein_lines": self.writein_lines,
            "brief": self.brief,
            "layout_options": dict(self.layout_options),
        }
        if self.fillable:  # optional: files without it stay readable by older versions
            data["fillable"] = True
        return data


@dataclass
class Handout:
    """A handout document."""

    title: str = "Handout"
    subtitle: str = ""
    prepared_for: str = ""
    date: str = ""
    language: str = "en"
    brand: str | None = None
    sections: list[Section] = field(default_factory=list)
    options: HandoutOptions = field(default_factory=HandoutOptions)
    # Ids of the PEMAT questions the clinician answered "yes" (core/pemat.py).
    checklist: list[str] = field(default_factory=list)

    def copy(self) -> Handout:
        return copy.deepcopy(self)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "title": self.title,
            "subtitle": self.subtitle,
            "prepared_for": self.prepared_for,
            "date": self.date,
            "language": self.language,
            "brand": self.brand,
            "options": self.options.to_data(),
            "sections": [s.to_data(self.language) for s in self.sections],
        }
        if self.checklist:  # optional: files without it stay readable by older versions
            data["checklist"] = sorted(set(self.checklist))
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_data(), ensure_ascii=False, indent=2) + "\n"


def handout_from_data(data: Any, file: str) -> Handout:
    """Validate a decoded handout document; raises with every problem found."""
    if not isinstance(data, dict):
        raise ValidationError([Problem("is not a handout document (expected a JSON object)", file)])
    if data.get("format") != FORMAT_NAME:
        raise ValidationError(
            [
                Problem(
                    f'is not a handout document (no "format": "{FORMAT_NAME}")',
                    file,
                    field="format",
                )
            ]
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError([Problem("must be a whole number", file, field="version")])
    if version > FORMAT_VERSION:
        raise ValidationError(
            [
                Problem(
                    f"was saved by a newer Handout Builder (format version {version}; this "
                    f"version reads up to {FORMAT_VERSION}); please update the app",
                    file,
                    field="version",
                )
            ]
        )
    r = FieldReader(data, file)
    r.reject_unknown(HANDOUT_KEYS)
    handout = Handout(
        title=r.text("title", one_line=True, max_length=TEXT_LIMITS["title"], default="Handout"),
        subtitle=r.text("subtitle", one_line=True, max_length=TEXT_LIMITS["subtitle"]),
        prepared_for=r.text("prepared_for", one_line=True, max_length=TEXT_LIMITS["prepared_for"]),
        date=r.text("date", one_line=True, max_length=TEXT_LIMITS["date"]),
        language=_language_code(r, "language") or "en",
        brand=r.text("brand", one_line=True, max_length=TEXT_LIMITS["brand"]) or None,
        options=_options_from(r),
        checklist=_checklist_from(r),
    )
    items = r.mapping_list("sections")
    if len(items) > MAX_SECTIONS:
        r.error("sections", f"has too many sections ({len(items)}; at most {MAX_SECTIONS})")
        items = items[:MAX_SECTIONS]
    seen: set[str] = set()
    for index, item in items:
        s = r.nested(f"sections[{index + 1}]", item)
        s.reject_unknown(SECTION_KEYS)
        section = Section(
            id=s.text("id", one_line=True, max_length=64) or new_id(),
            entry_id=s.text("entry_id", one_line=True, max_length=200) or None,
            entry_revision=s.text("entry_revision", one_line=True, max_length=64) or None,
            title=s.text("title", one_line=True, max_length=TEXT_LIMITS["section_title"]),
            summary=s.text("summary", one_line=True, max_length=TEXT_LIMITS["section_summary"]),
            body=s.text("body", max_length=500_000),
            illustration=s.text("illustration", one_line=True, max_length=200) or None,
            references=list(read_references(s)),
            reflection=list(s.text_list("reflection", max_items=12)),
            clinician_note=s.text("clinician_note", max_length=5000),
            safety_lines=list(s.text_list("safety_lines", choices=SAFETY_LINES)),
            language=_language_code(s, "language") or handout.language,
        )
        if section.id in seen:
            section.id = new_id()
        seen.add(section.id)
        handout.sections.append(section)
    r.finish()
    return handout


def _language_code(r: FieldReader, key: str) -> str:
    code = r.text(key, one_line=True, max_length=20).lower()
    if code and not LANGUAGE_CODE.match(code):
        r.error(key, f"'{code}' is not a language code: {LANGUAGE_HELP}")
        return ""
    return code


def _checklist_from(r: FieldReader) -> list[str]:
    ids: list[str] = []
    for item in r.text_list("checklist", max_items=50):
        if not CHECKLIST_ID.match(item):
            r.error("checklist", f"'{item}' is not a question id (e.g. purpose-evident)")
        elif item not in ids:
            ids.append(item)
    return ids


def _options_from(r: FieldReader) -> HandoutOptions:
    raw = r.data.get("options")
    if raw is None:
        return HandoutOptions()
    if not isinstance(raw, dict):
        r.error("options", "must be a set of fields")
        return HandoutOptions()
    o = r.nested("options", raw)
    o.reject_unknown(OPTION_KEYS)
    paper = o.text("paper", one_line=True, default=DEFAULT_PAPER).lower()
    if paper not in PAPERS:
        o.error("paper", f"'{paper}' is not one of: {', '.join(PAPERS)}")
        paper = DEFAULT_PAPER
    layout_options = raw.get("layout_options") or {}
    if not isinstance(layout_options, dict):
        o.error("layout_options", "must be a set of fields")
        layout_options = {}
    return HandoutOptions(
        layout=o.text("layout", one_line=True, default=DEFAULT_LAYOUT, max_length=100),
        paper=paper,
        include_illustrations=o.boolean("include_illustrations", True),
        include_references=o.boolean("include_references", True),
        include_clinician_notes=o.boolean("include_clinician_notes", False),
        writein_lines=o.integer("writein_lines", 0, minimum=0, maximum=30),
        brief=o.boolean("brief", False),
        layout_options=dict(layout_options),
        fillable=o.boolean("fillable", False),
        second_language=_language_code(o, "second_language"),
        second_language_first=o.boolean("second_language_first", False),
    )


def load_handout(path: Path) -> Handout:
    """Read a handout document; one-line errors name the file and field.

    Raises :class:`NotFoundError` when it does not exist and
    :class:`ValidationError` for anything wrong in it."""
    path = Path(path)
    parsed = read_json(path, kind="handout document", max_bytes=MAX_HANDOUT_BYTES)
    return handout_from_data(parsed.data, str(path))


def save_handout(handout: Handout, path: Path) -> None:
    """Write the handout document atomically, after checking it by the same rules
    that open it: a document that could not be opened again is refused
    (:class:`ValidationError` naming the field), and nothing is written."""
    check_handout(handout, str(path))
    atomic_write_text(Path(path), handout.to_json())


def check_handout(handout: Handout, file: str = "") -> None:
    """Raise :class:`ValidationError` (every problem) if ``handout`` breaks a rule
    of the format: the rules of :func:`handout_from_data`, applied before saving."""
    handout_from_data(handout.to_data(), file)
