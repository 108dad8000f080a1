"""The section editor with no section shown: read-only, its wording area in the
window's colour (white again once a section is shown), in the theme in use."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from handout_builder.gui.panels.section_editor import SectionEditor

ROLE = QPalette.ColorRole


def background(editor: SectionEditor) -> QColor:
    """The wording area's colour as painted, in its lower right corner (px)."""
    area = editor.text.viewport()
    image = area.grab().toImage()
    return image.pixelColor(image.width() - 5, image.height() - 5)


def test_no_section_greys_the_wording_area_in_light_and_dark_themes(qtbot):
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 400)
    editor.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    assert editor.section_id is None and editor.text.isReadOnly()
    assert background(editor) == light.color(ROLE.Window)
    editor.set_section("a", "Why anxiety happens", "Your alarm is working too hard.")
    assert background(editor) == light.color(ROLE.Base)
    assert not editor.empty_note.isVisible()
    editor.set_section(None, "", "")
    assert background(editor) == light.color(ROLE.Window) and editor.empty_note.isVisible()

    dark = QPalette(light)
    dark.setColor(ROLE.Window, QColor("#303030"))
    dark.setColor(ROLE.Base, QColor("#1e1e1e"))
    app.setPalette(dark)  # the system switched to a dark theme
    try:
        qtbot.waitUntil(lambda: background(editor) == QColor("#303030"))
        editor.set_section("a", "Why anxiety happens", "Your alarm is working too hard.")
        assert background(editor) == QColor("#1e1e1e")
    finally:
        app.setPalette(light)
