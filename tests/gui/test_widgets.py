"""Small widgets: a word-wrapped label that remembers its heights still grows
with longer text and a larger font (its words are never cut off); the note in
an empty view; scroll areas' own viewports."""

from __future__ import annotations

from PySide6.QtGui import QFont

from handout_builder.gui.widgets import EmptyNote, FittingScrollArea, WrappedLabel

LONG = "<b>Automatic checks</b><br>" + "Sentences average fourteen words. " * 12


def test_a_remembered_height_follows_the_text_and_the_font(qtbot):
    label = WrappedLabel("<b>Short</b>", rich=True)
    qtbot.addWidget(label)
    short = label.heightForWidth(200)
    assert label.heightForWidth(200) == short
    label.setText(LONG)
    longer = label.heightForWidth(200)
    assert longer > 3 * short
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(200) > longer
    label.setStyleSheet("QLabel { padding: 20px; }")
    assert label.heightForWidth(200) > longer + 30


def test_an_empty_view_s_note_lies_over_its_viewport_and_lets_clicks_through(qtbot):
    """The note is the view's child, placed where the viewport is (inside the
    frame and the viewport margins), at any size; a click on it reaches the
    viewport, and it says what it is to screen readers."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QListWidget, QTextEdit

    for view in (QListWidget(), QTextEdit()):
        qtbot.addWidget(view)
        view.setViewportMargins(0, 12, 0, 0)  # a header above, as a table has
        note = EmptyNote("Add explanations from the library.", view)
        view.resize(300, 200)
        view.show()
        note.show_if(True)
        assert note.isVisible() and view.accessibleDescription() == note.text()
        assert note.geometry() == view.viewport().geometry()
        view.resize(420, 260)
        qtbot.waitUntil(lambda v=view, n=note: n.geometry() == v.viewport().geometry())
        assert view.childAt(note.geometry().center()) is view.viewport()  # not the note
        note.show_if(False)
        assert not note.isVisible() and view.accessibleDescription() == ""
        assert view.childAt(QPoint(50, 50)) is view.viewport()


def test_own_viewports_are_filled_as_qt_s_own_were(qtbot):
    """A viewport made in Python (so PySide6 never has to look up Qt's) has the
    background the scroll area's own had: the preview's pages on Dark, a fitting
    scroll area's widget on the window's colour (a QScrollArea's NoRole)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QScrollArea

    from handout_builder.gui.panels.page_view import PageView

    pages, fitting, plain = PageView(), FittingScrollArea(), QScrollArea()
    assert pages.viewport().backgroundRole() == QPalette.ColorRole.Dark
    assert pages.viewport().autoFillBackground()
    assert fitting.viewport().backgroundRole() == plain.viewport().backgroundRole()
    assert fitting.viewport().objectName() == plain.viewport().objectName()
