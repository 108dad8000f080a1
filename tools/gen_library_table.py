"""Rewrite the library table in docs/library.md from the built-in entries."""

from pathlib import Path

from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.docgen.library import library_table_markdown, replace_table
from handout_builder.core.model.library import load_library

TARGET = Path(__file__).resolve().parent.parent / "docs" / "library.md"

if __name__ == "__main__":
    page = TARGET.read_text(encoding="utf-8")
    table = library_table_markdown(load_library(include_user=False))
    atomic_write_text(TARGET, replace_table(page, table))
    print(f"wrote {TARGET}")
