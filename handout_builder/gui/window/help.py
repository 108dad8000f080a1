"""The Help menu in the window: the user guide, the keyboard shortcuts and
About (the pages load when first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from handout_builder.gui.dialogs.help import HelpPage
    from handout_builder.gui.main_window import MainWindow


class HelpCommands:
    """Wires ``window``'s Help menu."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menus = window.menus
        menus.guide_action.triggered.connect(lambda: self.open("guide"))
        menus.shortcuts_action.triggered.connect(lambda: self.open("shortcuts"))
        menus.about_action.triggered.connect(lambda: self.open("about"))

    def open(self, page: str) -> HelpPage:
        """Help ▸ ``page``: "guide", "shortcuts" (every key of the window's
        actions) or "about"."""
        from handout_builder.gui.dialogs import help as pages

        window = self.window
        if page == "shortcuts":
            dialog = pages.keyboard_shortcuts(window.actions(), window)
        else:
            dialog = pages.user_guide(window) if page == "guide" else pages.about(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.dialog = dialog
        return dialog
