"""The library of explanations: built-in entries plus the user's own.

An entry is a Markdown file with YAML front matter (format in docs/library-format.md).
Built-in entries ship in ``assets/library``; a shared practice folder's
``library`` comes next and the user's own (the ``library`` folder of the data
home) last. Entries in another language than English live in a subfolder named
for the language (``es/``); the library is keyed by (language, id), and a
translation has the id of the English entry it translates. An entry with the
same language and id as an earlier one replaces it, and the library records a
notice saying so.

Why one long module: the entry format, its reader and the :class:`Library`
keyed by (language, id) are read together by every caller; the linter and the
translation rule live in :mod:`handout_builder.core.checks`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
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
from handout_builder.core.languages import (
    LANGUAGE_CODE,
    LANGUAGE_HELP,
    SOURCE_LANGUAGE,
    is_language_code,
    language_name,
)
from handout_builder.core.messages import msg
from handout_builder.core.model.entry_cache import EntryCache
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
    "language",
    "translation_of",
    "source_revision",
    "translation_reviewed",
)
REVISION = re.compile(r"^[0-9a-f]{12}$")
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
    practice: bool = False  # from the shared practice folder (read-only)
    language: str = SOURCE_LANGUAGE
    translation_of: str = ""
    """Id of the English entry this one translates (empty for an original)."""
    source_revision: str = ""
    """Revision of the English entry the translation was made from."""
    translation_reviewed: bool = False
    """Whether a bilingual clinician has reviewed the translation (shown to the
    clinician, never printed)."""

    @property
    def is_translation(self) -> bool:
        return bool(self.translation_of)

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
    text: str,
    file: str,
    *,
    default_id: str = "",
    builtin: bool = False,
    folder_language: str | None = None,
) -> LibraryEntry:
    """Parse one entry's text; raises :class:`ValidationError` with every problem.

    ``folder_language`` is the language of the folder the file is in (``es`` for
    ``library/es/``; none for the top folder, which holds English entries unless
    an entry says otherwise): an entry whose ``language`` field disagrees with
    its folder is refused.
    """
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
        r.error("id", msg("is required"))
    elif not ENTRY_ID.match(entry_id):
        r.error("id", f"'{entry_id}' is not valid: use lower-case letters, digits and dashes")
    illustration = r.text("illustration", one_line=True, max_length=200) or None
    variant_of = r.text("variant_of", one_line=True, pattern=ENTRY_ID) or None
    if variant_of is not None and variant_of == entry_id:
        r.error(
            "variant_of", "names the entry itself; give the id of the entry this is a variant of"
        )
        variant_of = None
    language = _language(r, folder_language)
    translation_of = r.text(
        "translation_of", one_line=True, pattern=ENTRY_ID, pattern_help="an entry id"
    )
    if translation_of and entry_id and translation_of != entry_id:
        r.error(
            "translation_of",
            f"is '{translation_of}' but the id is '{entry_id}': a translation keeps the id "
            "of the English entry it translates",
        )
    if translation_of and language == SOURCE_LANGUAGE:
        r.error("translation_of", "is for entries in another language than English")
    source_revision = r.text(
        "source_revision",
        one_line=True,
        pattern=REVISION,
        pattern_help="the English entry's revision, in quotes: 12 letters and digits "
        "from `handout-builder library --json`",
    )
    if source_revision and not translation_of:
        r.error("source_revision", "needs translation_of (the English entry it comes from)")
    reviewed_translation = r.boolean("translation_reviewed", False)
    if "translation_reviewed" in doc.data and not translation_of:
        r.error("translation_reviewed", "needs translation_of (the English entry it comes from)")
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
        language=language,
        translation_of=translation_of,
        source_revision=source_revision,
        translation_reviewed=reviewed_translation,
    )
    if not doc.body.strip():
        r.error(None, "has no text after the front matter")
    r.finish()
    return entry


def _language(r: FieldReader, folder_language: str | None) -> str:
    """The entry's language: its ``language`` field, else its folder's, else English."""
    stated = r.text("language", one_line=True, max_length=20).lower()
    if stated and not LANGUAGE_CODE.match(stated):
        r.error("language", f"'{stated}' is not a language code: {LANGUAGE_HELP}")
        stated = ""
    if stated and folder_language and stated != folder_language:
        r.error(
            "language",
            f"is '{stated}' but the file is in the '{folder_language}' folder: move the file "
            f"to the '{stated}' folder or change the field",
        )
    return stated or folder_language or SOURCE_LANGUAGE


def folder_language(path: Path) -> str | None:
    """The language a file's folder stands for: ``es`` for ``…/library/es/x.md``
    (a folder named with a language code Babel knows), none otherwise."""
    name = path.parent.name
    return name if is_language_code(name) else None


def load_entry(path: Path, *, builtin: bool = False, language: str | None = None) -> LibraryEntry:
    """Read and parse one entry file; :class:`ValidationError` (file, line,
    field) for anything wrong in it, :class:`NotFoundError` when it is gone.
    ``language`` is its folder's language (default: guessed from the folder's
    name, :func:`folder_language`)."""
    text = read_text(path, kind="library entry", max_bytes=MAX_ENTRY_BYTES)
    return parse_entry(
        text,
        str(path),
        default_id=path.stem,
        builtin=builtin,
        folder_language=language if language is not None else folder_language(path),
    )


@dataclass
class Library:
    """The entries of one language by id (``entries``), plus problems found while
    loading. ``by_language`` holds every language's entries, so a handout in one
    language can find an entry's translation in another (:meth:`in_language`,
    :meth:`entry`). ``refused`` holds, by the id an entry file would have had,
    why it was not loaded."""

    entries: dict[str, LibraryEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    language: str = SOURCE_LANGUAGE
    by_language: dict[str, dict[str, LibraryEntry]] = field(default_factory=dict)
    refused: dict[str, list[Problem]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_language.setdefault(self.language, self.entries)
        self.entries = self.by_language[self.language]

    def in_language(self, language: str) -> Library:
        """The same library showing ``language``'s entries (empty when it has none)."""
        if language == self.language:
            return self
        self.by_language.setdefault(language, {})
        return Library(
            problems=self.problems,
            language=language,
            by_language=self.by_language,
            refused=self.refused,
        )

    def languages(self) -> list[str]:
        """Languages that have entries, English first."""
        found = [code for code, entries in self.by_language.items() if entries]
        return sorted(found, key=lambda code: (code != SOURCE_LANGUAGE, code))

    def entry(self, language: str, entry_id: str) -> LibraryEntry | None:
        """The entry ``entry_id`` in ``language``, or none: a translation keeps the
        English entry's id, so this is also an entry's version in another language."""
        return self.by_language.get(language, {}).get(entry_id)

    def source_of(self, entry: LibraryEntry) -> LibraryEntry | None:
        """The English entry a translation comes from (none for an original)."""
        if not entry.translation_of:
            return None
        return self.entry(SOURCE_LANGUAGE, entry.translation_of)

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
            if self.language != SOURCE_LANGUAGE and self.entry(SOURCE_LANGUAGE, entry_id):
                raise NotFoundError(
                    f"topic '{entry_id}' has no {language_name(self.language)} version yet; "
                    f"`handout-builder library --language {self.language}` lists the topics "
                    "that have one"
                ) from None
            import difflib  # only for an unknown id

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


def entry_files(folder: Path) -> list[Path]:
    """The entry files (``*.md``) in ``folder``, without hidden, temporary and
    half-synced copies (:func:`~handout_builder.core.paths.is_temporary_name`)."""
    try:
        found = [p for p in folder.glob("*.md") if not paths.is_temporary_name(p.name)]
        return sorted(p for p in found if p.is_file())
    except OSError:  # a folder that went away while it was read
        return []


def entry_files_in(folder: Path) -> list[tuple[Path, str]]:
    """``(file, folder language)`` for the entries in a library folder: English
    (or as each entry says) in the folder itself, one language per subfolder
    named with its code (``es/``); each as :func:`entry_files` finds them."""
    try:
        subfolders = sorted(
            (sub, sub.name)
            for sub in folder.iterdir()
            if sub.is_dir() and is_language_code(sub.name)
        )
    except OSError:  # not a folder, or one that went away while it was read
        return []
    folders = [(folder, ""), *subfolders]
    return [(path, language) for item, language in folders for path in entry_files(item)]


def load_library(
    *, include_user: bool = True, user_dir: Path | None = None, language: str = SOURCE_LANGUAGE
) -> Library:
    """Load built-in entries, then the practice folder's, then the user's own
    (later ones win on the same language and id); ``include_user`` False loads
    the built-in entries only. The result shows ``language``'s entries
    (:meth:`Library.in_language` switches).

    A broken file is skipped and reported in ``Library.problems`` (and, by its
    id, in ``Library.refused``); every other entry loads. A practice folder that
    cannot be reached is a warning in ``Library.problems``. An entry whose file
    has not changed since an earlier run comes from the entry cache
    (:mod:`~handout_builder.core.model.entry_cache`), not from its file again.
    """
    library, cache = Library(), EntryCache()
    _add_entries(library, cache, resources.builtin_library_dir(), builtin=True)
    if include_user:
        library.problems += paths.practice_problems()
        practice = paths.practice_folder("library")
        if practice is not None:
            _add_entries(library, cache, practice, practice=True)
        _add_entries(library, cache, user_dir or paths.library_dir())
    cache.save()
    _check_variants(library)
    return library.in_language(language)


def _add_entries(
    library: Library,
    cache: EntryCache,
    folder: Path,
    *,
    builtin: bool = False,
    practice: bool = False,
) -> None:
    whose = "the practice's" if practice else "your"
    for path, language_folder in entry_files_in(folder):
        try:
            entry = cache.entry(
                path,
                builtin,
                language_folder,
                partial(load_entry, path, builtin=builtin, language=language_folder),
            )
            if entry.practice != practice:
                entry = replace(entry, practice=practice)
        except ValidationError as exc:
            library.problems.extend(exc.problems)
            library.refused[_stated_id(path)] = list(exc.problems)
            continue
        except HandoutBuilderError as exc:  # removed while the library loaded
            library.problems.append(Problem(str(exc), str(path)))
            continue
        entries = library.by_language.setdefault(entry.language, {})
        if entry.id in entries:
            previous = entries[entry.id]
            origin = (
                "built-in entry"
                if previous.builtin
                else "practice folder's entry"
                if previous.practice
                else f"entry in {previous.source}"
            )
            library.problems.append(
                Problem(
                    f"{whose} entry '{entry.id}' replaces the {origin}", str(path), severity="info"
                )
            )
        entries[entry.id] = entry
        library.refused.pop(entry.id, None)


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
    for entries in library.by_language.values():  # variants in each language
        _check_variants_in(entries, library.problems)


def _check_variants_in(entries: dict[str, LibraryEntry], problems: list[Problem]) -> None:
    for entry in list(entries.values()):
        if entry.variant_of is None:
            continue
        base = entries.get(entry.variant_of)
        if base is None:
            reason = f"'{entry.variant_of}' is not an entry in the library"
        elif base.variant_of is not None:
            reason = f"'{entry.variant_of}' is itself a variant of '{base.variant_of}'"
        else:
            continue
        problems.append(Problem(reason, str(entry.source or entry.id), field="variant_of"))
        entries[entry.id] = replace(entry, variant_of=None)
