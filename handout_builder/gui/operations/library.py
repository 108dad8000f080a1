"""The library: read it again (in the background) and keep a section's wording
as the clinician's own library entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import Library, LibraryEntry, load_library
from handout_builder.core.model.user_library import save_section_to_library
from handout_builder.gui.operations.op import Op


def reload_library(parent: QWidget | None) -> Op[Library]:
    """Read the built-in and the clinician's own entries again (after saving to
    the library or choosing another library folder); a broken file of the
    clinician's is one problem in ``Library.problems``, not a failure. Run it
    with ``run_in_background``: it reads every entry file."""
    return Op(
        parent,
        load_library,
        title=QCoreApplication.translate("Operations", "Cannot read the library"),
    )


def save_to_library(parent: QWidget | None, section: Section, library: Library) -> Op[LibraryEntry]:
    """Write ``section``'s wording as a new entry in the clinician's library
    folder (audiences, tags and note from the entry it started from); success
    gets the new entry."""
    return Op(
        parent,
        lambda: save_section_to_library(
            section,
            source=library.entries.get(section.entry_id or ""),
            taken_ids=set(library.entries),
        ),
        title=QCoreApplication.translate("Operations", "Cannot save to your library"),
    )
