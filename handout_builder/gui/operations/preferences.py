"""Preferences (``settings.json``): saved when the clinician asks, and quietly
for what the app remembers by itself (recent files, folders, window size)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.settings import Settings, save_settings
from handout_builder.gui.operations.op import Op


def save_preferences(parent: QWidget | None, settings: Settings) -> Op[None]:
    """Write the preferences the clinician chose (atomically)."""
    return Op(
        parent,
        lambda: save_settings(settings),
        title=QCoreApplication.translate("Operations", "Cannot save preferences"),
    )


def remember(settings: Settings) -> None:
    """Write what the app remembers by itself; a failure never interrupts work
    (it is only a convenience)."""
    with contextlib.suppress(HandoutBuilderError):
        save_settings(settings)
