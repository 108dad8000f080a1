"""Markdown for client text, rendered safely.

Raw HTML is off (``<script>`` prints as text), images in the text are off (an
illustration comes from the entry's front matter, through the restricted
fetcher), and nothing in the text is ever treated as a template, so ``{{ 7*7 }}``
prints as written. Two small additions for handouts:

* a run of three or more underscores prints as a line to write on;
* ``[[crisis_line]]``, ``[[phone]]`` and the other brand fields in
  :data:`PLACEHOLDERS` are filled in from the brand profile (a write-in line
  when the profile leaves them empty);
* ``[[therapist]]`` names the person the client works with: the brand's
  clinician name, or "your therapist or counselor" ("su terapeuta" in Spanish,
  the usted form the Spanish library speaks in) when the profile has none
  (never a blank). ``[[Therapist]]`` starts a sentence with a capital letter.

In a fillable handout each blank, and each empty table cell, is also a PDF form
field (:mod:`handout_builder.core.fillable`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from handout_builder.core.fillable import (
    BLANK_OR_PLACEHOLDER,
    FormFields,
    input_html,
    label_blanks,
    textarea_html,
)
from handout_builder.core.languages import base_language

PLACEHOLDERS = (
    "practice_name",
    "clinician",
    "phone",
    "email",
    "website",
    "address",
    "crisis_line",
    "domestic_violence_line",
    "therapist",
)
# The person the client works with when the brand profile names no clinician,
# by handout language (the client never meets the word "clinician").
THERAPIST_FALLBACK = {"en": "your therapist or counselor", "es": "su terapeuta"}
_PLACEHOLDER = re.compile(r"\[\[\s*([A-Za-z_]+)\s*\]\]")
# A placeholder and the full stop (or ! ?) after it: a brand value that ends a
# sentence itself ("... call or text 988.") must not print "988..".
_PLACEHOLDER_STOP = re.compile(_PLACEHOLDER.pattern + r"([.!?]?)")
_BLANK = re.compile(r"_{3,}")
# The special part headings, in every language the library is written in
# (docs/library-format.md): English and Spanish (usted form).
_TRY_THIS = re.compile(r"^\s*(?:try\s+this|pruebe\s+esto)\b", re.IGNORECASE)
_KEY_POINTS = re.compile(r"^\s*(?:key\s+points?|puntos\s+clave)\b", re.IGNORECASE)

WRITE_IN = '<span class="write-in"></span>'
WRITE_IN_LINE = '<span class="write-in write-in-line-full"></span>'
# A paragraph or list item that is only a blank ("1. ______") would be a thematic
# break in CommonMark; escape it so it stays text and prints as a full line.
_BLANK_ONLY = re.compile(r"^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)_{3,}[ \t]*$", re.MULTILINE)


def _protect_blank_lines(text: str) -> str:
    return _BLANK_ONLY.sub(lambda m: m.group(1) + "\\_" * 6, text)


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")
    return md


@dataclass(frozen=True)
class MarkdownPart:
    """A ``##`` part of a section: its heading (empty for the text before the
    first heading), what kind it is, and its Markdown."""

    heading: str
    kind: str  # "intro" | "text" | "try_this" | "key_points"
    markdown: str
    line: int = 0  # 0-based line of the heading in the text (0 for the intro)


def split_parts(text: str) -> list[MarkdownPart]:
    """Split Markdown at its ``##`` headings (level-1 headings count too)."""
    return list(_split_cached(text))


@lru_cache(maxsize=512)
def _split_cached(text: str) -> tuple[MarkdownPart, ...]:
    lines = text.splitlines()
    tokens = _parser().parse(text)
    starts: list[tuple[int, int, str]] = []  # (heading line, line after it, heading text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h1", "h2") and token.map:
            inline = tokens[index + 1]
            starts.append((token.map[0], token.map[1], inline.content.strip()))
    parts: list[MarkdownPart] = []
    first = starts[0][0] if starts else len(lines)
    intro = "\n".join(lines[:first]).strip()
    if intro:
        parts.append(MarkdownPart("", "intro", intro))
    for position, (start, after, heading) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        body = "\n".join(lines[after:end]).strip()
        parts.append(MarkdownPart(heading, _kind_of(heading), body, start))
    return tuple(parts)


def heading_subject(heading: str) -> str:
    """A "Try this…" heading without its opening, first letter capitalised
    ("Try this: slow breathing" → "Slow breathing"); other headings as they are."""
    match = _TRY_THIS.match(heading)
    if not match:
        return heading
    rest = heading[match.end() :].lstrip(" :—–-").strip()
    return rest[:1].upper() + rest[1:] if rest else heading


def _kind_of(heading: str) -> str:
    if _TRY_THIS.match(heading):
        return "try_this"
    if _KEY_POINTS.match(heading):
        return "key_points"
    return "text"


def render_markdown(
    text: str,
    *,
    values: Mapping[str, str] | None = None,
    heading_shift: int = 0,
    fields: FormFields | None = None,
) -> str:
    """Markdown → HTML (safe: no raw HTML, no images, nothing templated).

    ``values`` fills the ``[[name]]`` placeholders; ``heading_shift`` demotes
    headings (``##`` becomes ``h3`` with a shift of 1); ``fields`` makes every
    write-in blank and empty table cell a PDF form field too
    (:mod:`handout_builder.core.fillable`). Results are cached: a preview
    re-renders only the sections that changed.
    """
    return _render_cached(text, tuple(sorted((values or {}).items())), heading_shift, fields)


@lru_cache(maxsize=1024)
def _render_cached(
    text: str,
    values: tuple[tuple[str, str], ...],
    heading_shift: int,
    fields: FormFields | None,
) -> str:
    md = _parser()
    tokens = md.parse(_protect_blank_lines(text))
    env: dict[str, Any] = {"values": dict(values), "shift": heading_shift}
    if fields is not None:
        known = dict(values)
        label_blanks(tokens, fields, lambda name: placeholder_text(name, known))
    return str(md.renderer.render(tokens, md.options, env))


def _render_text(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Mapping[str, Any]
) -> str:
    token = tokens[idx]
    values: Mapping[str, str] = env.get("values", {})
    fields = iter(token.meta.get("fields", ()))  # labelled when the handout is fillable
    whole_line = len(tokens) == 1 and _BLANK.fullmatch(token.content.strip()) is not None
    out: list[str] = []
    position = 0
    for match in BLANK_OR_PLACEHOLDER.finditer(token.content):
        out.append(html.escape(token.content[position : match.start()], quote=False))
        position = match.end()
        name, stop = match.group(1), match.group(2) or ""
        value = placeholder_text(name, values) if name is not None else ""
        if value is None:  # not a placeholder: as typed
            out.append(html.escape(match.group(0), quote=False))
        elif not value:  # a blank, or a brand field left empty
            out.append(_write_in(whole_line and name is None, next(fields, None)) + stop)
        else:  # a value that ends a sentence itself takes no second full stop
            out.append(html.escape(value, quote=False) + ("" if value[-1] in ".!?" else stop))
    if whole_line:  # the whole line is a blank: a full-width line to write on
        return "".join(out[1:2])
    out.append(html.escape(token.content[position:], quote=False))
    return "".join(out)


def _write_in(whole_line: bool, field: tuple[str, str] | None) -> str:
    """A blank to write on; with ``field`` (name, spoken name), also a form field."""
    if field is None:
        return WRITE_IN_LINE if whole_line else WRITE_IN
    css_class = "write-in write-in-line-full" if whole_line else "write-in"
    return input_html(*field, css_class)


def _render_cell(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Mapping[str, Any]
) -> str:
    """A table cell; an empty one in a fillable handout holds a form field."""
    cell = str(self.renderToken(tokens, idx, options, env))
    field = tokens[idx].meta.get("field")
    if field is None:
        return cell
    return f'{cell}<div class="write-in-cell">{textarea_html(*field)}</div>'


def therapist_fallback(language: str = "en") -> str:
    """The plain words ``[[therapist]]`` prints when the brand names no clinician,
    in ``language`` (a code such as ``es`` or ``es-MX``; English for a language
    without its own)."""
    return THERAPIST_FALLBACK.get(base_language(language), THERAPIST_FALLBACK["en"])


def placeholder_text(name: str, values: Mapping[str, str], language: str = "en") -> str | None:
    """What ``[[name]]`` prints with ``values``: the value ("" for a write-in
    line), or None when ``name`` is not a placeholder (it prints as typed).
    ``Therapist`` is ``therapist`` with a capital first letter; with no value it
    is :func:`therapist_fallback` in ``language``."""
    key = name.lower() if name == "Therapist" else name
    if key not in PLACEHOLDERS:
        return None
    value = values.get(key, "").strip()
    if key == "therapist" and not value:
        value = therapist_fallback(language)
    return value[:1].upper() + value[1:] if name == "Therapist" else value


def _render_heading(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Mapping[str, Any]
) -> str:
    token = tokens[idx]
    level = min(6, int(token.tag[1]) + int(env.get("shift", 0)))
    return f"<h{level}>" if token.type == "heading_open" else f"</h{level}>\n"


_parser().add_render_rule("text", _render_text)
_parser().add_render_rule("td_open", _render_cell)
_parser().add_render_rule("heading_open", _render_heading)
_parser().add_render_rule("heading_close", _render_heading)


def placeholders_in(text: str) -> set[str]:
    """Names of the brand placeholders (``[[crisis_line]]`` …) ``text`` uses."""
    return {m.group(1) for m in _PLACEHOLDER.finditer(text) if m.group(1) in PLACEHOLDERS}


def client_text_blocks(text: str, language: str = "en") -> list[str]:
    """The words of each paragraph, list item and table cell (headings left out),
    without markup, placeholders or write-in blanks, of ``text`` written in
    ``language`` (``[[therapist]]`` is scored as its words in that language)."""
    return [block for part in part_texts(text, language) for block in part.blocks]


@dataclass(frozen=True)
class MarkdownFeatures:
    """What a piece of Markdown uses, for the health-literacy checks."""

    bullet_lists: int = 0
    ordered_lists: int = 0
    longest_ordered_list: int = 0  # items in the longest numbered list
    bold: int = 0
    tables: int = 0
    blanks: int = 0  # write-in blanks ("______")


def markdown_features(text: str) -> MarkdownFeatures:
    """What the whole of ``text`` uses (lists, bold, tables, write-in blanks)."""
    return combine_features(part.features for part in part_texts(text))


def combine_features(features: Iterable[MarkdownFeatures]) -> MarkdownFeatures:
    items = list(features)
    return MarkdownFeatures(
        bullet_lists=sum(f.bullet_lists for f in items),
        ordered_lists=sum(f.ordered_lists for f in items),
        longest_ordered_list=max((f.longest_ordered_list for f in items), default=0),
        bold=sum(f.bold for f in items),
        tables=sum(f.tables for f in items),
        blanks=sum(f.blanks for f in items),
    )


@dataclass(frozen=True)
class PartText:
    """A ``##`` part as the checks see it: heading, kind, the client text of each
    paragraph/list item/table cell, and what it uses. From one parse."""

    heading: str
    kind: str
    blocks: tuple[str, ...]
    features: MarkdownFeatures


def _inline_words(token: Token, language: str) -> str:
    words = "".join(
        child.content if child.type in ("text", "code_inline") else " "
        for child in token.children or []
        if child.type in ("text", "code_inline", "softbreak", "hardbreak")
    )
    words = _PLACEHOLDER.sub(lambda match: _scored_placeholder(match, language), words)
    return re.sub(r"\s+", " ", _BLANK.sub(" ", words)).strip()


def _scored_placeholder(match: re.Match[str], language: str) -> str:
    """Placeholders leave the scored text, except ``[[therapist]]``: a reader
    meets "your therapist or counselor" ("su terapeuta") there, so it is scored
    as that."""
    name = match.group(1)
    if name in ("therapist", "Therapist"):
        return f" {placeholder_text(name, {}, language)} "
    return " "


def part_texts(text: str, language: str = "en") -> list[PartText]:
    """:func:`split_parts`, :func:`client_text_blocks` and :func:`markdown_features`
    for each part, in one pass over ``text`` written in ``language`` (the editor
    checks on every edit)."""
    tokens = _parser().parse(_protect_blank_lines(text))
    parts: list[PartText] = []
    heading, kind = "", "intro"
    blocks: list[str] = []
    counts = {"bullet_list_open": 0, "ordered_list_open": 0, "table_open": 0}
    lists: list[list[int]] = []
    longest = bold = blanks = 0
    in_heading = False

    def close() -> None:
        if heading or blocks or kind != "intro":
            features = MarkdownFeatures(
                bullet_lists=counts["bullet_list_open"],
                ordered_lists=counts["ordered_list_open"],
                longest_ordered_list=longest,
                bold=bold,
                tables=counts["table_open"],
                blanks=blanks,
            )
            parts.append(PartText(heading, kind, tuple(blocks), features))

    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h1", "h2"):
            close()
            heading = tokens[index + 1].content.strip()
            kind = _kind_of(heading)
            blocks = []
            counts = dict.fromkeys(counts, 0)
            longest = bold = blanks = 0
        if token.type in counts:
            counts[token.type] += 1
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type in ("ordered_list_open", "bullet_list_open"):
            lists.append([token.level, 0, int(token.type == "ordered_list_open")])
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            _level, items, ordered = lists.pop()
            if ordered:
                longest = max(longest, items)
        elif token.type == "list_item_open" and lists and token.level == lists[-1][0] + 1:
            lists[-1][1] += 1
        elif token.type == "inline" and not in_heading:
            children = token.children or []
            bold += sum(1 for child in children if child.type == "strong_open")
            blanks += sum(
                len(_BLANK.findall(child.content)) for child in children if child.type == "text"
            )
            if words := _inline_words(token, language):
                blocks.append(words)
    close()
    return parts


def client_text_blocks_with_lines(text: str, language: str = "en") -> list[tuple[int, str]]:
    """Like :func:`client_text_blocks`, each block with the 0-based line of
    ``text`` on which it starts."""
    blocks: list[tuple[int, str]] = []
    in_heading = False
    for token in _parser().parse(_protect_blank_lines(text)):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline" and not in_heading:
            words = _inline_words(token, language)
            if words:
                blocks.append((token.map[0] if token.map else 0, words))
    return blocks


def list_kinds(text: str) -> set[str]:
    """Which kinds of list the Markdown holds: ``"numbered"`` and/or ``"bullet"``."""
    features = markdown_features(text)
    kinds = set()
    if features.ordered_lists:
        kinds.add("numbered")
    if features.bullet_lists:
        kinds.add("bullet")
    return kinds
