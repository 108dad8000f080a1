"""Languages: the codes handouts, library entries and brand texts are written in.

A language is a lower-case ISO 639 code (``en``, ``es``; a region may follow,
``es-mx``), as used in HTML ``lang`` and the PDF's ``/Lang``. English is the
source language: built-in entries are written in it and translations name the
English entry they come from. Direction (left-to-right or right-to-left) comes
from the language when it is known to be written right to left, else from the
text's first strong character (the Unicode Bidirectional Algorithm, UAX #9,
rules P2–P3).
"""

from __future__ import annotations

import re
import unicodedata

SOURCE_LANGUAGE = "en"
"""The language built-in entries are written in; translations point back to it."""

HANDOUT_LANGUAGES = ("en", "es")
"""Languages the built-in layouts print every fixed word in (``assets/words/``)."""

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")
"""``en``, ``es``, ``es-mx``: an ISO 639 code, optionally with a region or script."""

LANGUAGE_HELP = "use a language code such as en or es"

# Languages written right to left (ISO 639 codes; CLDR "characterOrder").
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)

_NAMES = {"en": "English", "es": "Spanish", "ar": "Arabic", "he": "Hebrew"}
_OWN_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "he": "עברית"}


def is_language_code(name: str) -> bool:
    """Whether ``name`` is a language code for a language Babel's CLDR data knows
    (``es``, ``he``, ``es-mx``; a folder called ``old`` is not one)."""
    if not LANGUAGE_CODE.match(name):
        return False
    base = base_language(name)
    if base in _NAMES or base in RTL_LANGUAGES:
        return True
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(base)
    except (ValueError, UnknownLocaleError):
        return False
    return True


def base_language(code: str) -> str:
    """``es`` for ``es-mx``: the language without its region."""
    return code.split("-", 1)[0].lower()


def default_second_language(language: str, chosen: str = "") -> str:
    """The language a bilingual handout prints beside ``language``: the one the
    clinician ``chosen``, else Spanish beside English and English beside any other."""
    if chosen and chosen != language:
        return chosen
    return (
        "es" if base_language(language or SOURCE_LANGUAGE) == SOURCE_LANGUAGE else SOURCE_LANGUAGE
    )


def is_rtl_language(code: str) -> bool:
    """Whether ``code`` names a language written right to left."""
    return base_language(code) in RTL_LANGUAGES


def text_direction(text: str) -> str | None:
    """``rtl`` or ``ltr`` from the first strong character of ``text`` (letters
    of Hebrew or Arabic script are right-to-left, Latin letters left-to-right);
    none when ``text`` has no strong character (digits and punctuation only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def direction(language: str, text: str = "") -> str:
    """``rtl`` or ``ltr`` for ``text`` written in ``language``: the text's first
    strong character decides when it has one, else the language."""
    return text_direction(text) or ("rtl" if is_rtl_language(language) else "ltr")


def language_name(code: str, *, own: bool = False) -> str:
    """The language's name in English (``Spanish``), or in itself with ``own``
    (``Español``); Babel's CLDR data for codes this module does not list."""
    table = _OWN_NAMES if own else _NAMES
    base = base_language(code)
    if base in table:
        return table[base]
    try:
        from babel import Locale, UnknownLocaleError

        locale = Locale.parse(base)
        name = locale.get_display_name(base if own else "en")
    except (ValueError, UnknownLocaleError):
        return code
    return (name[:1].upper() + name[1:]) if name else code
