"""Colours that read well in both light and dark system themes.

Widgets take their colours from the palette; the few places that add meaning
with colour (check marks, highlights, errors) ask here, so the colour fits the
theme in use. Meaning never rests on colour alone (symbols and words go with it).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark() -> bool:
    """Whether the application palette is a dark theme."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def good_text() -> str:
    return "#7ddc98" if is_dark() else "#14532d"


def bad_text() -> str:
    return "#ff8a80" if is_dark() else "#8f1d14"


def muted_text() -> str:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.PlaceholderText).name()


def error_text() -> str:
    return "#ff8a80" if is_dark() else "#b00020"


def long_sentence_background() -> QColor:
    return QColor("#5c4b00") if is_dark() else QColor("#fff0b3")


def jargon_underline() -> QColor:
    return QColor("#8ab4ff") if is_dark() else QColor("#1f5fbf")


def passive_underline() -> QColor:
    return QColor("#d7a6ff") if is_dark() else QColor("#7a2e8e")
