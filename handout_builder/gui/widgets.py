"""Small reusable widgets."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QColorDialog,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from handout_builder.core.checks.color import contrast_ratio
from handout_builder.core.languages import HANDOUT_LANGUAGES, language_name
from handout_builder.gui.i18n import arg

TITLE_BAR = 32  # px a window manager's title bar takes, roughly
SWATCH_TEXT = ("#000000", "#ffffff")  # whichever reads better: 4.6:1 or more


class ColorButton(QPushButton):
    """A button showing a colour swatch and its #rrggbb; click to choose."""

    color_changed = Signal(str)

    def __init__(self, color: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setAccessibleName(name)
        self.setToolTip(arg(self.tr("Choose the %1"), name.lower()))
        self.clicked.connect(self._choose)
        self.set_color(color)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = color.lower()
        swatch = QColor(color).name()
        text = max(SWATCH_TEXT, key=lambda t: contrast_ratio(t, swatch))
        self.setText(self._color)
        self.setAccessibleDescription(self._color)  # the name says which colour it is
        self.setStyleSheet(
            f"QPushButton {{ background: {self._color}; color: {text}; padding: 4px 12px; "
            "border: 1px solid #666; border-radius: 3px; }"
        )
        self.color_changed.emit(self._color)

    def _choose(self) -> None:
        dialog = QColorDialog(QColor(self._color), self)
        dialog.setWindowTitle(self._name)
        dialog.colorSelected.connect(lambda c: self.set_color(c.name()))
        dialog.open()


def language_combo(
    parent: QWidget, name: str, languages: Iterable[str] = HANDOUT_LANGUAGES
) -> QComboBox:
    """A combo box of handout languages, each named in itself ("Español"), with
    its code as the item data."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for code in languages:
        combo.addItem(language_name(code, own=True), code)
    return combo


def own_viewport(area: QAbstractScrollArea, role: QPalette.ColorRole) -> QWidget:
    """Give ``area`` a viewport made here, filled with ``role``'s colour, and
    return it. The first time PySide6 meets a plain ``QWidget`` that Qt made
    (a scroll area's own viewport, asked for or passed to an event filter) it
    loads every QtWidgets class to find out what it is: ~8 ms, which the window
    paid before its first paint. A viewport made in Python is known already."""
    viewport = QWidget(area)
    viewport.setObjectName("qt_scrollarea_viewport")  # as Qt names its own
    viewport.setBackgroundRole(role)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    return viewport


class EmptyNote(QLabel):
    """Words inside an empty list or text area — wrapped to its width, so they
    are never cut off as a placeholder is — that clicks pass through (the view
    still takes the focus). Screen readers get them as the view's description.

    The note lies over the view's viewport, as the view's child, so the view is
    never asked for its viewport (see :func:`own_viewport`)."""

    def __init__(self, text: str, view: QAbstractScrollArea) -> None:
        super().__init__(text, view)
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setContentsMargins(6, 4, 6, 4)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.installEventFilter(self)
        lines = view.fontMetrics().lineSpacing()
        view.setMinimumHeight(max(view.minimumHeight(), 5 * lines + 2 * view.frameWidth() + 8))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._cover_viewport()
        return False

    def _cover_viewport(self) -> None:
        """Where the viewport is when the view is empty (no scroll bars): the
        view's inside, less its viewport margins (px)."""
        self.setGeometry(self.view.contentsRect().marginsRemoved(self.view.viewportMargins()))

    def show_if(self, empty: bool) -> None:
        """Shown (and described) while the view is ``empty``."""
        self._cover_viewport()
        self.setVisible(empty)
        self.view.setAccessibleDescription(self.text() if empty else "")


def command_button(parent: QWidget, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A push button that runs ``slot`` when clicked, with ``tip`` as its tooltip."""
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def set_tab_order(chain: list[QWidget]) -> None:
    """Tab moves through ``chain`` in order."""
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size ``window`` to ``preferred`` (px), or smaller to fit the screen it
    opens on (less room for a title bar)."""
    screen = window.screen().availableGeometry()
    room = QSize(screen.width(), screen.height() - TITLE_BAR)
    window.resize(preferred.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room)))


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height at each width (px) until
    its text, font or style changes. Qt lays a rich-text label's text out again
    for every height asked, and a layout asks each label several times per
    pass: the reading-level panel's ~30 labels took ~10 ms per new report,
    though only a few of them had changed."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, rich: bool = False
    ) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class FittingScrollArea(QScrollArea):
    """A scroll area whose widget is always as tall as its word-wrapped text
    needs at the width shown. (QScrollArea alone misses text that grows after
    it was laid out, and squeezes the labels: their text is cut off.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self, QPalette.ColorRole.NoRole)  # refit asks for it before the first paint
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        if self.isVisible():  # else at its first show, which resizes it (resizeEvent)
            self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self.refit)  # once the layout has taken the change
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def sizeHint(self) -> QSize:
        """Room for the whole widget (the window bounds it to the screen)."""
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return widget.sizeHint() + QSize(frame + bar, frame)

    def refit(self) -> None:
        widget = self.widget()
        layout = widget.layout() if widget is not None else None
        if widget is not None and layout is not None and layout.hasHeightForWidth():
            widget.setMinimumHeight(layout.totalHeightForWidth(self.viewport().width()))


class FirstUse(QObject):
    """Runs ``callback`` once, just before ``widget`` first takes a click, a
    key, the wheel or the focus (the event then goes on to the widget)."""

    EVENTS = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.FocusIn,
    )

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            watched.removeEventFilter(self)
            self._callback()
        return False


class PaintWatch(QObject):
    """Runs ``callback`` once, on the event loop's next turn after ``widget`` was
    painted while ``ready()`` held (work that would hold up that paint waits
    for it)."""

    def __init__(
        self, widget: QWidget, callback: Callable[[], object], ready: Callable[[], bool]
    ) -> None:
        super().__init__(widget)
        self._callback, self._ready = callback, ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._ready():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False
