"""Small reusable widgets."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QComboBox, QPushButton, QWidget

from handout_builder.core.languages import HANDOUT_LANGUAGES, language_name


class ColorButton(QPushButton):
    """A button showing a colour swatch and its #rrggbb; click to choose."""

    color_changed = Signal(str)

    def __init__(self, color: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setAccessibleName(name)
        self.setToolTip(f"Choose the {name.lower()}")
        self.clicked.connect(self._choose)
        self.set_color(color)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = color.lower()
        text = "#111111" if QColor(color).lightness() > 140 else "#ffffff"
        self.setText(self._color)
        self.setStyleSheet(
            f"QPushButton {{ background: {self._color}; color: {text}; padding: 4px 12px; "
            "border: 1px solid #666; border-radius: 3px; }"
        )
        self.color_changed.emit(self._color)

    def _choose(self) -> None:
        dialog = QColorDialog(QColor(self._color), self)
        dialog.setWindowTitle(self._name)
        dialog.colorSelected.connect(lambda c: self.set_color(c.name()))
        dialog.open()


def language_combo(
    parent: QWidget, name: str, languages: Iterable[str] = HANDOUT_LANGUAGES
) -> QComboBox:
    """A combo box of handout languages, each named in itself ("Español"), with
    its code as the item data."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for code in languages:
        combo.addItem(language_name(code, own=True), code)
    return combo
