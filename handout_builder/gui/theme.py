"""Colours that read well in both light and dark system themes.

Widgets take their colours from the palette; the few places that add meaning
with colour (check marks, highlights, errors) ask here, so the colour fits the
theme in use. Meaning never rests on colour alone (symbols and words go with it).

The system palette is kept, except for the roles that read too faintly:
:func:`readable_palette` lifts placeholder and muted text and the selected
item's text to 4.5:1 (WCAG 2.2 SC 1.4.3), and :func:`focus_ring_color` gives
the focus ring 3:1 against what surrounds it (SC 1.4.11, 2.4.13).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from handout_builder.core.checks.color import contrast_ratio, reach_contrast
from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO, LARGE_TEXT_RATIO

FOCUS_RING_RATIO = LARGE_TEXT_RATIO  # 3:1, WCAG 2.2 SC 1.4.11 non-text contrast
ROLE = QPalette.ColorRole
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)  # disabled text is exempt


def is_dark() -> bool:
    """Whether the application palette is a dark theme."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def flat(color: QColor, background: QColor) -> str:
    """``color`` as #rrggbb as it shows over ``background`` (alpha blended)."""
    alpha = color.alphaF()
    mixed = [
        round(c * alpha + b * (1 - alpha))
        for c, b in zip(
            (color.red(), color.green(), color.blue()),
            (background.red(), background.green(), background.blue()),
            strict=True,
        )
    ]
    return QColor(*mixed).name()


def readable_palette(palette: QPalette) -> QPalette:
    """The roles of ``palette`` that read too faintly, corrected (and only
    those set, so the rest follows the system): placeholder text — also used
    for grey metadata — at 4.5:1 on Base, AlternateBase and Window, and the
    selected item's text at 4.5:1 on its highlight (WCAG 2.2 SC 1.4.3)."""
    fixes = QPalette()
    for group in GROUPS:
        base = palette.color(group, ROLE.Base)
        backgrounds = [
            flat(palette.color(group, role), base)
            for role in (ROLE.Base, ROLE.AlternateBase, ROLE.Window)
        ]
        text = flat(palette.color(group, ROLE.Text), base)
        placeholder = palette.color(group, ROLE.PlaceholderText)
        readable = reach_contrast(flat(placeholder, base), text, backgrounds, BODY_TEXT_RATIO)
        if placeholder.alpha() < 255 or readable != placeholder.name():
            fixes.setColor(group, ROLE.PlaceholderText, QColor(readable))
        highlight = flat(palette.color(group, ROLE.Highlight), base)
        selected_text = flat(palette.color(group, ROLE.HighlightedText), QColor(highlight))
        if contrast_ratio(selected_text, highlight) < BODY_TEXT_RATIO:
            away = "#000000" if QColor(selected_text).lightness() >= 128 else "#ffffff"
            darker = reach_contrast(highlight, away, [selected_text], BODY_TEXT_RATIO)
            fixes.setColor(group, ROLE.Highlight, QColor(darker))
    return fixes


def apply_readable_palette() -> None:
    """Correct the application palette now and whenever the system switches
    between light and dark (once per application; later calls do nothing)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or app.property("readable-palette"):
        return
    app.setProperty("readable-palette", True)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: use_system_palette())
    use_system_palette()


def use_system_palette() -> None:
    """The system's palette again, with :func:`readable_palette`'s corrections."""
    QGuiApplication.setPalette(QPalette())
    correct_palette()


def correct_palette() -> None:
    """Apply :func:`readable_palette`'s corrections to the application palette."""
    current = QGuiApplication.palette()
    QGuiApplication.setPalette(readable_palette(current).resolve(current))


def focus_ring_color(palette: QPalette | None = None) -> QColor:
    """The highlight colour, made darker (or lighter on a dark theme) until it
    has 3:1 against the window, field and button backgrounds next to the ring."""
    palette = palette or QGuiApplication.palette()
    base = palette.color(ROLE.Base)
    backgrounds = [
        flat(palette.color(role), base) for role in (ROLE.Window, ROLE.Base, ROLE.Button)
    ]
    text = flat(palette.color(ROLE.Text), base)
    highlight = flat(palette.color(ROLE.Highlight), base)
    # Some headroom: toolbars and buttons paint shades a little off these colours.
    return QColor(reach_contrast(highlight, text, backgrounds, FOCUS_RING_RATIO + 0.5))


def good_text() -> str:
    return "#7ddc98" if is_dark() else "#14532d"


def bad_text() -> str:
    return "#ff8a80" if is_dark() else "#8f1d14"


def muted_text() -> str:
    """Grey text for details (placeholder colour, readable on fields and windows)."""
    palette = QGuiApplication.palette()
    return flat(palette.color(ROLE.PlaceholderText), palette.color(ROLE.Base))


def error_text() -> str:
    return "#ff8a80" if is_dark() else "#b00020"


def long_sentence_background() -> QColor:
    return QColor("#5c4b00") if is_dark() else QColor("#fff0b3")


def jargon_underline() -> QColor:
    return QColor("#8ab4ff") if is_dark() else QColor("#1f5fbf")


def passive_underline() -> QColor:
    return QColor("#d7a6ff") if is_dark() else QColor("#7a2e8e")
