"""Operations on handout documents shared by the command line and the GUI."""

from __future__ import annotations

import logging
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.languages import default_second_language, language_name
from handout_builder.core.model.brand import BrandProfile, find_brand, list_brands, sample_brand
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.library import Library, LibraryEntry
from handout_builder.core.settings import load_settings

log = logging.getLogger(__name__)


def handout_from_topics(
    library: Library,
    topics: list[str],
    *,
    title: str = "",
    paper: str | None = None,
    layout: str | None = None,
) -> Handout:
    """A new handout in ``library``'s language holding the library wording of
    ``topics`` (ids), in order."""
    entries = [library.get(topic) for topic in topics]
    settings = load_settings()
    handout = Handout(
        title=title or default_title([e.title for e in entries], library.language),
        language=library.language,
    )
    handout.sections = [Section.from_entry(entry) for entry in entries]
    handout.options.paper = paper or settings.default_paper
    handout.options.layout = layout or settings.default_layout
    return handout


DEFAULT_TITLES = {"en": "Information for you", "es": "Información para usted"}


def default_title(section_titles: list[str], language: str = "en") -> str:
    if len(section_titles) == 1:
        return section_titles[0]
    return DEFAULT_TITLES.get(language.split("-")[0], DEFAULT_TITLES["en"])


def entry_of(section: Section, handout: Handout, library: Library) -> LibraryEntry | None:
    """The library entry a section came from, in the section's language."""
    if not section.entry_id:
        return None
    return library.entry(section.language or handout.language or "en", section.entry_id)


def edited_section_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose wording differs from their library entry's."""
    edited = set()
    for section in handout.sections:
        entry = entry_of(section, handout, library)
        if entry is not None and section.is_edited(entry):
            edited.add(section.id)
    return frozenset(edited)


def library_updated_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose library entry changed since they were added."""
    return frozenset(
        s.id
        for s in handout.sections
        if (entry := entry_of(s, handout, library)) is not None
        and s.entry_revision
        and s.entry_revision != entry.revision
    )


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
        entry = entry_of(section, handout, library)
        other = library.entry(language, section.entry_id or "")
        if (section.language or handout.language) == language:
            continue
        if other is None:
            notes.append(f"‘{section.title}’ has no {name} version; it stays as it is")
        elif entry is not None and section.is_edited(entry):
            notes.append(f"‘{section.title}’ was edited, so it stays as it is")
        else:
            switched = Section.from_entry(other)
            switched.id = section.id
            handout.sections[index] = switched
    handout.language = language
    return notes


def default_brand() -> tuple[BrandProfile, str | None]:
    """The brand to use when none is named, and a note when it is the sample.

    Preference order: the default profile in settings, the only profile in the
    brands folder, then the built-in sample practice.
    """
    settings = load_settings()
    if settings.default_brand:
        try:
            return find_brand(settings.default_brand), None
        except HandoutBuilderError as exc:
            log.warning("default brand not usable: %s", exc)
    profiles, _ = list_brands()
    if len(profiles) == 1:
        return profiles[0], None
    sample = sample_brand()
    return sample, f"no brand profile chosen; using the sample practice '{sample.practice_name}'"


def brand_for(
    handout: Handout, handout_path: Path | None = None
) -> tuple[BrandProfile, str | None]:
    """The brand a handout names (raising if it cannot be found), else the default."""
    if handout.brand:
        base = handout_path.parent if handout_path is not None else None
        return find_brand(handout.brand, relative_to=base), None
    return default_brand()


def render_request(
    handout: Handout,
    brand: BrandProfile,
    library: Library | None,
    *,
    render_id: int = 0,
    purpose: str = "export",
    layout_dir: Path | None = None,
) -> RenderRequest:
    """A request to render ``handout``; ``layout_dir`` renders it with the layout
    in that folder (which need not be on the search path)."""
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
    )
