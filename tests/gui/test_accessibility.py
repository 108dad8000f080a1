"""What a screen reader says for each control, and the tip a mouse user sees."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
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


def _spoken(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(text)


def _labels_that_hide_their_text(root: QWidget) -> list[str]:
    """Labels showing text that a screen reader would not say (a fixed name
    in its place)."""
    hidden = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.text() and label.pixmap().isNull():
            document = QTextDocument()
            document.setHtml(label.text())
            shown = " ".join(document.toPlainText().replace("&", "").split())
            said = " ".join(_spoken(label).replace("&", "").split())
            if shown not in said:
                hidden.append(f"{shown!r} said as {said!r}")
    return hidden


def test_labels_say_what_they_show(qtbot, window):
    window.health_panel.check_now(window.document.handout)
    qtbot.waitUntil(lambda: window.health_panel.report is not None, timeout=20_000)
    assert _labels_that_hide_their_text(window) == []
    preview = window.preview
    assert _spoken(preview.page_label) == "Page 1 of 1"
    assert _spoken(preview.page_label, QAccessible.Text.Description) == "Page number"
    assert _spoken(preview.status).startswith("Up to date")
    assert _spoken(window.editor.status) == "Library wording"
    assert _spoken(window.health_panel.score).startswith("Automatic checks:")
    assert _spoken(window.health_panel.score, QAccessible.Text.Description) == "Checklist score"


def test_toolbar_pickers_are_named_by_their_label_and_show_their_value(window):
    menus = window.menus
    for combo, label in (
        (menus.brand_combo, "Brand"),
        (menus.layout_combo, "Layout"),
        (menus.paper_combo, "Paper"),
    ):
        spoken = QAccessible.queryAccessibleInterface(combo)
        labels = [other.text(QAccessible.Text.Name) for other, _ in spoken.relations()]
        assert label in labels or spoken.text(QAccessible.Text.Name).startswith(label)
        assert spoken.text(QAccessible.Text.Value) == combo.currentText() != ""


def test_practice_setup_says_its_colours_contrast_and_logo(qtbot, home):
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog

    dialog = BrandDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accent.set_color("#e3b341")
    assert _labels_that_hide_their_text(dialog) == []
    assert _spoken(dialog.contrast).startswith("Primary colour:")
    assert _spoken(dialog.accent) == "Accent colour"
    assert _spoken(dialog.accent, QAccessible.Text.Description) == "#e3b341"
    assert _spoken(dialog.logo_preview) == "No logo"
    dialog.show_error("Practice name: required")
    assert _spoken(dialog.error) == "Practice name: required"
