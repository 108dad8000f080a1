"""The window's panes — library, handout, preview and the reading checks —
side by side where the screen has room, as tabs where it has not (a small
laptop screen, or 150–200 % scaling): every control stays on the screen and
reachable, each tab scrolling what does not fit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from handout_builder.gui.widgets import FittingScrollArea

SPLITTER_SIZES = (330, 430, 520)  # library, handout, preview (px, shared out as room allows)
DOCK_FRAME = 16  # px: the dock's separator and margins


class Panes(QStackedWidget):
    """The window's central widget: the panes in a splitter (``compact`` is
    False) or in tabs (True), whichever fits ``window``'s size."""

    def __init__(
        self,
        window: QMainWindow,
        panes: list[tuple[str, QWidget]],
        checks: tuple[str, QWidget],
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.setObjectName("panes")
        self.panes, self.checks, self.dock = panes, checks, dock
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pane-tabs")
        self.tabs.setDocumentMode(True)
        self.addWidget(self.splitter)
        self.addWidget(self.tabs)
        self.compact: bool | None = None
        self._checks_shown = True
        self.arrange(compact=False)
        self.splitter.setSizes(list(SPLITTER_SIZES))

    def minimumSizeHint(self) -> QSize:
        """As small as the tabs go: the window may shrink past what the panes
        need side by side, and they then become tabs (``fit``)."""
        return self.tabs.minimumSizeHint()

    def wide_minimum(self) -> QSize:
        """The least room the panes need side by side (with the checks docked
        when shown), in logical px."""
        least = [_least(pane) for _, pane in self.panes]
        width = sum(s.width() for s in least) + self.splitter.handleWidth() * (len(least) - 1)
        if self._checks_shown if self.compact else not self.dock.isHidden():
            width += _least(self.checks[1]).width() + DOCK_FRAME
        return QSize(width, max(s.height() for s in least))

    def fit(self, room: QSize) -> None:
        """Side by side if ``room`` (the window's size less menus, toolbar and
        status bar) holds them, else tabs."""
        need = self.wide_minimum()
        self.arrange(compact=room.width() < need.width() or room.height() < need.height())

    def arrange(self, *, compact: bool) -> None:
        """Put the panes in tabs (``compact``) or side by side, keeping the focus."""
        if compact == self.compact:
            return
        focus = QApplication.focusWidget()
        was_compact, self.compact = self.compact, compact
        checks = self.checks[1]
        if compact:
            self._checks_shown = not self.dock.isHidden()
            self.dock.hide()
            for title, pane in self.panes:
                self.tabs.addTab(_scrolling(pane), title)
            self.tabs.addTab(checks, self.checks[0])  # it scrolls already
            self.dock.toggleViewAction().setEnabled(False)  # a tab now
            self.setCurrentWidget(self.tabs)
        else:
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                if isinstance(page, QScrollArea) and page is not checks:
                    pane = page.takeWidget()
                    page.deleteLater()
                    self.splitter.addWidget(pane)
                    pane.show()
            if not was_compact:
                for _, pane in self.panes:
                    self.splitter.addWidget(pane)
            self.dock.setWidget(checks)
            checks.show()
            self.dock.toggleViewAction().setEnabled(True)
            if was_compact and self._checks_shown:
                self.dock.show()
            self.setCurrentWidget(self.splitter)
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def show_pane(self, pane: QWidget) -> None:
        """Bring ``pane``'s tab to the front (compact arrangement)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is pane or (isinstance(page, QScrollArea) and page.widget() is pane):
                self.tabs.setCurrentIndex(index)


def _least(widget: QWidget) -> QSize:
    """The smallest size ``widget``'s layout and its own minimum allow."""
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def _scrolling(pane: QWidget) -> FittingScrollArea:
    """``pane`` in a scroll area that shows it whole where it fits and scrolls
    where it does not."""
    scroll = FittingScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take it
    scroll.setWidget(pane)
    pane.show()
    return scroll
