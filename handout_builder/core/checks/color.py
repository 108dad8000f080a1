"""Colour contrast (WCAG 2.x) and darkening a brand colour until text is legible."""

from __future__ import annotations

from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO

WHITE = "#ffffff"


def _channels(color: str) -> tuple[float, float, float]:
    value = color.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def relative_luminance(color: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str = WHITE) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def darken_for_text(color: str, background: str = WHITE, ratio: float = BODY_TEXT_RATIO) -> str:
    """``color`` itself if it reaches ``ratio`` against ``background``, else the
    same hue darkened just enough."""
    if contrast_ratio(color, background) >= ratio:
        return color
    r, g, b = _channels(color)
    low, high = 0.0, 1.0  # scale factor search: 0 = black, 1 = original
    for _ in range(24):
        mid = (low + high) / 2
        candidate = _hex(r * mid, g * mid, b * mid)
        if contrast_ratio(candidate, background) >= ratio:
            low = mid
        else:
            high = mid
    return _hex(r * low, g * low, b * low)


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (r, g, b))


def mix(color: str, other: str, amount: float) -> str:
    """``color`` mixed with ``other`` (``amount`` 0 = ``color``, 1 = ``other``),
    channel by channel in sRGB."""
    return _hex(
        *(a + (b - a) * amount for a, b in zip(_channels(color), _channels(other), strict=True))
    )


def tint(color: str, amount: float) -> str:
    """``color`` mixed with white (``amount`` 0 = the colour, 1 = white)."""
    return mix(color, WHITE, amount)


def reach_contrast(color: str, toward: str, backgrounds: list[str], ratio: float) -> str:
    """``color`` itself if it has ``ratio`` against every one of ``backgrounds``,
    else the least mix of it with ``toward`` (usually the text colour: black
    or white) that has. ``toward`` itself when even that falls short."""
    if all(contrast_ratio(color, b) >= ratio for b in backgrounds):
        return color
    for step in range(1, 41):
        candidate = mix(color, toward, step / 40)
        if all(contrast_ratio(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return toward
