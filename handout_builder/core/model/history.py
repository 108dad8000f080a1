"""The handout history: what was given to whom, kept on this computer only.

Every export and print in the app adds one record (unless the clinician turned
the history off in Preferences): when, whether it was exported or printed, the
"prepared for" label, the title, the layout and paper, the brand, the language,
and for each section its library entry and revision with a SHA-256 of the text
it printed — and the handout document and the brand's printed fields
themselves, so a reprint gives exactly what the client got. The PDF is kept
only when the clinician asks for it.

Records live in ``history/`` in the data folder (folder 0700, files 0600), one
JSON file per record (``2026-11-22T10-15-30-482913.json``, the PDF beside it
as ``….pdf``). A record is never changed once written: the history only grows,
until the clinician deletes one record or all of them (docs/privacy.md).

This is also the one home of forgetting what was worked on: the preview cache
(:mod:`handout_builder.core.preview_cache`) holds PDFs of client handouts, so
it is kept only while the history is on (:func:`keeps_previews`) and emptied
when the history is cleared or switched off (:func:`forget_previews`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handout_builder.core import paths, preview_cache
from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import (
    HandoutBuilderError,
    NotFoundError,
    Problem,
    ValidationError,
)
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import read_json
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.model.brand import BRAND_KEYS, BrandProfile, brand_from_data
from handout_builder.core.model.handout import Handout, Section, handout_from_data

if TYPE_CHECKING:
    from handout_builder.core.settings import Settings

FORMAT_NAME = "handout-builder/history-record"
FORMAT_VERSION = 1
ACTIONS = ("export", "print")
MAX_RECORD_BYTES = 24 * 1024 * 1024  # a handout document may be 20 MB
MAX_RECORDS = 20_000  # read at most this many (newest first)


@dataclass(frozen=True)
class SectionRecord:
    """One printed section: its title, the library entry and revision it came
    from (none for the clinician's own text) and ``text_sha256``, the SHA-256
    of the title and wording it printed (:func:`printed_text_sha256`)."""

    title: str
    entry_id: str | None
    entry_revision: str | None
    text_sha256: str


@dataclass(frozen=True)
class HistoryRecord:
    """One export or print. ``id`` is the record's file name without
    ``.json``; ``when`` is local time with its UTC offset (ISO 8601); ``brand``
    the practice name printed and ``brand_profile`` the profile's name (empty
    for the sample practice or a profile file elsewhere); ``brand_fields`` the
    profile's printed fields as they were; ``pdf`` the kept PDF's path, if any."""

    id: str
    when: str
    action: str
    prepared_for: str
    title: str
    layout: str
    paper: str
    brand: str
    brand_profile: str
    language: str
    sections: tuple[SectionRecord, ...]
    handout: Handout
    brand_fields: dict[str, Any]
    pdf: Path | None = None

    @property
    def topics(self) -> str:
        """The sections' titles, for lists."""
        return ", ".join(section.title for section in self.sections)

    def matches(self, query: str) -> bool:
        """Whether every word of ``query`` is in the client label, the title, a
        section's title or its library entry id (case ignored)."""
        haystack = " ".join(
            [self.prepared_for, self.title]
            + [f"{s.title} {s.entry_id or ''}" for s in self.sections]
        ).lower()
        return all(word in haystack for word in query.lower().split())

    def unchanged(self) -> bool:
        """Whether the stored handout's sections still match the fingerprints
        taken when it was printed (a damaged or edited record does not)."""
        printed = [printed_text_sha256(s) for s in self.handout.sections]
        return printed == [s.text_sha256 for s in self.sections]

    def to_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "when": self.when,
            "action": self.action,
            "prepared_for": self.prepared_for,
            "title": self.title,
            "layout": self.layout,
            "paper": self.paper,
            "brand": self.brand,
            "brand_profile": self.brand_profile,
            "language": self.language,
            "sections": [
                {f.name: getattr(s, f.name) for f in fields(SectionRecord)} for s in self.sections
            ],
            "handout": self.handout.to_data(),
            "brand_fields": self.brand_fields,
            "pdf": self.pdf.name if self.pdf is not None else None,
        }


def printed_text_sha256(section: Section) -> str:
    """SHA-256 (hex) of a section's title and wording (Markdown) as printed:
    UTF-8 of the title, a blank line, then the text with Windows line ends as
    ``\\n`` and without leading or trailing blank space."""
    text = section.title + "\n\n" + section.body.replace("\r\n", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _brand_fields(brand: BrandProfile) -> dict[str, Any]:
    data = {key: getattr(brand, key) for key in BRAND_KEYS}
    data["logo"] = str(brand.logo) if brand.logo is not None else ""
    return {key: value for key, value in data.items() if value not in ("", None)}


def _new_id(when: dt.datetime) -> str:
    """``2026-11-22T10-15-30-482913``: the time to the microsecond, so file
    names sort in the order the records were made."""
    return when.strftime("%Y-%m-%dT%H-%M-%S-%f")


def record_handout(
    request: RenderRequest,
    action: str,
    pdf: bytes | None = None,
    *,
    keep_pdf: bool = False,
    when: dt.datetime | None = None,
) -> HistoryRecord:
    """Add a record of ``request`` (the handout and brand that were rendered)
    being exported or printed (``action``) now (or ``when``); with
    ``keep_pdf``, ``pdf`` is kept beside it. Written atomically, owner-only;
    returns the record. Raises :class:`HandoutBuilderError` when the history
    folder cannot be written."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    handout, brand = request.handout, request.brand
    now = (when or dt.datetime.now()).astimezone()
    folder = paths.ensure_dir(paths.history_dir(), private=True)
    record_id = _new_id(now)
    while (folder / f"{record_id}.json").exists():  # two in one microsecond
        now += dt.timedelta(microseconds=1)
        record_id = _new_id(now)
    kept = folder / f"{record_id}.pdf" if keep_pdf and pdf is not None else None
    record = HistoryRecord(
        id=record_id,
        when=now.replace(microsecond=0).isoformat(),
        action=action,
        prepared_for=handout.prepared_for,
        title=handout.title,
        layout=handout.options.layout,
        paper=handout.options.paper,
        brand=brand.practice_name,
        brand_profile=brand.name if _in_brand_folders(brand) else "",
        language=handout.language,
        sections=tuple(
            SectionRecord(s.title, s.entry_id, s.entry_revision, printed_text_sha256(s))
            for s in handout.sections
        ),
        handout=handout.copy(),
        brand_fields=_brand_fields(brand),
        pdf=kept,
    )
    text = json.dumps(record.to_data(), ensure_ascii=False, indent=1) + "\n"
    files = [(folder / f"{record_id}.json", text.encode("utf-8"))]
    if kept is not None and pdf is not None:
        files.insert(0, (kept, pdf))
    atomic_write_files(files, private=True)
    return record


def _in_brand_folders(brand: BrandProfile) -> bool:
    if brand.source is None:
        return False
    from handout_builder.core.model.brand import brand_folders

    return brand.source.parent.resolve() in {f.resolve() for f in brand_folders()}


# -- reading -----------------------------------------------------------------------------


def load_record(path: Path) -> HistoryRecord:
    """Read one record; raises :class:`ValidationError` naming the file and
    field when it is not a readable record."""
    file = str(path)
    data = read_json(path, kind="history record", max_bytes=MAX_RECORD_BYTES).data
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError([Problem("is not a handout history record", file)])
    r = FieldReader(data, file)
    version = r.integer("version", 0, minimum=1)
    if version > FORMAT_VERSION:
        raise ValidationError(
            [
                Problem(
                    "was written by a newer Handout Builder; please update", file, field="version"
                )
            ]
        )
    action = r.text("action", one_line=True)
    if action not in ACTIONS:
        r.error("action", f"'{action}' is not one of: {', '.join(ACTIONS)}")
    sections = []
    for index, item in r.mapping_list("sections"):
        s = r.nested(f"sections[{index + 1}]", item)
        sections.append(
            SectionRecord(
                title=s.text("title", one_line=True, max_length=200),
                entry_id=s.text("entry_id", one_line=True, max_length=200) or None,
                entry_revision=s.text("entry_revision", one_line=True, max_length=64) or None,
                text_sha256=s.text("text_sha256", one_line=True, max_length=64),
            )
        )
    brand_fields = data.get("brand_fields")
    if not isinstance(brand_fields, dict):
        r.error("brand_fields", "must be a set of fields")
        brand_fields = {}
    pdf_name = r.text("pdf", one_line=True, max_length=255)
    pdf = path.with_suffix(".pdf") if pdf_name == f"{path.stem}.pdf" else None
    record = HistoryRecord(
        id=path.stem,
        when=r.text("when", one_line=True, max_length=40),
        action=action,
        prepared_for=r.text("prepared_for", one_line=True, max_length=200),
        title=r.text("title", one_line=True, max_length=200),
        layout=r.text("layout", one_line=True, max_length=100),
        paper=r.text("paper", one_line=True, max_length=20),
        brand=r.text("brand", one_line=True, max_length=200),
        brand_profile=r.text("brand_profile", one_line=True, max_length=200),
        language=r.text("language", one_line=True, max_length=20),
        sections=tuple(sections),
        handout=handout_from_data(data.get("handout"), f"{file} (handout)"),
        brand_fields=dict(brand_fields),
        pdf=pdf if pdf is not None and pdf.is_file() else None,
    )
    r.finish()
    return record


def record_files() -> list[Path]:
    """The record files, newest first (at most :data:`MAX_RECORDS`)."""
    folder = paths.history_dir()
    try:
        found = sorted(folder.glob("*.json"), reverse=True)
    except OSError:
        return []
    return [p for p in found if not paths.is_temporary_name(p.name)][:MAX_RECORDS]


def load_history(problems: list[Problem] | None = None) -> list[HistoryRecord]:
    """Every record, newest first; a record that cannot be read is skipped and
    listed in ``problems``."""
    records = []
    for path in record_files():
        try:
            records.append(load_record(path))
        except HandoutBuilderError as exc:
            if problems is not None:
                problems.extend(getattr(exc, "problems", None) or [Problem(str(exc), str(path))])
    return records


def search_history(records: Sequence[HistoryRecord], query: str) -> list[HistoryRecord]:
    """The records matching ``query`` (:meth:`HistoryRecord.matches`)."""
    return [record for record in records if record.matches(query)]


def find_record(record_id: str) -> HistoryRecord:
    """The record whose id is ``record_id`` or starts with it (unambiguously).
    Raises :class:`NotFoundError` naming the id."""
    record_id = record_id.strip().removesuffix(".json")
    if not record_id or "/" in record_id or "\\" in record_id:
        raise NotFoundError(f"no history record '{record_id}'")
    matches = [p for p in record_files() if p.stem.startswith(record_id)]
    exact = [p for p in matches if p.stem == record_id]
    if len(exact) == 1 or len(matches) == 1:
        return load_record((exact or matches)[0])
    if not matches:
        raise NotFoundError(
            f"no history record '{record_id}' (`handout-builder history` lists them)"
        )
    raise HandoutBuilderError(f"'{record_id}' fits {len(matches)} records; give more of the id")


# -- reprinting and deleting ------------------------------------------------------------------


def brand_of(record: HistoryRecord) -> tuple[BrandProfile, list[Problem]]:
    """The brand as it was printed. A logo that is no longer there is left out,
    with a note; fields that cannot be read any more raise
    :class:`ValidationError`."""
    file = f"history record {record.id}"
    try:
        return brand_from_data(dict(record.brand_fields), file, base_dir=None), []
    except ValidationError as exc:
        if not any(p.field == "logo" for p in exc.problems) or "logo" not in record.brand_fields:
            raise
    fields_now = {k: v for k, v in record.brand_fields.items() if k != "logo"}
    note = Problem(
        f"the logo printed then ({record.brand_fields['logo']}) is gone; reprinted without it",
        severity="warning",
    )
    return brand_from_data(fields_now, file, base_dir=None), [note]


def reprint_request(record: HistoryRecord, *, render_id: int = 0) -> RenderRequest:
    """A request that renders the record's handout with its brand as they were
    (notes: anything that could not be as it was)."""
    from handout_builder.core.model.documents import render_request

    brand, notes = brand_of(record)
    return replace(
        render_request(record.handout, brand, None, render_id=render_id, notes=notes),
        purpose="export",
    )


def delete_record(record: HistoryRecord) -> None:
    """Delete one record (and its kept PDF). Raises :class:`HandoutBuilderError`."""
    folder = paths.history_dir()
    for path in (folder / f"{record.id}.json", folder / f"{record.id}.pdf"):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise HandoutBuilderError(f"{path}: cannot delete: {exc.strerror}") from None


def clear_history() -> int:
    """Delete every record and kept PDF, and the cached previews
    (:func:`forget_previews`); returns how many records there were. Raises
    :class:`HandoutBuilderError` naming a file that cannot be deleted."""
    forget_previews()
    folder = paths.history_dir()
    count = 0
    try:
        files = list(folder.iterdir())
    except OSError:
        return 0
    for path in files:
        if path.suffix in (".json", ".pdf") or paths.is_temporary_name(path.name):
            try:
                path.unlink()
            except OSError as exc:
                raise HandoutBuilderError(f"{path}: cannot delete: {exc.strerror}") from None
            count += path.suffix == ".json"
    return count


# -- forgetting what was worked on ------------------------------------------------------------


def keeps_previews(settings: Settings) -> bool:
    """Whether the app may keep the last preview of each handout (a PDF of a
    client's handout) in the preview cache: only while the history is on."""
    return settings.history


def forget_previews() -> int:
    """Delete the cached previews of the handouts worked on; when the history
    is cleared or switched off. Returns how many there were; raises
    :class:`HandoutBuilderError` naming a file that cannot be deleted."""
    return preview_cache.clear()
