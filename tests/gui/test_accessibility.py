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


def _unnamed_and_untipped(root: QWidget) -> tuple[list[str], list[str]]:
    """Controls a screen reader cannot name, and named controls without a tip."""
    unnamed, no_tip = [], []
    for widget in _controls(root):
        name = _spoken_name(widget)
        if len(re.findall(r"[A-Za-z]{2,}", name)) == 0:  # "B", "+", "−", "" say nothing
            unnamed.append(f"{type(widget).__name__} {name!r}")
        elif not widget.toolTip():
            no_tip.append(name)
    return unnamed, no_tip


def test_every_control_has_a_word_for_a_name_and_a_tip(window):
    assert _unnamed_and_untipped(window) == ([], [])
    untipped = [a.text() for a in window.actions() if a.text() and not a.toolTip()]
    assert untipped == []


def _dialogs(settings):  # one of each dialog the clinician meets
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.dialogs.brand_manager import BrandManager
    from handout_builder.gui.dialogs.preferences import PreferencesDialog

    return [
        BrandDialog(first_run=True),
        BrandDialog(sample_brand()),
        BrandManager(settings),
        PreferencesDialog(settings),
    ]


def test_every_dialog_control_has_a_name_and_a_tip(qtbot, home):
    from handout_builder.core.settings import load_settings

    for dialog in _dialogs(load_settings()):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed_and_untipped(dialog) == ([], []), dialog.windowTitle()


def test_brand_manager_says_what_to_do_when_there_are_no_profiles(qtbot, home):
    from handout_builder.core.settings import load_settings
    from handout_builder.gui.dialogs.brand_manager import BrandManager

    manager = BrandManager(load_settings())
    qtbot.addWidget(manager)
    manager.show()
    assert manager.list.count() == 0
    assert manager.empty.isVisible() and "New…" in manager.empty.text()
