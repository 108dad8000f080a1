"""The first window, driven like a clinician would: add, type, watch the preview,
export, save and open again. The preview and export use the fast fake renderer
(the handout's words in a small PDF) except where a test says it checks the
real pages."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from handout_builder.core.model.handout import load_handout
from tests.conftest import pdf_text
from tests.gui.conftest import PREVIEW_TIMEOUT_MS


def wait_for_preview_text(qtbot, window, needle: str) -> str:
    """Wait until a preview containing ``needle`` is on screen; return its text."""
    found = {}

    def check(result) -> bool:
        if result.pdf is None:
            return False
        text = pdf_text(result.pdf)
        found["text"] = text
        return needle in text

    with qtbot.waitSignal(
        window.preview_updated, timeout=PREVIEW_TIMEOUT_MS, check_params_cb=check
    ):
        pass
    return found["text"]


def add_from_library(qtbot, window, query: str) -> None:
    panel = window.library_panel
    panel.search.clear()
    qtbot.keyClicks(panel.search, query)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_first_start_shows_a_finished_sample_handout(window):
    assert "Handout Builder" in window.windowTitle()
    assert "Understanding anxiety" in window.windowTitle()
    result = window.preview.last_result
    assert result.ok and window.preview.page_count() == result.page_count >= 1
    assert "Riverside Counselling" in pdf_text(result.pdf)
    assert window.outline.list.count() == 1


def test_search_add_edit_and_the_real_preview_follows(qtbot, real_window):
    window = real_window
    add_from_library(qtbot, window, "window of tolerance")
    assert window.outline.list.count() == 2
    assert "Your window of tolerance" in window.outline.list.item(1).text()
    assert window.editor.title.text() == "Your window of tolerance"

    editor = window.editor.text
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor, "Sam, this is for you. ")
    text = wait_for_preview_text(qtbot, window, "Sam, this is for you.")
    assert "Your window of tolerance" in text
    assert "edited" in window.outline.list.item(1).text()
    assert window.isWindowModified()


def test_bold_and_list_from_the_toolbar_are_kept_as_markdown(qtbot, window):
    editor = window.editor
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.Start)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClick(editor.text, Qt.Key.Key_Up)
    qtbot.mouseClick(
        editor.toolbar.widgetForAction(editor.numbers_action), Qt.MouseButton.LeftButton
    )
    qtbot.keyClick(editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text, "Breathe slowly")
    qtbot.keyClick(editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, "then ")
    qtbot.keyClick(editor.text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text, "notice")
    editor.flush()
    body = window.document.handout.sections[0].body
    assert body.startswith("1. **Breathe slowly**\n2. then *notice*\n\nAnxiety is")
    wait_for_preview_text(qtbot, window, "Breathe slowly")


def test_undo_and_redo_cover_typing_and_structure(qtbot, window):
    original = window.document.handout.sections[0].body
    window.editor.text.setFocus()
    qtbot.keyClicks(window.editor.text, "Extra words ")
    window.editor.flush()
    assert window.document.handout.sections[0].body != original
    add_from_library(qtbot, window, "grounding")
    assert len(window.document.handout.sections) == 2
    window.menus.undo_action.trigger()
    assert len(window.document.handout.sections) == 1
    window.menus.undo_action.trigger()
    assert window.document.handout.sections[0].body == original
    assert "Extra words" not in window.editor.text.toPlainText()
    window.menus.redo_action.trigger()
    window.menus.redo_action.trigger()
    assert len(window.document.handout.sections) == 2
    assert "Extra words" in window.document.handout.sections[0].body


def test_reorder_remove_and_reset(qtbot, window):
    add_from_library(qtbot, window, "grounding")
    ids = [s.id for s in window.document.handout.sections]
    window.outline.select_section(ids[1])
    qtbot.mouseClick(window.outline.up_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.document.handout.sections] == [ids[1], ids[0]]
    window.outline.select_section(ids[0])
    window.editor.text.setFocus()
    qtbot.keyClicks(window.editor.text, "Changed ")
    window.editor.flush()
    qtbot.mouseClick(window.outline.reset_button, Qt.MouseButton.LeftButton)
    entry = window.library.get("anxiety-alarm")
    assert window.document.section(ids[0]).body == entry.body
    qtbot.mouseClick(window.outline.remove_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.document.handout.sections] == [ids[1]]


def test_export_writes_the_pdf_with_edits(qtbot, window, tmp_path):
    window.outline.title.setFocus()
    window.outline.title.selectAll()
    qtbot.keyClicks(window.outline.title, "Notes for Sam")
    target = tmp_path / "sam.pdf"
    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        window.files.export_to(target)
    text = pdf_text(target.read_bytes())
    assert "Notes for Sam" in text and "Riverside Counselling" in text


def test_save_and_open_again(qtbot, window, tmp_path):
    window.editor.text.setFocus()
    qtbot.keyClicks(window.editor.text, "Kept wording ")
    path = tmp_path / "sam.handout"
    assert window.files.save_to(path)
    assert not window.isWindowModified()
    saved = load_handout(path)
    assert "Kept wording" in saved.sections[0].body
    window.files.new()
    assert window.document.handout.sections == []
    assert window.files.open_path(path)
    assert "Kept wording" in window.editor.text.toPlainText()
    assert window.document.path == path.resolve()
    assert "sam" in window.windowTitle()


def test_a_broken_file_gets_a_message_not_a_crash(qtbot, window, tmp_path):
    bad = tmp_path / "bad.handout"
    bad.write_text(json.dumps({"format": "handout-builder/handout", "version": 7}))
    before = window.document
    assert not window.files.open_path(bad)
    assert window.document is before
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "“bad.handout” could not be opened" in boxes[0].text()
    assert "newer Handout Builder" in boxes[0].informativeText()  # the reason, with the file
    boxes[0].close()


def test_choosing_a_brand_profile_changes_the_preview(qtbot, window, home):
    (home / "brands").mkdir()
    (home / "brands" / "harbour.toml").write_text('practice_name = "Harbour Therapy"\n')
    (home / "brands" / "north.toml").write_text('practice_name = "North Clinic"\n')
    with qtbot.waitSignal(window.brands_loaded):  # two profiles: the sample is the default
        window.brands.refresh()
    index = window.menus.brand_combo.findData("harbour")
    assert index >= 0
    window.menus.brand_combo.setCurrentIndex(index)
    window.menus.brand_combo.activated.emit(index)
    assert window.document.handout.brand == "harbour"
    wait_for_preview_text(qtbot, window, "Harbour Therapy")


def test_the_brand_picker_lists_the_default_profile_once(qtbot, window, home):
    (home / "brands").mkdir()
    (home / "brands" / "harbour.toml").write_text('practice_name = "Harbour Therapy"\n')
    (home / "brands" / "north.toml").write_text('practice_name = "North Clinic"\n')
    window.settings.default_brand = "north"
    combo = window.menus.brand_combo
    with qtbot.waitSignal(window.brands_loaded):
        window.brands.refresh()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Harbour Therapy",
        "North Clinic (default)",
    ]
    window.brands.select("north")  # a handout naming the default profile shows it too
    assert combo.currentText() == "North Clinic (default)"
    assert combo.count() == 2


def test_unsaved_changes_prompt_on_close(qtbot, window, monkeypatch):
    qtbot.keyClicks(window.editor.text, "x")
    window.editor.flush()
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked and window.isVisible()


def test_library_shows_reading_grades_computed_off_the_ui_thread(qtbot, window):
    panel = window.library_panel
    qtbot.waitUntil(lambda: bool(panel.grades), timeout=PREVIEW_TIMEOUT_MS)
    assert 0 < panel.grades["anxiety-alarm"].grade <= 6.0
    item = panel.list.item(panel.visible_ids().index("anxiety-alarm"))
    assert "Reading grade" in item.data(Qt.ItemDataRole.UserRole + 2)


def test_dropping_a_library_topic_on_the_outline_adds_it_there(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from handout_builder.gui.panels.library_panel import TOPIC_MIME

    panel = window.library_panel
    row = panel.visible_ids().index("grounding-skills")
    data = panel.list.mimeData([panel.list.item(row)])
    assert bytes(data.data(TOPIC_MIME).data()) == b"grounding-skills"
    target = window.outline.list
    first = target.visualItemRect(target.item(0))
    drop = QDropEvent(
        QPointF(first.center().x(), first.top() + 1),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert [s.entry_id for s in window.document.handout.sections] == [
        "grounding-skills",
        "anxiety-alarm",
    ]


def test_file_menu_asks_for_names_and_adds_the_suffix(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    answers = iter([str(tmp_path / "For Sam"), str(tmp_path / "For Sam")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    window.menus.save_as_action.trigger()
    assert window.document.path == (tmp_path / "For Sam.handout").resolve()
    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        window.menus.export_action.trigger()
    assert "Understanding anxiety" in pdf_text((tmp_path / "For Sam.pdf").read_bytes())
    window.menus.new_action.trigger()
    assert window.document.handout.sections == []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "For Sam.handout"), "")
    )
    window.menus.open_action.trigger()
    assert window.document.handout.title == "Understanding anxiety"


def test_a_brand_profile_that_is_gone_shows_the_sample_and_says_why(qtbot, window):
    def says_why(result) -> bool:
        return any("'harbour' not found" in str(p) for p in result.problems)

    with qtbot.waitSignal(
        window.preview_updated, timeout=PREVIEW_TIMEOUT_MS, check_params_cb=says_why
    ):
        window.document.set_brand("harbour")
    problems = [
        window.preview.problems.item(i).text() for i in range(window.preview.problems.count())
    ]
    assert any("using the sample practice instead" in line for line in problems)
    assert "Riverside Counselling" in pdf_text(window.preview.last_result.pdf)


def test_removing_a_section_while_typing_keeps_the_typing_for_undo(qtbot, window):
    window.editor.text.setFocus()
    qtbot.keyClicks(window.editor.text, "Typed just now ")
    window.outline.remove_button.click()  # before the typing has settled into the handout
    assert window.document.handout.sections == []
    window.menus.undo_action.trigger()
    assert "Typed just now" in window.document.handout.sections[0].body


def test_discarding_unsaved_changes_for_a_new_handout_is_quiet(qtbot, window, monkeypatch):
    # The discarded document's undo stack, deleted with it, used to signal the
    # dead document: an "unexpected problem" for the user.
    qtbot.keyClicks(window.editor.text, "my own words")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.menus.new_action.trigger()
    qtbot.wait(50)  # the old document is deleted here
    assert window.document.handout.title == "Untitled handout"


def test_brief_option_and_an_edited_summary(qtbot, window, renderer):
    window.menus.brief_action.trigger()
    assert window.document.handout.options.brief
    window.outline.list.setCurrentRow(0)
    original = window.document.handout.sections[0].summary
    assert window.editor.summary.text() == original != ""
    window.editor.summary.selectAll()
    qtbot.keyClicks(window.editor.summary, "Your alarm can learn to settle.")
    assert window.document.handout.sections[0].summary == "Your alarm can learn to settle."
    assert "Edited" in window.editor.status.text() or "edited" in window.editor.status.text()

    def previewed() -> bool:  # the preview is asked for with the new summary, in brief
        handout = renderer.requests[-1].handout
        return handout.options.brief and handout.sections[0].summary.startswith("Your alarm")

    qtbot.waitUntil(previewed, timeout=PREVIEW_TIMEOUT_MS)
    window.document.undo_stack.undo()  # typing merges into one step
    assert window.document.handout.sections[0].summary == original
    assert window.editor.summary.text() == original
