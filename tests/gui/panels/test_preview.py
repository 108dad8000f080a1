"""The preview swaps each new PDF in for the last one, which is closed once
no page is being rendered, so the preview shows the newest pages and old
documents do not pile up."""

from __future__ import annotations

import shiboken6

from handout_builder.core.jobs import RenderResult
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
