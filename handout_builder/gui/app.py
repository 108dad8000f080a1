"""Starting the desktop app."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from handout_builder import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

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
    from PySide6.QtCore import QCoreApplication

    from handout_builder.gui.i18n import arg
    from handout_builder.gui.operations import show_error

    show_error(
        None,
        QCoreApplication.translate("App", "Something went wrong"),
        arg(
            QCoreApplication.translate(
                "App",
                "%1 hit an unexpected problem (%2). Your work is still open; please save "
                "it. Details were written to the error log.",
            ),
            APP_NAME,
            f"{kind.__name__}: {error}",
        ),
    )


def _tidy_up_after_start_up(started: SignalInstance) -> None:
    """Remove what a killed session left (temporary files holding client words)
    and make the data folder owner-only, in the background once the window has
    ``started`` (its first paint and the last preview on screen; a second after
    start-up for a window that is not painted): before, the thread took turns
    with the window's making."""
    import threading

    from PySide6.QtCore import QTimer

    from handout_builder.core.housekeeping import tidy_up
    from handout_builder.gui.single_instance import UNPAINTED_WINDOW_MS

    thread = threading.Thread(target=tidy_up, name="housekeeping", daemon=True)

    def start() -> None:
        if thread.ident is None:
            thread.start()

    started.connect(start)
    QTimer.singleShot(UNPAINTED_WINDOW_MS, start)


def _resume_gc_after_start_up(started: SignalInstance) -> None:
    """Python's cycle collector is paused while the window is made (``run``):
    it walked the new modules, classes and widgets a few dozen times, ~25 ms
    of start-up. Once the window has ``started`` (a second after start-up for a
    window that is not painted) what was made so far, which lives as long as
    the app, is frozen out of later collections and the collector runs again."""
    from PySide6.QtCore import QTimer

    from handout_builder.gui.single_instance import UNPAINTED_WINDOW_MS

    def resume() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    started.connect(resume)
    QTimer.singleShot(UNPAINTED_WINDOW_MS, resume)


def run(files: Sequence[Path] = ()) -> int:
    """Open the main window with ``files`` (absolute paths; none: a new or the
    sample handout); returns the exit status. When the app already runs for
    this user and data folder, the files go to its window instead and this
    returns 0 at once."""
    started = time.perf_counter()
    from handout_builder.gui.single_instance import FileOpenEvents, SingleInstance

    instance = SingleInstance()
    if not instance.claim():
        if instance.hand_over(list(files), os.environ.get("XDG_ACTIVATION_TOKEN", "")):
            return 0
        print(
            f"handout-builder: {APP_NAME} is already running but did not answer; "
            "opening a second window",
            file=sys.stderr,
        )
    if not has_display():
        instance.close()
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    gc.disable()  # until the window has started (_resume_gc_after_start_up)
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from handout_builder.desktop.icons import icon_svg
    from handout_builder.gui.main_window import MainWindow

    logging.basicConfig(level=logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setWindowIcon(QIcon(str(icon_svg(APP_ID))))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HandoutBuilder")
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland app id: the desktop entry's name
    from handout_builder.core.settings import load_settings
    from handout_builder.gui.i18n import install_translators

    install_translators(app, load_settings().interface_language)  # before any window
    sys.excepthook = _excepthook
    window = MainWindow()
    instance.listen_after_start_up(window.started)
    _tidy_up_after_start_up(window.started)
    _resume_gc_after_start_up(window.started)
    instance.received.connect(window.files.hand_over)
    if sys.platform == "darwin":  # files from the Finder (an app-wide filter: macOS only)
        file_open_events = FileOpenEvents(window)
        file_open_events.received.connect(window.files.hand_over)
        app.installEventFilter(file_open_events)
    if os.environ.get(STARTUP_PROBE):  # benchmark: report when the window is first painted
        from handout_builder.gui.startup_probe import FirstPaintProbe

        window.installEventFilter(FirstPaintProbe(window, started, os.environ[STARTUP_PROBE]))
    window.show()
    if files:
        window.files.open_files(files)
    status = int(app.exec())
    instance.close()
    return status
