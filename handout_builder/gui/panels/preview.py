"""The live preview: the real PDF as it will print, with page navigation,
zoom, an "Updating…" indicator and a list of render problems.

A new PDF is parsed (``QPdfDocument.load``) on a background thread, into a
document made there and then moved to the UI thread: parsing took 9 ms on the
UI thread, 66 ms on a loaded machine. Its pages are drawn by
:class:`~handout_builder.gui.panels.page_view.PageView`, which keeps the last
preview on screen until the new one's pages in sight are rendered, then swaps
them in at the same place. Parses wait for the page being rendered (both need
PDFium's one lock, and a parse holds Python's GIL while it waits for it),
and only the newest PDF waiting is parsed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QAction
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
from handout_builder.gui.i18n import arg, problem_detail, problem_headline
from handout_builder.gui.panels.page_view import Pages, PageView
from handout_builder.gui.services.tasks import BackgroundTasks

if TYPE_CHECKING:  # both load with the first preview (QtPdf: handout_builder.gui.qt_pdf)
    from PySide6.QtPdf import QPdfDocument

    from handout_builder.core.jobs import RenderResult


def load_pdf(pdf: bytes) -> Pages:
    """A document with ``pdf`` loaded, and its page sizes, made on the calling
    (background) thread and handed to the UI thread (its bytes go with it, in a
    child buffer)."""
    from handout_builder.gui.qt_pdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = Pages.read(document)
    application = QCoreApplication.instance()
    if application is not None:
        document.moveToThread(application.thread())
    return pages


class PreviewPane(QWidget):
    """Shows rendered PDFs. ``updated`` fires after a new PDF is on screen,
    ``failed`` after a render that gave none (its problems are listed)."""

    updated = Signal(object)  # RenderResult
    failed = Signal(object)  # RenderResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self.last_result: RenderResult | None = None
        self._showing_cached = False  # the last preview from the cache is on screen
        self._loader = BackgroundTasks(self, name="preview-pdf")
        self._parsing = False
        self._waiting: tuple[bytes, Callable[[Pages], None]] | None = None  # newest PDF to parse
        self._coming: tuple[Pages, RenderResult] | None = None  # shown, then ``updated``
        self._handout = 0  # counts the handouts shown (new_handout): older PDFs are dropped

        self.view = PageView(self)
        self.view.shown.connect(self._shown)
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

        self.view.current_page_changed.connect(self._update_page_label)

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

    @property
    def document(self) -> QPdfDocument | None:
        """The document on screen."""
        return self.view.document()

    def current_page(self) -> int:
        return self.view.current_page()

    def page_count(self) -> int:
        return self.view.page_count()

    def go_to_page(self, page: int) -> None:
        self.view.go_to_page(page)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_by(self, factor: float) -> None:
        self.view.set_zoom(self.view.zoom_factor() * factor)

    def fit_width(self) -> None:
        self.view.set_zoom(None)

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
        elif self._parsing or self._coming is not None:
            return  # "Up to date" once its pages are on screen (_shown)
        elif self.last_result is not None and self.last_result.ok:
            pages = self.last_result.page_count
            self.status.setText(self.tr("Up to date · %n page(s)", "", pages))

    def show_result(self, result: RenderResult) -> None:
        """Show a render's problems now and its PDF once parsed and its pages in
        sight rendered (then ``updated``)."""
        self.last_result = result
        self._show_problems(result.problems, result.error)
        if result.pdf is None:
            self.status.setText(
                self.tr("The preview could not be updated — see the problems below.")
            )
            self.failed.emit(result)
            return
        handout = self._handout

        def parsed(pages: Pages) -> None:
            if handout == self._handout:
                self._show_pages(pages, result)
            else:  # another handout was opened meanwhile
                self.view.discard(pages)

        self._parse(result.pdf, parsed)

    def new_handout(self) -> None:
        """Another handout is shown: the pages on screen are not its preview
        and go (another client's handout must not show under this one, not
        even when its own render fails), until its own arrive, the last one
        from the cache or a new render; a PDF of the last handout still on
        its way is dropped."""
        self._handout += 1
        self._waiting = None  # not parsed yet
        self._coming = None
        self.view.clear()
        self._update_page_label()
        self.last_result = None
        self._showing_cached = False
        self.status.setText(self.tr("Updating…"))

    def cached_status(self) -> str:
        """The status while the last preview from the cache is on screen."""
        return self.tr("Updating… (the last preview of this handout)")

    def show_cached(self, pages: Pages) -> None:
        """Show the last preview of this handout, from the preview cache (parsed
        by :func:`load_pdf`), until the new one arrives (unless that came first)."""
        if self.last_result is None:  # no newer preview on its way
            self._show_pages(pages, None)
            self._showing_cached = True
            self.status.setText(self.cached_status())
        else:
            self.view.discard(pages)

    def _parse(self, pdf: bytes, then: Callable[[Pages], None]) -> None:
        """Parse ``pdf`` in the background (after any parse running; a PDF still
        waiting is dropped for this one), then ``then(pages)``."""
        self._waiting = (pdf, then)
        if not self._parsing:
            self._parse_next()

    def _parse_next(self) -> None:
        if self._waiting is None:
            self.view.release()
            return
        (pdf, then), self._waiting = self._waiting, None
        self._parsing = True

        def parsed(pages: Pages) -> None:
            self._parsing = False
            then(pages)
            self._parse_next()

        def failed(error: Exception) -> None:
            self._parsing = False
            self._parse_next()
            raise error  # the app's error handler

        self.view.hold(lambda: self._loader.submit(lambda: load_pdf(pdf), parsed, failed=failed))

    def _show_pages(self, pages: Pages, result: RenderResult | None) -> None:
        self._coming = (pages, result) if result is not None else None
        pages.document.setParent(self)
        self.view.set_pages(pages)

    def _shown(self) -> None:
        """New pages are on screen (``updated``, if they are a render's)."""
        self._update_page_label()
        if self._coming is None or self._coming[0].document is not self.document:
            return
        result, self._coming = self._coming[1], None
        self._showing_cached = False
        self.set_updating(False)
        self.updated.emit(result)

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
