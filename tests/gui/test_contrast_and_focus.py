"""What a clinician with low vision sees: text that reads at 4.5:1 and a focus
ring at 3:1 (WCAG 2.2 SC 1.4.3, 1.4.11, 2.4.7), in a light and a dark theme —
measured on the palette the widgets paint with and on the pixels they paint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from handout_builder.core.checks.color import contrast_ratio
from handout_builder.gui import theme
from handout_builder.gui.focus_ring import HALO_WIDTH, RING_NAME, RING_WIDTH, FocusRing
from handout_builder.gui.widgets import ColorButton
from tests.gui.test_tab_order import checks_in, control_name, tab_chain

ROLE = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark theme as Linux desktops ship it (Fusion's dark colours, a
    highlight that white text reads poorly on, translucent placeholder)."""
    palette = QPalette()
    for role, color in (
        (ROLE.Window, "#353535"),
        (ROLE.WindowText, "#ffffff"),
        (ROLE.Base, "#2a2a2a"),
        (ROLE.AlternateBase, "#424242"),
        (ROLE.Text, "#ffffff"),
        (ROLE.Button, "#353535"),
        (ROLE.ButtonText, "#ffffff"),
        (ROLE.Highlight, "#2a82da"),
        (ROLE.HighlightedText, "#ffffff"),
        (ROLE.ToolTipBase, "#2a2a2a"),
        (ROLE.ToolTipText, "#ffffff"),
    ):
        palette.setColor(role, QColor(color))
    palette.setColor(ROLE.PlaceholderText, QColor(255, 255, 255, 110))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request, window) -> Iterator[str]:
    """The window in the light (offscreen system) or a dark theme."""
    if request.param == "dark":
        QGuiApplication.setPalette(dark_palette())
        theme.correct_palette()
    yield request.param
    theme.use_system_palette()


def _ratio(palette: QPalette, text: QColor, background: QColor) -> float:
    base = palette.color(ROLE.Base)
    back = theme.flat(background, base)
    return contrast_ratio(theme.flat(text, QColor(back)), back)


def test_grey_and_selected_text_read_at_4_5_to_1(scheme):
    palette = QApplication.palette()
    assert theme.is_dark() == (scheme == "dark")
    placeholder = palette.color(ROLE.PlaceholderText)  # placeholders, grey metadata
    for background in (ROLE.Base, ROLE.AlternateBase, ROLE.Window):
        assert _ratio(palette, placeholder, palette.color(background)) >= 4.5, background
        assert contrast_ratio(theme.muted_text(), palette.color(background).name()) >= 4.5
    for group in theme.GROUPS:  # a selected list item, focused window or not
        selected = palette.color(group, ROLE.HighlightedText)
        assert _ratio(palette, selected, palette.color(group, ROLE.Highlight)) >= 4.5


def test_a_palette_that_reads_well_is_left_alone():
    palette = QPalette()
    for role, color in ((ROLE.Base, "#ffffff"), (ROLE.Window, "#ffffff")):
        palette.setColor(role, QColor(color))
    palette.setColor(ROLE.AlternateBase, QColor("#ffffff"))
    palette.setColor(ROLE.PlaceholderText, QColor("#595959"))  # 7:1
    palette.setColor(ROLE.Highlight, QColor("#0b57d0"))
    palette.setColor(ROLE.HighlightedText, QColor("#ffffff"))
    assert theme.readable_palette(palette).resolveMask() == 0


def test_colour_swatch_labels_read_at_4_5_to_1(qtbot):
    worst = 21.0
    for value in range(0, 0x1000, 7):  # a sweep of #rgb colours
        color = "#" + "".join(2 * f"{(value >> s) & 0xF:x}" for s in (8, 4, 0))
        button = ColorButton(color, "Accent colour")
        text = button.styleSheet().split(" color: ")[1].split(";")[0]
        worst = min(worst, contrast_ratio(text, color))
        button.deleteLater()
    assert worst >= 4.5


def _ring_pixels(target: QWidget) -> tuple[QColor, QColor, QColor]:
    """Colours at the middle of the ring's top edge as the window paints them:
    the halo just outside the ring, the ring, and the same pixel unfocused."""
    ring = target.window().findChild(FocusRing, RING_NAME)
    assert ring is not None and ring.widget() is target, control_name(target)
    assert ring.isVisible(), control_name(target)
    x, y = ring.width() // 2, HALO_WIDTH + RING_WIDTH // 2

    def pixel(at_y: int) -> QColor:
        image: QImage = ring.parentWidget().grab(ring.geometry()).toImage()
        return image.pixelColor(x, at_y)

    halo, ring_color = pixel(HALO_WIDTH - 1), pixel(y)
    ring.hide()
    unfocused = pixel(y)
    ring.show()
    return halo, ring_color, unfocused


def _rings_checked(root: QWidget, first: QWidget | None = None) -> list[str]:
    """Tab through ``root``; at each control the ring stands out from its halo
    and from the same pixels without the focus (WCAG 2.2 SC 1.4.11, 2.4.13)."""
    checked = []

    def check(target: QWidget) -> None:
        QApplication.processEvents()
        halo, ring, unfocused = _ring_pixels(target)
        name = control_name(target)
        assert contrast_ratio(ring.name(), halo.name()) >= 3.0, (name, halo.name())
        assert contrast_ratio(ring.name(), unfocused.name()) >= 3.0, (name, unfocused.name())
        checked.append(name)

    tab_chain(root, first, visit=check)
    return checked


def test_the_focused_control_has_a_ring_at_3_to_1(qtbot, window, scheme):
    """Every control the Tab key reaches in the window."""
    checks_in(qtbot, window)
    checked = _rings_checked(window)
    for must in ("Library explanations", "PDF preview", "Section wording", "Print options"):
        assert must in checked
    assert "Reading level and checklist" in checked


def test_colour_swatches_have_the_ring_too(qtbot, window, scheme):
    dialog = window.brands.open_practice_setup(first_run=True)
    checked = _rings_checked(dialog, dialog.practice)
    assert {"Primary colour", "Accent colour", "Save", "Crisis line"} <= set(checked)
