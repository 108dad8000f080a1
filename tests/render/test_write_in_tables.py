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


def table_rows(markdown: str, page_css: str = "") -> list[tuple[int, TableRowBox]]:
    """Each printed table row (header first) with its page index, laid out
    with the base styles and ``page_css``."""
    css = (base_templates_dir() / "base.css").read_text(encoding="utf-8")
    html = f"<style>{page_css}{css}</style>{render_markdown(markdown)}"
    pages = weasyprint.HTML(string=html).render().pages
    return [
        (number, box)
        for number, page in enumerate(pages)
        for box in _boxes(page._page_box)
        if isinstance(box, TableRowBox)
    ]


def row_heights_mm(markdown: str) -> list[float]:
    """Printed height (mm) of each table row, header first."""
    return [row.height / PX_PER_MM for _, row in table_rows(markdown)]


def test_empty_rows_are_tall_enough_for_handwriting_and_filled_rows_stay_compact():
    header, filled, blank = row_heights_mm(
        "| What happened | My thought |\n|---|---|\n| A text | Hi |\n| | |\n"
    )
    assert blank >= 9
    assert filled < 9 and header < 9


def test_a_write_in_table_that_fits_on_a_page_is_not_split_across_pages():
    table = "| Day | What I did |\n|---|---|\n" + "| | |\n" * 4
    small_page = "@page { size: 120mm 90mm; margin: 10mm }"
    for lines_before in range(12):
        rows = table_rows("Some text.\n\n" * lines_before + table, small_page)
        pages = [number for number, _ in rows]
        assert len(pages) == 5 and len(set(pages)) == 1, (lines_before, pages)
