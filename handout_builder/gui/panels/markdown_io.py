"""Rich text ⇄ Markdown for the section editor.

Markdown comes in through Qt's own parser (``QTextDocument.setMarkdown``) and
goes out through :func:`to_markdown`, a small writer of our own: Qt's writer
wraps lines at 80 columns and can split ``**bold**`` markers from their words,
and it turns write-in lines (``______``) into rules. Ours writes one line per
paragraph, keeps emphasis markers next to their words, keeps ``[[placeholders]]``
and write-in lines as typed, and escapes only what Markdown would misread.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

_DIALECT = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_BLANK_RUN = re.compile(r"_{3,}")
_PLACEHOLDER = re.compile(r"\[\[\s*[A-Za-z_]+\s*\]\]")
_NUMBERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Show ``markdown`` in ``document`` (write-in runs stay literal underscores).

    Headings are shown only a little larger than the text (Qt's defaults are
    poster-sized for a narrow editor)."""
    escaped = _BLANK_RUN.sub(lambda m: "\\_" * len(m.group(0)), markdown)
    document.setMarkdown(escaped, _DIALECT)
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            fmt = QTextCharFormat()
            fmt.setProperty(
                QTextFormat.Property.FontSizeAdjustment,
                1 if block.blockFormat().headingLevel() <= 2 else 0,
            )
            cursor.mergeCharFormat(fmt)
        block = block.next()


def to_markdown(document: QTextDocument) -> str:
    """The document as Markdown (see the module notes)."""
    lines: list[str] = []
    previous_list: object = None
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        line = _block_markdown(block)
        if line is None:  # an empty paragraph separates blocks
            previous_list = None
            block = block.next()
            continue
        same_list = (
            text_list is not None
            and previous_list is not None
            and _list_key(text_list) == previous_list
        )
        if lines and not same_list:
            lines.append("")
        lines.append(line)
        previous_list = _list_key(text_list) if text_list is not None else None
        block = block.next()
    return "\n".join(lines).strip("\n") + "\n" if lines else ""


def _list_key(text_list: object) -> object:
    # Nested lists are different QTextList objects; treat a run of list blocks
    # (any depth) as one tight list.
    return "list"


def _block_markdown(block: QTextBlock) -> str | None:
    fmt = block.blockFormat()
    if fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
        return "---"
    text_list = block.textList()
    inline = _inline_markdown(block, in_heading=fmt.headingLevel() > 0)
    if not inline.strip() and text_list is None:
        return None
    level = fmt.headingLevel()
    if level > 0:
        return "#" * min(level, 6) + " " + inline.strip()
    quote = int(fmt.property(QTextFormat.Property.BlockQuoteLevel) or 0)
    prefix = "> " * quote
    if text_list is not None:
        list_format = text_list.format()
        depth = max(1, list_format.indent())
        indent = "    " * (depth - 1)
        marker = f"{text_list.itemNumber(block) + 1}." if list_format.style() in _NUMBERED else "-"
        return f"{prefix}{indent}{marker} {inline.strip()}"
    return prefix + _escape_line_start(inline.strip())


def _inline_markdown(block: QTextBlock, *, in_heading: bool) -> str:
    pieces: list[tuple[str, tuple[bool, bool, bool, str]]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            style = _style(fmt, in_heading)
            text = fragment.text().replace("\u2028", "\n").replace("\u2029", "\n")
            if pieces and pieces[-1][1] == style:
                pieces[-1] = (pieces[-1][0] + text, style)
            else:
                pieces.append((text, style))
        iterator += 1
    out: list[str] = []
    for text, (bold, italic, strike, href) in pieces:
        escaped = _escape(text)
        core = escaped.strip()
        if not core:
            out.append(escaped.replace("\n", "\\\n"))
            continue
        lead = escaped[: len(escaped) - len(escaped.lstrip())]
        trail = escaped[len(escaped.rstrip()) :]
        if strike:
            core = f"~~{core}~~"
        if italic:
            core = f"*{core}*"
        if bold:
            core = f"**{core}**"
        if href:
            core = f"[{core}]({href})"
        out.append((lead + core + trail).replace("\n", "\\\n"))
    return "".join(out)


def _style(fmt: QTextCharFormat, in_heading: bool) -> tuple[bool, bool, bool, str]:
    href = fmt.anchorHref() if fmt.isAnchor() else ""
    if in_heading:
        return (False, False, False, href)
    bold = fmt.fontWeight() >= QFont.Weight.DemiBold
    return (bold, fmt.fontItalic(), fmt.fontStrikeOut(), href)


_ESCAPE = re.compile(r"([\\`*\[\]])")


def _escape(text: str) -> str:
    """Escape Markdown syntax characters, keeping placeholders and write-in runs."""
    out: list[str] = []
    position = 0
    for match in re.finditer(rf"{_PLACEHOLDER.pattern}|{_BLANK_RUN.pattern}", text):
        out.append(_escape_plain(text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(_escape_plain(text[position:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    text = _ESCAPE.sub(r"\\\1", text)
    return re.sub(r"(?<![\w\\])_|_(?!\w)", r"\\_", text)


def _escape_line_start(line: str) -> str:
    """Keep a paragraph from being read as a heading, list, quote or rule."""
    if re.match(r"^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s|={3,}|-{3,})", line):
        if re.match(r"^\d+[.)]\s", line):
            return re.sub(r"^(\d+)([.)])", r"\1\\\2", line)
        return "\\" + line
    return line
