"""The current layout's own options (``[options.*]`` in its manifest) as a menu:
true/false options are check marks, choices and small number ranges are lists
to pick from. The values are saved in the handout (``options.layout_options``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.layout.layouts import (
    LayoutOption,
    chain_options,
    get_layout,
    layout_chain,
)
from handout_builder.gui.i18n import shown_language

MAX_NUMBER_CHOICES = 12


def option_values(option: LayoutOption) -> list[Any]:
    """The values offered in the menu for a choice or number option."""
    if option.type == "choice":
        return list(option.choices)
    if option.type == "int" and option.minimum is not None and option.maximum is not None:
        span = option.maximum - option.minimum
        step = max(1, -(-span // (MAX_NUMBER_CHOICES - 1)))
        values = list(range(option.minimum, option.maximum + 1, step))
        if option.default not in values:
            values = sorted({*values, option.default})
        return values
    return []


def fill_layout_options_menu(
    menu: QMenu,
    layout_name: str,
    values: dict[str, Any],
    on_change: Callable[[dict[str, Any]], None],
) -> None:
    """Rebuild ``menu`` for ``layout_name``; ``on_change`` gets the new values."""
    menu.clear()
    try:
        options = chain_options(layout_chain(get_layout(layout_name)))
    except HandoutBuilderError:
        options = {}
    menu.setEnabled(bool(options))
    if not options:
        menu.addAction(
            QCoreApplication.translate("LayoutOptions", "This layout has no options of its own")
        ).setEnabled(False)
        return

    def set_value(name: str, value: Any) -> None:
        on_change({**values, name: value})

    for name, option in options.items():
        label = option.label_in(shown_language()) or name.replace("_", " ").capitalize()
        current = values.get(name, option.default)
        if option.type == "bool":
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(bool(current))
            action.triggered.connect(lambda checked, n=name: set_value(n, checked))
            menu.addAction(action)
            continue
        choices = option_values(option)
        if not choices:
            continue  # free text: set it in the handout file or with --option
        submenu = menu.addMenu(label)
        group = QActionGroup(submenu)
        for value in choices:
            action = QAction(str(value), submenu)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, n=name, v=value: set_value(n, v))
            submenu.addAction(action)
