"""Fillable handouts: write-in blanks that are also PDF form fields.

With the handout option ``fillable`` on, every place a client writes — a
``______`` blank in the text, an empty table cell, the lines under a question,
the "My plan" box — prints exactly as on paper and also carries a PDF text field
over it (WeasyPrint makes an ``<input>`` or ``<textarea>`` with ``appearance:
auto`` a field, tagged ``/Form`` in the structure tree). Each field has

- a unique name (PDF ``/T``, from the HTML ``name``): ``s2-3`` is the third
  blank of section 2; templates name theirs the same way (``s2-q1``, ``plan-1``);
- a spoken name (PDF ``/TU``, from the HTML ``title``), which is what a screen
  reader says when the field gets focus: where it is and what goes in it, e.g.
  "Step 4: People I can ask for help, 1, Phone".

This module labels the blanks of a Markdown text (:func:`label_blanks`, used by
:mod:`handout_builder.core.markdown`) and writes a field's HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

# "[[name]]" placeholders (with the full stop after one) and "___" blanks, in order.
BLANK_OR_PLACEHOLDER = re.compile(r"\[\[\s*([A-Za-z_]+)\s*\]\]([.!?]?)|_{3,}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
PlaceholderText = Callable[[str], str | None]  # a placeholder's value; None: not one
MAX_LABEL = 160  # characters of a spoken name; the rest is left out with "…"


@dataclass(frozen=True)
class FormFields:
    """Blanks in one piece of text become form fields: ``prefix`` keeps their
    names unique in the handout (``s2``: section 2), ``context`` starts their
    spoken names when the text has no heading of its own (the section title)."""

    prefix: str
    context: str


def clip(text: str) -> str:
    """A spoken name of at most :data:`MAX_LABEL` characters, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def input_html(name: str, label: str, css_class: str) -> str:
    """A one-line text field (an inline blank)."""
    return (
        f'<input type="text" class="field {css_class}" name="{html.escape(name)}" '
        f'title="{html.escape(clip(label))}">'
    )


def textarea_html(name: str, label: str, css_class: str = "field") -> str:
    """A multi-line text field (lines to write on, a table cell)."""
    return (
        f'<textarea class="{css_class}" name="{html.escape(name)}" '
        f'title="{html.escape(clip(label))}"></textarea>'
    )


class _Labeller:
    """Walks a parsed text once, naming each blank (``token.meta["fields"]``
    on the text token, in order) and each empty table cell
    (``token.meta["field"]`` on its ``td_open``)."""

    def __init__(self, fields: FormFields, text_of: PlaceholderText) -> None:
        self.fields = fields
        self.text_of = text_of
        self.count = 0
        self.heading = ""
        self.items: list[int] = []  # the item number in each open list (0: bullets)
        self.lines_here = 0  # full-line blanks under the current heading

    def name(self) -> str:
        self.count += 1
        return f"{self.fields.prefix}-{self.count}"

    def where(self, *more: str) -> str:
        place = [self.heading or self.fields.context]
        place += [str(n) for n in self.items if n]
        return ", ".join(x for x in (*place, *more) if x)

    def run(self, tokens: Sequence[Token]) -> None:
        table: _Table | None = None
        for index, token in enumerate(tokens):
            kind = token.type
            if kind == "heading_open":
                self.heading = tokens[index + 1].content.strip()
                self.lines_here = 0
            elif kind in ("ordered_list_open", "bullet_list_open"):
                self.items.append(0)
            elif kind in ("ordered_list_close", "bullet_list_close"):
                self.items.pop()
            elif kind == "list_item_open" and token.info:  # ordered: its number
                self.items[-1] = int(token.info) if token.info.isdigit() else self.items[-1] + 1
            elif kind == "table_open":
                table = _Table()
            elif kind == "tr_open" and table is not None:
                table.row += 1
                table.column = 0
            elif kind in ("th_open", "td_open") and table is not None:
                cell = tokens[index + 1].content.strip()
                table.add(kind, cell)
                if kind == "td_open" and not cell:
                    token.meta["field"] = (self.name(), self.where(*table.label()))
            elif kind == "inline" and tokens[index - 1].type != "heading_open":
                self.label_inline(token)

    def label_inline(self, inline: Token) -> None:
        children = inline.children or []
        whole_line = len(children) == 1 and re.fullmatch(r"_{3,}", children[0].content.strip())
        before = ""  # the words since the last blank: what this blank asks for
        for child in children:
            if child.type != "text":
                if child.type in ("softbreak", "hardbreak"):
                    before = ""
                continue
            labels: list[tuple[str, str]] = []
            position = 0
            for match in BLANK_OR_PLACEHOLDER.finditer(child.content):
                before += child.content[position : match.start()]
                position = match.end()
                placeholder = match.group(1)
                value = self.text_of(placeholder) if placeholder is not None else ""
                if value is None or value:  # not a placeholder, or filled in
                    before += match.group(0) if value is None else value
                    continue
                asked = SENTENCE_END.split(before)[-1].strip(" \t:–—-")  # this sentence's
                if whole_line and not any(self.items):  # numbered items say which
                    self.lines_here += 1
                    asked = f"line {self.lines_here}"
                elif placeholder is not None:  # the brand's field: "Crisis line"
                    asked = placeholder.replace("_", " ").capitalize()
                labels.append((self.name(), self.where(asked)))
                before = ""
            before += child.content[position:]
            if labels:
                child.meta["fields"] = labels


class _Table:
    """Where we are in a table: the column headers, and the row's first cell."""

    def __init__(self) -> None:
        self.headers: list[str] = []
        self.row = 0
        self.column = 0
        self.row_label = ""

    def add(self, kind: str, text: str) -> None:
        if kind == "th_open":
            self.headers.append(text)
        elif self.column == 0:
            self.row_label = text or f"row {self.row - 1}"
        self.column += 1

    def label(self) -> tuple[str, ...]:
        column = self.column - 1
        header = self.headers[column] if column < len(self.headers) else f"column {column + 1}"
        return (self.row_label, header) if column else (f"row {self.row - 1}", header)


def label_blanks(tokens: Sequence[Token], fields: FormFields, text_of: PlaceholderText) -> None:
    """Name every write-in blank and empty table cell of a parsed Markdown
    text as a form field (see :class:`_Labeller`); ``text_of`` gives what a
    placeholder prints ("" for a blank, ``None`` for no placeholder)."""
    _Labeller(fields, text_of).run(tokens)
