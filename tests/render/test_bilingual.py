"""The bilingual layout: each section in two languages side by side, each column
tagged with its language in the PDF's structure tree, hyphenated by its own
language's rules; the clinician picks the languages and their order."""

from __future__ import annotations

import io
import re
from collections import Counter

import pikepdf
import pyphen
from pypdf import PdfReader

from handout_builder.core.layout.layouts import find_layouts
from handout_builder.core.model.brand import sample_brand
from handout_builder.core.model.documents import new_handout, render_request
from handout_builder.core.model.library import load_library
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.core.model.test_library_languages import install_spanish_entries, untranslated_entry


def structure_languages(pdf: bytes) -> Counter[str]:
    """How many structure elements carry each /Lang."""
    found: Counter[str] = Counter()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        stack = [doc.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary):
                if "/Lang" in node:
                    found[str(node.Lang)] += 1
                if "/K" in node:
                    stack.append(node.K)
    return found


def lines_with_x(pdf: bytes) -> list[tuple[int, float, str]]:
    """(page, x in pt, text) of every piece of text, in drawing order."""
    out: list[tuple[int, float, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                out.append((number, cm[4] + tm[4] * cm[0], text))

        page.extract_text(visitor_text=visit)
    return out


def bilingual(home, *, language="es", topics=("anxiety-alarm", "grounding-skills"), **options):
    install_spanish_entries(home)
    library = load_library(language=language)
    handout = new_handout(library, list(topics), layout="bilingual", paper="letter")
    for name, value in options.items():
        setattr(handout.options, name, value)
    return handout, library


def test_the_bilingual_layout_is_listed_for_letter_and_a4():
    layouts, _ = find_layouts()
    layout = layouts["bilingual"]
    assert "Bilingual" in layout.title and layout.languages == 2
    assert set(layout.papers) == {"letter", "a4"}


def test_each_section_prints_in_both_languages_each_tagged_with_its_own(home):
    handout, library = bilingual(home)
    result = render(render_request(handout, sample_brand(), library))
    assert result.ok, result.error
    text = pdf_text(result.pdf or b"")
    english, spanish = load_library(), load_library(language="es")
    for topic in ("anxiety-alarm", "grounding-skills"):
        assert english.get(topic).title in text
        assert spanish.get(topic).title in text
    assert "Pruebe esto" in text and "Try this" in text
    languages = structure_languages(result.pdf or b"")
    assert languages["es"] >= 4 and languages["en"] >= 4, languages
    with pikepdf.open(io.BytesIO(result.pdf or b"")) as doc:
        assert str(doc.Root.Lang) == "es"
    assert not [p for p in result.problems if p.severity == "error"]


def test_the_clinician_chooses_the_order_of_the_columns(home):
    def title_x(pdf: bytes, start: str) -> float:
        return next(x for _, x, t in lines_with_x(pdf) if t.startswith(start))

    for first, expect_spanish_left in ((False, True), (True, False)):
        handout, library = bilingual(home, second_language="en", second_language_first=first)
        pdf = render(render_request(handout, sample_brand(), library)).pdf or b""
        spanish_x, english_x = title_x(pdf, "Volver al aquí"), title_x(pdf, "Grounding skills")
        assert (spanish_x < english_x) == expect_spanish_left


def test_sections_the_other_language_cannot_follow_are_named_in_the_problems(home):
    install_spanish_entries(home)
    other = untranslated_entry()
    handout, library = bilingual(home, language="en", topics=("grounding-skills", other.id))
    handout.sections[0].body += "\nA sentence added for this client.\n"
    result = render(render_request(handout, sample_brand(), library))
    assert result.ok
    messages = [p.message for p in result.problems]
    assert (
        "‘Grounding skills: coming back to the here and now’ was edited in English; the "
        "Spanish text shows the library wording" in messages
    )
    assert any(m.startswith(f"‘{other.title}’ has no Spanish version") for m in messages)
    text = pdf_text(result.pdf or b"")
    assert "A sentence added for this client." in text and "Volver al aquí" in text


def test_columns_are_hyphenated_by_their_own_language(home):
    handout, library = bilingual(home)
    pdf = render(render_request(handout, sample_brand(), library)).pdf or b""
    middle = 306  # letter width / 2, in pt; Spanish is the left column
    spanish = pyphen.Pyphen(lang="es")
    words = {w.lower() for e in load_library(language="es") for w in re.findall(r"\w+", e.body)}
    pieces = lines_with_x(pdf)
    breaks = []
    # WeasyPrint draws the hyphen it adds (U+2010) as a piece of its own.
    for before, mark, after in zip(pieces, pieces[1:], pieces[2:], strict=False):
        if mark[2].strip() in ("‐", "-") and before[1] < middle:
            head = re.findall(r"\w+$", before[2].rstrip())
            tail = re.findall(r"^\w+", after[2].strip())
            if head and tail and (head[0] + tail[0]).lower() in words:
                breaks.append((head[0], tail[0]))
    assert breaks, "no word was hyphenated in the Spanish column"
    for head, tail in breaks:
        word = (head + tail).lower()
        assert len(head) in spanish.positions(word), (head, tail)
