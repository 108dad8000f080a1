"""Keys a clinician presses, sent to the widget that has focus (not actions
triggered from code): undo/redo while typing, finding and adding topics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def test_ctrl_y_redoes_even_where_it_is_also_the_platform_redo_key(qtbot, window):
    shortcuts = window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in shortcuts
    assert len(shortcuts) == len(set(shortcuts))  # a key listed twice is "ambiguous"
    stack = window.document.undo_stack
    window.outline.list.setFocus()
    window.outline.remove_button.click()
    assert window.outline.list.count() == 0
    qtbot.keyClick(window.outline.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.list.count() == 1
    qtbot.keyClick(window.outline.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.list.count() == 0
    assert stack.index() == stack.count()
