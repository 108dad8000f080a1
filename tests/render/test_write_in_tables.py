"""A Markdown table with empty cells prints boxes big enough to write in
(the library's thought records, fear ladders and activity schedules)."""

from __future__ import annotations

from collections.abc import Iterator

import weasyprint
from weasyprint.formatting_structure.boxes import Box, TableRowBox

from handout_builder.core.markdown import render_markdown
from handout_builder.core.resources import base_templates_dir

PX_PER_MM = 96 / 25.4


def _boxes(box: Box) -> Iterator[Box]:
    yield box
    for child in getattr(box, "children", []):
        yield from _boxes(child)


def row_heights_mm(markdown: str) -> list[float]:
    """Printed height (mm) of each table row, header first, with the base styles."""
    css = (base_templates_dir() / "base.css").read_text(encoding="utf-8")
    html = f"<style>{css}</style>{render_markdown(markdown)}"
    page = weasyprint.HTML(string=html).render().pages[0]
    rows = [b for b in _boxes(page._page_box) if isinstance(b, TableRowBox)]
    return [row.height / PX_PER_MM for row in rows]


def test_empty_rows_are_tall_enough_for_handwriting_and_filled_rows_stay_compact():
    header, filled, blank = row_heights_mm(
        "| What happened | My thought |\n|---|---|\n| A text | Hi |\n| | |\n"
    )
    assert blank >= 9
    assert filled < 9 and header < 9
