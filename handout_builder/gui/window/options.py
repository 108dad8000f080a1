"""How the handout prints, in the window: the layout and paper pickers, the
print options (illustrations, references, clinician notes, the Brief form,
fillable form fields, write-in lines, the second language of bilingual layouts)
and the current layout's own options, all saved in the handout (undoably)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from handout_builder.core.layout.layouts import LayoutScan, find_layout
from handout_builder.core.model.handout import HandoutOptions
from handout_builder.gui.layout_options import fill_layout_options_menu
from handout_builder.gui.services.layout_watch import LayoutWatcher, fill_layout_combo
from handout_builder.gui.widgets import FirstUse

if TYPE_CHECKING:
    from handout_builder.gui.main_window import MainWindow


class PrintOptions:
    """Wires ``window``'s print options to its document and shows the document's;
    watches the layouts folder and the current layout's files."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menus = m = window.menus
        self.layout_watch = LayoutWatcher(window, start=False)  # the window starts it
        self._listed = False  # every layout in the picker (list_layouts)
        FirstUse(m.layout_combo, self.list_layouts)  # when it is used before then
        self.checks = {
            "include_illustrations": m.illustrations_action,
            "include_references": m.references_action,
            "include_clinician_notes": m.notes_action,
            "fillable": m.fillable_action,
            "brief": m.brief_action,
        }
        for option, action in self.checks.items():
            action.triggered.connect(lambda on, o=option: self._set(o, on))
        for lines, action in m.writein_actions.items():
            action.triggered.connect(lambda _c=False, n=lines: self._set("writein_lines", n))
        for option, combo in (("layout", m.layout_combo), ("paper", m.paper_combo)):
            combo.activated.connect(lambda _i, o=option, c=combo: self._set(o, c.currentData()))
        for code, action in m.second_language_actions.items():
            action.triggered.connect(lambda _c=False, c=code: self._set("second_language", c))
        m.second_first_action.triggered.connect(lambda on: self._set("second_language_first", on))
        m.layout_options_menu.aboutToShow.connect(self.fill_layout_options)
        self.layout_watch.layouts_changed.connect(self.layouts_changed)
        self.layout_watch.files_changed.connect(window.request_preview_soon)

    def _set(self, option: str, value: object) -> None:
        self.window.document.set_option(option, value)

    def show(self, options: HandoutOptions) -> None:
        """Show the handout's print options as chosen."""
        m = self.menus
        _select(m.paper_combo, options.paper)
        if m.layout_combo.findData(options.layout) < 0:
            self.refresh_layouts()
        _select(m.layout_combo, options.layout)
        self.layout_watch.watch_layout(options.layout)
        for option, action in self.checks.items():
            action.setChecked(bool(getattr(options, option)))
        m.second_language_actions.get(
            options.second_language, m.second_language_actions[""]
        ).setChecked(True)
        m.second_first_action.setChecked(options.second_language_first)
        if (writein := m.writein_actions.get(options.writein_lines)) is not None:
            writein.setChecked(True)

    def refresh_layouts(self) -> None:
        """The layout picker's items: every layout once :meth:`list_layouts` was
        called, before that the handout's own alone (when one manifest tells it)."""
        current = self.window.document.handout.options.layout
        only = None if self._listed else find_layout(current)
        scan = LayoutScan({only.name: only}) if only is not None else None
        fill_layout_combo(self.menus.layout_combo, current, scan)

    def list_layouts(self) -> None:
        """List every layout in the picker: once the window has started, or when
        the clinician goes to the picker before. The window's first paint did
        not wait for every layout's manifest to be read (~4 ms; the picker
        shows the handout's layout until then)."""
        if not self._listed:
            self._listed = True
            self.refresh_layouts()

    def layouts_changed(self) -> None:
        """A layout was added or removed, or a file of one changed, on disk."""
        self.refresh_layouts()
        self.window.request_preview_soon()

    def fill_layout_options(self) -> None:
        """The current layout's own options, from its manifest."""
        options = self.window.document.handout.options
        fill_layout_options_menu(
            self.menus.layout_options_menu,
            options.layout,
            dict(options.layout_options),
            lambda values: self._set("layout_options", values),
        )


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)
