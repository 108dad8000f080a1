"""The app's and the handout file type's icons: SVG sources in ``assets/icons``,
PNG sizes rendered from them with Qt's SVG renderer (no second copy to drift)."""

from __future__ import annotations

from pathlib import Path

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.resources import asset

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor theme's usual fixed sizes (px); ``scalable`` gets the SVG itself."""


def icon_svg(name: str) -> Path:
    """The SVG source of the icon called ``name`` (an app id or a MIME icon name)."""
    return asset("icons", f"{name}.svg")


def render_png(svg: Path, size: int) -> bytes:
    """``svg`` drawn on a transparent ``size`` × ``size`` px square, as PNG bytes.

    Raises :class:`HandoutBuilderError` when the SVG cannot be read."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise HandoutBuilderError(f"{svg}: not a readable SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; only str works
    buffer.close()
    return bytes(data.data())
