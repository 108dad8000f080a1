"""Spanish reading checks: syllables, Szigriszt-Pazos / INFLESZ, Fernández-Huerta,
and the linter on Spanish entries and translations."""

from __future__ import annotations

import re
import shutil

import pytest

from handout_builder.core.checks.inflesz import inflesz_band, syllables
from handout_builder.core.checks.lint import lint_file
from handout_builder.core.checks.readability import combine, score_markdown
from handout_builder.core.model.library import parse_entry
from tests.conftest import REPO
from tests.core.model.test_library_languages import SPANISH_TEST_ENTRIES

EASY = (
    "La ansiedad es una alarma. Su cuerpo se prepara. ¿Qué puede hacer usted? "
    "Respire despacio. La alarma se calma."
)
HARD = (
    "La sintomatología ansiosa constituye una manifestación psicofisiológica "
    "caracterizada por la activación desproporcionada del sistema neuroendocrino, "
    "independientemente de la existencia objetiva de amenazas identificables."
)


@pytest.mark.parametrize(
    ("word", "count"),
    # Pyphen's Spanish hyphenation (textstat 0.7.8) counts each of these one short.
    [
        ("amor", 2),
        ("idea", 3),
        ("país", 2),
        ("ahora", 3),
        ("alarma", 3),
        ("oír", 2),
        ("cuerpo", 2),
        ("ciudad", 2),
        ("respiración", 4),
        ("que", 1),
        ("pingüino", 3),
    ],
)
def test_spanish_syllables_follow_spanish_rules(word, count):
    assert syllables(word) == count


def test_inflesz_scores_plain_spanish_as_easy_and_dense_prose_as_hard():
    easy, hard = score_markdown(EASY, "es"), score_markdown(HARD, "es")
    assert easy.inflesz is not None and hard.inflesz is not None
    assert easy.inflesz >= 80 and inflesz_band(easy.inflesz) == "muy fácil"
    assert hard.inflesz < 40 and inflesz_band(hard.inflesz) == "muy difícil"
    assert easy.verdict == "good" and hard.verdict == "too hard"
    assert easy.fernandez_huerta is not None and easy.fernandez_huerta > hard.fernandez_huerta
    assert easy.sentences == 5 and easy.grade == 0.0  # ¿ opens a sentence; no FK grade
    joined = score_markdown(EASY + "\n\n" + HARD, "es")
    assert combine([easy, hard]).inflesz == joined.inflesz


def test_inflesz_bands_follow_barrio_cantalejo():
    assert [inflesz_band(x) for x in (39.9, 40, 55, 65, 80)] == [
        "muy difícil",
        "algo difícil",
        "normal",
        "bastante fácil",
        "muy fácil",
    ]


def spanish_entry(tmp_path, name="anxiety-alarm.md"):
    folder = tmp_path / "es"
    folder.mkdir(exist_ok=True)
    return shutil.copy(SPANISH_TEST_ENTRIES / name, folder / name)


def messages(result):
    return [f"{p.severity}: {p.field or ''}: {p.message}" for p in result.problems]


def test_lint_passes_the_spanish_test_entries_with_builtin_rules(tmp_path):
    for name in ("anxiety-alarm.md", "grounding-skills.md"):
        result = lint_file(spanish_entry(tmp_path, name), builtin_rules=True)
        assert not [p for p in result.problems if p.severity != "info"], messages(result)
        assert result.score is not None and (result.score.inflesz or 0) >= 65


def test_lint_scores_spanish_with_inflesz_not_the_grade(tmp_path):
    path = spanish_entry(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Una parte pequeña del cerebro busca peligros.", HARD))
    found = messages(lint_file(path, builtin_rules=True))
    assert any("reading ease is" in m and "INFLESZ" in m and "aim for 65" in m for m in found)
    assert any(m.startswith("info") and "hard sentence (INFLESZ" in m for m in found)
    assert not any("Flesch" in m for m in found)


def test_lint_checks_a_translation_against_its_english_entry(tmp_path):
    english_file = REPO / "assets" / "library" / "grounding-skills.md"
    english = parse_entry(
        english_file.read_text(encoding="utf-8") + "\nCall [[crisis_line]].\n",
        str(english_file),
    )
    path = spanish_entry(tmp_path, "grounding-skills.md")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r'source_revision: "[0-9a-f]{12}"', f'source_revision: "{english.revision}"', text)
        .replace("translation_reviewed: false\n", "")
        .replace("- Si la angustia no baja, llame a [[crisis_line]].", "- Tú puedes hacerlo.")
    )
    found = messages(lint_file(path, builtin_rules=True, sources={english.id: english}))
    assert any("translation_reviewed: is required for built-in translations" in m for m in found)
    assert any("the English entry prints [[crisis_line]]" in m for m in found)
    assert any(m.startswith("info") and "tú form ('Tú')" in m for m in found)
    assert not any("source_revision" in m for m in found)
    changed = english.revision[::-1]
    path.write_text(path.read_text().replace(english.revision, changed))
    found = messages(lint_file(path, builtin_rules=True, sources={english.id: english}))
    assert any(
        m.startswith(
            f"warning: source_revision: the English entry changed since this "
            f"translation was made (revision {changed}, now {english.revision})"
        )
        for m in found
    )


def test_lint_refuses_a_translation_of_an_unknown_entry(tmp_path):
    path = spanish_entry(tmp_path)
    text = path.read_text(encoding="utf-8").replace("anxiety-alarm", "no-such-topic")
    target = path.with_name("no-such-topic.md")
    target.write_text(text, encoding="utf-8")
    found = messages(lint_file(target, builtin_rules=False))
    assert any("'no-such-topic' is not an English library entry" in m for m in found)


def test_spanish_passive_is_ser_and_participle_not_the_impersonal_se():
    from handout_builder.core.checks.passive import find_passive_es, passive_finder

    assert [h.text for h in find_passive_es("El plan fue creado por su terapeuta.")] == [
        "fue creado"
    ]
    assert [h.text for h in find_passive_es("Las señales son tratadas a tiempo.")] == [
        "son tratadas"
    ]
    assert find_passive_es("Se sabe que respirar despacio ayuda.") == []
    assert find_passive_es("Es complicado, y es normal.") == []
    assert passive_finder("es-mx") is find_passive_es and passive_finder("he") is None


def test_a_spanish_text_is_checked_with_the_spanish_lists():
    from handout_builder.core.checks.health_literacy import (
        MaterialSection,
        analyse_section,
        line_findings,
    )
    from handout_builder.core.checks.jargon import load_jargon

    jargon = load_jargon(language="es")
    text = (
        "La amígdala detecta el peligro. El miedo fue creado por la alarma. Usted puede respirar."
    )
    kinds = {f.kind for f in line_findings(text, jargon, "es")}
    assert kinds == {"jargon", "passive"}
    section = MaterialSection("s", "Título", text, language="es")
    analysis = analyse_section(section, jargon)
    assert analysis.readability.inflesz is not None and analysis.readability.grade == 0.0
    assert len(analysis.passive) == 1 and analysis.you_sentences == 1
    assert [use.term.term for use in analysis.jargon] == ["amígdala"]


def test_lint_flags_spanish_myth_phrases(tmp_path):
    path = spanish_entry(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "Una parte pequeña del cerebro busca peligros.",
            "Una parte pequeña del cerebro es el centro del miedo.",
        )
    )
    found = messages(lint_file(path, builtin_rules=True))
    assert any(
        m.startswith("error") and "'centro del miedo' overstates the science" in m for m in found
    ), found
