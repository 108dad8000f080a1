"""The language of each part of a tagged PDF: ``/Lang`` on structure elements.

WeasyPrint 70 writes the document's language (``/Lang`` in the catalog, from
``<html lang>``) but not the language of an element whose ``lang`` differs —
a bilingual handout, or a Hebrew section in an English one. PDF/UA-1 (ISO
14289-1, 7.2) asks for the natural language of every part a screen reader
speaks, so :func:`install` wraps WeasyPrint's structure-tree builder
(``weasyprint.pdf.tags._build_box_tree``): every structure element made for
an HTML element with a ``lang`` attribute gets that ``/Lang``. If a later
WeasyPrint renames the builder, nothing is wrapped and the PDF keeps only the
document's language (a test notices).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_WRAPPED = "_handout_builder_lang"


def install() -> bool:
    """Wrap WeasyPrint's structure-tree builder once; whether it is wrapped."""
    try:
        import pydyf
        from weasyprint.pdf import tags
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    original = getattr(tags, "_build_box_tree", None)
    if original is None:
        return False
    if getattr(original, _WRAPPED, False):
        return True

    def build(box: Any, *args: Any) -> Iterator[Any]:
        element = getattr(getattr(box, "_box", box), "element", None)
        lang = element.get("lang") if element is not None and hasattr(element, "get") else None
        for structure in original(box, *args):
            if lang and "Lang" not in structure:
                structure["Lang"] = pydyf.String(lang)
            yield structure

    setattr(build, _WRAPPED, True)
    tags._build_box_tree = build
    return True
