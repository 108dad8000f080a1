"""Entries in other languages: the Spanish entry format, the library keyed by
(language, id), translations and their English source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handout_builder.core.errors import NotFoundError, ValidationError
from handout_builder.core.markdown import split_parts
from handout_builder.core.model.library import LibraryEntry, load_library, parse_entry
from tests.conftest import REPO

SPANISH_TEST_ENTRIES = REPO / "tests" / "data" / "library" / "es"

ENTRY = """---
id: anxiety-alarm
language: es
translation_of: anxiety-alarm
source_revision: 0123456789ab
translation_reviewed: false
title: La alarma de su cuerpo
summary: Un resumen corto.
audiences: [adult]
---
El mensaje principal.

## Pruebe esto: respirar

1. Respire despacio.

## Puntos clave

- Un punto.
"""


def install_spanish_entries(home: Path) -> Path:
    """Copy the two small Spanish test entries into the user's library (es/)."""
    target = home / "library" / "es"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SPANISH_TEST_ENTRIES, target, dirs_exist_ok=True)
    return target


def untranslated_entry() -> LibraryEntry:
    """An English library entry with no Spanish version yet, with the user's entries
    as they are now (install the test entries first). The built-in Spanish library
    grows, so tests that need such an entry look it up rather than name it."""
    spanish = load_library(language="es")
    return next(e for e in load_library().entries.values() if e.id not in spanish.entries)


def test_a_spanish_entry_reads_its_translation_fields():
    entry = parse_entry(ENTRY, "es/anxiety-alarm.md", folder_language="es")
    assert (entry.language, entry.translation_of) == ("es", "anxiety-alarm")
    assert entry.source_revision == "0123456789ab"
    assert entry.translation_reviewed is False and entry.is_translation
    kinds = [part.kind for part in split_parts(entry.body)]
    assert kinds == ["intro", "try_this", "key_points"]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            ("translation_of: anxiety-alarm", "translation_of: panic-cycle"),
            "translation_of",
            "keeps the id",
        ),
        (("language: es", "language: en"), "language", "'es' folder"),
        (("language: es", "language: español"), "language", "not a language code"),
        (("source_revision: 0123456789ab", "source_revision: v2"), "source_revision", "12 letters"),
        (
            ("translation_reviewed: false", "translation_reviewed: maybe"),
            "translation_reviewed",
            "",
        ),
    ],
)
def test_bad_translation_fields_name_the_field(change, field, words):
    with pytest.raises(ValidationError) as info:
        parse_entry(ENTRY.replace(*change), "es/x.md", folder_language="es")
    problem = next(p for p in info.value.problems if p.field == field)
    assert words in problem.message


def test_the_library_is_keyed_by_language_and_id(home):
    install_spanish_entries(home)
    library = load_library()
    assert library.language == "en"
    english = library.get("anxiety-alarm")
    assert english.language == "en" and not english.is_translation
    spanish = library.in_language("es")
    wanted = {"anxiety-alarm", "grounding-skills", "panic-cycle", "validation"}
    assert wanted <= set(spanish.entries)
    entry = spanish.get("anxiety-alarm")
    assert entry.language == "es" and entry.title.startswith("Por qué")
    assert spanish.source_of(entry) == english
    assert library.entry("es", "anxiety-alarm") == entry
    assert library.languages() == ["en", "es"]
    with pytest.raises(NotFoundError, match="has no Spanish version yet"):
        spanish.get(untranslated_entry().id)
    assert load_library(language="es").entries.keys() == spanish.entries.keys()


def test_only_folders_named_for_a_language_hold_entries_in_it(home):
    folder = install_spanish_entries(home)
    (home / "library" / "old").mkdir()  # not a language: ignored
    shutil.copy(folder / "anxiety-alarm.md", home / "library" / "old" / "x.md")
    library = load_library(language="es")
    assert library.entries["anxiety-alarm"].source == folder / "anxiety-alarm.md"
    assert not any(p.file and Path(p.file).parent.name == "old" for p in library.problems)
    assert "x" not in library.entries


def test_switching_a_handout_to_spanish_keeps_edited_sections_and_says_so(home, tmp_path):
    from handout_builder.core.model.documents import new_handout, switch_language
    from handout_builder.core.model.handout import load_handout, save_handout

    install_spanish_entries(home)
    library = load_library()
    other = untranslated_entry()
    handout = new_handout(library, ["anxiety-alarm", "grounding-skills", other.id])
    handout.sections[1].body += "\nMy own sentence.\n"
    notes = switch_language(handout, library, "es")
    assert handout.language == "es"
    assert handout.sections[0].title.startswith("Por qué") and handout.sections[0].language == "es"
    assert handout.sections[1].body.endswith("My own sentence.\n")
    assert notes == [
        "‘Grounding skills: coming back to the here and now’ was edited, so it stays as it is",
        f"‘{other.title}’ has no Spanish version; it stays as it is",
    ]
    path = tmp_path / "h.handout"
    save_handout(handout, path)
    saved = path.read_text(encoding="utf-8")
    assert saved.count('"language": "en"') == 2  # the two sections left in English
    again = load_handout(path)
    assert [s.language or again.language for s in again.sections] == ["es", "en", "en"]
