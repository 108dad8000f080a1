"""Problems and errors that carry a one-line, human message.

A :class:`Problem` names where something is wrong (file, line, field) and what.
Loading code collects every problem it finds; :class:`ValidationError` carries
them all, and its message is the first one (plus how many more there are), so a
command line can print one line and a GUI can list them all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning", "info"]


SEVERITY_LABELS: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth knowing) about a file or a render.

    One problem is shown two ways, both from here: :meth:`describe` is the one
    line for the command line (``file:line: field 'x': message``);
    :meth:`headline` and :meth:`detail` are for the desktop app: the problem in
    a clinician's words, with the file, line and field underneath. ``plain``
    gives the headline when the message is for template authors. ``check``
    names the check that found it when that matters to the caller (``"fit"``:
    content that does not fit where it prints, found after layout).
    """

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    severity: Severity = "error"
    plain: str = ""
    check: str = ""

    def location(self) -> str:
        """``file:line`` (or just ``file``), empty when there is no file; the file
        relative to the working folder when it is inside it."""
        if not self.file:
            return ""
        file = display_path(self.file)
        return f"{file}:{self.line}" if self.line else file

    def describe(self, *, label: bool = False) -> str:
        """``file:line: [severity:] field 'x': message``, one line."""
        parts = []
        if loc := self.location():
            parts.append(loc)
        if label:
            parts.append(SEVERITY_LABELS[self.severity])
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.describe()

    def headline(self) -> str:
        """The problem in a clinician's words (``plain``, else the field's name in
        words and the message): "Accent colour: is not a colour …"."""
        if self.plain:
            return self.plain
        if self.field:
            return f"{field_words(self.field)}: {self.message}"
        return self.message[:1].upper() + self.message[1:]

    def detail(self) -> str:
        """Where the problem is: "file, line 3, field 'accent_color'" (and the
        message for authors when the ``plain`` headline does not hold it)."""
        where = []
        if self.file:
            where.append(display_path(self.file) + (f", line {self.line}" if self.line else ""))
        if self.field and (self.plain or not where):
            where.append(f"field '{self.field}'")
        elif self.field:
            where[-1] += f", field '{self.field}'"
        text = ", ".join(where)
        if self.plain and self.message not in self.plain:
            return f"{text}: {self.message}" if text else self.message
        return text

    def explained(self, plain: str) -> Problem:
        """This problem with ``plain`` as its headline."""
        return replace(self, plain=plain)


_POSITION = re.compile(r"^([a-z_]+?)s?\[(\d+)\]$")


def field_words(field: str) -> str:
    """A field name in words: ``accent_color`` → "Accent colour",
    ``sections[2].title`` → "Section 2 title"."""
    words = []
    for part in field.split("."):
        if match := _POSITION.match(part):
            part = f"{match.group(1)} {match.group(2)}"
        words.append(part.replace("_", " ").replace("color", "colour"))
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def display_path(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


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
