"""Export and Print when something does not fit, and printing like a desktop
app: the question comes first ("Export anyway" / "Go back"); printing runs
off the UI thread (a heartbeat timer keeps ticking) with a progress dialog,
at the handout's own paper size."""

from __future__ import annotations

import io
import itertools
import time

import pytest
import weasyprint
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from handout_builder.core.errors import Problem
from handout_builder.core.jobs import FIT_CHECK, RenderResult
from handout_builder.gui.operations import export
from tests.gui.conftest import PREVIEW_TIMEOUT_MS, ready, start_window
from tests.gui.fake_renderer import FakeRenderer

MISFIT = "the crisis line does not fit in the footer on every page"
PAGES = 4


class LetterRenderer(FakeRenderer):
    """Renders a real Letter PDF of a few pages; ``misfit`` adds a fit problem."""

    pdf = weasyprint.HTML(
        string="<style>@page { size: letter; }</style>"
        + "".join(f'<p style="break-after: page">Page {n}</p>' for n in range(1, PAGES + 1))
    ).write_pdf()

    def __init__(self) -> None:
        super().__init__()
        self.misfit = False

    def render(self, request, time_limit=None):
        self.requests.append(request)
        problems = [Problem(MISFIT, severity="warning", check=FIT_CHECK)] if self.misfit else []
        return RenderResult(request.render_id, pdf=self.pdf, page_count=PAGES, problems=problems)


@pytest.fixture
def letter_renderer() -> LetterRenderer:
    return LetterRenderer()


@pytest.fixture
def letter_window(qtbot, home, letter_renderer):
    return ready(qtbot, start_window(qtbot, letter_renderer))


def answer_fit_question(button: str, seen: list[str]) -> None:
    """Answer the question when it shows (it runs its own event loop)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == export.FIT_QUESTION and widget.isVisible():
                box: QMessageBox = widget  # type: ignore[assignment]
                seen.append(box.informativeText())
                seen.extend(b.text() for b in box.buttons())
                next(b for b in box.buttons() if b.text() == button).click()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_export_with_something_that_does_not_fit_asks_first(
    qtbot, letter_window, letter_renderer, tmp_path
):
    letter_renderer.misfit = True
    target = tmp_path / "out.pdf"
    seen: list[str] = []
    answer_fit_question("Go back", seen)
    letter_window.files.export_to(target)
    qtbot.waitUntil(lambda: "Go back" in seen, timeout=PREVIEW_TIMEOUT_MS)
    qtbot.wait(100)
    assert not target.exists()
    assert MISFIT[1:] in seen[0] and {"Export anyway", "Go back"} <= set(seen)

    seen.clear()
    answer_fit_question("Export anyway", seen)
    with qtbot.waitSignal(letter_window.exported, timeout=PREVIEW_TIMEOUT_MS):
        letter_window.files.export_to(target)
    assert target.read_bytes() == LetterRenderer.pdf


def test_export_when_everything_fits_asks_nothing(qtbot, letter_window, tmp_path):
    target = tmp_path / "out.pdf"
    with qtbot.waitSignal(letter_window.exported, timeout=PREVIEW_TIMEOUT_MS):
        letter_window.files.export_to(target)
    assert target.is_file()


def test_print_runs_in_the_background_on_the_handouts_paper(
    qtbot, letter_window, tmp_path, monkeypatch
):
    target = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def printer_dialog(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read
        printer.setOutputFileName(str(target))
        chosen.append(printer)
        return True

    monkeypatch.setattr(export, "ask_printer", printer_dialog)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(25)
    progress_seen: list[bool] = []

    def progress_shown() -> bool:
        shown = any(
            isinstance(w, QProgressDialog)
            and w.objectName() == export.PRINT_PROGRESS
            and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
        if shown:
            progress_seen.append(True)
        return shown

    status = letter_window.statusBar()
    letter_window.files.print_handout()
    qtbot.waitUntil(lambda: bool(chosen), timeout=PREVIEW_TIMEOUT_MS)
    started = time.perf_counter()
    qtbot.waitUntil(
        lambda: progress_shown() or status.currentMessage().startswith("Sent"),
        timeout=PREVIEW_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Sent"), timeout=60_000)
    heartbeat.stop()

    assert status.currentMessage() == f"Sent {PAGES} pages to the printer"
    assert progress_seen  # the progress dialog was up while the pages went out
    assert chosen[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == PAGES
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter, in points
    # The window kept its heartbeat while the pages were drawn.
    during = [beat for beat in beats if beat >= started]
    gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
    assert len(during) >= 3 and max(gaps) < 1.0, gaps


def answer_close_question(button: str, seen: list[str]) -> None:
    """Answer "Close anyway?" when it shows (it runs its own event loop)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == export.CLOSE_QUESTION and widget.isVisible():
                box: QMessageBox = widget  # type: ignore[assignment]
                seen.extend(b.text() for b in box.buttons())
                next(b for b in box.buttons() if b.text() == button).click()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_closing_while_a_pdf_is_being_made_asks_first(qtbot, home, tmp_path):
    """Closing the window would drop an export still on its way, without a word."""
    from tests.gui.panels.test_instant_preview import HeldRenderer

    held = HeldRenderer()
    held.go.set()
    window = ready(qtbot, start_window(qtbot, held))
    held.go.clear()  # the export's render waits
    target = tmp_path / "for-sam.pdf"
    window.files.export_to(target)
    assert window.service.exporting()
    seen: list[str] = []
    answer_close_question("Wait", seen)
    window.close()
    assert {"Wait", "Close anyway"} <= set(seen)
    assert window.isVisible()  # still open, the export still coming
    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        held.go.set()
    assert target.exists() and not window.service.exporting()

    held.go.clear()
    window.files.export_to(tmp_path / "second.pdf")
    seen.clear()
    answer_close_question("Close anyway", seen)
    window.close()
    assert seen and not window.isVisible()
    held.go.set()
