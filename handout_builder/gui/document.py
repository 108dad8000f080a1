"""The open handout: a :class:`~handout_builder.core.model.handout.Handout` plus its
file, unsaved state and undo history.

Every change goes through :meth:`HandoutDocument.change`, which records the
state before and after on a ``QUndoStack``; consecutive edits of the same kind
(typing in one section, editing the title) merge into one undo step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.library import Library, LibraryEntry
from handout_builder.gui.i18n import arg

MERGE_SECONDS = 2.0


class _SnapshotCommand(QUndoCommand):
    """An undo step holding the handout before and after one change."""

    def __init__(
        self,
        document: HandoutDocument,
        label: str,
        before: Handout,
        after: Handout,
        merge_key: str | None,
        section_id: str | None,
    ) -> None:
        super().__init__(label)
        self.document = document
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.section_id = section_id  # the section the change is in, if one
        self.stamp = time.monotonic()
        self._first_redo = True

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.after, self.stamp = other.after, other.stamp
        return True

    def redo(self) -> None:
        if self._first_redo:  # the change is already applied when pushed
            self._first_redo = False
            return
        self.document._restore(self.after, self.section_id)

    def undo(self) -> None:
        self.document._restore(self.before, self.section_id)


class HandoutDocument(QObject):
    """The handout being edited. Signals tell views what to refresh."""

    changed = Signal()  # any change (preview, title bar)
    structure_changed = Signal()  # sections added/removed/moved/restored, header fields
    section_changed = Signal(str)  # a section's title/wording (id)
    path_changed = Signal()
    restored = Signal(object, str)  # after undo/redo: the section changed (or None), its
    # wording before

    def __init__(
        self,
        handout: Handout | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.handout = handout or Handout(title="Untitled handout")
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.changed.emit()  # saved, or undone back to the saved state: the title bar

    # -- state -----------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit()
        self.changed.emit()

    @property
    def display_name(self) -> str:
        return self.path.stem if self.path else self.handout.title or self.tr("Untitled handout")

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.handout.sections if s.id == section_id), None)

    def index_of(self, section_id: str) -> int:
        return next((i for i, s in enumerate(self.handout.sections) if s.id == section_id), -1)

    # -- changing ------------------------------------------------------------------

    def change(
        self,
        label: str,
        mutate: Callable[[Handout], None],
        *,
        merge_key: str | None = None,
        section_id: str | None = None,
    ) -> None:
        """Apply ``mutate`` to the handout as one undoable step; ``section_id``
        names the section it changes (undo and redo show it)."""
        before = self.handout.copy()
        mutate(self.handout)
        if self.handout == before:
            return
        command = _SnapshotCommand(self, label, before, self.handout.copy(), merge_key, section_id)
        self.undo_stack.push(command)
        if section_id is not None and merge_key is not None:
            self.section_changed.emit(section_id)
        else:
            self.structure_changed.emit()
        self.changed.emit()

    def _restore(self, state: Handout, section_id: str | None) -> None:
        section = self.section(section_id) if section_id else None
        wording_before = section.body if section is not None else ""
        self.handout = state.copy()
        self.structure_changed.emit()
        self.restored.emit(section_id, wording_before)
        self.changed.emit()

    # -- operations used by the views -------------------------------------------------

    def add_entry(self, entry: LibraryEntry, index: int | None = None) -> Section:
        section = Section.from_entry(entry)

        def mutate(h: Handout) -> None:
            h.sections.insert(len(h.sections) if index is None else index, section)

        self.change(arg(self.tr("Add “%1”"), entry.title), mutate, section_id=section.id)
        return section

    def remove_section(self, section_id: str) -> None:
        section = self.section(section_id)
        if section is not None:
            index = self.index_of(section_id)
            self.change(
                arg(self.tr("Remove “%1”"), section.title),
                lambda h: h.sections.__delitem__(index),
                section_id=section_id,
            )

    def move_section(self, section_id: str, new_index: int) -> None:
        old = self.index_of(section_id)
        if old < 0:
            return
        new_index = max(0, min(new_index, len(self.handout.sections) - 1))

        def mutate(h: Handout) -> None:
            h.sections.insert(new_index, h.sections.pop(old))

        self.change(self.tr("Move section"), mutate, section_id=section_id)

    def set_section_text(
        self,
        section_id: str,
        *,
        title: str | None = None,
        body: str | None = None,
        summary: str | None = None,
    ) -> None:
        """Change a section's title, summary or wording (a section no longer in the
        handout takes nothing: its text has nowhere to go)."""

        def mutate(h: Handout) -> None:
            section = next((s for s in h.sections if s.id == section_id), None)
            if section is None:
                return
            if title is not None:
                section.title = title
            if summary is not None:
                section.summary = summary
            if body is not None:
                section.body = body

        part = "title" if title is not None else "summary" if summary is not None else "body"
        key = f"{part}:{section_id}"
        self.change(self.tr("Edit wording"), mutate, merge_key=key, section_id=section_id)

    def reset_section(self, section_id: str, entry: LibraryEntry) -> None:
        def mutate(h: Handout) -> None:
            section = next(s for s in h.sections if s.id == section_id)
            fresh = Section.from_entry(entry)
            fresh.id = section.id
            h.sections[h.sections.index(section)] = fresh

        self.change(self.tr("Reset to library wording"), mutate, section_id=section_id)

    def duplicate_section(self, section_id: str) -> Section | None:
        index = self.index_of(section_id)
        if index < 0:
            return None
        copy = self.handout.sections[index].copy_with_new_id()
        self.change(
            self.tr("Duplicate section"),
            lambda h: h.sections.insert(index + 1, copy),
            section_id=section_id,
        )
        return copy

    def keep_wording(self, section_id: str, entry: LibraryEntry) -> None:
        """The clinician keeps this wording although the library's changed."""

        def mutate(h: Handout) -> None:
            section = next(s for s in h.sections if s.id == section_id)
            section.entry_revision = entry.revision

        self.change(self.tr("Keep my wording"), mutate, section_id=section_id)

    def set_field(self, name: str, value: str) -> None:
        """Set a header field (title, subtitle, prepared_for, date)."""
        self.change(
            self.tr("Edit handout details"),
            lambda h: setattr(h, name, value),
            merge_key=f"field:{name}",
        )

    def set_brand(self, brand: str | None) -> None:
        self.change(self.tr("Choose brand"), lambda h: setattr(h, "brand", brand))

    def set_checklist(self, ticked: list[str]) -> None:
        """The PEMAT questions the clinician answered "yes" (saved in the handout)."""
        self.change(self.tr("Tick checklist"), lambda h: setattr(h, "checklist", sorted(ticked)))

    def set_option(self, name: str, value: object) -> None:
        self.change(self.tr("Change print options"), lambda h: setattr(h.options, name, value))

    def edited_ids(self, library: Library) -> frozenset[str]:
        from handout_builder.core.model.documents import edited_section_ids

        return edited_section_ids(self.handout, library)

    def updated_ids(self, library: Library) -> frozenset[str]:
        from handout_builder.core.model.documents import library_updated_ids

        return library_updated_ids(self.handout, library)
