"""References that back a library entry. Only verified ones are ever printed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from handout_builder.core.fields import FieldReader

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
REFERENCE_FIELDS = ("authors", "year", "title", "source", "doi", "url", "verified")


@dataclass(frozen=True)
class Reference:
    """A published source. ``verified`` means someone checked it against the source."""

    authors: str
    year: int
    title: str
    source: str
    doi: str = ""
    url: str = ""
    verified: bool = False

    def citation(self) -> str:
        """The reference as one line, e.g. ``LeDoux JE, Pine DS (2016). Title. Journal.``"""
        text = f"{self.authors} ({self.year}). {self.title.rstrip('.')}. {self.source.rstrip('.')}."
        if self.doi:
            text += f" doi:{self.doi}"
        return text

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
        return data


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
    )


def _missing_year(r: FieldReader) -> int:
    if r.data.get("year") is None:
        r.error("year", "is required")
    return 0
