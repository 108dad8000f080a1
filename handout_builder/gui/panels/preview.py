"""The live preview: the real PDF as it will print, with page navigation,
zoom, an "Updating…" indicator and a list of render problems."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
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
from handout_builder.gui.i18n import arg


class PreviewPane(QWidget):
    """Shows rendered PDFs. ``updated`` fires after a new PDF is on screen."""

    updated = Signal(object)  # RenderResult
    failed = Signal(object)  # RenderResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.last_result: RenderResult | None = None

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
        self.document.pageCountChanged.connect(self._update_page_label)

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
            self.status.setText(self.tr("Updating…"))
        elif self.last_result is not None and self.last_result.ok:
            pages = self.last_result.page_count
            self.status.setText(self.tr("Up to date · %n page(s)", "", pages))

    def show_result(self, result: RenderResult) -> None:
        self.last_result = result
        self._show_problems(result.problems, result.error)
        if result.pdf is None:
            self.status.setText(
                self.tr("The preview could not be updated — see the problems below.")
            )
            self.failed.emit(result)
            return
        page = self.current_page()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() == QPdfDocument.Status.Ready:
            self.go_to_page(min(page, self.page_count() - 1))
        self.set_updating(False)
        self.updated.emit(result)

    def _show_problems(self, problems: list[Problem], error: str | None) -> None:
        self.problems.clear()
        lines = [(arg(self.tr("Error: %1"), error), "")] if error else []
        lines += [(p.headline(), p.detail()) for p in problems if str(p) != error]
        for headline, detail in lines:  # the clinician's words, then where
            item = QListWidgetItem(f"{headline}\n{detail}" if detail else headline)
            item.setToolTip(detail or headline)
            self.problems.addItem(item)
        self.problems.setVisible(bool(lines))
