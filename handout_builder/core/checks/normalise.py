"""Text as the checks read it: invisible characters out, odd spaces plain.

Text pasted from word processors and web pages carries characters a reader
never sees: soft hyphens (U+00AD, "amyg­da­la"), zero-width spaces and joiners,
word joiners, byte-order marks, direction marks; and spaces that are not plain
spaces (no-break, thin, figure, ideographic). Left in, they hide a word from
the jargon list, split or join words for the word count, and end sentences in
the wrong place. Every check reads text through :func:`normalise` first; the
editor's marks use :func:`normalise_with_offsets` to map what they find back
onto the text as typed. Line breaks are kept, so line numbers do not move.
"""

from __future__ import annotations

import re

_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # direction embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # direction isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)
_SPACES = (
    "\u00a0"  # no-break space
    "\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029"  # line and paragraph separators (within a paragraph)
    "\u202f\u205f\u3000"
)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_TABLE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, _INVISIBLE)),
    **{ord(c): " " for c in _SPACES},
    **{ord(c): text for c, text in _LIGATURES.items()},
}
_ODD = re.compile("[" + _INVISIBLE + _SPACES + "".join(_LIGATURES) + "]")


def normalise(text: str) -> str:
    """``text`` with invisible characters removed, special spaces made plain
    spaces and ligatures (ﬁ) spelled out."""
    if not _ODD.search(text):
        return text
    return text.translate(_TABLE)


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`normalise`, plus for each character of the result (and one past
    its end) the offset in ``text`` it came from: the result's ``[a:b]`` is
    ``text[index[a]:index[b]]`` as typed."""
    if not _ODD.search(text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        replacement = _TABLE.get(ord(char), char)
        for piece in replacement or "":
            out.append(piece)
            index.append(position)
    index.append(len(text))
    return "".join(out), index
