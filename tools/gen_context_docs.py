"""Rewrite docs/template-context.md from the template context's field docs."""

from pathlib import Path

from handout_builder.core.docgen.context import context_reference_markdown

TARGET = Path(__file__).resolve().parent.parent / "docs" / "template-context.md"

if __name__ == "__main__":
    TARGET.write_text(context_reference_markdown(), encoding="utf-8")
    print(f"wrote {TARGET}")
