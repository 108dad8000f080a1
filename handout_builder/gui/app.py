"""Starting the desktop app."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from handout_builder import APP_NAME, __version__

NO_DISPLAY = (
    "handout-builder: no display found (DISPLAY/WAYLAND_DISPLAY not set), so the desktop app "
    "cannot open; to make a PDF without it use: "
    "handout-builder build --topic anxiety-alarm -o handout.pdf"
)
STARTUP_PROBE = "HANDOUT_BUILDER_STARTUP_PROBE"


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _log_path() -> Path:
    from handout_builder.core import paths

    return paths.ensure_dir(paths.data_home() / "logs", private=True) / "errors.log"


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: log the details for support, tell the user in words."""
    details = "".join(traceback.format_exception(kind, error, tb))
    try:
        with _log_path().open("a", encoding="utf-8") as log:
            log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {APP_NAME} {__version__}\n")
            log.write(details)
    except OSError:
        pass
    from handout_builder.gui.operations import show_error

    show_error(
        None,
        "Something went wrong",
        f"{APP_NAME} hit an unexpected problem ({kind.__name__}: {error}). Your work "
        "is still open; please save it. Details were written to the error log.",
    )


def run(argv: list[str] | None = None) -> int:
    """Open the main window; returns the exit status."""
    started = time.perf_counter()
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from handout_builder.gui.main_window import MainWindow

    logging.basicConfig(level=logging.WARNING)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HandoutBuilder")
    QGuiApplication.setDesktopFileName("handout-builder")
    sys.excepthook = _excepthook
    window = MainWindow()
    if os.environ.get(STARTUP_PROBE):  # benchmark: report when the window is first painted
        from handout_builder.gui.startup_probe import FirstPaintProbe

        window.installEventFilter(FirstPaintProbe(window, started))
    window.show()
    return int(app.exec())
