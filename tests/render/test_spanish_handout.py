"""A handout in Spanish: the fixed words every layout prints, the brand's Spanish
texts, the date, the PDF's /Lang — from the two small Spanish test entries."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pikepdf
import pytest

from handout_builder.core.model.brand import BrandProfile, sample_brand
from handout_builder.core.model.documents import new_handout, render_request
from handout_builder.core.model.library import load_library
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.core.model.test_library_languages import install_spanish_entries

# Every English fixed word the built-in layouts print (templates/*/words/en.toml).
ENGLISH_WORDS = (
    "Prepared for",
    "Page 1 of",
    "If you need help now",
    "Between sessions",
    "Sources",
    "My notes",
    "Note for the clinician",
    "Think it through",
    "My plan",
    "Who can help me",
    "Questions for my next session",
    "Remember",
    "When you need help",
    "Cut along the marks",
    "At a glance",
    "Contact us",
    "Questions about this leaflet",
    "Name",
    "Date",
    "November",
    "This handout is for education",
)
SPANISH_CRISIS = "Si está en peligro, llame al 911. Para una crisis, llame o envíe un texto al 988."


@pytest.fixture
def spanish_brand() -> BrandProfile:
    return replace(
        sample_brand(),
        crisis_line="In an emergency call 911, or call or text 988.",
        translations=(("es", "crisis_line", SPANISH_CRISIS),),
    )


def spanish_handout(home, layout: str):
    install_spanish_entries(home)
    library = load_library(language="es")
    handout = new_handout(
        library, ["anxiety-alarm", "grounding-skills"], layout=layout, paper="letter"
    )
    handout.prepared_for, handout.date = "Ana", "2026-11-30"
    handout.options.writein_lines = 2
    handout.options.include_clinician_notes = True
    return handout, library


@pytest.mark.parametrize(
    "layout", ["classic", "large-print", "worksheet", "trifold", "coping-cards"]
)
def test_a_spanish_handout_prints_spanish_fixed_words_and_no_english_ones(
    home, spanish_brand, layout
):
    handout, library = spanish_handout(home, layout)
    if layout == "worksheet":  # its Name and Date lines print only when these are empty
        handout.prepared_for, handout.date = "", ""
    result = render(render_request(handout, spanish_brand, library))
    assert result.ok, result.error
    text = pdf_text(result.pdf or b"")
    english = [w for w in ENGLISH_WORDS if re.search(rf"\b{re.escape(w)}\b", text)]
    assert not english, f"English fixed words in the Spanish {layout} handout: {english}"
    assert SPANISH_CRISIS in text
    expected = {
        "classic": [
            "Preparado para Ana",
            "30 de noviembre de 2026",
            "Página 1 de",
            "Si necesita ayuda ahora",
            "Fuentes",
            "Nota para el profesional",
        ],
        "large-print": ["Preparado para Ana", "Página 1 de", "Si necesita ayuda ahora"],
        "worksheet": ["Piénselo", "Mi plan", "Quién me puede ayudar", "Nombre", "Fecha"],
        "trifold": ["De un vistazo", "Contáctenos", "Preparado para Ana"],
        "coping-cards": ["Pruebe esto", "Recuerde", "Cuando necesite ayuda", "Corte por las"],
    }[layout]
    missing = [w for w in expected if w not in text]
    assert not missing, missing
    with pikepdf.open(io.BytesIO(result.pdf or b"")) as pdf:
        assert str(pdf.Root.Lang) == "es"
    assert not [p for p in result.problems if "brand profile has no Spanish" in p.message]


def test_a_missing_spanish_brand_text_prints_english_and_says_so(home):
    handout, library = spanish_handout(home, "classic")
    brand = replace(sample_brand(), crisis_line="In an emergency call 911, or call or text 988.")
    result = render(render_request(handout, brand, library))
    assert result.ok
    assert "In an emergency call 911, or call or text 988." in pdf_text(result.pdf or b"")
    messages = [p.message for p in result.problems]
    assert any(
        m.startswith("the brand profile has no Spanish crisis line: the English text is printed")
        for m in messages
    ), messages
    # The app's own disclaimer has a Spanish version: no problem for it.
    assert not any("disclaimer" in m for m in messages)
    assert "Este folleto es educativo" in pdf_text(result.pdf or b"")


def test_pictures_print_in_spanish_or_say_they_cannot(home):
    handout, library = spanish_handout(home, "classic")
    result = render(render_request(handout, sample_brand(), library))
    text = pdf_text(result.pdf or b"")
    assert "Su cerebro que piensa puede calmar la alarma" in text  # the caption
    assert "puede calmar la alarma" in text and "thinking brain" not in text  # the labels
    assert not [p for p in result.problems if "picture" in p.message]
    handout.sections[0].illustration = "window-of-tolerance"  # no Spanish version (yet)
    result = render(render_request(handout, sample_brand(), library))
    assert any(
        "the picture ‘Your window of tolerance’ has no Spanish caption and alt text" in p.message
        for p in result.problems
    ), result.problems


def test_therapist_prints_in_the_handout_language_when_the_brand_names_no_clinician(
    home, spanish_brand
):
    handout, library = spanish_handout(home, "classic")
    handout.sections[1].body += "\n\n[[Therapist]] le puede ayudar a practicar.\n"
    unnamed = replace(spanish_brand, clinician="")
    text = pdf_text(render(render_request(handout, unnamed, library)).pdf or b"")
    assert "mire a su alrededor y dígaselo a su terapeuta." in text
    assert "Su terapeuta le puede ayudar a practicar." in text
    assert "counselor" not in text
    named = replace(spanish_brand, clinician="Dra. Ana Ruiz")
    text = pdf_text(render(render_request(handout, named, library)).pdf or b"")
    assert "Dra. Ana Ruiz le puede ayudar a practicar." in text
    assert "su terapeuta" not in text.lower()


def test_a_spanish_coping_card_that_continues_says_so_in_spanish(home, spanish_brand):
    library = load_library(language="es")
    handout = new_handout(library, ["fight-flight-freeze"], layout="coping-cards", paper="letter")
    result = render(render_request(handout, spanish_brand, library))
    assert result.ok and result.fit_problems == [], result.fit_problems
    text = " ".join(pdf_text(result.pdf or b"").split())
    assert "Ponga nombre a su reacción (continuación)" in text
    assert "continued" not in text


def test_a_spanish_trifold_back_panel_that_continues_says_so_in_spanish(home, spanish_brand):
    handout, library = spanish_handout(home, "trifold")
    long = " ".join(["Este folleto es educativo y no reemplaza la atención profesional."] * 12)
    brand = replace(
        spanish_brand, translations=(*spanish_brand.translations, ("es", "disclaimer", long))
    )
    result = render(render_request(handout, brand, library))
    assert result.ok and result.fit_problems == [], result.fit_problems
    text = " ".join(pdf_text(result.pdf or b"").split())
    assert "Contáctenos (continuación)" in text
    assert "continued" not in text


def test_a_spanish_qr_code_says_its_words_and_alt_text_in_spanish(home, spanish_brand):
    from tests.render.pdf_inspect import structure

    handout, library = spanish_handout(home, "classic")
    handout.options.layout_options = {"qr_code": True}
    booked = replace(spanish_brand, booking_url="riverside-counselling.example/book")
    result = render(render_request(handout, booked, library))
    assert result.ok, result.error
    text = " ".join(pdf_text(result.pdf or b"").split())
    assert "Reserve su próxima cita" in text
    assert "Escanee el código con la cámara de su teléfono o visite" in text
    assert "Book your next appointment" not in text and "Scan the code" not in text
    root, _ = structure(result.pdf or b"")
    alts = [e.alt for e in root.walk() if e.tag == "Figure"]
    assert "Código QR que abre riverside-counselling.example/book" in alts
