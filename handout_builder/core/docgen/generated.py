"""Pages in docs/ that hold a generated region between two marker comments
(the tools in tools/ rewrite it; tests compare it with the code)."""

from __future__ import annotations


def replace_between(page: str, begin: str, end: str, text: str) -> str:
    """``page`` with the text between the ``begin`` and ``end`` markers replaced."""
    start = page.index(begin) + len(begin)
    stop = page.index(end)
    return page[:start] + "\n" + text + page[stop:]
