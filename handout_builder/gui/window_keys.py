"""The main window's keyboard: undo and redo keys in the handout's text
fields, and the order Tab moves in."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from handout_builder.gui.main_window import MainWindow


def set_up_keys(window: MainWindow) -> None:
    """Undo keys in the handout's text fields, and a tab order that moves through
    the window the way it reads: library, handout, editor, preview."""
    library, outline, editor = window.library_panel, window.outline, window.editor
    undo_keys = UndoKeys(editor.flush, window)
    for field in (
        outline.title,
        outline.subtitle,
        outline.prepared_for,
        outline.date,
        editor.title,
        editor.summary,
        editor.text,
    ):
        field.installEventFilter(undo_keys)
    chain: list[QWidget] = [
        library.search,
        library.audience,
        library.tag,
        library.list,
        library.add_button,
        outline.title,
        outline.subtitle,
        outline.prepared_for,
        outline.date_check,
        outline.date,
        outline.list,
        outline.up_button,
        outline.down_button,
        outline.duplicate_button,
        outline.remove_button,
        outline.reset_button,
        editor.title,
        editor.summary,
        editor.text,
        editor.compare_button,
        window.preview.view,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


class UndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) reach Edit ▸ Undo/Redo from the
    handout's text fields, which would otherwise take the keys for their own,
    separate (or disabled) undo and do nothing. Pending typing is sent first
    (``flush``), so undo takes back what was just typed."""

    def __init__(self, flush: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._flush = flush

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        combo = event.keyCombination()
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(combo) == QKeySequence("Ctrl+Y")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if kind in keys and isinstance(event, QKeyEvent) and self._is_undo_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                self._flush()
                event.ignore()  # not for the field: the window's shortcut runs
            return True  # never the field's own undo (nothing to undo there)
        return super().eventFilter(watched, event)
