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


def test_editor_context_menu_undo_and_redo_are_the_edit_menus(qtbot, window):
    from handout_builder.gui.window.keys import edit_menu

    editor = window.editor.text
    editor.setFocus()
    qtbot.keyClicks(editor, "More ")
    qtbot.waitUntil(lambda: window.editor_checks is not None)
    for menu in (
        window.editor_checks.menu_for(0),  # the editor's (with its fixes)
        edit_menu(window.outline.title, window.menus, window.editor.flush),
    ):
        undo = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Undo"))
        redo = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Redo"))
        assert undo is window.menus.undo_action and undo.isEnabled()  # the typing, sent
        assert redo is window.menus.redo_action
    keys = window.menus.redo_action.shortcuts()
    assert keys[0] == QKeySequence("Ctrl+Y") and QKeySequence("Ctrl+Shift+Z") in keys
    assert "Ctrl+Y or Ctrl+Shift+Z" in window.menus.redo_action.toolTip()


def test_ctrl_shift_z_redoes_in_the_editor(qtbot, window):
    editor = window.editor.text
    editor.setFocus()
    qtbot.keyClicks(editor, "Extra words ")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Extra words" not in window.document.handout.sections[0].body
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_Z, shift_ctrl)
    assert "Extra words" in window.document.handout.sections[0].body


def test_edit_menu_cut_copy_paste_and_select_all_act_on_the_focused_field(qtbot, window):
    menus = window.menus
    window.outline.subtitle.setFocus()
    qtbot.waitUntil(lambda: menus.select_all_action.isEnabled())
    assert not menus.copy_action.isEnabled()  # nothing selected yet
    menus.select_all_action.trigger()
    assert menus.copy_action.isEnabled() or window.outline.subtitle.hasSelectedText()
    menus.copy_action.trigger()
    window.outline.prepared_for.setFocus()
    qtbot.waitUntil(lambda: menus.paste_action.isEnabled())
    menus.paste_action.trigger()
    assert window.document.handout.prepared_for == window.outline.subtitle.text()
    window.library_panel.list.setFocus()
    qtbot.waitUntil(lambda: not menus.paste_action.isEnabled())


def test_keys_typed_after_a_click_on_the_empty_editor_change_no_setting(qtbot, window):
    """With no section selected, a click on the greyed editor takes the focus,
    so "Lt" typed next does not pick "Large print" in the last picker used."""
    window.outline.remove_button.click()  # no section left, none selected
    assert window.editor.section_id is None and window.editor.text.isReadOnly()
    layout_combo = window.menus.layout_combo
    assert not layout_combo.focusPolicy() & Qt.FocusPolicy.ClickFocus  # a click leaves it
    layout_combo.setFocus()  # as if the clinician had tabbed there before
    qtbot.mouseClick(window.editor.text.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.editor.text
    before = window.document.handout.copy()
    qtbot.keyClicks(window.editor.text, "Lt")
    window.editor.flush()
    assert window.document.handout == before
    assert window.editor.empty_note.isVisible()
    assert "No section selected" in window.editor.text.accessibleDescription()


def test_undo_puts_the_cursor_where_the_change_was(qtbot, window):
    editor = window.editor.text
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(10)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "NEW ")
    window.editor.flush()
    cursor.setPosition(0)  # the cursor wanders off before undo
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "NEW" not in editor.toPlainText() and editor.textCursor().position() == 10
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.textCursor().position() == 14  # after what came back


def test_undoing_remove_section_shows_the_section_again(qtbot, window):
    outline = window.outline.list
    window.sections.add_topic("grounding-skills")
    window.outline.select_section(window.document.handout.sections[1].id)
    removed = window.document.handout.sections[1]
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert window.editor.section_id != removed.id
    qtbot.keyClick(outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.selected_id() == removed.id == window.editor.section_id
    assert not window.editor.text.isReadOnly()


def test_undo_in_another_section_shows_that_section(qtbot, window):
    first = window.document.handout.sections[0]
    window.editor.text.setFocus()
    qtbot.keyClicks(window.editor.text, "Changed ")
    window.sections.add_topic("grounding-skills")  # selects the new section
    assert window.editor.section_id != first.id
    window.menus.undo_action.trigger()  # takes the new section away
    window.menus.undo_action.trigger()  # the typing in the first section
    assert window.editor.section_id == first.id
    assert "Changed" not in window.editor.text.toPlainText()


def test_help_menu_has_the_guide_the_keys_and_the_versions_and_licences(qtbot, window):
    guide = window.help.open("guide")
    assert "Making a handout, step by step" in guide.browser.toPlainText()
    keys = window.help.open("shortcuts").browser.toPlainText()
    assert "Ctrl+Y or Ctrl+Shift+Z" in keys and "Export PDF" in keys and "Ctrl+E" in keys
    # Keys only some keyboards have (a "Redo" key) are not listed as if typed
    assert " or Redo" not in keys
    about = window.help.open("about").browser.toPlainText()
    assert "WeasyPrint 7" in about and "PySide6 6." in about and "Python 3." in about
    assert "fontpkg-atkinson-hyperlegible" in about and "OFL-1.1" in about
    assert "SIL OPEN FONT LICENSE" in about.upper()  # the text itself, from the package
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    assert [a.text().replace("&", "") for a in help_menu.actions() if a.text()] == [
        "User guide",
        "Keyboard shortcuts",
        "About Handout Builder",
    ]
