"""The rules of a handout document that the command line and the GUI share:
how a new handout starts, which brand profile prints it, where each section's
wording stands against the library, and the request that renders it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.languages import (
    SOURCE_LANGUAGE,
    base_language,
    default_second_language,
    language_name,
)
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.library import Library, LibraryEntry
from handout_builder.core.settings import Settings, load_settings

if TYPE_CHECKING:  # the brand profiles and render requests load when first used: the
    # app's window needs neither before its first paint (~5 ms of making them)
    from handout_builder.core.jobs import RenderRequest
    from handout_builder.core.model.brand import BrandProfile

log = logging.getLogger(__name__)

UNTITLED = "Untitled handout"
MANY_TOPICS_TITLE = "Information for you"
MANY_TOPICS_TITLES = {"en": MANY_TOPICS_TITLE, "es": "Información para usted"}
# What the app opens with the very first time: a finished handout to look at.
FIRST_RUN_TOPICS = ("anxiety-alarm",)
FIRST_RUN_TITLE = "Understanding anxiety"
FIRST_RUN_SUBTITLE = "A sample handout — change anything you like"


# -- a new handout -------------------------------------------------------------------------


def new_handout(
    library: Library | None = None,
    topics: Sequence[str] = (),
    *,
    title: str = "",
    subtitle: str = "",
    prepared_for: str = "",
    date: str = "",
    paper: str | None = None,
    layout: str | None = None,
    brand: str | None = None,
    settings: Settings | None = None,
    language: str | None = None,
) -> Handout:
    """A new handout holding the library wording of ``topics`` (entry ids, in order).

    It is written in ``language``: by default ``library``'s language (the topics
    come from it), or without a library the preferred language for new handouts.

    Paper and layout not given come from the user's preferences (``settings``,
    read from the data folder when ``None``). Without a ``title`` it is named
    after its only topic, "Information for you" for several, else "Untitled
    handout". ``brand`` ``None`` means "the default profile" (see
    :func:`resolve_brand`). Raises ``NotFoundError`` for an unknown topic id.
    """
    entries = [library.get(topic) for topic in topics] if library is not None else []
    settings = settings if settings is not None else load_settings()
    if language is None:
        language = library.language if library is not None else settings.default_language
    handout = Handout(
        title=title or default_title([entry.title for entry in entries], language),
        language=language,
        subtitle=subtitle,
        prepared_for=prepared_for,
        date=date,
        brand=brand,
        sections=[Section.from_entry(entry) for entry in entries],
    )
    handout.options.paper = paper or settings.default_paper
    handout.options.layout = layout or settings.default_layout
    return handout


def empty_handout(settings: Settings) -> Handout:
    """A new, empty handout under the user's defaults, naming their default
    brand profile (so it keeps printing with it if the default changes later)."""
    return new_handout(brand=settings.default_brand or None, settings=settings)


def first_run_handout(library: Library, settings: Settings) -> Handout:
    """The first start's finished sample handout; an empty one once the practice is
    set up or a handout was opened before."""
    if settings.setup_done or settings.recent_files:
        return empty_handout(settings)
    topics = [topic for topic in FIRST_RUN_TOPICS if topic in library]
    return new_handout(
        library, topics, title=FIRST_RUN_TITLE, subtitle=FIRST_RUN_SUBTITLE, settings=settings
    )


def default_title(section_titles: Sequence[str], language: str = SOURCE_LANGUAGE) -> str:
    """A handout's title before the clinician gives one: its only section's title,
    "Information for you" for several (in Spanish "Información para usted"),
    "Untitled handout" for none."""
    if not section_titles:
        return UNTITLED
    if len(section_titles) == 1:
        return section_titles[0]
    return MANY_TOPICS_TITLES.get(base_language(language), MANY_TOPICS_TITLE)


def is_untitled(handout: Handout) -> bool:
    """Whether the handout still has no title of the clinician's own."""
    return handout.title.strip() in ("", UNTITLED)


# -- where a section's wording stands ----------------------------------------------------------


@dataclass(frozen=True)
class SectionStatus:
    """A section's wording against the library.

    ``from_library``: it was added from a library entry (else the clinician's own);
    ``in_library``: that entry is still in the library; ``edited``: its title or
    wording differs from the entry's; ``library_updated``: the entry's wording
    changed since the section was added and the clinician has not chosen yet.
    """

    from_library: bool
    in_library: bool = False
    edited: bool = False
    library_updated: bool = False


def entry_of(section: Section, library: Library, handout_language: str = "") -> LibraryEntry | None:
    """The library entry a section came from, in the section's language (that of
    its handout, ``handout_language``, unless it says otherwise)."""
    language = section.language or handout_language or library.language
    return library.entry(language, section.entry_id or "")


def section_status(section: Section, library: Library, handout_language: str = "") -> SectionStatus:
    """Where ``section``'s wording stands against its entry in ``library`` (in the
    section's language, :func:`entry_of`)."""
    entry = entry_of(section, library, handout_language)
    if entry is None:
        return SectionStatus(from_library=bool(section.entry_id))
    return SectionStatus(
        from_library=True,
        in_library=True,
        edited=section.is_edited(entry),
        library_updated=bool(section.entry_revision) and section.entry_revision != entry.revision,
    )


def edited_section_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose wording differs from their library entry's."""
    language = handout.language
    return frozenset(s.id for s in handout.sections if section_status(s, library, language).edited)


def library_updated_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose library entry changed since they were added."""
    language = handout.language
    return frozenset(
        s.id for s in handout.sections if section_status(s, library, language).library_updated
    )


def library_update_notes(handout: Handout, library: Library) -> list[Problem]:
    """One note per section whose library entry changed since it was added (the
    handout keeps the wording it has; the app offers to compare)."""
    return [
        Problem(
            f"section {number} “{section.title}”: the library's wording changed since it "
            "was added; this handout keeps its own wording",
            severity="info",
        )
        for number, section in enumerate(handout.sections, start=1)
        if section_status(section, library, handout.language).library_updated
    ]


# -- languages ------------------------------------------------------------------------------


def second_sections(
    handout: Handout, library: Library, language: str
) -> tuple[tuple[str, Section], ...]:
    """Each section's library wording in ``language`` (for a bilingual layout),
    by section id; sections with no version in it are left out."""
    found: list[tuple[str, Section]] = []
    for section in handout.sections:
        other = library.entry(language, section.entry_id or "")
        if other is not None:
            found.append((section.id, Section.from_entry(other)))
    return tuple(found)


def switch_language(handout: Handout, library: Library, language: str) -> list[str]:
    """Make ``language`` the handout's language: each section the clinician has not
    edited takes its entry's wording in that language; the others stay as they
    are. Returns one plain sentence for each section that stayed."""
    notes: list[str] = []
    name = language_name(language)
    for index, section in enumerate(handout.sections):
        if (section.language or handout.language) == language:
            continue
        status = section_status(section, library, handout.language)
        other = library.entry(language, section.entry_id or "")
        if other is None:
            notes.append(f"{section.named(index + 1)} has no {name} version; it stays as it is")
        elif status.edited:
            notes.append(f"{section.named(index + 1)} was edited, so it stays as it is")
        else:
            switched = Section.from_entry(other)
            switched.id = section.id
            handout.sections[index] = switched
    handout.language = language
    return notes


# -- which brand profile prints it -------------------------------------------------------------


@dataclass(frozen=True)
class BrandChoice:
    """The profile a handout prints with, and ``note`` when it is not the one asked
    for (a ``warning``: the named profile cannot be used) or is the sample
    practice because none was chosen (``info``)."""

    profile: BrandProfile
    note: Problem | None = None


def resolve_brand(
    reference: str | None,
    *,
    relative_to: Path | None = None,
    settings: Settings | None = None,
    strict: bool = False,
) -> BrandChoice:
    """The brand profile for a handout whose ``brand`` is ``reference``.

    A named profile (a name in the brands folder, or a file path relative to
    ``relative_to``) is used when it can be read; when it cannot, ``strict``
    raises its error (the command line) and otherwise the sample practice is
    used with a warning (the app keeps working). ``None`` means the default
    profile: the one chosen in preferences (``settings``, read from the data
    folder when ``None``; unreadable: the sample, with a warning), else the only
    profile in the brands folder, else the built-in sample practice.
    """
    from handout_builder.core.model.brand import find_brand, list_brands, sample_brand

    if reference is not None:
        try:
            return BrandChoice(find_brand(reference, relative_to=relative_to))
        except HandoutBuilderError as exc:
            if strict:
                raise
            return _sample_instead(exc)
    settings = settings if settings is not None else load_settings()
    if settings.default_brand:
        try:
            return BrandChoice(find_brand(settings.default_brand))
        except HandoutBuilderError as exc:
            return _sample_instead(exc)
    profiles, _ = list_brands()
    if len(profiles) == 1:
        return BrandChoice(profiles[0])
    sample = sample_brand()
    note = f"no brand profile chosen; using the sample practice '{sample.practice_name}'"
    return BrandChoice(sample, Problem(note, severity="info"))


def _sample_instead(error: HandoutBuilderError) -> BrandChoice:
    from handout_builder.core.model.brand import sample_brand

    log.warning("brand profile not usable: %s", error)
    note = Problem(f"{error}; using the sample practice instead", severity="warning")
    return BrandChoice(sample_brand(), note)


# -- the request that renders it ---------------------------------------------------------------


def render_request(
    handout: Handout,
    brand: BrandProfile,
    library: Library | None,
    *,
    render_id: int = 0,
    purpose: str = "export",
    layout_dir: Path | None = None,
    notes: Sequence[Problem] = (),
) -> RenderRequest:
    """A request to render ``handout``; ``layout_dir`` renders it with the layout
    in that folder (which need not be on the search path); ``notes`` are shown
    with the result (e.g. the brand profile's :attr:`BrandChoice.note`)."""
    from handout_builder.core.jobs import RenderRequest

    second = default_second_language(handout.language, handout.options.second_language)
    return RenderRequest(
        handout=handout.copy(),
        brand=brand,
        edited_ids=edited_section_ids(handout, library) if library is not None else frozenset(),
        second_sections=second_sections(handout, library, second) if library is not None else (),
        data_home=str(paths.data_home()),
        render_id=render_id,
        purpose=purpose,
        layout_dir=str(layout_dir) if layout_dir is not None else "",
        notes=tuple(notes),
        practice_dir=str(paths.practice_dir() or ""),
    )


def first_run_request(library: Library, paper: str) -> RenderRequest:
    """The preview request of the first start's sample handout on ``paper``
    (``letter`` or ``a4``, the locale's default) with the sample practice, as
    the app makes it before anything is set up: what the previews that ship
    with the app show (see :func:`~handout_builder.core.preview_cache.shipped_key`)."""
    settings = Settings(default_paper=paper)
    brand = resolve_brand(None, settings=settings).profile
    return render_request(first_run_handout(library, settings), brand, library, purpose="preview")
