"""Rewrite the built-in layouts section of docs/layouts.md from their manifests."""

from pathlib import Path

from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.docgen.layouts import builtin_layouts_markdown, replace_region
from handout_builder.core.layout.layouts import builtin_layouts

TARGET = Path(__file__).resolve().parent.parent / "docs" / "layouts.md"

if __name__ == "__main__":
    page = TARGET.read_text(encoding="utf-8")
    atomic_write_text(TARGET, replace_region(page, builtin_layouts_markdown(builtin_layouts())))
    print(f"wrote {TARGET}")
