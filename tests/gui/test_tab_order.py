"""The Tab key, pressed as a keyboard user presses it, visits every control of
each window once, in the order the window reads: top to bottom, left to right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

LIMIT = 120


def control_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text().replace("&", "")
    return type(widget).__name__


def tab_chain(
    root: QWidget,
    first: QWidget | None = None,
    visit: Callable[[QWidget], None] = lambda _w: None,
) -> list[QWidget]:
    """Press Tab from ``first`` (default: the first control of the window's
    focus chain) until the focus comes round again; the controls in the order
    they took the focus (each is ``visit``-ed while it has it)."""
    root.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is root.window():
            break
        QTest.qWait(20)
    first = first or root.nextInFocusChain()
    while not (
        first.isVisible()
        and first.isEnabled()
        and first.focusPolicy() & Qt.FocusPolicy.TabFocus
        and first.window() is root.window()
    ):
        first = first.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visit(first)
    chain = [first]
    for _ in range(LIMIT):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first:
            return chain
        if widget is chain[-1]:
            continue  # a date's day, month and year take a Tab each
        assert widget not in chain, f"Tab came back to {control_name(widget)} before the end"
        visit(widget)
        chain.append(widget)
    raise AssertionError("Tab never came back round")


def checks_in(qtbot, window) -> None:
    """Wait for the reading checks' report: it greys out the questions that do
    not apply (Tab skips them) and re-lays the panel, so walk after it."""
    qtbot.waitUntil(lambda: "Automatic checks" in window.health_panel.score.text(), timeout=30000)


def names(root: QWidget, first: QWidget | None = None) -> list[str]:
    return [control_name(w) for w in tab_chain(root, first)]


def test_main_window_tab_order_reads_like_the_window(window, qtbot):
    window.resize(1600, 900)
    window.outline.date_check.setChecked(True)
    window.sections.add_topic("grounding-skills")  # Move up is enabled
    checks_in(qtbot, window)
    assert names(window, window.menus.brand_combo) == [
        # the toolbar: what this handout prints, then the file commands
        "Brand profile",
        "Layout",
        "Paper size",
        "Handout language",
        "Print options",
        "New",
        "Open",
        "Save",
        "Export PDF",
        "Print",
        # the library
        "Search the library",
        "Filter by audience",
        "Filter by tag",
        "Library explanations",
        "Explanation text",
        "Add to handout",
        # the handout, then the section
        "Handout title",
        "Subtitle (optional)",
        "Prepared for (optional)",
        "Date",
        "Handout date",
        "Sections of the handout",
        "Move up",
        "Duplicate",
        "Remove",
        "Reset wording",
        "Section title",
        "Section summary",
        "Section wording",
        # the preview
        "Previous page",
        "Next page",
        "Zoom out",
        "Zoom in",
        "Fit width",
        "PDF preview",
        # the reading checks
        "Reading level and checklist",
        *(
            box.accessibleName()
            for box in window.health_panel.question_boxes.values()
            if box.isEnabled()
        ),
    ]


def test_practice_setup_tab_order_is_the_order_of_the_form(qtbot, window):
    dialog = window.brands.open_practice_setup(first_run=True)
    assert names(dialog, dialog.practice) == [
        "Practice name",
        "Your name",
        "Credentials",
        "Choose logo…",
        "Primary colour",
        "Accent colour",
        "Font",
        "Phone",
        "E-mail",
        "Website",
        "Booking page",
        "Address",
        "Disclaimer",
        "Crisis line",
        "I have checked that this crisis line is right for my clients' region",
        "Domestic violence line",
        "Spanish disclaimer",
        "Spanish crisis line",
        "Spanish domestic violence line",
        "Save",
        "Skip for now",
    ]  # "No logo" is greyed out: there is no logo to remove


def test_every_dialog_tab_order_reads_top_to_bottom(qtbot, window):
    from handout_builder.core.model.handout import Section

    manager = window.brands.open_manager()
    assert names(manager, manager.list) == ["Brand profiles", "New…", "Close"]  # none yet
    manager.reject()
    preferences = window.open_preferences()
    assert names(preferences, preferences.brand) == [
        "Default brand profile",
        "Default layout",
        "Default paper size",
        "Default handout language",
        "Language of the app",
        "Your library folder",
        "Choose library folder",
        "Practice folder",
        "Choose practice folder",
        "Keep a history of the handouts I export and print",
        "Also keep a copy of each PDF",
        "Save",
        "Cancel",
    ]
    preferences.reject()
    from handout_builder.gui.dialogs.compare import CompareDialog

    entry = window.library.entries["anxiety-alarm"]
    compare = CompareDialog(Section.from_entry(entry), entry, window)
    qtbot.addWidget(compare)
    compare.show()
    assert names(compare) == [
        "Differences",
        "Use the new library wording",
        "Keep my wording",
        "Cancel",
    ]
    for page in ("guide", "shortcuts", "about"):
        dialog = window.help.open(page)
        assert names(dialog) == [dialog.windowTitle(), "Close"]
        dialog.reject()
