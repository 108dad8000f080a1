"""References that back a library entry.

Only verified references are ever printed, and of those only the ones that
support what the client reads (``supports: client``, the default); a reference
that backs only the clinician note (``supports: note``) stays with the note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from handout_builder.core.fields import FieldReader
from handout_builder.core.messages import msg

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
REFERENCE_FIELDS = ("authors", "year", "title", "source", "doi", "url", "verified", "supports")
# What a reference backs: the client text (it prints on the handout) or only the
# clinician note (it is shown with the note, where notes are shown).
SUPPORTS = ("client", "note")


@dataclass(frozen=True)
class Reference:
    """A published source. ``verified`` means someone checked it against the source;
    ``supports`` is ``"client"`` (backs the client text, prints on the handout) or
    ``"note"`` (backs only the clinician note)."""

    authors: str
    year: int
    title: str
    source: str
    doi: str = ""
    url: str = ""
    verified: bool = False
    supports: str = "client"

    @property
    def prints(self) -> bool:
        """Whether it prints on the handout: verified, and backing the client text."""
        return self.verified and self.supports == "client"

    def citation(self) -> str:
        """The reference as one line, e.g. ``LeDoux JE, Pine DS (2016). Title. Journal.``"""
        text = f"{self.authors} ({self.year}). {self.title.rstrip('.')}. {self.source.rstrip('.')}."
        if self.doi:
            text += f" doi:{self.doi}"
        return text

    def short(self) -> str:
        """Surnames and year for tight spaces, as in-text citations go:
        ``LeDoux & Pine (2016)``; three or more authors ``Kral et al. (2022)``."""
        names = [_surname(n) for n in self.authors.split(",")]
        names = [n for n in names if n and n.rstrip(".").lower() != "et al"]
        if len(names) > 2 or "et al" in self.authors:
            authors = f"{names[0]} et al."
        else:
            authors = " & ".join(names)
        return f"{authors or self.authors} ({self.year})"

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "authors": self.authors,
            "year": self.year,
            "title": self.title,
            "source": self.source,
        }
        if self.doi:
            data["doi"] = self.doi
        if self.url:
            data["url"] = self.url
        data["verified"] = self.verified
        if self.supports != "client":
            data["supports"] = self.supports
        return data


def _surname(name: str) -> str:
    """``LeDoux JE`` -> ``LeDoux``; a name without initials stays whole."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z]{1,4}\.?", words[-1]):
        words = words[:-1]
    return " ".join(words)


def read_references(
    reader: FieldReader, key: str = "references", item_lines: Sequence[int] = ()
) -> tuple[Reference, ...]:
    """Read a list of references from ``reader``'s ``key``, recording problems
    (at the line of each item when ``item_lines`` gives them)."""
    out: list[Reference] = []
    for index, item in reader.mapping_list(key):
        line = item_lines[index] if index < len(item_lines) else None
        out.append(read_reference(reader.nested(f"{key}[{index + 1}]", item, line)))
    return tuple(out)


def read_reference(r: FieldReader) -> Reference:
    r.reject_unknown(REFERENCE_FIELDS)
    return Reference(
        authors=r.text("authors", required=True, one_line=True, max_length=500),
        year=r.integer("year", 0, minimum=1800, maximum=2100) or _missing_year(r),
        title=r.text("title", required=True, one_line=True, max_length=500),
        source=r.text("source", required=True, one_line=True, max_length=500),
        doi=r.text("doi", one_line=True, pattern=DOI, pattern_help="a DOI looks like 10.1234/abc"),
        url=r.text("url", one_line=True, max_length=500),
        verified=r.boolean("verified", False),
        supports=_supports(r),
    )


def _supports(r: FieldReader) -> str:
    value = r.text("supports", one_line=True, default="client")
    if value not in SUPPORTS:
        r.error(
            "supports",
            f"'{value}' is not one of: client (backs the client text; prints), "
            "note (backs only the clinician note)",
        )
        return "client"
    return value


def _missing_year(r: FieldReader) -> int:
    if r.data.get("year") is None:
        r.error("year", msg("is required"))
    return 0
