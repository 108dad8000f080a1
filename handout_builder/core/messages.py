"""Words the core makes for people, kept translatable without Qt.

The core writes its messages in English (the command line prints them so).
A message the desktop app shows is made with :func:`msg` from a template with
``%1``, ``%2``… placeholders (Qt's form) and its values::

    msg("is too long (%1 characters; at most %2)", len(value), limit)

The result is a :class:`Message`: a ``str`` holding the English text (so every
caller that prints, compares or stores it is unchanged) that also remembers
its template and values. The app shows it in the interface's language with
:meth:`Message.translated`, handing it a function from an English template to
the translated one (``gui.i18n.core_text`` uses Qt's translation of the
empty context). ``make translations`` finds every ``msg("…")`` template in
``core/`` and ``render/`` (``tools/translations.py`` tells ``pyside6-lupdate``
that ``msg`` marks a string), so the templates live in the same ``.ts`` files
as the interface's own words and the same test fails on one left untranslated.

Text built from a message by ordinary string operations (``+``, f-strings,
``.lower()``) is plain English again; build with :func:`msg` and
:func:`joined` instead where the app shows the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# An English template ("%1 is missing") → the same template in another language.
Translate = Callable[[str], str]

_PLACEHOLDER = re.compile(r"%(\d+)")


def english(template: str) -> str:
    """The identity :data:`Translate`: the core's own language."""
    return template


def fill(template: str, values: tuple[object, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``values`` in order (one
    pass, as Qt's ``QString.arg``: a value's own ``%1`` stays as written)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class Message(str):
    """English text made from a translatable ``template`` and its ``values``
    (values may be messages themselves, translated with it)."""

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Message:
        self = super().__new__(cls, fill(template, values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled to and from the render worker
        return (type(self), (self.template, *self.values))

    def translated(self, translate: Translate) -> str:
        """The message in another language: its template through ``translate``,
        then its values (each message among them translated the same way)."""
        return fill(translate(self.template), tuple(translated(v, translate) for v in self.values))


class Joined(Message):
    """Messages joined by a separator (``"; "``); each part translated alone."""

    def __new__(cls, separator: str, *parts: object) -> Joined:
        self = str.__new__(cls, separator.join(str(p) for p in parts))
        self.template = separator
        self.values = parts
        return self

    def translated(self, translate: Translate) -> str:
        separator = translated(self.template, translate)  # a message itself: " and "
        return separator.join(translated(p, translate) for p in self.values)


def msg(template: str, *values: object) -> Message:
    """A message for people: ``template`` (English, with ``%1``… for ``values``)
    filled in; marks ``template`` for translation (see the module's notes)."""
    return Message(template, *values)


def decimal(value: float, digits: int = 1) -> Message:
    """``value`` with ``digits`` decimals (``5.1``), its decimal mark translated
    with the messages (``5,1`` in Spanish)."""
    whole, _, fraction = f"{value:.{digits}f}".partition(".")
    # The decimal mark: "%1,%2" in languages that write 5,1.
    return msg("%1.%2", whole, fraction) if fraction else Message("%1", whole)


def joined(separator: str, parts: Iterable[object]) -> Message:
    """``parts`` joined by ``separator`` as one message, each part translatable."""
    return Joined(separator, *parts)


def translated(text: object, translate: Translate) -> str:
    """``text`` in the language of ``translate`` when it is a :class:`Message`,
    else as it is (names, numbers, text from files)."""
    return text.translated(translate) if isinstance(text, Message) else str(text)
