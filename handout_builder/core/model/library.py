"""The library of explanations: built-in entries plus the user's own.

An entry is a Markdown file with YAML front matter (format in docs/library-format.md).
Built-in entries ship in ``assets/library``; the user's own live in the
``library`` folder of the data home. A user entry with the same id as a built-in
one replaces it, and the library records a notice saying so.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.errors import NotFoundError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.model.frontmatter import parse_front_matter
from handout_builder.core.model.references import Reference, read_references

AUDIENCES = ("adult", "teen", "parent", "couple")
# Brand-profile safety lines an entry can ask the handout to print in its
# "If you need help now" box (the crisis line is printed on every handout).
SAFETY_LINES = ("crisis_line", "domestic_violence_line")
ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTRY_FIELDS = (
    "id",
    "title",
    "summary",
    "audiences",
    "tags",
    "reviewed",
    "illustration",
    "clinician_note",
    "references",
    "reflection",
    "safety_lines",
)
MAX_ENTRY_BYTES = 256 * 1024


@dataclass(frozen=True)
class LibraryEntry:
    """One explanation in the library.

    ``body`` is the client text in Markdown, with ``##`` sections; a section
    headed "Try this…" holds numbered steps and one headed "Key points" the
    summary (layouts pick those out). ``clinician_note`` is never printed unless
    the clinician asks. ``revision`` changes whenever the file's text changes.
    """

    id: str
    title: str
    summary: str
    audiences: tuple[str, ...]
    tags: tuple[str, ...]
    body: str
    clinician_note: str = ""
    references: tuple[Reference, ...] = ()
    illustration: str | None = None
    reflection: tuple[str, ...] = ()
    safety_lines: tuple[str, ...] = ()
    reviewed: dt.date | None = None
    revision: str = ""
    source: Path | None = None
    builtin: bool = False
    body_line: int = 1

    @property
    def verified_references(self) -> tuple[Reference, ...]:
        return tuple(r for r in self.references if r.verified)


def revision_of(text: str) -> str:
    """A short, stable fingerprint of an entry's text."""
    normalized = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]


def parse_entry(
    text: str, file: str, *, default_id: str = "", builtin: bool = False
) -> LibraryEntry:
    """Parse one entry's text; raises :class:`ValidationError` with every problem."""
    doc = parse_front_matter(text, file)
    r = FieldReader(doc.data, file, lines=doc.key_lines)
    r.reject_unknown(ENTRY_FIELDS)
    entry_id = r.text(
        "id",
        one_line=True,
        default=default_id,
        pattern=ENTRY_ID,
        pattern_help="use lower-case letters, digits and dashes, e.g. my-topic",
    )
    if not entry_id:
        r.error("id", "is required")
    elif not ENTRY_ID.match(entry_id):
        r.error("id", f"'{entry_id}' is not valid: use lower-case letters, digits and dashes")
    illustration = r.text("illustration", one_line=True) or None
    entry = LibraryEntry(
        id=entry_id,
        title=r.text("title", required=True, one_line=True, max_length=120),
        summary=r.text("summary", required=True, one_line=True, max_length=300),
        audiences=r.text_list("audiences", required=True, choices=AUDIENCES),
        tags=tuple(t.lower() for t in r.text_list("tags")),
        body=doc.body.strip("\n") + "\n",
        clinician_note=r.text("clinician_note", max_length=5000).strip(),
        references=read_references(r, item_lines=doc.item_lines.get("references", ())),
        illustration=illustration,
        reflection=r.text_list("reflection", max_items=12),
        safety_lines=r.text_list("safety_lines", choices=SAFETY_LINES),
        reviewed=r.date("reviewed"),
        revision=revision_of(text),
        source=Path(file),
        builtin=builtin,
        body_line=doc.body_line,
    )
    if not doc.body.strip():
        r.error(None, "has no text after the front matter")
    r.finish()
    return entry


def load_entry(path: Path, *, builtin: bool = False) -> LibraryEntry:
    """Read and parse one entry file."""
    try:
        size = path.stat().st_size
        if size > MAX_ENTRY_BYTES:
            raise ValidationError(
                [
                    Problem(
                        f"is too large ({size // 1024} KB; at most {MAX_ENTRY_BYTES // 1024} KB)",
                        str(path),
                    )
                ]
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError([Problem("is not UTF-8 text", str(path))]) from None
    except OSError as exc:
        raise ValidationError([Problem(f"cannot be read: {exc.strerror}", str(path))]) from None
    return parse_entry(text, str(path), default_id=path.stem, builtin=builtin)


@dataclass
class Library:
    """All entries by id, plus problems found while loading (user files only)."""

    entries: dict[str, LibraryEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> LibraryEntry:
        """The entry with ``entry_id``; :class:`NotFoundError` names close matches."""
        try:
            return self.entries[entry_id]
        except KeyError:
            close = difflib.get_close_matches(entry_id, list(self.entries), n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise NotFoundError(
                f"unknown topic '{entry_id}'{hint}; `handout-builder library` lists the topics"
            ) from None

    def tags(self) -> list[str]:
        return sorted({tag for entry in self.entries.values() for tag in entry.tags})

    def search(
        self, query: str = "", *, audience: str | None = None, tag: str | None = None
    ) -> list[LibraryEntry]:
        """Entries matching every word of ``query`` (in title, summary, tags or body),
        optionally only for ``audience`` and ``tag``; title matches rank first."""
        words = [w for w in re.split(r"\W+", query.lower()) if w]
        scored: list[tuple[int, int, LibraryEntry]] = []
        for order, entry in enumerate(self.entries.values()):
            if audience and audience not in entry.audiences:
                continue
            if tag and tag not in entry.tags:
                continue
            score = _match_score(entry, words)
            if score is not None:
                scored.append((-score, order, entry))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [entry for _, _, entry in scored]


def _match_score(entry: LibraryEntry, words: list[str]) -> int | None:
    if not words:
        return 0
    title = entry.title.lower()
    summary = entry.summary.lower()
    tags = " ".join(entry.tags)
    body = entry.body.lower()
    score = 0
    for word in words:
        if word in title:
            score += 4
        elif word in tags:
            score += 3
        elif word in summary:
            score += 2
        elif word in body:
            score += 1
        else:
            return None
    return score


def _entry_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if p.is_file() and not p.name.startswith("."))


def load_library(*, include_user: bool = True, user_dir: Path | None = None) -> Library:
    """Load built-in entries, then the user's own (which win on the same id).

    A broken user file is skipped and reported in ``Library.problems``; a broken
    built-in file is a bug in the package and raises.
    """
    library = Library()
    for path in _entry_files(resources.builtin_library_dir()):
        entry = load_entry(path, builtin=True)
        library.entries[entry.id] = entry
    if include_user:
        folder = user_dir or paths.library_dir()
        for path in _entry_files(folder):
            try:
                entry = load_entry(path)
            except ValidationError as exc:
                library.problems.extend(exc.problems)
                continue
            if entry.id in library.entries:
                previous = library.entries[entry.id]
                origin = "built-in entry" if previous.builtin else f"entry in {previous.source}"
                library.problems.append(
                    Problem(
                        f"your entry '{entry.id}' replaces the {origin}", str(path), severity="info"
                    )
                )
            library.entries[entry.id] = entry
    return library
