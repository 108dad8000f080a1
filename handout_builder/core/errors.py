"""Problems and errors that carry a one-line, human message.

A :class:`Problem` names where something is wrong (file, line, field) and what.
Loading code collects every problem it finds; :class:`ValidationError` carries
them all, and its message is the first one (plus how many more there are), so a
command line can print one line and a GUI can list them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth knowing) about a file or a render.

    ``check`` names the check that found it when that matters to the caller
    (``"fit"``: content that does not fit where it prints, found after layout).
    """

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    severity: Severity = "error"
    check: str = ""

    def location(self) -> str:
        """``file:line`` (or just ``file``), empty when there is no file."""
        if not self.file:
            return ""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        parts = []
        if loc := self.location():
            parts.append(loc)
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


class HandoutBuilderError(Exception):
    """An error whose ``str()`` is a one-line message for the user."""


class ValidationError(HandoutBuilderError):
    """A file (or value) failed validation; holds every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"] or list(problems)
        first = str(self.problems[0]) if self.problems else "invalid input"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(first + suffix)


class NotFoundError(HandoutBuilderError):
    """A named thing (topic, brand, layout, file) does not exist."""
