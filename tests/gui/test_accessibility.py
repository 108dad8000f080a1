"""What a screen reader says for each control, and the tip a mouse user sees."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

KINDS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit, QAbstractSpinBox)


def _controls(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, KINDS)
        and widget.isVisibleTo(root)
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    ]


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text() if isinstance(widget, QAbstractButton) else ""


def test_every_control_has_a_word_for_a_name_and_a_tip(window):
    unnamed, no_tip = [], []
    for widget in _controls(window):
        name = _spoken_name(widget)
        if len(re.findall(r"[A-Za-z]{2,}", name)) == 0:  # "B", "+", "−", "" say nothing
            unnamed.append(f"{type(widget).__name__} {name!r}")
        elif not widget.toolTip():
            no_tip.append(name)
    assert not unnamed, unnamed
    assert not no_tip, no_tip
