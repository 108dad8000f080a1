"""The command line in Spanish and in two languages: library --language es,
build --language es, the bilingual layout, render --language."""

from __future__ import annotations

import json

from handout_builder.cli import main
from handout_builder.core.model.library import load_library
from tests.conftest import pdf_text
from tests.core.model.test_library_languages import install_spanish_entries, untranslated_entry


def test_library_lists_the_spanish_entries_with_spanish_scores(home, capsys):
    install_spanish_entries(home)
    assert main(["library", "--language", "es", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    ids = {row["id"] for row in rows}
    assert ids >= {"anxiety-alarm", "grounding-skills", "panic-cycle", "validation"}
    assert len(rows) == len(load_library(language="es"))
    for row in rows:
        assert row["language"] == "es" and row["grade"] is None
        assert row["inflesz"] >= 65 and row["inflesz_band"] in ("bastante fácil", "muy fácil")
        assert row["fernandez_huerta"] > 0 and row["translation_reviewed"] is False
        assert row["source_changed"] is False  # made from the current English revision
    assert main(["library", "--language", "es"]) == 0
    assert "INFLESZ" in capsys.readouterr().out
    assert main(["library", "--language", "e s"]) == 2


def test_build_in_spanish_and_in_both_languages(home, tmp_path, capsys):
    install_spanish_entries(home)
    out = tmp_path / "es.pdf"
    assert main(["build", "--language", "es", "--topic", "anxiety-alarm", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Por qué aparece la ansiedad" in text and "Página 1 de" in text
    both = tmp_path / "both.pdf"
    args = ["build", "--layout", "bilingual", "--language", "es", "--topic", "grounding-skills"]
    assert main([*args, "-o", str(both)]) == 0
    text = pdf_text(both.read_bytes())
    assert "Volver al aquí y al ahora" in text and "Grounding skills" in text
    other = untranslated_entry().id
    assert main(["build", "--language", "es", "--topic", other, "-o", str(out)]) == 2
    assert "has no Spanish version yet" in capsys.readouterr().err


def test_render_prints_a_saved_handout_in_another_language(home, tmp_path, capsys):
    install_spanish_entries(home)
    saved, out = tmp_path / "h.handout", tmp_path / "h.pdf"
    args = ["build", "--topic", "anxiety-alarm", "--save-handout", str(saved), "-o", str(out)]
    assert main(args) == 0
    assert main(["render", str(saved), "--language", "es", "-o", str(out)]) == 0
    assert "Por qué aparece la ansiedad" in pdf_text(out.read_bytes())
    assert json.loads(saved.read_text(encoding="utf-8"))["language"] == "en"  # unchanged
