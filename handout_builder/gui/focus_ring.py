"""A focus ring: a clear outline around whichever control has the keyboard
focus, in every window, light or dark (WCAG 2.2 SC 2.4.7 focus visible; the
ring has 3:1 against what surrounds it, SC 1.4.11).

Fusion draws no focus at all on lists, text areas, the PDF view or scroll
areas, and only a faint dotted box on styled buttons; one ring for all of them
keeps the look the same everywhere. It follows the control as it moves,
resizes or scrolls (Qt's :class:`QFocusFrame` does the following) and lets
clicks through.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from handout_builder.gui import theme

RING_WIDTH = 2  # px, drawn just outside the control ...
HALO_WIDTH = 1  # ... in a band of the window colour, which sets it off from anything
RING_NAME = "focus-ring"


class _RingStyle(QProxyStyle):
    """Puts the frame above the control, ring and halo outside its edges."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, data)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_WIDTH + HALO_WIDTH
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """The ring of one window (it moves into the window's parts as needed)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(RING_NAME)
        self._style = _RingStyle()  # kept: the widget does not own its style
        self.setStyle(self._style)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt's frame follows moves but stays hidden once out of view: a control
        scrolled into view (Tab does that) shows its ring again."""
        handled = super().eventFilter(watched, event)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            parent, widget = self.parentWidget(), self.widget()
            in_view = (
                parent is not None
                and widget is not None
                and widget.isVisible()
                and parent.rect().intersects(self.geometry())
            )
            self.setVisible(in_view)
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        outer = QRectF(self.rect())
        for color, width, inset in (
            (self.palette().color(QPalette.ColorRole.Window), HALO_WIDTH, 0),
            (theme.focus_ring_color(), RING_WIDTH, HALO_WIDTH),
        ):
            pen = QPen(color, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            edge = inset + width / 2
            painter.drawRect(outer.adjusted(edge, edge, -edge, -edge))
        painter.end()


def ring_target(widget: QWidget) -> QWidget:
    """The control to outline for ``widget`` with the focus: a spin box or an
    editable combo box rather than the text field inside it."""
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow() and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    return widget


def ring_of(window: QWidget) -> FocusRing:
    """``window``'s focus ring (made on first use)."""
    ring = window.findChild(FocusRing, RING_NAME)
    return ring if ring is not None else FocusRing(window)


class FocusRings(QObject):
    """Moves each window's ring to the control that takes the focus (and
    hides the ring of the window the focus left)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focus-rings")
        self._shown: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())  # the focus it was given before

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Never touches ``old``: it may be a control being deleted.
        ring = None
        target = ring_target(new) if new is not None else None
        if target is not None and not target.isWindow():
            ring = ring_of(target.window())
            ring.setWidget(target)
        shown, self._shown = self._shown, ring
        if shown is not None and shown is not ring and shiboken6.isValid(shown):
            shown.setWidget(None)  # type: ignore[arg-type]  # Qt takes none: no widget


def show_focus_rings() -> None:
    """Outline the focused control in every window from now on, starting with
    the control that has the focus now (once per app)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(FocusRings, "focus-rings") is None:
        FocusRings(app)
