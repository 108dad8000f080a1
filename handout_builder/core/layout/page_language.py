"""The handout's language on the printed page, for the template context.

Which brand texts print in the handout's language (and saying so when one is
missing), text that runs against the page's direction set apart with Unicode's
first-strong isolate, the second language a bilingual layout prints and which
of its parts go side by side, and the problem a layout that cannot mirror its
page reports; a language's words, the brand's printed texts, the date and the
placeholder values in it (:class:`LanguageContext`). :mod:`context` builds the
template context with these.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from markupsafe import Markup

from handout_builder.core.errors import Problem
from handout_builder.core.languages import (
    base_language,
    default_second_language,
    is_rtl_language,
    language_name,
    text_direction,
)
from handout_builder.core.layout.documented import doc
from handout_builder.core.layout.layouts import Layout
from handout_builder.core.layout.words import page_number_content
from handout_builder.core.markdown import therapist_fallback
from handout_builder.core.model.brand import TRANSLATED_LABELS, BrandProfile
from handout_builder.core.model.handout import Handout

FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


@dataclass(frozen=True)
class LanguageContext:
    """A language the handout prints in."""

    code: str = doc("Language code, for `lang` attributes.", "es")
    name: str = doc("The language's name in English.", "Spanish")
    own_name: str = doc("The language's name in itself.", "Español")
    dir: str = doc("`ltr` or `rtl` (Hebrew, Arabic…), for `dir` attributes.", "ltr")
    words: MappingProxyType[str, str] = doc(
        "The fixed words in this language (see `words`).", "{'key_points': 'Puntos clave', …}"
    )
    page_number_content: Markup = doc(
        "CSS `content` value printing this language's `page_number` word with the page counters.",
        '"Página " counter(page) " de " counter(pages)',
    )
    help_lines: tuple[str, ...] = doc(
        "`handout.help_lines` with the brand's texts in this language.",
        "('Si está en peligro, llame al 911.',)",
    )
    disclaimer: str = doc("The brand's disclaimer in this language.", "Este folleto …")


def isolate(text: str, page_dir: str) -> str:
    """``text`` set apart with Unicode's first-strong isolate (FSI … PDI, UAX #9:
    the inline equivalent of ``dir="auto"``) when it runs the other way from the
    page — a Hebrew practice name on an English page, a phone number on a Hebrew
    page — so its punctuation and digits land where its reader expects them."""
    if text and (text_direction(text) or "ltr") != page_dir:
        return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"
    return text


def isolated_brand(brand: BrandProfile, page_dir: str) -> BrandProfile:
    """The brand with each printed text that runs against the page isolated
    (:func:`isolate`)."""
    texts = [brand.practice_name, brand.clinician, brand.credentials, brand.address]
    texts += [getattr(brand, key) for key in TRANSLATED_LABELS]
    if page_dir == "ltr" and not any(text_direction(text) == "rtl" for text in texts):
        return brand  # the usual case: nothing runs against the page
    return replace(
        brand,
        practice_name=isolate(brand.practice_name, page_dir),
        clinician=isolate(brand.clinician, page_dir),
        credentials=isolate(brand.credentials, page_dir),
        phone=isolate(brand.phone, page_dir),
        email=isolate(brand.email, page_dir),
        website=isolate(brand.website, page_dir),
        address="\n".join(isolate(line, page_dir) for line in brand.address.splitlines()),
        disclaimer=isolate(brand.disclaimer, page_dir),
        crisis_line=isolate(brand.crisis_line, page_dir),
        domestic_violence_line=isolate(brand.domestic_violence_line, page_dir),
    )


def clinician_line(brand: BrandProfile) -> str:
    """Name and credentials joined; isolated whole when its parts were
    (:func:`isolated_brand`), so the comma stays between them."""
    parts = [x for x in (brand.clinician, brand.credentials) if x]
    joined = ", ".join(x.strip(FIRST_STRONG_ISOLATE + POP_ISOLATE) for x in parts)
    isolated = any(x.startswith(FIRST_STRONG_ISOLATE) for x in parts)
    return f"{FIRST_STRONG_ISOLATE}{joined}{POP_ISOLATE}" if isolated else joined


def brand_in_language(brand: BrandProfile, language: str, problems: list[Problem]) -> BrandProfile:
    """The brand with its printed texts in ``language``; a text that has no version
    in it stays in English, and the problems say so in plain words."""
    translated, missing = brand.in_language(base_language(language))
    if missing:
        names = " and ".join(TRANSLATED_LABELS[key] for key in missing)
        problems.append(
            Problem(
                f"the brand profile has no {language_name(language)} {names}: the English "
                f"text is printed (add it in the brand profile's {language_name(language)} "
                "texts)",
                severity="warning",
            )
        )
    return translated


def direction_problem(layout: Layout, language: str, problems: list[Problem]) -> None:
    """A right-to-left handout in a layout that cannot lay one out: say so."""
    if is_rtl_language(language) and not layout.right_to_left:
        problems.append(
            Problem(
                f"the {layout.title} layout cannot lay out right-to-left pages: its pages keep "
                f"the left-to-right order (the {language_name(language)} text itself still "
                "reads right to left); choose Classic, Large print or Worksheet",
                severity="warning",
            )
        )


def align_parts(kinds_a: Sequence[str], kinds_b: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Pairs of indexes of two sections' parts that go side by side, given each
    part's kind (``intro``, ``text``, ``try_this``, ``key_points``): matched by
    kind in order (difflib); an unmatched part pairs with -1."""
    pairs: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(a=kinds_a, b=kinds_b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += zip(range(a1, a2), range(b1, b2), strict=True)
            continue
        for offset in range(max(a2 - a1, b2 - b1)):
            pairs.append(
                (a1 + offset if a1 + offset < a2 else -1, b1 + offset if b1 + offset < b2 else -1)
            )
    return tuple(pairs)


def second_language_of(handout: Handout, layout: Layout) -> str:
    """The language a layout that prints two languages puts beside the handout's:
    the one the clinician chose, else English (or Spanish for an English handout);
    "" for a one-language layout."""
    if layout.languages < 2:
        return ""
    return default_second_language(handout.language, handout.options.second_language)


def format_date(value: str, language: str = "en") -> str:
    """An ISO date in ``language``'s own long form — ``22 November 2026``,
    ``22 de noviembre de 2026`` (Babel's CLDR data) — anything else as written."""
    try:
        parsed = dt.date.fromisoformat(value.strip())
    except ValueError:
        return value.strip()
    if base_language(language) == "en":
        return f"{parsed.day} {parsed.strftime('%B')} {parsed.year}"
    from babel import UnknownLocaleError
    from babel.dates import format_date as babel_date

    try:
        return str(babel_date(parsed, format="long", locale=language.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return str(babel_date(parsed, format="long", locale=base_language(language)))


def help_lines(handout: Handout, brand: BrandProfile) -> tuple[str, ...]:
    """The brand's safety lines the handout prints in its "If you need help now"
    box: the crisis line always, the others when a section asks for them; empty
    brand fields are left out."""
    wanted = {"crisis_line"} | {name for s in handout.sections for name in s.safety_lines}
    lines = (
        ("crisis_line", brand.crisis_line),
        ("domestic_violence_line", brand.domestic_violence_line),
    )
    return tuple(text for name, text in lines if name in wanted and text)


def placeholder_values(brand: BrandProfile, language: str = "en") -> dict[str, str]:
    """Values for the ``[[name]]`` placeholders in section text; ``[[therapist]]``
    is the clinician's name, or the plain words for one in ``language``."""
    return {
        "therapist": brand.clinician or therapist_fallback(language),
        "practice_name": brand.practice_name,
        "clinician": ", ".join(x for x in (brand.clinician, brand.credentials) if x),
        "phone": brand.phone,
        "email": brand.email,
        "website": brand.website,
        "address": ", ".join(line.strip() for line in brand.address.splitlines() if line.strip()),
        "crisis_line": brand.crisis_line,
        "domestic_violence_line": brand.domestic_violence_line,
    }


def language_context(
    code: str, words: dict[str, str], handout: Handout, brand: BrandProfile
) -> LanguageContext:
    """``code``'s words and the brand's printed texts in it (``brand`` already in
    that language)."""
    return LanguageContext(
        code=code,
        name=language_name(code),
        own_name=language_name(code, own=True),
        dir="rtl" if is_rtl_language(code) else "ltr",
        words=MappingProxyType(words),
        page_number_content=Markup(page_number_content(words)),
        help_lines=help_lines(handout, brand),
        disclaimer=brand.disclaimer,
    )
