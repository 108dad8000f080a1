"""Rewrite the library table in docs/library.md from the built-in entries."""

from pathlib import Path

from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.docgen.library import (
    library_table_markdown,
    replace_spanish_table,
    replace_table,
    spanish_table_markdown,
)
from handout_builder.core.model.library import load_library

TARGET = Path(__file__).resolve().parent.parent / "docs" / "library.md"

if __name__ == "__main__":
    page = TARGET.read_text(encoding="utf-8")
    library = load_library(include_user=False)
    page = replace_table(page, library_table_markdown(library))
    atomic_write_text(TARGET, replace_spanish_table(page, spanish_table_markdown(library)))
    print(f"wrote {TARGET}")
