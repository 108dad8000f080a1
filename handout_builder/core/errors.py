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

from handout_builder.core.messages import Translate, english, joined, msg, translated

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

    def describe(self, *, label: bool = False, translate: Translate = english) -> str:
        """``file:line: [severity:] field 'x': message``, one line (its words in
        the language of ``translate``; the severity label is the command line's)."""
        parts = []
        if loc := self.location():
            parts.append(loc)
        if label:
            parts.append(SEVERITY_LABELS[self.severity])
        if self.field:
            parts.append(msg("field '%1'", self.field).translated(translate))
        parts.append(translated(self.message, translate))
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.describe()

    def headline(self, translate: Translate = english) -> str:
        """The problem in a clinician's words (``plain``, else the field's name in
        words and the message): "Accent colour: is not a colour …"; in the
        language of ``translate`` (see :mod:`handout_builder.core.messages`)."""
        if self.plain:
            return translated(self.plain, translate)
        if self.field:
            return msg("%1: %2", field_words(self.field), self.message).translated(translate)
        text = translated(self.message, translate)
        return text[:1].upper() + text[1:]

    def detail(self, translate: Translate = english) -> str:
        """Where the problem is: "file, line 3, field 'accent_color'" (and the
        message for authors when the ``plain`` headline does not hold it); in the
        language of ``translate``."""
        where: list[object] = []
        if self.file:
            file = display_path(self.file)
            where.append(msg("%1, line %2", file, self.line) if self.line else file)
        if self.field:
            where.append(msg("field '%1'", self.field))
        text = joined(", ", where).translated(translate)
        if self.plain and self.message not in self.plain:
            message = translated(self.message, translate)
            return f"{text}: {message}" if text else message
        return text

    def explained(self, plain: str) -> Problem:
        """This problem with ``plain`` as its headline."""
        return replace(self, plain=plain)


_POSITION = re.compile(r"^([a-z_]+?)s?\[(\d+)\]$")

# The fields a clinician fills in (brand profile, handout), named as the app's
# forms name them; other fields are put in words from their names.
FIELD_WORDS = {
    "practice_name": msg("Practice name"),
    "clinician": msg("Clinician"),
    "credentials": msg("Credentials"),
    "phone": msg("Phone"),
    "email": msg("Email"),
    "website": msg("Website"),
    "booking_url": msg("Booking page"),
    "address": msg("Address"),
    "logo": msg("Logo"),
    "font": msg("Font"),
    "primary_color": msg("Primary colour"),
    "accent_color": msg("Accent colour"),
    "disclaimer": msg("Disclaimer"),
    "crisis_line": msg("Crisis line"),
    "domestic_violence_line": msg("Domestic violence line"),
    "title": msg("Title"),
    "subtitle": msg("Subtitle"),
    "prepared_for": msg("Prepared for"),
    "date": msg("Date"),
    "layout": msg("Layout"),
    "paper": msg("Paper size"),
    "body": msg("Text"),
    "summary": msg("Summary"),
}


def field_words(field: str) -> str:
    """A field name in words: ``accent_color`` → "Accent colour" (a translatable
    message for the fields in :data:`FIELD_WORDS`), ``sections[2].title`` →
    "Section 2 title"."""
    if field in FIELD_WORDS:
        return FIELD_WORDS[field]
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
