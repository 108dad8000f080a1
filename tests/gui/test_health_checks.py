"""Live health-literacy checks in the window: the panel, highlights, hover text,
"Replace with …" and the clinician's checklist answers."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from handout_builder.gui import theme

REPORT_TIMEOUT_MS = 30_000
HARD = (
    "The amygdala was activated when you were confronted by a situation that your nervous "
    "system perceived as threatening even though there was no real danger around you at all."
)


def wait_for_report(qtbot, window):
    with qtbot.waitSignal(window.health_panel.report_shown, timeout=REPORT_TIMEOUT_MS) as blocker:
        pass
    return blocker.args[0]


def current_report(qtbot, window):
    if window.health_panel.report is None:
        return wait_for_report(qtbot, window)
    return window.health_panel.report


def type_at_start(qtbot, window, text):
    cursor = window.editor.text.textCursor()
    cursor.setPosition(0)
    window.editor.text.setTextCursor(cursor)
    qtbot.keyClicks(window.editor.text, text)


def formats_at(window, position):
    block = window.editor.text.document().findBlock(position)
    offset = position - block.position()
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= offset < r.start + r.length]


def test_panel_shows_section_and_handout_level_and_the_checklist(qtbot, window):
    panel = window.health_panel
    if panel.report is None:  # still checking: no blank rows where the results will be
        assert not any(label.isVisible() for label in panel.item_labels.values())
    report = current_report(qtbot, window)
    assert all(label.isVisible() for label in panel.item_labels.values())
    section = window.document.handout.sections[0]
    assert panel.section_id == section.id
    assert report.section(section.id) is not None
    grade = report.readability.grade
    assert f"Grade {grade:.1f} — Good" in panel.handout_box.verdict.text()
    assert "words" in panel.section_box.figures.text()
    assert "grade 6 or lower" in panel.section_box.figures.text()
    assert "Automatic checks:" in panel.score.text()
    assert "Uses common, everyday language" in panel.item_text("everyday-language")
    assert "✓" in panel.item_text("everyday-language")
    # Questions that do not apply (no tables here) cannot be ticked.
    assert not panel.question_boxes["tables-simple"].isEnabled()
    assert "does not apply" in panel.question_labels["tables-simple"].text()
    assert panel.question_boxes["logical-order"].isEnabled()
    # View ▸ Reading level and checklist hides and shows the panel.
    action = window.health_dock.toggleViewAction()
    assert window.health_dock.isVisible()
    action.trigger()
    assert not window.health_dock.isVisible()
    action.trigger()
    assert window.health_dock.isVisible()


def test_typing_hard_text_updates_the_panel_and_highlights_it(qtbot, window):
    current_report(qtbot, window)
    with qtbot.waitSignal(window.health_panel.report_shown, timeout=REPORT_TIMEOUT_MS):
        type_at_start(qtbot, window, HARD + " ")
    panel = window.health_panel
    assert "✗" in panel.item_text("terms-defined")
    assert "amygdala" in panel.item_text("terms-defined")
    assert "1 long sentence" in panel.section_box.notes.text()
    # Highlights: a band on the long sentence, a wavy underline on jargon,
    # a dotted underline on passive voice.
    text = window.editor.text.toPlainText()
    jargon = formats_at(window, text.index("amygdala") + 1)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for f in jargon)
    assert any(f.underlineColor() == theme.jargon_underline() for f in jargon)
    assert any(f.background().color() == theme.long_sentence_background() for f in jargon)
    passive = formats_at(window, text.index("was activated") + 2)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine for f in passive)
    plain = formats_at(window, text.index("Anxiety is your body") + 2)
    assert not any(f.background().color() == theme.long_sentence_background() for f in plain)


def test_hover_explains_and_right_click_replaces_jargon(qtbot, window):
    current_report(qtbot, window)
    type_at_start(qtbot, window, "Dysregulation is common. ")
    checks = window.editor_checks
    findings = checks.findings_at(3)
    assert [f.kind for f in findings] == ["jargon"]
    assert "feeling out of balance" in findings[0].message
    menu = checks.menu_for(3)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "Replace with “feeling out of balance”"
    with qtbot.waitSignal(window.editor.body_edited, timeout=5000):
        menu.actions()[0].trigger()
    assert window.editor.text.toPlainText().startswith("Feeling out of balance is common.")
    window.editor.flush()
    assert window.document.handout.sections[0].body.startswith("Feeling out of balance is common.")
    window.menus.undo_action.trigger()  # undoable (merged with the typing just before it)
    assert "Feeling out of balance" not in window.document.handout.sections[0].body


def test_ticking_a_question_counts_and_is_saved_with_the_handout(qtbot, window, tmp_path):
    report = current_report(qtbot, window)
    before = report.pemat.score("understandability").agreed
    box = window.health_panel.question_boxes["purpose-evident"]
    assert not box.isChecked()
    with qtbot.waitSignal(window.health_panel.report_shown, timeout=REPORT_TIMEOUT_MS) as done:
        box.click()
    assert window.document.handout.checklist == ["purpose-evident"]
    assert done.args[0].pemat.score("understandability").agreed == before + 1
    assert window.document.modified
    path = tmp_path / "ticked.handout"
    assert window.files.save_to(path)
    assert '"checklist": [\n    "purpose-evident"\n  ]' in path.read_text()
    window.menus.undo_action.trigger()
    assert window.document.handout.checklist == []
