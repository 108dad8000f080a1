"""docs/layouts.md lists the built-in layouts and their options from the manifests."""

from __future__ import annotations

from handout_builder.core.docgen.layouts import BEGIN, END, builtin_layouts_markdown, replace_region
from handout_builder.core.layout.layouts import builtin_layouts
from tests.conftest import REPO


def test_layouts_page_matches_the_manifests():
    page = (REPO / "docs" / "layouts.md").read_text(encoding="utf-8")
    layouts = builtin_layouts()
    assert page == replace_region(page, builtin_layouts_markdown(layouts)), (
        "run: python tools/gen_layout_docs.py"
    )
    for layout in layouts:
        assert f"| `{layout.name}` |" in page
        for option in layout.options:
            assert f"| `{option.name}` |" in page
    for picture in (
        "layout-classic.png",
        "layout-large-print.png",
        "layout-trifold-side1.png",
        "layout-trifold-side2.png",
        "layout-worksheet.png",
        "layout-coping-cards.png",
    ):
        assert f"({picture})" in page and (REPO / "docs" / picture).is_file()


def test_replace_region_keeps_the_text_around_the_markers():
    page = f"intro\n{BEGIN}\nold\n{END}\noutro\n"
    assert replace_region(page, "new\n") == f"intro\n{BEGIN}\nnew\n{END}\noutro\n"
