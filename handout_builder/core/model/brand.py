"""Brand profiles: a practice's name, contact details, logo, colours and font.

A profile is a TOML file (keys in docs/file-formats.md). Profiles the clinician
sets up in the app live in the ``brands`` folder of the data home; a shared
practice folder's ``brands`` come after them (a profile of the user's with the
same name wins); the command line accepts any profile file with ``--brand``. The
printed texts (disclaimer, crisis line, domestic-violence line) may be given per
language in a table named for the language (``[es]``); English, at the top
level, is the default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from handout_builder.core import paths, resources
from handout_builder.core.atomic import atomic_write_text
from handout_builder.core.errors import HandoutBuilderError, NotFoundError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_is, read_toml, user_path
from handout_builder.core.languages import is_language_code
from handout_builder.core.messages import msg
from handout_builder.core.model.fonts import DEFAULT_FONT, FONT_CHOICES
from handout_builder.core.model.logo import logo_problems
from handout_builder.core.model.qr import web_address

DEFAULT_DISCLAIMER = "This handout is for education and does not replace professional care."
DEFAULT_DISCLAIMERS = {"es": "Este folleto es educativo y no reemplaza la atención profesional."}
DEFAULT_PRIMARY = "#2f5d7c"
DEFAULT_ACCENT = "#c8843a"  # 3.1:1 on white: fine for rules and box headings
MAX_BRAND_BYTES = 64 * 1024
MAX_LOGO_BYTES = 10 * 1024 * 1024
# Longest text each field takes (the desktop app's fields take these limits too).
TEXT_LIMITS = {
    "practice_name": 120,
    "clinician": 120,
    "credentials": 120,
    "phone": 60,
    "email": 120,
    "website": 200,
    "booking_url": 300,
    "address": 400,
    "disclaimer": 600,
    "crisis_line": 300,
    "domestic_violence_line": 300,
}


@dataclass(frozen=True)
class BrandProfile:
    """What a practice prints on every handout. Only ``practice_name`` is required."""

    practice_name: str
    clinician: str = ""
    credentials: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    booking_url: str = ""  # the practice's booking page, for the QR code (optional)
    address: str = ""
    logo: Path | None = None  # absolute path, checked to be a PNG, JPEG or SVG
    primary_color: str = DEFAULT_PRIMARY
    accent_color: str = DEFAULT_ACCENT
    font: str = DEFAULT_FONT
    disclaimer: str = DEFAULT_DISCLAIMER
    crisis_line: str = ""
    domestic_violence_line: str = ""
    translations: tuple[tuple[str, str, str], ...] = ()
    """Printed texts in other languages: ``(language, key, text)`` for the keys in
    :data:`TRANSLATED_KEYS` (TOML: ``[es] crisis_line = "…"``)."""
    source: Path | None = None  # the TOML file it was read from

    @property
    def name(self) -> str:
        """The profile's name: its file name without ``.toml``, or the practice name."""
        return self.source.stem if self.source else self.practice_name

    def text_in(self, language: str, key: str) -> str:
        """The ``key`` text (``crisis_line``…) written for ``language``, or ``""``."""
        return next((t for lang, k, t in self.translations if lang == language and k == key), "")

    def in_language(self, language: str) -> tuple[BrandProfile, list[str]]:
        """This profile with its printed texts in ``language``, and the keys whose
        text has no version in that language (the English text stays)."""
        if language == "en":
            return self, []
        changes: dict[str, str] = {}
        missing: list[str] = []
        for key in TRANSLATED_KEYS:
            text = self.text_in(language, key)
            default = DEFAULT_DISCLAIMERS.get(language) if key == "disclaimer" else None
            if text:
                changes[key] = text
            elif default and self.disclaimer == DEFAULT_DISCLAIMER:
                changes[key] = default  # the app's own wording, in the handout's language
            elif getattr(self, key):
                missing.append(key)
        return replace(
            self,
            disclaimer=changes.get("disclaimer", self.disclaimer),
            crisis_line=changes.get("crisis_line", self.crisis_line),
            domestic_violence_line=changes.get(
                "domestic_violence_line", self.domestic_violence_line
            ),
        ), missing


TRANSLATED_KEYS = ("disclaimer", "crisis_line", "domestic_violence_line")
"""The brand texts a handout prints that a profile may give per language."""
TRANSLATED_FIELDS = ", ".join(TRANSLATED_KEYS)  # for messages
TRANSLATED_LABELS = {
    "disclaimer": "disclaimer",
    "crisis_line": "crisis line",
    "domestic_violence_line": "domestic violence line",
}

BRAND_KEYS = tuple(f.name for f in fields(BrandProfile) if f.name not in ("source", "translations"))


def sniff_image(path: Path) -> str | None:
    """``"png"``, ``"jpeg"`` or ``"svg"`` judged by content, else ``None``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except (OSError, ValueError):
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if b"<svg" in head or head.lstrip().startswith(b"<?xml"):
        import xml.etree.ElementTree as ET  # an SVG logo only: off the start-up path

        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError):
            return None
        return "svg" if root.tag in ("svg", "{http://www.w3.org/2000/svg}svg") else None
    return None


def check_logo(path: Path, file: str, field: str = "logo") -> list[Problem]:
    """Problems with a logo file (missing, too large, not a PNG/JPEG/SVG image)."""
    if not file_is(path):
        return [Problem(msg("logo file not found: %1", path), file, field=field)]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [Problem(msg("logo cannot be read: %1", exc.strerror), file, field=field)]
    if size > MAX_LOGO_BYTES:
        return [
            Problem(
                msg("logo file is too large (%1 MB; at most 10 MB)", size // (1024 * 1024)),
                file,
                field=field,
            )
        ]
    if sniff_image(path) is None:
        return [Problem(msg("logo is not a PNG, JPEG or SVG image: %1", path), file, field=field)]
    return logo_problems(path, file, field)


def brand_from_data(
    data: dict[str, Any],
    file: str,
    *,
    base_dir: Path | None,
    lines: dict[str, int] | None = None,
    hints: dict[str, str] | None = None,
) -> BrandProfile:
    """Validate brand fields; a relative logo path is resolved against ``base_dir``;
    tables named for a language (``[es]``) hold its printed texts.

    Raises :class:`ValidationError` with every problem (file, line, field)."""
    tables = {key: value for key, value in data.items() if isinstance(value, dict)}
    data = {key: value for key, value in data.items() if key not in tables}
    r = FieldReader(data, file, lines=lines, hints=hints)
    r.reject_unknown(BRAND_KEYS)
    translations = _translations(tables, r)
    logo = r.path("logo", base=base_dir)
    if logo is not None:
        r.problems.extend(replace(p, line=r.line_of("logo")) for p in check_logo(logo, file))
    font = r.text("font", one_line=True, default=DEFAULT_FONT)
    if font not in FONT_CHOICES:
        r.error(
            "font",
            msg("'%1' is not a bundled font; choose one of: %2", font, ", ".join(FONT_CHOICES)),
        )
        font = DEFAULT_FONT
    limit = TEXT_LIMITS
    profile = BrandProfile(
        practice_name=r.text(
            "practice_name", required=True, one_line=True, max_length=limit["practice_name"]
        ),
        clinician=r.text("clinician", one_line=True, max_length=limit["clinician"]),
        credentials=r.text("credentials", one_line=True, max_length=limit["credentials"]),
        phone=r.text("phone", one_line=True, max_length=limit["phone"]),
        email=r.text("email", one_line=True, max_length=limit["email"]),
        website=r.text("website", one_line=True, max_length=limit["website"]),
        booking_url=_booking_url(r),
        address=r.text("address", max_length=limit["address"]).strip(),
        logo=logo,
        primary_color=r.color("primary_color", DEFAULT_PRIMARY),
        accent_color=r.color("accent_color", DEFAULT_ACCENT),
        font=font,
        disclaimer=r.text(
            "disclaimer", max_length=limit["disclaimer"], default=DEFAULT_DISCLAIMER
        ).strip(),
        crisis_line=r.text("crisis_line", max_length=limit["crisis_line"]).strip(),
        domestic_violence_line=r.text(
            "domestic_violence_line", max_length=limit["domestic_violence_line"]
        ).strip(),
        translations=translations,
        source=None,
    )
    r.finish()
    return profile


def _booking_url(r: FieldReader) -> str:
    text = r.text("booking_url", one_line=True, max_length=TEXT_LIMITS["booking_url"])
    if text and web_address(text) is None:
        r.error("booking_url", msg("'%1' is not a web address (e.g. riverside.example/book)", text))
    return text


def _translations(
    tables: dict[str, dict[str, Any]], r: FieldReader
) -> tuple[tuple[str, str, str], ...]:
    """The ``[es]`` … tables: printed texts per language."""
    found: list[tuple[str, str, str]] = []
    for language, table in tables.items():
        if not is_language_code(language) or language == "en":
            r.error(
                language,
                msg(
                    "is not a language table: only [es] (or another language code) tables of "
                    "%1 may be given",
                    TRANSLATED_FIELDS,
                ),
            )
            continue
        t = r.nested(language, table)
        t.reject_unknown(TRANSLATED_KEYS)
        for key in TRANSLATED_KEYS:
            text = t.text(key, max_length=TEXT_LIMITS[key]).strip()
            if text:
                found.append((language, key, text))
    return tuple(found)


def load_brand(path: Path) -> BrandProfile:
    """Read and validate a brand profile TOML file.

    Raises :class:`NotFoundError` when it does not exist and
    :class:`ValidationError` (file, line, field) for anything wrong in it."""
    path = Path(path)
    parsed = read_toml(path, kind="brand profile", max_bytes=MAX_BRAND_BYTES)
    base = path.parent.resolve()
    profile = brand_from_data(
        parsed.data, str(path), base_dir=base, lines=parsed.key_lines, hints=parsed.hints
    )
    return replace(profile, source=path.resolve())


def brand_to_toml(profile: BrandProfile, folder: Path) -> str:
    """The profile as TOML; the logo is stored relative to ``folder`` when inside it;
    texts in other languages as tables (``[es]``) after the other keys."""
    data: dict[str, Any] = {}
    for key in BRAND_KEYS:
        value = getattr(profile, key)
        if key == "logo":
            if value is None:
                continue
            try:
                value = value.resolve().relative_to(folder.resolve()).as_posix()
            except ValueError:
                value = str(value)
        if value == "" or value is None:
            continue
        data[key] = value
    for language, key, text in profile.translations:
        data.setdefault(language, {})[key] = text
    import tomli_w  # only when a profile is saved

    return tomli_w.dumps(data)


def save_brand(profile: BrandProfile, path: Path) -> BrandProfile:
    """Write the profile atomically to ``path``; returns it with ``source`` set.

    The profile is checked by the same rules that load it, first: a profile
    that could not be opened again is refused (:class:`ValidationError`)."""
    path = Path(path)
    text = brand_to_toml(profile, path.parent)
    brand_from_data(tomllib.loads(text), str(path), base_dir=path.parent.resolve())
    atomic_write_text(path, text)
    return replace(profile, source=path.resolve())


def sample_brand() -> BrandProfile:
    """The built-in sample practice, used until the clinician sets up their own."""
    return load_brand(resources.asset("sample", "sample-brand.toml"))


def brand_folders() -> list[Path]:
    """Where profiles are found by name, first wins: the user's brands folder,
    then the practice folder's (when it can be reached)."""
    practice = paths.practice_folder("brands")
    return [paths.brands_dir(), *([practice] if practice is not None else [])]


def brand_files(folder: Path) -> list[Path]:
    """The profile files (``*.toml``) in ``folder``, without hidden, temporary
    and half-synced copies (anything else that is not a readable profile, such
    as a pipe, is reported when it is loaded)."""
    try:
        return sorted(p for p in folder.glob("*.toml") if not paths.is_temporary_name(p.name))
    except OSError:
        return []


def list_brands() -> tuple[list[BrandProfile], list[Problem]]:
    """The profiles in the user's brands folder, then the practice folder's
    that the user has none of the same name of (broken ones become problems)."""
    profiles: list[BrandProfile] = []
    problems: list[Problem] = []
    names: set[str] = set()
    for folder in brand_folders():
        for path in brand_files(folder):
            if path.stem in names:
                continue
            try:
                profiles.append(load_brand(path))
            except (ValidationError, NotFoundError) as exc:
                problems.extend(getattr(exc, "problems", [Problem(str(exc), str(path))]))
            names.add(path.stem)
    return profiles, problems


def find_brand(reference: str, *, relative_to: Path | None = None) -> BrandProfile:
    """Resolve a brand reference from a handout document.

    A reference that looks like a path (has a folder separator or ends in
    ``.toml``) is a file, relative to ``relative_to``; otherwise it is the name of
    a profile in the user's brands folder or, failing that, the practice
    folder's.
    """
    if "/" in reference or "\\" in reference or reference.endswith(".toml"):
        try:
            path = user_path(reference, relative_to)
        except HandoutBuilderError as exc:
            raise HandoutBuilderError(f"brand profile '{reference[:80]}' {exc}") from None
        return load_brand(path)
    for folder in brand_folders():
        path = folder / f"{reference}.toml"
        if file_is(path):
            return load_brand(path)
    raise NotFoundError(f"brand profile '{reference}' not found in {paths.brands_dir()}")


def contrast_problems(profile: BrandProfile) -> list[Problem]:
    """Warnings for brand colours too pale for text on white (WCAG 2).

    The primary colour is used for text, so it needs 4.5:1 (body text) and at
    least 3:1 (large headings); the accent colour is for rules, boxes and large
    text such as box headings, so it needs 3:1. Layouts then print text in a
    darkened shade of the same hue (``brand.text_color``, ``heading_color``,
    ``accent_text_color``) and keep the brand colour itself for rules and accents.
    """
    from handout_builder.core.checks.color import contrast_ratio, darken_for_text
    from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO, LARGE_TEXT_RATIO

    file = str(profile.source) if profile.source else None
    problems = []
    primary = profile.primary_color
    ratio = contrast_ratio(primary)
    if ratio < BODY_TEXT_RATIO:
        text = darken_for_text(primary, ratio=BODY_TEXT_RATIO)
        needs = f"{BODY_TEXT_RATIO:g}:1"
        message = (
            msg(
                "primary colour %1 has %2 contrast on white (text needs %3); text uses %4 "
                "instead and headings %5",
                primary,
                _ratio(ratio),
                needs,
                text,
                darken_for_text(primary, ratio=LARGE_TEXT_RATIO),
            )
            if ratio < LARGE_TEXT_RATIO
            else msg(
                "primary colour %1 has %2 contrast on white (text needs %3); text uses %4 instead",
                primary,
                _ratio(ratio),
                needs,
                text,
            )
        )
        plain = msg("The main colour is too pale for text on white (%1)", _ratio(ratio))
        problems.append(
            Problem(message, file, field="primary_color", severity="warning", plain=plain)
        )
    accent = profile.accent_color
    ratio = contrast_ratio(accent)
    if ratio < LARGE_TEXT_RATIO:
        text = darken_for_text(accent, ratio=BODY_TEXT_RATIO)
        problems.append(
            Problem(
                msg(
                    "accent colour %1 has %2 contrast on white (headings and large text need "
                    "%3); text uses %4 instead",
                    accent,
                    _ratio(ratio),
                    f"{LARGE_TEXT_RATIO:g}:1",
                    text,
                ),
                file,
                field="accent_color",
                severity="warning",
                plain=msg("The accent colour is hard to read on white (%1)", _ratio(ratio)),
            )
        )
    return problems


def _ratio(value: float) -> str:
    """A contrast ratio as WCAG tools print it, never rounded up to a pass."""
    return f"{int(value * 10) / 10:g}:1"
