"""No layout puts a file inside the PDF.

A shared layout could otherwise slip a file (``worksheet.pdf.exe``) into every
client's handout. WeasyPrint 70 embeds files three ways (read in its source):

- ``<link rel="attachment" href=…>`` in the document: ``html.get_html_metadata``
  puts it in ``Document.metadata.attachments``, written as ``/EmbeddedFiles``;
- ``<a rel="attachment" href=…>``: ``anchors.gather_links`` makes it an
  ``attachment`` link, written by ``pdf.anchors.add_annotations`` as a
  ``/FileAttachment`` annotation with an embedded file;
- the ``attachments=`` option of ``write_pdf``, which we never pass.

``<embed>`` and ``<object>`` load what they point to as a picture
(``html.handle_embed``, ``handle_object``); layouts use ``<img>`` for pictures
and these are left out too, so there is one way in to watch.

:func:`strip_embedding` takes all of these out of the parsed HTML before
layout and says what it took; :func:`drop_embedded_files` then empties what
WeasyPrint would embed, should anything have come another way.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from handout_builder.core.errors import Problem

ATTACHMENT = "attachment"
EMBEDDING_TAGS = {"embed": "src", "object": "data"}
# Where a template writes each kind, to put a problem on its file and line.
SOURCE_PATTERNS = {
    ATTACHMENT: re.compile(r"""\brel\s*=\s*["']?[^"'>]*\battachment\b""", re.IGNORECASE),
    "embed": re.compile(r"<\s*embed\b", re.IGNORECASE),
    "object": re.compile(r"<\s*object\b", re.IGNORECASE),
}
_SHOWN_ATTRIBUTES = ("rel", "href", "download", "title", "src", "data", "type")


def strip_embedding(root: ET.Element) -> list[tuple[str, str]]:
    """Take every file attachment, ``<embed>`` and ``<object>`` out of ``root``
    (WeasyPrint's parsed HTML), in place.

    Returns ``(kind, description)`` for each, in document order; ``kind`` is
    ``"attachment"``, ``"embed"`` or ``"object"``. An attachment link keeps
    its text but loses its target; an ``<object>`` shows its fallback content.
    """
    removed: list[tuple[str, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        tag = element.tag.rsplit("}", 1)[-1].lower()
        rel = element.get("rel", "").split()
        if any(token.lower() == ATTACHMENT for token in rel):
            removed.append((ATTACHMENT, describe(element, tag)))
            element.set("rel", " ".join(t for t in rel if t.lower() != ATTACHMENT))
            element.attrib.pop("href", None)
        if tag in EMBEDDING_TAGS:
            removed.append((tag, describe(element, tag)))
            element.attrib.pop(EMBEDDING_TAGS[tag], None)
    return removed


def describe(element: ET.Element, tag: str) -> str:
    """``<a rel="attachment" href="data:…" download="x.pdf.exe">``, shortened."""
    parts = [tag]
    for name in _SHOWN_ATTRIBUTES:
        value = element.get(name)
        if value is None:
            continue
        if value.lower().startswith("data:"):
            value = value[: value.find(",") + 1 if "," in value else 5][:40] + "…"
        elif len(value) > 60:
            value = value[:57] + "…"
        parts.append(f'{name}="{value}"')
    return "<" + " ".join(parts) + ">"


def drop_embedded_files(document: Any) -> int:
    """Empty what a laid-out WeasyPrint ``Document`` would embed as files;
    returns how many were found (0 once :func:`strip_embedding` has run)."""
    found = len(document.metadata.attachments)
    document.metadata.attachments = []
    for page in document.pages:
        kept = [link for link in page.links if link[0] != ATTACHMENT]
        found += len(page.links) - len(kept)
        page.links = kept
    return found


def embedding_problems(
    removed: list[tuple[str, str]], source_files: tuple[Path, ...], dropped: int = 0
) -> list[Problem]:
    """One warning per thing left out, on the template file and line that wrote
    it when ``source_files`` (a checked layout's files) show it."""
    places = {kind: _places(pattern, source_files) for kind, pattern in SOURCE_PATTERNS.items()}
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for kind, description in removed:
        index = seen[kind] = seen.get(kind, -1) + 1
        found = places[kind]  # in document order; one built by an expression is not found
        file, line = found[index] if index < len(found) else (None, None)
        if kind == ATTACHMENT:
            message = f"a layout may not attach files to the PDF; left out: {description}"
        else:
            message = (
                f"<{kind}> is not allowed in a layout (use <img> for pictures); "
                f"left out: {description}"
            )
        problems.append(Problem(message, file, line, severity="warning"))
    if dropped:
        problems.append(
            Problem(f"{dropped} embedded file(s) were left out of the PDF", severity="warning")
        )
    return list(dict.fromkeys(problems))


def _places(pattern: re.Pattern[str], files: tuple[Path, ...]) -> list[tuple[str, int]]:
    found = []
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        found += [(str(path), n) for n, text in enumerate(lines, 1) if pattern.search(text)]
    return found
