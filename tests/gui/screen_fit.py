"""Every window and dialog at 1280×720 and 1366×768, at 100, 125, 150 and 200 %
scaling: whether every visible control lies on the screen, unsqueezed, without
overlapping another.

Runs in a process of its own (``python -m tests.gui.screen_fit``): Qt's
offscreen platform is given eight screens, one per size and scale (their
device pixel ratio is the scaling), and each window is shown on each. A window
gets what a maximised window gets on such a laptop: the screen less a 40 px
task bar and a 30 px title bar (logical px). Prints a JSON report.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from handout_builder.core.model.library import Library, load_library
from handout_builder.gui.main_window import MainWindow

SIZES = ((1280, 720), (1366, 768))
SCALES = (1.0, 1.25, 1.5, 2.0)
TASK_BAR, TITLE_BAR = 40, 30  # logical px a desktop keeps for itself
MIN_SECTION_ROWS = 5


def screen_config() -> dict[str, object]:
    screens, x = [], 0
    for width, height in SIZES:
        for scale in SCALES:
            name = f"{width}x{height}@{round(scale * 100)}%"
            screens.append(
                {
                    "name": name,
                    "x": x,
                    "y": 0,
                    "width": width,
                    "height": height,
                    "logicalDpi": round(96 * scale),  # how X11 and Windows scale
                    "logicalBaseDpi": 96,
                }
            )
            x += width
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": True, "screens": screens}


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="hb-screens-"))
    config = folder / "screens.json"
    config.write_text(json.dumps(screen_config()), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["HANDOUT_BUILDER_HOME"] = str(folder / "home")
    os.environ.pop("QT_SCALE_FACTOR", None)
    import handout_builder.gui  # noqa: F401  (the PySide6 work-around first)
    from handout_builder.gui.i18n import install_translators

    app = QApplication(sys.argv[:1])
    # The interface language as the app sets it up: `--language es` checks the
    # Spanish words (longer) fit too.
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
    install_translators(app, language)
    report = check_all(app)
    print(json.dumps(report))
    return 0


def check_all(app: QApplication) -> dict[str, object]:
    from handout_builder.core.settings import load_settings, save_settings

    settings = load_settings()
    settings.setup_done = True  # no first-run dialog over the window
    save_settings(settings)
    problems: list[str] = []
    checked: list[str] = []
    for screen in QGuiApplication.screens():
        free = screen.availableGeometry()
        area = QRect(
            free.x(), free.y() + TITLE_BAR, free.width(), free.height() - TITLE_BAR - TASK_BAR
        )
        host = QWidget()  # the parent of dialogs, on this screen
        host.setScreen(screen)
        host.setGeometry(area)
        host.show()
        for name, make in windows():
            widget = make(host)
            widget.setScreen(screen)
            for view, found in check_window(widget, area):
                checked.append(f"{screen.name()} {name}{view}")
                problems += [f"{screen.name()} {name}{view}: {p}" for p in found]
            widget.close()
            widget.deleteLater()
            QGuiApplication.processEvents()
        host.close()
        host.deleteLater()
    return {"checked": checked, "problems": problems}


@functools.cache
def _library() -> Library:
    return load_library()


def windows() -> Iterator[tuple[str, Callable[[QWidget], QWidget]]]:
    """Every window and dialog a clinician meets, as each opens."""
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.recovery import Recovered
    from handout_builder.core.settings import load_settings
    from handout_builder.gui.dialogs import help as pages
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.dialogs.brand_manager import BrandManager
    from handout_builder.gui.dialogs.compare import CompareDialog
    from handout_builder.gui.dialogs.preferences import PreferencesDialog
    from handout_builder.gui.operations.op import show_note
    from handout_builder.gui.services.recovery import offer_recovery
    from handout_builder.gui.services.render_service import RenderService
    from tests.gui.fake_renderer import FakeRenderer

    library = _library()
    entry = library.entries["anxiety-alarm"]
    from handout_builder.core.model.documents import empty_handout, new_handout
    from handout_builder.core.model.handout import Section
    from handout_builder.gui.document import HandoutDocument

    def handout_window(topics: list[str]) -> QMainWindow:
        handout = new_handout(library, topics, title="Understanding anxiety")
        document = HandoutDocument(handout if topics else empty_handout(load_settings()))
        service = RenderService(renderer=FakeRenderer())
        return MainWindow(document, library=library, service=service)

    section = Section.from_entry(entry)
    section.body = section.body.replace("alarm", "warning", 3)
    handout = new_handout(library, ["anxiety-alarm"], title="Understanding anxiety")
    recovered = Recovered(Path("/nonexistent.recovery.json"), handout, None, 1_790_000_000.0)
    yield "main window", lambda _host: handout_window(["anxiety-alarm", "grounding-skills"])
    yield "main window, no sections", lambda _host: handout_window([])
    yield "practice set-up", lambda host: BrandDialog(first_run=True, parent=host)
    yield "brand editor", lambda host: BrandDialog(sample_brand(), parent=host)
    yield "brand profiles", lambda host: BrandManager(load_settings(), host)
    yield "preferences", lambda host: PreferencesDialog(load_settings(), host)
    yield "compare", lambda host: CompareDialog(section, entry, host)
    yield "recovery offer", lambda host: offer_recovery(host, recovered, lambda _r: None)
    yield (
        "note",
        lambda host: show_note(
            host, "One handout at a time", "Opened “a.handout”. " + "The others wait. " * 12
        ),
    )
    yield "user guide", pages.user_guide
    yield "keyboard shortcuts", lambda host: pages.keyboard_shortcuts([], host)
    yield "about", pages.about


def check_window(widget: QWidget, area: QRect) -> Iterator[tuple[str, list[str]]]:
    """Show ``widget`` in ``area`` (as big as it asks, no bigger) and check it;
    a window in tabs is checked with each tab in front."""
    assert isinstance(widget, QWidget)
    resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
    wanted = widget.size() if resized else widget.sizeHint()
    if isinstance(widget, QMainWindow):
        wanted = QSize(area.width(), area.height())  # maximised
    widget.show()
    settle(widget)
    frame = widget.frameGeometry().size() - widget.size()  # the window's border
    widget.resize(wanted.boundedTo(area.size() - frame))
    widget.move(area.topLeft())
    settle(widget)
    if isinstance(widget, MainWindow):  # with its reading checks in
        wait_for(lambda: widget._started_background)
        widget.health_panel.check_now(widget.document.handout)
        wait_for(lambda: widget.health_panel.report is not None)
        settle(widget)
    tabs = widget.findChild(QTabWidget, "pane-tabs")
    if tabs is not None and tabs.isVisible():
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(widget)
            yield f" [{tabs.tabText(index)} tab]", problems_in(widget, area)
    else:
        yield "", problems_in(widget, area)


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds * 100)):
        if condition():
            return
        QApplication.processEvents()
        QThread.msleep(10)
    raise AssertionError("timed out")


def settle(window: QWidget) -> None:
    """Let ``window``'s layout come to rest (resizes arrive as events)."""
    last = None
    for _ in range(20):
        QApplication.processEvents()
        now = [c.geometry().getRect() for c in _controls(window)]
        if now == last:
            return
        last = now


def _controls(window: QWidget) -> list[QWidget]:
    kinds = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QAbstractItemView,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QLabel,
        QTabBar,
    )
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or w.isWindow():
            continue
        if w.objectName().startswith("qt_") and w.objectName() != "qt_toolbar_ext_button":
            continue
        if isinstance(w, QLabel) and not w.text() and w.pixmap().isNull():
            continue  # an empty label shows nothing
        parent = w.parentWidget()
        inner = False
        while parent is not None and parent is not window:
            if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
                inner = True  # a part of another control
            parent = parent.parentWidget()
        if not inner:
            found.append(w)
    return found


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` its parents do not clip, in global coordinates."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return rect


def problems_in(window: QWidget, area: QRect) -> list[str]:
    problems = []
    frame: QRect = window.frameGeometry()
    inside = area.adjusted(-4, -TITLE_BAR, 4, 4)
    if not inside.contains(frame):
        problems.append(f"window {frame.getRect()} is larger than the screen {area.getRect()}")
    controls = _controls(window)
    shown: list[tuple[QWidget, QRect]] = []
    for w in controls:
        name = _name(w)
        rect = visible_rect(w)
        if rect.isEmpty():
            scrolled = _has_scrolling_parent(w, QAbstractScrollArea)
            if not scrolled:
                problems.append(f"{name!r} is squeezed out of sight")
            continue
        if not area.contains(rect):
            problems.append(f"{name!r} at {rect.getRect()} is off the screen")
        hint = w.minimumSizeHint()
        if isinstance(w, QAbstractScrollArea):  # scrolls: two lines of text is enough
            hint = QSize(3 * w.fontMetrics().averageCharWidth(), 2 * w.fontMetrics().height())
        wraps = isinstance(w, QLabel) and w.wordWrap()
        needs = w.heightForWidth(w.width()) if wraps else -1
        if needs > w.height() + 1:
            problems.append(f"{name!r} is cut off: {w.height()} px high of {needs}")
        if not wraps and (w.width() < hint.width() - 1 or w.height() < hint.height() - 1):
            size, least = f"{w.width()}×{w.height()}", f"{hint.width()}×{hint.height()}"
            problems.append(f"{name!r} is squeezed to {size} below {least}")
        shown.append((w, rect))
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = ra.intersected(rb)
            if overlap.width() > 1 and overlap.height() > 1:
                problems.append(
                    f"{_name(a)!r} and {_name(b)!r} overlap ({overlap.width()}×{overlap.height()})"
                )
    sections = window.findChild(QListWidget, "section-list")
    if sections is not None and sections.isVisible() and sections.count():
        rows = sections.viewport().height() / max(1, sections.sizeHintForRow(0))
        if rows < MIN_SECTION_ROWS:
            problems.append(f"the sections list shows {rows:.1f} rows")
    return problems


def _has_scrolling_parent(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__


if __name__ == "__main__":
    sys.exit(main())
