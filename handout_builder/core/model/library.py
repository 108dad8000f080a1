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
from dataclasses import dataclass, field, replace
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.errors import (
    HandoutBuilderError,
    NotFoundError,
    Problem,
    ValidationError,
)
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import read_text
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
    "variant_of",
)
MAX_ENTRY_BYTES = 256 * 1024


@dataclass(frozen=True)
class LibraryEntry:
    """One explanation in the library.

    ``body`` is the client text in Markdown, with ``##`` sections; a section
    headed "Try this…" holds numbered steps and one headed "Key points" the
    summary (layouts pick those out). ``clinician_note`` is never printed unless
    the clinician asks. ``revision`` changes whenever the file's text changes.
    ``variant_of`` names the entry this one is an audience variant of (for
    example ``safety-plan-teen`` is a variant of ``safety-plan``, written for
    teens); a variant is an entry of its own, with its own id.
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
    variant_of: str | None = None
    reviewed: dt.date | None = None
    revision: str = ""
    source: Path | None = None
    builtin: bool = False
    body_line: int = 1

    @property
    def verified_references(self) -> tuple[Reference, ...]:
        return tuple(r for r in self.references if r.verified)

    @property
    def printed_references(self) -> tuple[Reference, ...]:
        """Verified references that back the client text: what the handout prints."""
        return tuple(r for r in self.references if r.prints)


def revision_of(text: str) -> str:
    """A short, stable fingerprint of an entry's text."""
    normalized = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]


def parse_entry(
    text: str, file: str, *, default_id: str = "", builtin: bool = False
) -> LibraryEntry:
    """Parse one entry's text; raises :class:`ValidationError` with every problem."""
    doc = parse_front_matter(text, file)
    r = FieldReader(doc.data, file, lines=doc.key_lines, hints=doc.hints)
    r.reject_unknown(ENTRY_FIELDS)
    entry_id = r.text(
        "id",
        one_line=True,
        default=default_id,
        max_length=80,
        pattern=ENTRY_ID,
        pattern_help="use lower-case letters, digits and dashes, e.g. my-topic",
    )
    if not entry_id:
        r.error("id", "is required")
    elif not ENTRY_ID.match(entry_id):
        r.error("id", f"'{entry_id}' is not valid: use lower-case letters, digits and dashes")
    illustration = r.text("illustration", one_line=True, max_length=200) or None
    variant_of = r.text("variant_of", one_line=True, pattern=ENTRY_ID) or None
    if variant_of is not None and variant_of == entry_id:
        r.error(
            "variant_of", "names the entry itself; give the id of the entry this is a variant of"
        )
        variant_of = None
    entry = LibraryEntry(
        id=entry_id,
        title=r.text("title", required=True, one_line=True, max_length=120),
        summary=r.text("summary", required=True, one_line=True, max_length=300),
        audiences=r.text_list("audiences", required=True, choices=AUDIENCES),
        tags=tuple(t.lower() for t in r.text_list("tags", max_length=60)),
        body=doc.body.strip("\n") + "\n",
        clinician_note=r.text("clinician_note", max_length=5000).strip(),
        references=read_references(r, item_lines=doc.item_lines.get("references", ())),
        illustration=illustration,
        reflection=r.text_list("reflection", max_items=12, max_length=300),
        safety_lines=r.text_list("safety_lines", choices=SAFETY_LINES),
        variant_of=variant_of,
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
    """Read and parse one entry file; :class:`ValidationError` (file, line,
    field) for anything wrong in it, :class:`NotFoundError` when it is gone."""
    text = read_text(path, kind="library entry", max_bytes=MAX_ENTRY_BYTES)
    return parse_entry(text, str(path), default_id=path.stem, builtin=builtin)


@dataclass
class Library:
    """All entries by id, plus problems found while loading. ``refused`` holds,
    by the id an entry file would have had, why it was not loaded."""

    entries: dict[str, LibraryEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refused: dict[str, list[Problem]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> LibraryEntry:
        """The entry with ``entry_id``; :class:`NotFoundError` names close matches,
        :class:`HandoutBuilderError` why an entry file with that id was refused."""
        try:
            return self.entries[entry_id]
        except KeyError:
            if entry_id in self.refused:
                raise HandoutBuilderError(
                    f"topic '{entry_id}': your library entry was not loaded: "
                    f"{self.refused[entry_id][0]}"
                ) from None
            close = difflib.get_close_matches(entry_id, list(self.entries), n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise NotFoundError(
                f"unknown topic '{entry_id}'{hint}; `handout-builder library` lists the topics"
            ) from None

    def tags(self) -> list[str]:
        return sorted({tag for entry in self.entries.values() for tag in entry.tags})

    def variants_of(self, entry_id: str) -> list[LibraryEntry]:
        """The audience variants of ``entry_id`` (entries whose ``variant_of`` names it)."""
        return [e for e in self.entries.values() if e.variant_of == entry_id]

    def versions_of(self, entry_id: str) -> list[LibraryEntry]:
        """The entry ``entry_id`` (or the entry it is a variant of) and all its
        variants, the main entry first."""
        base = self.entries.get(entry_id)
        if base is None:
            return []
        if base.variant_of and base.variant_of in self.entries:
            base = self.entries[base.variant_of]
        return [base, *self.variants_of(base.id)]

    def pick_version(self, entry_id: str, audience: str | None) -> LibraryEntry:
        """The version of ``entry_id`` to add for ``audience``: the entry itself
        when it is written for that audience (or no audience is given), else
        its first variant that is."""
        entry = self.get(entry_id)
        if not audience or audience in entry.audiences:
            return entry
        for version in self.versions_of(entry_id):
            if audience in version.audiences:
                return version
        return entry

    def search(
        self,
        query: str = "",
        *,
        audience: str | None = None,
        tag: str | None = None,
        fold_variants: bool = False,
    ) -> list[LibraryEntry]:
        """Entries matching every word of ``query`` (in title, summary, tags or body),
        optionally only for ``audience`` and ``tag``; title matches rank first.

        With ``fold_variants`` a matching variant is listed as the entry it is a
        variant of (once), so a list shows each topic once and its variants under it.
        """
        words = [w for w in re.split(r"\W+", query.lower()) if w]
        scored: list[tuple[int, bool, int, LibraryEntry]] = []  # main entries before variants
        for order, entry in enumerate(self.entries.values()):
            if audience and audience not in entry.audiences:
                continue
            if tag and tag not in entry.tags:
                continue
            score = _match_score(entry, words)
            if score is not None:
                scored.append((-score, entry.variant_of is not None, order, entry))
        scored.sort(key=lambda item: item[:3])
        found = [entry for *_, entry in scored]
        if not fold_variants:
            return found
        folded: dict[str, LibraryEntry] = {}
        for entry in found:
            base = self.entries.get(entry.variant_of or "", entry)
            folded.setdefault(base.id, base)
        return list(folded.values())


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

    A broken file is skipped and reported in ``Library.problems`` (and, by its
    id, in ``Library.refused``); every other entry loads.
    """
    library = Library()
    folders = [(resources.builtin_library_dir(), True)]
    if include_user:
        folders.append((user_dir or paths.library_dir(), False))
    for folder, builtin in folders:
        for path in _entry_files(folder):
            try:
                entry = load_entry(path, builtin=builtin)
            except ValidationError as exc:
                library.problems.extend(exc.problems)
                library.refused[_stated_id(path)] = list(exc.problems)
                continue
            except HandoutBuilderError as exc:  # removed while the library loaded
                library.problems.append(Problem(str(exc), str(path)))
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
            library.refused.pop(entry.id, None)
    _check_variants(library)
    return library


def _stated_id(path: Path) -> str:
    """The id an entry file gives itself (its ``id:`` line), else its file name."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except (OSError, ValueError):
        return path.stem
    match = re.search(r"^id:\s*['\"]?([a-z0-9-]+)['\"]?\s*$", head, re.MULTILINE)
    return match.group(1) if match else path.stem


def _check_variants(library: Library) -> None:
    """A variant must name an entry that is not itself a variant; one that does
    not is listed as a problem and loaded as an entry of its own."""
    for entry in list(library.entries.values()):
        if entry.variant_of is None:
            continue
        base = library.entries.get(entry.variant_of)
        if base is None:
            reason = f"'{entry.variant_of}' is not an entry in the library"
        elif base.variant_of is not None:
            reason = f"'{entry.variant_of}' is itself a variant of '{base.variant_of}'"
        else:
            continue
        library.problems.append(Problem(reason, str(entry.source or entry.id), field="variant_of"))
        library.entries[entry.id] = replace(entry, variant_of=None)
