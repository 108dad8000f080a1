"""Small widgets: a word-wrapped label that remembers its heights still grows
with longer text and a larger font (its words are never cut off)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from handout_builder.gui.widgets import WrappedLabel

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
