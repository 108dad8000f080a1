"""The template context: the one place that turns a handout into what layouts see.

Every layout template receives the top-level variables of :class:`TemplateContext`
(``handout``, ``brand``, ``page``, ``options``, ``layout``, ``app``, ``words``,
``language``, ``second_language``). All values
are plain data — text, numbers, true/false, tuples and pre-rendered, escaped HTML
(``Markup``) — with no methods that reach files or the app. docs/template-context.md
is generated from the field descriptions below (``tools/gen_context_docs.py``) and a
test keeps it in step.

Why one long module: it is the one contract with template authors; every field
and its description live together, and the reference is generated from them.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any

from markupsafe import Markup

from handout_builder import __version__
from handout_builder.core.checks.color import darken_for_text, tint
from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO, LARGE_TEXT_RATIO
from handout_builder.core.errors import Problem
from handout_builder.core.fillable import FormFields
from handout_builder.core.languages import (
    SOURCE_LANGUAGE,
    base_language,
    direction,
    is_rtl_language,
    language_name,
)
from handout_builder.core.layout.documented import doc
from handout_builder.core.layout.layouts import (
    DEFAULT_LAYOUT,
    STYLESHEET,
    Layout,
    resolve_options,
)
from handout_builder.core.layout.page_language import (
    LanguageContext,
    align_parts,
    brand_in_language,
    clinician_line,
    direction_problem,
    format_date,
    help_lines,
    isolated_brand,
    language_context,
    placeholder_values,
    second_language_of,
)
from handout_builder.core.layout.words import load_words, page_number_content
from handout_builder.core.markdown import (
    heading_subject,
    render_markdown,
    split_parts,
)
from handout_builder.core.model.brand import (
    BrandProfile,
    contrast_problems,
)
from handout_builder.core.model.fonts import font_face_css
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.illustrations import Illustration, width_for_text_mm
from handout_builder.core.model.qr import qr_code
from handout_builder.core.paper import DEFAULT_PAPER, PAPER_SIZES, PAPERS
from handout_builder.core.resources import base_templates_dir


@dataclass(frozen=True)
class QrCodeContext:
    """A QR code to the practice's booking page or website (made offline)."""

    image: str = doc(
        "The code as an SVG `data:` URL, quiet zone included; give it a size in CSS "
        "(18 mm or more scans well).",
        "data:image/svg+xml;…",
    )
    url: str = doc("The address it opens.", "https://riverside.example/book")
    text: str = doc(
        "The address in words, as the brand profile has it: print it beside the code "
        "(with the words `qr_booking` or `qr_website` and `qr_scan`), and in the alt "
        "text (`words.qr_alt`, whose `{address}` it fills).",
        "riverside.example/book",
    )
    booking: bool = doc("True for the booking page, false for the website.", "true")


@dataclass(frozen=True)
class BrandContext:
    """The practice's brand (from the brand profile)."""

    practice_name: str = doc("Practice name; also the logo's alt text.", "Riverside Counselling")
    clinician: str = doc("Clinician's name (may be empty).", "Dr. Ana Ruiz")
    credentials: str = doc("Clinician's credentials (may be empty).", "PhD, Licensed Psychologist")
    clinician_line: str = doc(
        "Name and credentials joined for printing.", "Dr. Ana Ruiz, PhD, Licensed Psychologist"
    )
    phone: str = doc("Phone number (may be empty).", "(555) 010-0199")
    email: str = doc("E-mail address (may be empty).", "hello@riverside.example")
    website: str = doc("Website (may be empty).", "riverside.example")
    booking_url: str = doc(
        "Booking page (may be empty), as the profile has it.", "riverside.example/book"
    )
    qr_code: QrCodeContext | None = doc(
        "A QR code to the booking page, else the website; none when the profile has "
        "neither. Print it where a layout option asks for it (`qr_code`).",
        "…",
    )
    address_lines: tuple[str, ...] = doc(
        "Postal address, one item per line.", "('12 River Road', 'Springfield')"
    )
    contact_items: tuple[str, ...] = doc(
        "Non-empty phone, e-mail and website, in that order.",
        "('(555) 010-0199', 'hello@riverside.example')",
    )
    logo_url: str | None = doc("`file:` URL of the logo, or none.", "file:///…/logo.svg")
    primary_color: str = doc(
        "Primary brand colour, `#rrggbb` — for rules, bands, accents.", "#2f5d7c"
    )
    accent_color: str = doc("Accent brand colour, `#rrggbb` — for small highlights.", "#c8843a")
    text_color: str = doc(
        "Primary colour darkened if needed to reach 4.5:1 on white: use "
        "for coloured body-size text.",
        "#2f5d7c",
    )
    heading_color: str = doc(
        "Primary colour darkened if needed to reach 3:1 on white: use for large headings.",
        "#2f5d7c",
    )
    accent_text_color: str = doc("Accent colour darkened to reach 4.5:1 on white.", "#8a5a25")
    text_on_tint_color: str = doc(
        "Primary colour darkened to reach 4.5:1 on `primary_tint`: for body-size text "
        "(box titles) on the tinted boxes.",
        "#2a5470",
    )
    accent_text_on_tint_color: str = doc(
        "Accent colour darkened to reach 4.5:1 on `accent_tint`.", "#7f5322"
    )
    font_family: str = doc(
        "CSS `font-family` value for the brand font, with fallbacks.",
        "'Atkinson Hyperlegible', sans-serif",
    )
    disclaimer: str = doc(
        "Footer disclaimer.",
        "This handout is for education and does not replace professional care.",
    )
    crisis_line: str = doc(
        "Crisis-line text (may be empty).", "In an emergency call 911, or call or text 988."
    )
    domestic_violence_line: str = doc(
        "Domestic-violence line (may be empty). Print it where `handout.safety_lines` asks for it.",
        "National Domestic Violence Hotline: call 1-800-799-7233 or text START to 88788.",
    )
    primary_tint: str = doc(
        "A very light tint of the primary colour, for box backgrounds.", "#eaeff2"
    )
    accent_tint: str = doc("A very light tint of the accent colour.", "#faf3eb")
    css_variables: Markup = doc(
        "A `:root { … }` rule setting `--brand-primary`, `--brand-accent`, `--brand-text`, "
        "`--brand-heading`, `--brand-accent-text`, `--brand-primary-tint`, "
        "`--brand-accent-tint`, `--brand-text-on-tint`, `--brand-accent-text-on-tint` and "
        "`--brand-font`; put it in a `<style>` element.",
        ":root { --brand-primary: #2f5d7c; … }",
    )


@dataclass(frozen=True)
class PageContext:
    """The paper the handout prints on."""

    paper: str = doc(" or ".join(f"`{name}`" for name in PAPERS) + ".", DEFAULT_PAPER)
    size: str = doc("Value for CSS `@page { size: … }`, orientation included.", "letter portrait")
    orientation: str = doc("`portrait` or `landscape` (from the layout manifest).", "portrait")
    width_mm: float = doc("Sheet width in millimetres (before orientation).", "215.9")
    height_mm: float = doc("Sheet height in millimetres (before orientation).", "279.4")
    number_content: Markup = doc(
        "CSS `content` value that prints the `page_number` word with the page counters "
        "(`.page-number::after { content: … }` in base.html.j2).",
        '"Page " counter(page) " of " counter(pages)',
    )


@dataclass(frozen=True)
class IllustrationContext:
    """An illustration that goes with a section."""

    name: str = doc("Catalog name.", "window-of-tolerance")
    url: str = doc(
        "URL of the image: SVG as a `data:` URL drawn in the brand colour "
        "(`currentColor` is the primary colour), PNG/JPEG as a `file:` URL.",
        "data:image/svg+xml;base64,…",
    )
    alt: str = doc(
        "Alt text — always put it in the `alt` attribute.",
        "A wavy line that rises and falls inside a calm band.",
    )
    caption: str = doc(
        "Caption to print under the picture (may be empty).", "Your window of tolerance"
    )
    min_width_mm: float = doc(
        "Printed width (mm) at which the smallest text drawn in the picture is 12 pt: "
        "print it at least this wide (0 when it has no text, or is not an SVG).",
        "101.6",
    )


@dataclass(frozen=True)
class ReferenceContext:
    """A verified reference (unverified ones never reach a template)."""

    citation: str = doc(
        "The whole reference on one line.",
        "LeDoux JE, Pine DS (2016). Using neuroscience … Am J Psychiatry.",
    )
    short: str = doc(
        "Surnames and year, for tight spaces such as a brochure panel or the Brief "
        "form (three or more authors: the first and “et al.”).",
        "LeDoux & Pine (2016)",
    )
    doi: str = doc("DOI, may be empty.", "10.1176/appi.ajp.2016.16030353")
    url: str = doc("Web address, may be empty.", "")


@dataclass(frozen=True)
class PartContext:
    """One ``##`` part of a section's text."""

    kind: str = doc(
        "`intro` (text before the first heading), `text`, `try_this` or `key_points`.", "try_this"
    )
    heading: str = doc("The heading text (empty for `intro`).", "Try this: slow breathing")
    html: Markup = doc(
        "The part's text as HTML, without its heading (headings inside are `h4`).",
        "<ol><li>Breathe in …</li></ol>",
    )
    subject: str = doc(
        "The heading without its “Try this:” (“Pruebe esto:”) opening, first letter "
        "capitalised; the whole heading otherwise.",
        "Slow breathing",
    )


@dataclass(frozen=True)
class SectionContext:
    """One explanation in the handout, with this client's wording."""

    id: str = doc("Stable id, usable as an HTML id.", "3f2a9c1e0b7d")
    number: int = doc("Position in the handout, from 1.", "1")
    title: str = doc("Section title.", "Why anxiety happens: your body's alarm")
    summary: str = doc(
        "The one-line summary, as edited for this client (may be empty in handouts "
        "saved before summaries were kept; print `intro` then).",
        "Anxiety is your body's alarm working too hard.",
    )
    html: Markup = doc("The whole text as HTML; `##` headings become `h3`.", "<p>…</p><h3>…</h3>")
    parts: tuple[PartContext, ...] = doc("The text split at its `##` headings.", "(…)")
    intro: Markup = doc("HTML of the text before the first heading (may be empty).", "<p>…</p>")
    try_this: tuple[PartContext, ...] = doc("Parts whose heading starts with “Try this”.", "(…)")
    key_points: PartContext | None = doc("The “Key points” part, if any.", "…")
    illustration: IllustrationContext | None = doc(
        "The section's illustration, or none (also none when illustrations are switched off).", "…"
    )
    references: tuple[ReferenceContext, ...] = doc(
        "Verified references that back the client text (empty when references are switched off).",
        "(…)",
    )
    reflection: tuple[str, ...] = doc(
        "Reflection questions for write-in answers.", "('When does your alarm go off?',)"
    )
    clinician_note: str = doc(
        "The clinician note — empty unless the clinician chose to print notes.", ""
    )
    note_references: tuple[ReferenceContext, ...] = doc(
        "Verified references that back only the clinician note; given only when "
        "the note is printed (print them with it).",
        "(…)",
    )
    entry_id: str = doc(
        "Id of the library entry it came from (empty for own sections).", "anxiety-alarm"
    )
    edited: bool = doc("True when the wording was changed from the library's.", "false")
    language: str = doc(
        "Language of the wording, for a `lang` attribute (usually the handout's).", "en"
    )
    dir: str = doc(
        "`rtl` when the wording is right-to-left (its first letter is Hebrew or Arabic), "
        "else `ltr`: put it in a `dir` attribute.",
        "ltr",
    )
    lang_attributes: Markup = doc(
        '` lang="…" dir="…"` for the section\'s element, where its language or direction '
        'differs from the page\'s (empty otherwise): `<section id="{{ section.id }}"'
        "{{ section.lang_attributes }}>`.",
        ' lang="he" dir="rtl"',
    )
    second: SectionContext | None = doc(
        "The same explanation in the second language (`second_language`), in the "
        "library's wording; none without a second language or when the library has "
        "no version in it.",
        "…",
    )
    part_pairs: tuple[tuple[int, int], ...] = doc(
        "Which part of `parts` goes beside which part of `second.parts`, as pairs of "
        "indexes (-1 where one language has no such part), in reading order; parts are "
        "matched by kind (lead, text, Try this, Key points). Without `second`: `(i, -1)`.",
        "((0, 0), (1, 1), (2, -1), (3, 2))",
    )


@dataclass(frozen=True)
class HandoutContext:
    """The handout document."""

    title: str = doc("Handout title.", "Understanding anxiety")
    subtitle: str = doc("Subtitle (may be empty).", "Notes from our session")
    prepared_for: str = doc("Who it was prepared for (may be empty).", "Sam")
    date: str = doc("Date as printed (may be empty).", "22 November 2026")
    language: str = doc("Language tag for `<html lang>`.", "en")
    dir: str = doc("`ltr` or `rtl`: the handout language's direction, for `<html dir>`.", "ltr")
    sections: tuple[SectionContext, ...] = doc("The sections, in order.", "(…)")
    references: tuple[ReferenceContext, ...] = doc(
        "All sections' verified references, without duplicates (empty when off).", "(…)"
    )
    help_lines: tuple[str, ...] = doc(
        'What the "If you need help now" box prints, in order: the brand\'s crisis '
        "line, then its domestic-violence line when a section's entry asks for it "
        "(`safety_lines`). Only lines the brand profile fills in; may be empty.",
        "('In an emergency call 911, or call or text 988.',)",
    )


@dataclass(frozen=True)
class OptionsContext:
    """What the clinician chose to include."""

    include_illustrations: bool = doc("Print illustrations.", "true")
    include_references: bool = doc("Print references.", "true")
    include_clinician_notes: bool = doc("Print clinician notes.", "false")
    writein_lines: int = doc("Number of write-in lines to print after each section.", "0")
    fillable: bool = doc(
        "Make every place to write a PDF form field too (typed on a phone or computer, "
        "printed with the same lines). Blanks and empty table cells in the text do it "
        "by themselves; for lines a template draws, use the `write_lines` macro of "
        "`partials/fields.html.j2` (docs/layouts.md).",
        "false",
    )
    brief: bool = doc(
        "The Brief form: print each section as its title, summary, key points and "
        "“Try this” steps (the base templates include `partials/brief-section.html.j2`).",
        "false",
    )
    layout: MappingProxyType[str, Any] = doc(
        "The layout's own options (`layout.toml` `[options.*]`), defaults filled in.",
        "{'show_contact_box': true}",
    )


@dataclass(frozen=True)
class LayoutContext:
    """The layout being rendered."""

    name: str = doc("Layout name.", DEFAULT_LAYOUT)
    title: str = doc("Layout title.", "Classic")
    stylesheets: tuple[str, ...] = doc(
        "`file:` URLs of `base.css` and each layout's `style.css`, ancestors first.", "(…)"
    )
    font_faces: Markup = doc(
        "`@font-face` rules for the bundled fonts in use; put in a `<style>` element.",
        "@font-face { … }",
    )


@dataclass(frozen=True)
class AppContext:
    """The application."""

    name: str = doc("Application name.", "Handout Builder")
    version: str = doc("Application version.", __version__)
    generated_on: str = doc("Date the PDF was made, ISO format.", "2026-11-22")


@dataclass(frozen=True)
class TemplateContext:
    """Top-level template variables."""

    handout: HandoutContext = doc("The handout document.")
    brand: BrandContext = doc("The practice's brand.")
    page: PageContext = doc("Paper size and orientation.")
    options: OptionsContext = doc("What to include.")
    layout: LayoutContext = doc("The layout being rendered.")
    app: AppContext = doc("The application.")
    words: MappingProxyType[str, str] = doc(
        "The fixed words in the handout's language (`words.key_points`, "
        "`words.prepared_for`…; the list is in docs/layouts.md). Fill `{name}` slots "
        'with `replace`: `words.call_between_sessions | replace("{name}", …)`.',
        "{'key_points': 'Key points', …}",
    )
    language: LanguageContext = doc("The handout's language.")
    second_language: LanguageContext | None = doc(
        "The second language a bilingual layout prints beside the handout's, or none."
    )
    languages: tuple[LanguageContext, ...] = doc(
        "The languages in the order the clinician chose: the handout's and the second "
        "one (or the other way round); only the handout's without a second language.",
        "(…)",
    )

    def variables(self) -> dict[str, Any]:
        """The mapping passed to ``template.render``."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


CONTEXT_CLASSES = (
    TemplateContext,
    HandoutContext,
    SectionContext,
    LanguageContext,
    PartContext,
    IllustrationContext,
    ReferenceContext,
    BrandContext,
    QrCodeContext,
    PageContext,
    OptionsContext,
    LayoutContext,
    AppContext,
)


def brand_context(brand: BrandProfile) -> BrandContext:
    clinician = clinician_line(brand)
    colors = {
        "primary": brand.primary_color,
        "accent": brand.accent_color,
        "text": darken_for_text(brand.primary_color, ratio=BODY_TEXT_RATIO),
        "heading": darken_for_text(brand.primary_color, ratio=LARGE_TEXT_RATIO),
        "accent-text": darken_for_text(brand.accent_color, ratio=BODY_TEXT_RATIO),
        "primary-tint": tint(brand.primary_color, 0.9),
        "accent-tint": tint(brand.accent_color, 0.88),
    }
    colors["text-on-tint"] = darken_for_text(brand.primary_color, colors["primary-tint"])
    colors["accent-text-on-tint"] = darken_for_text(brand.accent_color, colors["accent-tint"])
    font_family = f"'{brand.font}', 'Atkinson Hyperlegible', 'DejaVu Sans', sans-serif"
    variables = " ".join(f"--brand-{name}: {value};" for name, value in colors.items())
    return BrandContext(
        practice_name=brand.practice_name,
        clinician=brand.clinician,
        credentials=brand.credentials,
        clinician_line=clinician,
        phone=brand.phone,
        email=brand.email,
        website=brand.website,
        booking_url=brand.booking_url,
        qr_code=qr_code_context(brand),
        address_lines=tuple(line.strip() for line in brand.address.splitlines() if line.strip()),
        contact_items=tuple(x for x in (brand.phone, brand.email, brand.website) if x),
        logo_url=brand.logo.as_uri() if brand.logo else None,
        primary_color=brand.primary_color,
        accent_color=brand.accent_color,
        text_color=colors["text"],
        heading_color=colors["heading"],
        accent_text_color=colors["accent-text"],
        text_on_tint_color=colors["text-on-tint"],
        accent_text_on_tint_color=colors["accent-text-on-tint"],
        font_family=font_family,
        disclaimer=brand.disclaimer,
        crisis_line=brand.crisis_line,
        domestic_violence_line=brand.domestic_violence_line,
        primary_tint=colors["primary-tint"],
        accent_tint=colors["accent-tint"],
        css_variables=Markup(f":root {{ {variables} --brand-font: {font_family}; }}"),
    )


def qr_code_context(brand: BrandProfile) -> QrCodeContext | None:
    code = qr_code(brand.booking_url, brand.website)
    if code is None:
        return None
    return QrCodeContext(
        image=code.image,
        url=code.url,
        text=code.text,
        booking=code.booking,
    )


def illustration_context(illustration: Illustration, color: str) -> IllustrationContext:
    """SVGs become ``data:`` URLs whose ``currentColor`` is ``color``."""
    url, min_width = illustration.path.as_uri(), 0.0
    if illustration.path.suffix.lower() == ".svg":
        svg = illustration.path.read_text(encoding="utf-8")
        min_width = round(width_for_text_mm(svg), 1)
        svg = _SVG_ROOT.sub(lambda m: f'{m.group(0)} color="{color}"', svg, count=1)
        url = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return IllustrationContext(
        name=illustration.name,
        url=url,
        alt=illustration.alt,
        caption=illustration.caption,
        min_width_mm=min_width,
    )


_SVG_ROOT = re.compile(r"<svg\b")


def _reference(ref: Any) -> ReferenceContext:
    return ReferenceContext(citation=ref.citation(), short=ref.short(), doi=ref.doi, url=ref.url)


def section_context(
    section: Section,
    number: int,
    handout: Handout,
    values: dict[str, str],
    color: str,
    illustrations: dict[str, Illustration],
    problems: list[Problem],
    edited: bool = False,
    second: SectionContext | None = None,
    *,
    page_dir: str = "ltr",
) -> SectionContext:
    """One section's context; ``lang_attributes`` mark where its language or
    direction differ from the page's (``page_dir``)."""
    options = handout.options

    def fields(part: int = 0, heading: str = "") -> FormFields | None:
        """Field names s2-3 (in the whole text) or s2p1-3 (in its first part),
        spoken names starting with the part's heading or the section's title."""
        if not options.fillable:
            return None
        return FormFields(f"s{number}p{part}" if part else f"s{number}", heading or section.title)

    parts = tuple(
        PartContext(
            kind=p.kind,
            heading=p.heading,
            html=Markup(
                render_markdown(
                    p.markdown, values=values, heading_shift=1, fields=fields(index, p.heading)
                )
            ),
            subject=heading_subject(p.heading),
        )
        for index, p in enumerate(split_parts(section.body), start=1)
    )
    page_language = handout.language or SOURCE_LANGUAGE
    language = section.language or page_language
    text_dir = direction(language, f"{section.title} {section.body}")
    illustration = None
    if options.include_illustrations and section.illustration:
        found = illustrations.get(section.illustration)
        if found is not None and found.in_language(language) is None:
            problems.append(
                Problem(
                    f"the picture ‘{found.caption or found.name}’ has no "
                    f"{language_name(language)} caption and alt text: they print in English "
                    f"(add '{base_language(language)}:' to its entry in the illustration catalog)",
                    field=section.where(number),
                    severity="warning",
                )
            )
        found = (found.in_language(language) or found) if found is not None else None
        if found is None:
            problems.append(
                Problem(
                    f"illustration '{section.illustration}' not found; it is left out",
                    field=section.where(number),
                    severity="warning",
                )
            )
        else:
            illustration = illustration_context(found, color)
    references: tuple[ReferenceContext, ...] = ()
    if options.include_references:
        references = tuple(_reference(r) for r in section.references if r.prints)
    note_references: tuple[ReferenceContext, ...] = ()
    if options.include_clinician_notes and section.clinician_note:
        note_references = tuple(
            _reference(r) for r in section.references if r.verified and r.supports == "note"
        )
    return SectionContext(
        id=f"s-{section.id}",
        number=number,
        title=section.title,
        summary=section.summary,
        html=Markup(render_markdown(section.body, values=values, heading_shift=1, fields=fields())),
        parts=parts,
        intro=next((p.html for p in parts if p.kind == "intro"), Markup("")),
        try_this=tuple(p for p in parts if p.kind == "try_this"),
        key_points=next((p for p in parts if p.kind == "key_points"), None),
        illustration=illustration,
        references=references,
        reflection=tuple(section.reflection),
        clinician_note=section.clinician_note if options.include_clinician_notes else "",
        note_references=note_references,
        entry_id=section.entry_id or "",
        edited=edited,
        language=language,
        dir=text_dir,
        lang_attributes=Markup(
            (f' lang="{language}"' if language != page_language else "")
            + (f' dir="{text_dir}"' if text_dir != page_dir else "")
        ),
        second=second,
        part_pairs=align_parts(
            [p.kind for p in parts], [p.kind for p in second.parts] if second is not None else []
        ),
    )


def build_context(
    handout: Handout,
    brand: BrandProfile,
    layout_chain: list[Layout],
    *,
    illustrations: dict[str, Illustration],
    edited_ids: frozenset[str] = frozenset(),
    second_sections: Mapping[str, Section] | None = None,
    today: dt.date | None = None,
) -> tuple[TemplateContext, list[Problem]]:
    """Build the template context for ``handout`` printed with ``brand`` in the
    first layout of ``layout_chain`` (the layout and its ancestors).

    The handout's language picks the fixed words, the brand's texts, the date's
    form and the text direction. A layout that prints two languages
    (``languages = 2``) gets each section's ``second`` version from
    ``second_sections`` (section id → the library wording in the second language).
    """
    problems: list[Problem] = contrast_problems(brand)
    layout = layout_chain[0]
    language = handout.language or SOURCE_LANGUAGE
    layout_dirs = [item.directory for item in reversed(layout_chain)]
    words = load_words(language, layout_dirs, problems)
    second_code = second_language_of(handout, layout)
    second_language = None
    page_dir = "rtl" if is_rtl_language(language) and layout.right_to_left else "ltr"
    printed_brand = isolated_brand(brand_in_language(brand, language, problems), page_dir)
    values = placeholder_values(printed_brand, base_language(language))
    second_values = values
    if second_code:
        second_brand = brand_in_language(brand, second_code, problems)
        second_words = load_words(second_code, layout_dirs, problems)
        second_language = language_context(second_code, second_words, handout, second_brand)
        second_values = placeholder_values(second_brand, base_language(second_code))
    direction_problem(layout, language, problems)
    seconds = second_sections or {}
    sections = []
    for i, s in enumerate(handout.sections, start=1):
        second = None
        if second_language is not None:
            second = _second_section(
                s,
                i,
                handout,
                seconds,
                second_language,
                second_values,
                brand,
                illustrations,
                problems,
                edited=s.id in edited_ids,
                page_dir=page_dir,
            )
        sections.append(
            section_context(
                s,
                i,
                handout,
                values,
                brand.primary_color,
                illustrations,
                problems,
                s.id in edited_ids,
                second,
                page_dir=page_dir,
            )
        )
    seen: dict[str, ReferenceContext] = {}
    for section in sections:
        for ref in section.references:
            seen.setdefault(ref.citation, ref)
    paper = PAPER_SIZES.get(handout.options.paper, PAPER_SIZES[DEFAULT_PAPER])
    if paper.name not in layout.papers:
        problems.append(
            Problem(
                f"layout '{layout.name}' is not made for {paper.label} paper", severity="warning"
            )
        )
    width, height = paper.width_mm, paper.height_mm
    layout_options, option_problems = resolve_options(layout_chain, handout.options.layout_options)
    problems += option_problems
    if layout_options.get("qr_code") and qr_code(brand.booking_url, brand.website) is None:
        problems.append(
            Problem(
                "no QR code printed: the brand profile has no booking page or website",
                field="booking_url",
                severity="info",
            )
        )
    stylesheets = [(base_templates_dir() / "base.css").as_uri()]
    for item in reversed(layout_chain):
        css = item.directory / STYLESHEET
        if css.is_file():
            stylesheets.append(css.as_uri())
    fonts = [brand.font, "Atkinson Hyperlegible"]
    first_language = language_context(language, words, handout, printed_brand)
    if not layout.right_to_left:
        first_language = replace(first_language, dir="ltr")
    languages: tuple[LanguageContext, ...] = (first_language,)
    if second_language is not None:
        if handout.options.second_language_first:
            languages = (second_language, first_language)
        else:
            languages = (first_language, second_language)
    context = TemplateContext(
        handout=HandoutContext(
            title=handout.title,
            subtitle=handout.subtitle,
            prepared_for=handout.prepared_for,
            date=format_date(handout.date, language),
            language=language,
            dir=first_language.dir,
            sections=tuple(sections),
            references=tuple(seen.values()),
            help_lines=help_lines(handout, printed_brand),
        ),
        brand=brand_context(printed_brand),
        page=PageContext(
            paper=paper.name,
            size=f"{paper.css} {layout.orientation}",
            orientation=layout.orientation,
            width_mm=width,
            height_mm=height,
            number_content=Markup(page_number_content(words)),
        ),
        options=OptionsContext(
            include_illustrations=handout.options.include_illustrations,
            include_references=handout.options.include_references,
            include_clinician_notes=handout.options.include_clinician_notes,
            writein_lines=handout.options.writein_lines,
            fillable=handout.options.fillable,
            brief=handout.options.brief,
            layout=MappingProxyType(layout_options),
        ),
        layout=LayoutContext(
            name=layout.name,
            title=layout.title,
            stylesheets=tuple(stylesheets),
            font_faces=Markup(font_face_css(fonts)),
        ),
        app=AppContext(
            name="Handout Builder",
            version=__version__,
            generated_on=(today or dt.date.today()).isoformat(),
        ),
        words=MappingProxyType(words),
        language=first_language,
        second_language=second_language,
        languages=languages,
    )
    return context, problems


def _second_section(
    section: Section,
    number: int,
    handout: Handout,
    seconds: Mapping[str, Section],
    language: LanguageContext,
    values: dict[str, str],
    brand: BrandProfile,
    illustrations: dict[str, Illustration],
    problems: list[Problem],
    *,
    edited: bool,
    page_dir: str,
) -> SectionContext | None:
    """The section in the second language, from the library; problems name a
    section that has none, or whose edits the other language cannot follow."""
    other = seconds.get(section.id)
    first = language_name(section.language or handout.language or SOURCE_LANGUAGE)
    where, named = section.where(number), section.named()  # field: which section
    if other is None:
        problems.append(
            Problem(
                f"{named} has no {language.name} version in the library: it is "
                f"printed in {first} only",
                field=where,
                severity="warning",
            )
        )
        return None
    if edited:
        problems.append(
            Problem(
                f"{named} was edited in {first}; the {language.name} text shows the "
                "library wording",
                field=where,
                severity="warning",
            )
        )
    return section_context(
        replace(other, id=f"{section.id}-{language.code}", language=language.code),
        number,
        handout,
        values,
        brand.primary_color,
        illustrations,
        problems,
        page_dir=page_dir,
    )
