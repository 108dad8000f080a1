"""The handout's sections in the window: adding explanations from the library
(button, Enter, drag and drop), moving, duplicating, resetting and comparing
sections, and keeping a section's wording in the clinician's own library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from handout_builder.core.model.library import LibraryEntry
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations import library as library_ops
from handout_builder.gui.operations import sections

if TYPE_CHECKING:  # the dialog loads when first opened
    from handout_builder.gui.dialogs.compare import CompareDialog
    from handout_builder.gui.main_window import MainWindow


class SectionCommands:
    """Wires the library panel, the outline's buttons and the Edit menu's section
    actions of ``window`` to the section operations."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menus, outline = window.menus, window.outline
        window.library_panel.add_requested.connect(self.add_topic)
        outline.topics_dropped.connect(self._drop_topics)
        outline.remove_requested.connect(self.remove)
        outline.move_requested.connect(self._move)
        outline.reset_requested.connect(self._reset)
        outline.duplicate_requested.connect(self.duplicate)
        menus.move_up_action.triggered.connect(outline.move_selected_up)
        menus.move_down_action.triggered.connect(outline.move_selected_down)
        menus.duplicate_action.triggered.connect(lambda: self._selected(self.duplicate))
        menus.save_to_library_action.triggered.connect(lambda: self._selected(self.save_to_library))
        window.editor.compare_button.clicked.connect(lambda: self._selected(self.compare))

    def _selected(self, action: Callable[[str], object]) -> None:
        """Run ``action`` on the section selected in the outline (typing sent first)."""
        self.window.editor.flush()
        if (section_id := self.window.outline.selected_id()) is not None:
            action(section_id)

    def add_topic(self, entry_id: str, index: int | None = None) -> None:
        """Add the library explanation ``entry_id`` (at ``index``; the end: ``None``)."""
        window = self.window
        window.editor.flush()
        section = sections.add_topic(window.document, window.library, entry_id, index)
        if section is not None:
            window.outline.select_section(section.id)
            window.statusBar().showMessage(
                arg(QCoreApplication.translate("SectionCommands", "Added “%1”"), section.title),
                4000,
            )

    def _drop_topics(self, ids: list[str], index: int) -> None:
        for offset, entry_id in enumerate(ids):
            self.add_topic(entry_id, index + offset)

    def remove(self, section_id: str) -> None:
        """Remove the section, undoably (typing still on its way goes in first)."""
        self.window.editor.flush()
        self.window.document.remove_section(section_id)

    def _move(self, section_id: str, index: int) -> None:
        self.window.editor.flush()
        self.window.document.move_section(section_id, index)
        self.window.outline.select_section(section_id)

    def _reset(self, section_id: str) -> None:
        window = self.window
        if not sections.reset_wording(window.document, window.library, section_id):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SectionCommands", "This section did not come from the library."
                ),
                5000,
            )

    def duplicate(self, section_id: str) -> None:
        self.window.editor.flush()
        if (copy := self.window.document.duplicate_section(section_id)) is not None:
            self.window.outline.select_section(copy.id)

    def compare(self, section_id: str) -> CompareDialog | None:
        """The library's new wording next to the section's, to take or keep."""
        window = self.window
        dialog = sections.compare_with_library(window, window.document, window.library, section_id)
        window.dialog = dialog or window.dialog
        return dialog

    def save_to_library(self, section_id: str) -> None:
        """Keep the section's wording as the clinician's own library explanation."""
        window = self.window
        if (section := window.document.section(section_id)) is not None:
            library_ops.save_to_library(window, section, window.library).success(
                self._saved_to_library
            ).run()

    def _saved_to_library(self, entry: LibraryEntry) -> None:
        self.window.reload_library()
        self.window.statusBar().showMessage(
            arg(
                QCoreApplication.translate("SectionCommands", "Saved “%1” to your library (%2)"),
                entry.title,
                entry.source,
            ),
            8000,
        )
