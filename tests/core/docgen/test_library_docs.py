"""docs/library.md carries a table generated from the built-in library."""

from __future__ import annotations

from handout_builder.core.docgen.library import BEGIN, END, library_table_markdown, replace_table
from tests.conftest import REPO


def test_library_page_table_matches_the_library(builtin_library):
    page = (REPO / "docs" / "library.md").read_text(encoding="utf-8")
    expected = replace_table(page, library_table_markdown(builtin_library))
    assert page == expected, "run: python tools/gen_library_table.py"
    for entry in builtin_library:
        assert f"| `{entry.id}` |" in page


def test_replace_table_keeps_the_text_around_the_markers():
    page = f"intro\n{BEGIN}\nold table\n{END}\noutro\n"
    assert replace_table(page, "new\n") == f"intro\n{BEGIN}\nnew\n{END}\noutro\n"


def test_library_page_lists_the_spanish_entries_with_their_scores(builtin_library, home):
    from handout_builder.core.docgen.library import replace_spanish_table, spanish_table_markdown
    from handout_builder.core.model.library import load_library
    from tests.core.model.test_library_languages import install_spanish_entries

    page = (REPO / "docs" / "library.md").read_text(encoding="utf-8")
    expected = replace_spanish_table(page, spanish_table_markdown(builtin_library))
    assert page == expected, "run: python tools/gen_library_table.py"
    install_spanish_entries(home)
    table = spanish_table_markdown(load_library())
    assert "| `anxiety-alarm` | Por qué aparece la ansiedad" in table
    assert "(bastante fácil)" in table and "| not yet |" in table
    assert f"{len(load_library(language='es'))} Spanish entries; INFLESZ" in table
