"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from handout_builder.core.checks.color import contrast_ratio

SWATCH_TEXT = ("#000000", "#ffffff")  # whichever reads better: 4.6:1 or more


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
        swatch = QColor(color).name()
        text = max(SWATCH_TEXT, key=lambda t: contrast_ratio(t, swatch))
        self.setText(self._color)
        self.setAccessibleDescription(self._color)  # the name says which colour it is
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
