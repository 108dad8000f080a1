"""Sections and the library: add an explanation, go back to the library's
wording, and compare with wording the library changed since."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from handout_builder.core.model.documents import default_title, is_untitled
from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import Library
from handout_builder.gui.document import HandoutDocument

if TYPE_CHECKING:  # the dialog loads when first opened
    from handout_builder.gui.dialogs.compare import CompareDialog


def add_topic(
    document: HandoutDocument, library: Library, entry_id: str, index: int | None = None
) -> Section | None:
    """Add the library's wording of ``entry_id`` at ``index`` (the end: ``None``);
    an untitled handout takes the title of its first topic. ``None`` for an id
    not in the library."""
    entry = library.entries.get(entry_id)
    if entry is None:
        return None
    section = document.add_entry(entry, index)
    handout = document.handout
    if len(handout.sections) == 1 and is_untitled(handout):
        document.set_field("title", default_title([entry.title]))
    return section


def reset_wording(document: HandoutDocument, library: Library, section_id: str) -> bool:
    """Put the library's wording back (undoably); False when the section did not
    come from the library or its entry is gone."""
    section = document.section(section_id)
    entry = library.entries.get(section.entry_id or "") if section else None
    if entry is None:
        return False
    document.reset_section(section_id, entry)
    return True


def compare_with_library(
    parent: QWidget, document: HandoutDocument, library: Library, section_id: str
) -> CompareDialog | None:
    """Open the dialog that shows the library's new wording next to the
    section's and lets the clinician take it or keep theirs."""
    section = document.section(section_id)
    entry = library.entries.get(section.entry_id or "") if section else None
    if section is None or entry is None:
        return None
    from handout_builder.gui.dialogs.compare import CompareDialog

    dialog = CompareDialog(section, entry, parent)
    dialog.take_new.connect(lambda sid: document.reset_section(sid, entry))
    dialog.keep_mine.connect(lambda sid: document.keep_wording(sid, entry))
    dialog.open()
    return dialog
