"""Running headers and footers that need more room than the page margin gives.

A layout puts the footer (practice, disclaimer, crisis line) in the page's
bottom margin (``@bottom-center { content: element(running-footer) }``), whose
height is fixed by the layout's ``@page { margin: … }``. A long disclaimer or
crisis line would run past the paper's edge and not print. After layout we
measure every top and bottom margin box; when one holds more than it has room
for, the page is laid out again with that margin made taller by the excess, so
the crisis line always prints whole (and the clinician is told).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handout_builder.core.errors import Problem

FIT_TOLERANCE_PX = 1.0
PX_PER_MM = 96 / 25.4
SPARE_PX = 2 * PX_PER_MM  # a little air between the last line and the paper's edge


@dataclass(frozen=True)
class MarginRoom:
    """How much taller (px, CSS pixels at 96 per inch) the top and bottom page
    margins must be so that every running header and footer fits."""

    top_px: float
    bottom_px: float

    def stylesheet(self, pages: list[Any]) -> str:
        """CSS that makes the margins of ``pages`` (laid out without it) taller."""
        rules = []
        if self.top_px:
            top = max(page._page_box.margin_top for page in pages) + self.top_px
            rules.append(f"margin-top: {top:.2f}px !important;")
        if self.bottom_px:
            bottom = max(page._page_box.margin_bottom for page in pages) + self.bottom_px
            rules.append(f"margin-bottom: {bottom:.2f}px !important;")
        return "@page { " + " ".join(rules) + " }"

    def problem(self) -> Problem:
        grown = [
            f"the {where} margin {round(px / PX_PER_MM)} mm taller"
            for where, px in (("top", self.top_px), ("bottom", self.bottom_px))
            if px
        ]
        return Problem(
            "the page header or footer (practice details, disclaimer, crisis line) needs more "
            f"room than this layout gives it, so this handout has {' and '.join(grown)} to "
            "print it whole; a shorter disclaimer leaves more room for the text",
            severity="warning",
        )


def _extent(box: Any) -> float:
    """Height (px) the content of a margin box needs, top of its first child
    to the bottom of its last, plus the box's own padding and borders."""
    children = list(getattr(box, "children", ()))
    if not children:
        return 0.0
    top = min(child.position_y for child in children)
    bottom = max(child.position_y + child.margin_height() for child in children)
    frame = box.margin_height() - box.height
    return float(bottom - top + frame)


def margin_room(pages: list[Any]) -> MarginRoom | None:
    """The extra room the running headers and footers of ``pages`` (WeasyPrint
    pages) need, or None when everything fits."""
    top = bottom = 0.0
    for page in pages:
        for box in page._page_box.children:
            keyword = getattr(box, "at_keyword", "") or ""
            if not keyword.startswith(("@top-", "@bottom-")):
                continue
            excess = _extent(box) - box.margin_height()
            if excess <= FIT_TOLERANCE_PX:
                continue
            if keyword.startswith("@top-"):
                top = max(top, excess + SPARE_PX)
            else:
                bottom = max(bottom, excess + SPARE_PX)
    return MarginRoom(top, bottom) if top or bottom else None
