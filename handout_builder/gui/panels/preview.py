"""The live preview: the real PDF as it will print, with page navigation,
zoom, an "Updating…" indicator and a list of render problems.

A new PDF is parsed (``QPdfDocument.load``) on a background thread, into a
document made there and then moved to the UI thread, which only swaps it in:
parsing took 9 ms on the UI thread, 66 ms on a loaded machine, and made most
of the longest stalls while typing. The document it replaces is closed at
once, before the view starts drawing the new pages: closing waits for PDFium's
one lock, which the view's page renderer holds while it draws a page, and a
``deleteLater`` that came after the first paint waited up to 38 ms.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.errors import Problem
from handout_builder.core.jobs import RenderResult
from handout_builder.gui.i18n import arg, problem_detail, problem_headline
from handout_builder.gui.services.tasks import BackgroundTasks


def load_pdf(pdf: bytes) -> QPdfDocument:
    """A document with ``pdf`` loaded, made on the calling (background) thread
    and handed to the UI thread (its bytes go with it, in a child buffer)."""
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    application = QCoreApplication.instance()
    if application is not None:
        document.moveToThread(application.thread())
    return document


class PreviewPane(QWidget):
    """Shows rendered PDFs. ``updated`` fires after a new PDF is on screen,
    ``failed`` after a render that gave none (its problems are listed)."""

    updated = Signal(object)  # RenderResult
    failed = Signal(object)  # RenderResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self.document = QPdfDocument(self)
        self.last_result: RenderResult | None = None
        self._showing_cached = False  # the last preview from the cache is on screen
        self._loader = BackgroundTasks(self, name="preview-pdf")

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with an as-needed scroll bar can flip the bar on and off
        # forever at some widths (each relayout changes the width): keep it on.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.status = QLabel(self.tr("Starting the preview…"))
        # Screen readers say a label's text; the description says what it is.
        self.status.setAccessibleDescription(self.tr("Preview status"))
        self.page_label = QLabel("")
        self.page_label.setAccessibleDescription(self.tr("Page number"))

        bar = self.toolbar = QToolBar(self.tr("Preview"), self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(
            bar,
            self.tr("◀ Page"),
            self.tr("Previous page"),
            self.previous_page,
            name=self.tr("Previous page"),
        )
        self._action(
            bar, self.tr("Page ▶"), self.tr("Next page"), self.next_page, name=self.tr("Next page")
        )
        bar.addSeparator()
        self._action(
            bar, "−", self.tr("Zoom out"), lambda: self.zoom_by(1 / 1.2), name=self.tr("Zoom out")
        )
        self._action(
            bar, "+", self.tr("Zoom in"), lambda: self.zoom_by(1.2), name=self.tr("Zoom in")
        )
        self._action(
            bar, self.tr("Fit width"), self.tr("Fit the page width to the window"), self.fit_width
        )

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Render problems"))
        self.problems.setMaximumHeight(110)
        self.problems.setWordWrap(True)
        self.problems.hide()

        top = QHBoxLayout()
        top.addWidget(bar)
        top.addStretch(1)
        top.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._update_page_label)

    def _action(
        self, bar: QToolBar, text: str, tip: str, slot: object, *, name: str | None = None
    ) -> QAction:
        action = bar.addAction(text)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        # Screen readers say the name: "Zoom in", not "plus" or "black triangle".
        button = bar.widgetForAction(action)
        button.setAccessibleName(name or text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the zoom has no other keys
        return action

    # -- navigation ----------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with an as-needed scroll bar can flip the bar on and off
        # forever at some widths (each relayout changes the width): keep it on.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _update_page_label(self) -> None:
        count = self.page_count()
        self.page_label.setText(
            arg(self.tr("Page %1 of %2"), self.current_page() + 1, count) if count else ""
        )

    # -- results ----------------------------------------------------------------------

    def set_updating(self, updating: bool) -> None:
        if updating:
            self.status.setText(
                self.cached_status() if self._showing_cached else self.tr("Updating…")
            )
        elif self.last_result is not None and self.last_result.ok:
            pages = self.last_result.page_count
            self.status.setText(self.tr("Up to date · %n page(s)", "", pages))

    def show_result(self, result: RenderResult) -> None:
        """Show a render's problems now and its PDF once parsed (then ``updated``)."""
        self.last_result = result
        self._show_problems(result.problems, result.error)
        if result.pdf is None:
            self.status.setText(
                self.tr("The preview could not be updated — see the problems below.")
            )
            self.failed.emit(result)
            return
        pdf = result.pdf
        self._loader.submit(
            lambda: load_pdf(pdf), lambda document: self._swap_in(document, result), key="pdf"
        )

    def cached_status(self) -> str:
        """The status while the last preview from the cache is on screen."""
        return self.tr("Updating… (the last preview of this handout)")

    def show_cached(self, pdf: bytes) -> None:
        """Show the last preview of this handout, from the preview cache, until
        the new one arrives (unless that came first)."""
        self._loader.submit(lambda: load_pdf(pdf), self.show_cached_document, key="pdf")

    def show_cached_document(self, document: QPdfDocument) -> None:
        """:meth:`show_cached` for a PDF already loaded (by :func:`load_pdf`)."""
        if self.last_result is None:  # no newer preview on screen
            self._swap_in(document, None)
            self._showing_cached = True
            self.status.setText(self.cached_status())
        else:
            self._dispose(document)

    def _swap_in(self, document: QPdfDocument, result: RenderResult | None) -> None:
        page = self.current_page()
        old, self.document = self.document, document
        document.setParent(self)
        document.pageCountChanged.connect(self._update_page_label)
        self.view.setDocument(document)
        self._dispose(old)
        if document.status() == QPdfDocument.Status.Ready:
            self.go_to_page(min(page, self.page_count() - 1))
        self._update_page_label()
        if result is not None:
            self._showing_cached = False
            self.set_updating(False)
            self.updated.emit(result)

    def _dispose(self, document: QPdfDocument) -> None:
        """Delete a document no longer on screen, now (see the module's notes)."""
        shiboken6.delete(document)

    def close_loader(self) -> None:
        """Stop parsing PDFs (the window is closing)."""
        self._loader.close()

    def _show_problems(self, problems: list[Problem], error: str | None) -> None:
        self.problems.clear()
        lines = [(arg(self.tr("Error: %1"), error), "")] if error else []
        lines += [(problem_headline(p), problem_detail(p)) for p in problems if str(p) != error]
        for headline, detail in lines:  # the clinician's words, then where
            item = QListWidgetItem(f"{headline}\n{detail}" if detail else headline)
            item.setToolTip(detail or headline)
            self.problems.addItem(item)
        self.problems.setVisible(bool(lines))
