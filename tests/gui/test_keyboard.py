"""Keys a clinician presses, sent to the widget that has focus (not actions
triggered from code): undo/redo while typing, finding and adding topics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication


def test_ctrl_y_redoes_even_where_it_is_also_the_platform_redo_key(qtbot, window):
    shortcuts = window.menus.redo_action.shortcuts()
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


def test_ctrl_z_while_typing_in_the_editor_undoes_the_typing(qtbot, window):
    original = window.document.handout.sections[0].body
    editor = window.editor.text
    editor.setFocus()
    qtbot.keyClicks(editor, "Extra words ")
    # Pressed straight away, before the typing has settled into the document.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.handout.sections[0].body == original
    assert "Extra words" not in editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Extra words" in window.document.handout.sections[0].body
    assert "Extra words" in editor.toPlainText()


def test_ctrl_z_in_the_handout_fields_undoes_the_last_change(qtbot, window):
    window.outline.subtitle.setFocus()
    qtbot.keyClicks(window.outline.subtitle, " for Sam")
    assert window.document.handout.subtitle.endswith(" for Sam")
    for field in (window.outline.title, window.editor.title, window.outline.subtitle):
        field.setFocus()
        assert QApplication.focusWidget() is field
        before = window.document.undo_stack.index()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.document.undo_stack.index() == before - 1, field.accessibleName()
        qtbot.keyClick(
            field,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.document.undo_stack.index() == before, field.accessibleName()
    qtbot.keyClick(window.outline.subtitle, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.handout.subtitle.endswith(" for Sam")
    assert not window.outline.subtitle.text().endswith(" for Sam")


def test_type_a_search_then_enter_adds_the_match(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window.outline.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.library_panel.search
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "grounding")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    titles = [s.title for s in window.document.handout.sections]
    assert len(titles) == 2 and titles[1].startswith("Grounding")


def test_down_from_the_search_goes_to_the_results(qtbot, window):
    panel = window.library_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "couple")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.list
    first = panel.list.item(0)
    assert panel.list.currentItem() is first and panel.add_button.isEnabled()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.document.handout.sections[-1].title == panel.list.item(1).text()


def test_delete_key_removes_the_selected_section_and_ctrl_z_brings_it_back(qtbot, window):
    outline = window.outline.list
    title = outline.item(0).text()
    outline.setFocus()
    outline.setCurrentRow(0)
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert outline.count() == 0 and window.document.handout.sections == []
    qtbot.keyClick(outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert outline.count() == 1 and outline.item(0).text() == title
