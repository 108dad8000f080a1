"""The linter's word lists in Spanish: each Spanish myth rule trips on a
sentence that states the claim as fact and not on one that hedges it; the
breathing caution and the plain words for [[therapist]] are looked for in
Spanish entries with Spanish words."""

from __future__ import annotations

import re

import pytest

from handout_builder.core.checks.lint import lint_file
from handout_builder.core.checks.myths import load_banned_phrases
from tests.core.checks.test_spanish_checks import spanish_entry

# (what the rule flags, a sentence that states it as fact, a hedged sentence)
RULES = [
    ("centro del miedo", "Su centro del miedo suena.", "Llamarlo centro del miedo es un mito."),
    (
        "hace crecer su cerebro",
        "La atención plena hace crecer su cerebro.",
        "No hay evidencia de que la atención plena hace crecer su cerebro.",
    ),
    ("cambia su ADN", "El trauma cambia su ADN.", "No es cierto que el trauma cambia su ADN."),
    (
        "reprogramar su cerebro",
        "La práctica va a reprogramar su cerebro.",
        "Si la práctica puede reprogramar su cerebro no se sabe todavía.",
    ),
    (
        "neuronas espejo",
        "Las neuronas espejo nos hacen sentir lo mismo.",
        "Lo que hacen las neuronas espejo está en debate.",
    ),
    ("polivagal", "La teoría polivagal explica su reacción.", "La teoría polivagal está en duda."),
    ("tono vagal", "Mejore su tono vagal.", "Lo del tono vagal es una idea popular."),
    (
        "científicamente probado",
        "Este método está científicamente probado.",
        "Ningún método está científicamente probado; es un mito.",
    ),
    (
        "circuitos de recompensa",
        "La empatía activa los circuitos de recompensa.",
        "Todavía se está estudiando si la empatía activa los circuitos de recompensa.",
    ),
    (
        "secuestro de la amígdala",
        "Un secuestro de la amígdala le hace perder el control.",
        "Algunos lo llaman secuestro de la amígdala, pero es una simplificación.",
    ),
    (
        "cerebro derecho",
        "Usted es una persona de cerebro derecho.",
        "Ser de cerebro izquierdo o de cerebro derecho es un mito.",
    ),
    (
        "guardado en el cuerpo",
        "El trauma queda guardado en el cuerpo.",
        "Se dice que el trauma queda guardado en el cuerpo, pero es una metáfora.",
    ),
    (
        "cortisol daña",
        "El cortisol daña su cerebro.",
        "Los científicos todavía están aprendiendo si el cortisol daña el cerebro.",
    ),
    (
        "cambie su cerebro en 21 días",
        "Cambie su cerebro en 21 días.",
        "Nadie puede cambiar su cerebro en 21 días; es un mito.",
    ),
]
SENTENCE = "Su corazón late más rápido."


def lint_with(tmp_path, old: str, new: str, *, builtin_rules: bool = True):
    path = spanish_entry(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return lint_file(path, builtin_rules=builtin_rules).problems


@pytest.mark.parametrize(("claim", "fact", "hedged"), RULES, ids=[r[0] for r in RULES])
def test_each_spanish_myth_trips_as_fact_and_not_when_hedged(tmp_path, claim, fact, hedged):
    found = [p for p in lint_with(tmp_path, SENTENCE, fact) if "overstates" in p.message]
    assert [p.severity for p in found] == ["error"], found
    assert claim.lower() in found[0].message.lower(), found[0].message
    problems = lint_with(tmp_path, SENTENCE, hedged)
    assert not [p for p in problems if "overstates" in p.message], problems
    assert [p for p in problems if "is allowed here because the sentence says" in p.message]


def test_spanish_list_has_every_english_rule():
    assert len(load_banned_phrases(language="es")) >= len(load_banned_phrases())


def test_a_footnote_marker_in_a_spanish_entry_is_an_error(tmp_path):
    problems = lint_with(tmp_path, SENTENCE, "Su corazón late más rápido.[^1]")
    assert [p.severity for p in problems if "'[^1]'" in p.message] == ["error"]


def test_a_spanish_breathing_exercise_needs_the_caution(tmp_path):
    caution = "Si respirar así le pone más nervioso, pare, mire a su alrededor y dígaselo a"
    problems = lint_with(tmp_path, caution, "Cuando termine, vuelva a lo que hacía y dígaselo a")
    [warning] = [p for p in problems if "attend to the breath" in p.message]
    assert warning.severity == "warning" and "poner atención en la respiración" in warning.message
    assert not [p for p in lint_with(tmp_path, "", "") if "attend to the breath" in p.message]


def test_plain_su_terapeuta_in_built_in_spanish_text_asks_for_the_placeholder(tmp_path):
    problems = lint_with(tmp_path, "dígaselo a [[therapist]]", "dígaselo a su terapeuta")
    [error] = [p for p in problems if "'su terapeuta'" in p.message]
    assert error.severity == "error" and "write [[therapist]]" in error.message


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La amígdala vigila.", "La alarma del cerebro (la amígdala) vigila."),
        ("¿Qué hace la amígdala?", "¿Qué hace la alarma del cerebro (la amígdala)?"),
        ("¿La amígdala vigila?", "¿La alarma del cerebro (la amígdala) vigila?"),
        ("Habla del hipocampo.", "Habla de una parte del cerebro que guarda los recuerdos."),
        ("Cuida de la homeostasis.", "Cuida del equilibrio del cuerpo."),
        ("Vuelva a la homeostasis.", "Vuelva al equilibrio del cuerpo."),
        ("Ayuda para el insomnio.", "Ayuda para la dificultad para dormir (el insomnio)."),
    ],
)
def test_a_spanish_alternative_fits_the_sentence_in_place_of_the_term(sentence, expected):
    from handout_builder.core.checks.jargon import load_jargon, replacement

    [hit] = load_jargon(language="es").find(sentence)
    fix = replacement(sentence, hit.start, hit.end, hit.term.term, hit.term.plain[0], "es")
    assert fix is not None
    assert sentence[: fix.start] + fix.text + sentence[fix.end :] == expected


BROKEN_ES = re.compile(
    r"\b(?:el|la|los|las|un|una|unos|unas|su|sus|del|al)\s+"
    r"(?:el|la|los|las|un|una|unos|unas|su|sus)\b"  # "la una parte"
    r"|\b(?:de|a)\s+el\b"  # "de el" is "del"
    r"|^[a-záéíóúñ]",  # a sentence that starts in lower case
)


def test_replacements_in_the_spanish_library_read_as_sentences():
    from handout_builder.core.checks.jargon import load_jargon, replacement
    from handout_builder.core.checks.readability import scoring_text, split_sentences
    from handout_builder.core.model.library import load_library

    jargon, tried = load_jargon(language="es"), 0
    for entry in load_library(language="es"):
        for sentence in split_sentences(scoring_text(entry.body, "es")):
            if BROKEN_ES.search(sentence):
                continue  # as written (a list item that goes on from the line before)
            for hit in jargon.find(sentence):
                for plain in hit.term.plain:
                    fix = replacement(sentence, hit.start, hit.end, hit.term.term, plain, "es")
                    if fix is not None:
                        tried += 1
                        result = sentence[: fix.start] + fix.text + sentence[fix.end :]
                        assert not BROKEN_ES.search(result), (entry.id, result)
    assert tried >= 8
