"""Prepared HTML for tests that render a page of their own through write_pdf."""

from __future__ import annotations

from pathlib import Path

from handout_builder.core.layout.templating import PreparedHtml


def prepared_html(html: str, folder: Path, roots: list[Path] | None = None) -> PreparedHtml:
    """``html`` as a render gets it: relative URLs resolved in ``folder``, files
    loaded only from ``roots`` (default: ``folder`` alone)."""
    return PreparedHtml(
        html=html,
        base_url=folder.as_uri() + "/",
        allowed_roots=[folder] if roots is None else roots,
        title="t",
        author="",
        language="en",
    )
