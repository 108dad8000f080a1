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


def append_to_log(text: str) -> None:
    """Add ``text`` to logs/errors.log, readable by the user only (it may quote
    client words); a log that cannot be written is skipped."""
    try:
        path = _log_path()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            path.chmod(0o600)  # also a log an older version left readable by others
            log.write(text)
    except OSError:
        pass


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: log the details for support, tell the user in words."""
    details = "".join(traceback.format_exception(kind, error, tb))
    append_to_log(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {APP_NAME} {__version__}\n{details}")
    from handout_builder.gui.operations import show_error

    show_error(
        None,
        "Something went wrong",
        f"{APP_NAME} hit an unexpected problem ({kind.__name__}: {error}). Your work "
        "is still open; please save it. Details were written to the error log.",
    )


def _tidy_up_in_background() -> None:
    """Remove what a killed session left (temporary files holding client words)
    and make the data folder owner-only, beside the start-up."""
    import threading

    from handout_builder.core.housekeeping import tidy_up

    threading.Thread(target=tidy_up, name="housekeeping", daemon=True).start()


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
    _tidy_up_in_background()
    window = MainWindow()
    if os.environ.get(STARTUP_PROBE):  # benchmark: report when the window is first painted
        from handout_builder.gui.startup_probe import FirstPaintProbe

        window.installEventFilter(FirstPaintProbe(window, started))
    window.show()
    return int(app.exec())
