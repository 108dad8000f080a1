"""Export and Print when something does not fit, and printing like a desktop
app: the question comes first; printing runs off the UI thread (a heartbeat
timer keeps ticking) with a progress dialog, at the handout's own paper size."""

from __future__ import annotations

import io
import itertools
import time

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from handout_builder.gui import operations
from tests.gui.conftest import PREVIEW_TIMEOUT_MS
from tests.gui.test_layouts_in_window import choose, make_layout


def fit_question() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == operations.FIT_QUESTION and widget.isVisible():
            return widget  # type: ignore[return-value]
    return None


def press(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_export_with_something_that_does_not_fit_asks_first(qtbot, window, home, tmp_path):
    make_layout(home, "giant-footer", ".running-footer { font-size: 60pt; }\n")
    window.refresh_layouts()
    qtbot.waitUntil(lambda: window.layout_combo.findData("giant-footer") >= 0, timeout=10_000)
    choose(window.layout_combo, "giant-footer")
    target = tmp_path / "out.pdf"

    window.export_to(target)
    qtbot.waitUntil(lambda: fit_question() is not None, timeout=PREVIEW_TIMEOUT_MS)
    box = fit_question()
    assert box is not None
    assert {b.text() for b in box.buttons()} == {"Export anyway", "Go back"}
    assert "does not fit in the footer" in box.informativeText()
    press(box, "Go back")
    qtbot.wait(200)
    assert not target.exists()

    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        window.export_to(target)
        qtbot.waitUntil(lambda: fit_question() is not None, timeout=PREVIEW_TIMEOUT_MS)
        press(fit_question(), "Export anyway")
    assert target.read_bytes().startswith(b"%PDF")


def progress_shown() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.objectName() == "print-progress" and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


def test_print_runs_in_the_background_on_the_handouts_paper(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def printer_dialog(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read
        printer.setOutputFileName(str(target))
        chosen.append(printer)
        return True

    monkeypatch.setattr(operations, "ask_printer", printer_dialog)
    assert window.document.handout.options.paper == "letter"
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(25)
    printed: list[int] = []
    monkeypatch.setattr(window, "_printed", printed.append)
    window.print_handout()
    qtbot.waitUntil(lambda: bool(chosen), timeout=PREVIEW_TIMEOUT_MS)
    started = time.perf_counter()
    qtbot.waitUntil(lambda: bool(printed) or progress_shown(), timeout=PREVIEW_TIMEOUT_MS)
    assert progress_shown()  # the pages take a while: the dialog is up
    qtbot.waitUntil(lambda: bool(printed), timeout=PREVIEW_TIMEOUT_MS)
    heartbeat.stop()

    layout = chosen[0].pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    pages = window.preview.last_result.page_count
    assert printed == [pages]
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter, points
    # The window kept its heartbeat while the pages were drawn.
    during = [b for b in beats if b >= started]
    gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
    assert len(during) >= 5 and max(gaps) < 1.0, gaps
