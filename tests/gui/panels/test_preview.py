"""The preview swaps each new PDF in for the last one, which is closed once
no page is being rendered, so the preview shows the newest pages and old
documents do not pile up."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from handout_builder.core.jobs import RenderResult
from handout_builder.gui.panels import page_view
from handout_builder.gui.panels.page_view import Pages
from handout_builder.gui.panels.preview import PreviewPane
from tests.gui.fake_renderer import LINES_PER_PAGE, text_pdf


def test_each_new_preview_replaces_the_last_and_closes_it(qtbot):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show()
    shown: list[RenderResult] = []
    pane.updated.connect(shown.append)
    documents = []
    for render_id, lines in ((1, ["One page"]), (2, ["Line"] * (LINES_PER_PAGE + 1))):
        pdf, pages = text_pdf(lines)
        with qtbot.waitSignal(pane.updated, timeout=10_000):
            pane.show_result(RenderResult(render_id, pdf=pdf, page_count=pages))
        documents.append(pane.document)
    assert [result.render_id for result in shown] == [1, 2]
    assert pane.page_count() == 2 and "Up to date · 2 pages" in pane.status.text()
    assert pane.page_label.text() == "Page 1 of 2"
    qtbot.waitUntil(lambda: not shiboken6.isValid(documents[0]))  # closed and gone
    assert shiboken6.isValid(documents[1])
    pane.close_loader()


def _show(qtbot, pane: PreviewPane, render_id: int, lines: list[str]) -> None:
    pdf, pages = text_pdf(lines)
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.show_result(RenderResult(render_id, pdf=pdf, page_count=pages))


def _dark_pixels(image: QImage) -> int:
    """How many pixels of ``image`` are darker than mid grey (text, not paper)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.sizeInBytes()]
    return sum(1 for value in data if value < 100)


def test_a_refresh_keeps_the_page_the_clinician_was_looking_at(qtbot):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    lines = [f"Line {n}" for n in range(3 * LINES_PER_PAGE)]
    _show(qtbot, pane, 1, lines)
    pane.go_to_page(2)
    qtbot.waitUntil(lambda: pane.page_label.text() == "Page 3 of 3")
    scrolled = pane.view.scroll_position()
    _show(qtbot, pane, 2, ["Edited", *lines[1:]])
    assert pane.current_page() == 2 and pane.page_label.text() == "Page 3 of 3"
    assert pane.view.scroll_position() == scrolled  # the same place on that page


def test_the_new_pages_are_drawn_when_they_replace_the_old(qtbot):
    """No blank page between two previews: when ``updated`` fires, the page in
    sight is already rendered and what the view paints has its text."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    _show(qtbot, pane, 1, ["Before"] * 40)
    painted: list[int] = []
    pane.updated.connect(
        lambda _result: painted.append(_dark_pixels(pane.view.viewport().grab().toImage()))
    )
    _show(qtbot, pane, 2, ["After the edit, a longer line of text"] * 40)
    assert painted and painted[0] > 1000


def test_the_pages_scroll_from_the_keyboard_and_zoom(qtbot):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    _show(qtbot, pane, 1, ["Line"] * (3 * LINES_PER_PAGE))
    assert pane.view.accessibleName() == "PDF preview"
    assert pane.view.focusPolicy() & Qt.FocusPolicy.TabFocus
    pane.view.setFocus()
    for _ in range(6):
        qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
    assert pane.current_page() > 0
    qtbot.keyClick(pane.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_Up)  # at the top already: nothing breaks
    fitted = pane.view.zoom_factor()
    pane.zoom_by(1.2)
    assert pane.view.zoom_factor() == pytest.approx(fitted * 1.2)
    pane.fit_width()
    assert pane.view.zoom_factor() == pytest.approx(fitted)


def test_a_page_the_renderer_never_returns_does_not_hold_the_preview_up(qtbot, monkeypatch):
    monkeypatch.setattr(page_view, "RENDER_LIMIT_MS", 200)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    _show(qtbot, pane, 1, ["Before"])
    # The renderer drops requests for a document that is not loaded.
    unloaded = Pages(QPdfDocument(), [QSizeF(612, 792)])
    with qtbot.waitSignal(pane.view.shown, timeout=5_000):
        pane.view.set_pages(unloaded)
    assert pane.page_count() == 1
    _show(qtbot, pane, 2, ["After"])  # and the next preview comes as ever
    assert pane.document is not unloaded.document


def test_up_to_date_is_said_once_the_new_pages_are_on_screen(qtbot):
    """The service says it is idle as soon as the render is back; the status
    speaks of the new pages only once they are shown, never of pages the
    clinician cannot see yet (under the last preview's pages)."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    _show(qtbot, pane, 1, ["Line"] * (2 * LINES_PER_PAGE))
    pane.set_updating(True)
    pdf, pages = text_pdf(["Line"] * (3 * LINES_PER_PAGE))
    pane.show_result(RenderResult(2, pdf=pdf, page_count=pages))
    pane.set_updating(False)  # as the service does once the render is back
    assert pane.page_count() == 2 and "3 pages" not in pane.status.text()
    qtbot.waitUntil(lambda: pane.page_count() == 3, timeout=10_000)
    assert "Up to date · 3 pages" in pane.status.text()
    pane.close_loader()


def test_reading_a_long_handout_zoomed_in_keeps_memory_bounded(qtbot):
    """Each page read at 400 % is a ~55 MB picture: going through a 30-page
    handout kept them all (1.7 GB). Pages far from the view are let go and
    drawn again when the clinician comes back to them."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    _show(qtbot, pane, 1, [f"Line {n}" for n in range(30 * LINES_PER_PAGE)])
    pane.view.set_zoom(page_view.MAX_ZOOM)
    for page in [*range(30), 0]:
        pane.go_to_page(page)
        qtbot.waitUntil(lambda: not pane.view.rendering(), timeout=20_000)
    kept = pane.view._pages.images.values()  # type: ignore[union-attr]
    assert sum(image.sizeInBytes() for image in kept) <= page_view.IMAGE_BUDGET
    qtbot.waitUntil(lambda: _dark_pixels(pane.view.grab().toImage()) > 0, timeout=10_000)
    pane.close_loader()
