"""The handout's language on the printed page, for the template context.

Which brand texts print in the handout's language (and saying so when one is
missing), text that runs against the page's direction set apart with Unicode's
first-strong isolate, the second language a bilingual layout prints and which
of its parts go side by side, and the problem a layout that cannot mirror its
page reports. :mod:`context` builds the template context with these.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import replace

from handout_builder.core.errors import Problem
from handout_builder.core.languages import (
    base_language,
    default_second_language,
    is_rtl_language,
    language_name,
    text_direction,
)
from handout_builder.core.layout.layouts import Layout
from handout_builder.core.model.brand import TRANSLATED_LABELS, BrandProfile
from handout_builder.core.model.handout import Handout

FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


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
