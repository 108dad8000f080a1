"""Operations on handout documents shared by the command line and the GUI."""

from __future__ import annotations

import logging
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.model.brand import BrandProfile, find_brand, list_brands, sample_brand
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.library import Library
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


def edited_section_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose wording differs from their library entry's."""
    edited = set()
    for section in handout.sections:
        entry = library.entries.get(section.entry_id or "")
        if entry is not None and section.is_edited(entry):
            edited.add(section.id)
    return frozenset(edited)


def library_updated_ids(handout: Handout, library: Library) -> frozenset[str]:
    """Ids of sections whose library entry changed since they were added."""
    return frozenset(
        s.id
        for s in handout.sections
        if (entry := library.entries.get(s.entry_id or "")) is not None
        and s.entry_revision
        and s.entry_revision != entry.revision
    )


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
    return RenderRequest(
        handout=handout.copy(),
        brand=brand,
        edited_ids=edited_section_ids(handout, library) if library is not None else frozenset(),
        data_home=str(paths.data_home()),
        render_id=render_id,
        purpose=purpose,
        layout_dir=str(layout_dir) if layout_dir is not None else "",
    )
