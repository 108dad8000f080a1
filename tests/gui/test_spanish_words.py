"""The Spanish interface says everything in Spanish: the words the core makes
(problems, the PEMAT checklist, layout titles), the formatting buttons, and
numbers written with a decimal comma."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from handout_builder.core.errors import Problem, ValidationError
from handout_builder.core.messages import msg
from handout_builder.gui.i18n import error_text, number, problem_detail, problem_headline
from tests.gui.conftest import PREVIEW_TIMEOUT_MS, ready, start_window
from tests.gui.test_health_checks import current_report

BAD_COLOUR = 'practice_name = "Consultorio Sur"\naccent_color = "azul"\n'


def _spanish_window(qtbot, renderer):
    return ready(qtbot, start_window(qtbot, renderer))


def test_a_problem_reads_in_spanish_headline_and_place(spanish):
    problem = Problem(
        msg("'%1' is not a colour; use the form #rrggbb, e.g. #2f5d7c", "azul"),
        "/b/sur.toml",
        3,
        "accent_color",
    )
    assert problem_headline(problem) == (
        "Color de acento: «azul» no es un color; use la forma #rrggbb, p. ej., #2f5d7c"
    )
    assert problem_detail(problem) == "/b/sur.toml, línea 3, campo «accent_color»"
    # The command line's words are unchanged.
    assert str(problem) == (
        "/b/sur.toml:3: field 'accent_color': 'azul' is not a colour; use the form #rrggbb, "
        "e.g. #2f5d7c"
    )


def test_an_error_dialog_lists_the_problems_in_spanish(spanish):
    error = ValidationError([Problem(msg("is required"), "/b/sur.toml", 1, "practice_name")] * 10)
    lines = error_text(error).splitlines()
    assert lines[0] == "/b/sur.toml:1: campo «practice_name»: es obligatorio"
    assert lines[-1] == "… y 2 problemas más"


def test_a_broken_brand_profile_is_listed_in_spanish(qtbot, home, renderer, spanish):
    (home / "brands").mkdir(parents=True, exist_ok=True)
    (home / "brands" / "sur.toml").write_text(BAD_COLOUR, encoding="utf-8")
    window = _spanish_window(qtbot, renderer)
    window.request_preview()
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    lines = [window.preview.problems.item(i).text() for i in range(window.preview.problems.count())]
    sur = next(line for line in lines if "sur.toml" in line)
    assert "Color de acento: «azul» no es un color; use la forma #rrggbb" in sur
    assert "is not a colour" not in sur


def test_the_checklist_and_reading_level_are_spanish(qtbot, home, renderer, spanish):
    window = _spanish_window(qtbot, renderer)
    report = current_report(qtbot, window)
    panel = window.health_panel
    assert "Usa un lenguaje común y cotidiano" in panel.item_text("everyday-language")
    assert "Usa la voz activa" in panel.item_text("active-voice")
    assert "No se encontró voz pasiva" in panel.item_text("active-voice")  # its reason
    assert "¿Queda claro el propósito" in panel.question_labels["purpose-evident"].text()
    # The reading grade with a decimal comma ("Grado 4,6"), in the checks' words too.
    grade = f"{report.readability.grade:.1f}".replace(".", ",")
    everyday = panel.item_text("everyday-language")
    assert f"Grado de lectura {grade} y ninguna palabra difícil" in everyday
    assert f"Grado {grade}" in panel.handout_box.verdict.text()
    assert f"{report.readability.grade:.1f}" not in panel.handout_box.verdict.text()


def test_bold_and_italic_buttons_use_the_spanish_letters(qtbot, home, renderer, spanish):
    window = _spanish_window(qtbot, renderer)
    editor = window.editor
    assert editor.bold_action.text() == "N"  # negrita, as word processors in Spanish show it
    assert editor.italic_action.text() == "K"  # cursiva
    bold = editor.toolbar.widgetForAction(editor.bold_action)
    assert bold.accessibleName() == "Negrita"
    assert editor.bold_action.toolTip().startswith("Negrita (")
    assert editor.toolbar.widgetForAction(editor.italic_action).accessibleName() == "Cursiva"


def test_the_layout_picker_shows_spanish_titles_and_descriptions(qtbot, home, renderer, spanish):
    window = _spanish_window(qtbot, renderer)
    combo = window.menus.layout_combo
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert "Clásico" in titles and "Letra grande" in titles and "Classic" not in titles
    index = combo.findData("classic")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole).startswith("Una columna")


def test_numbers_follow_the_interface_language(spanish):
    assert QLocale().decimalPoint() == ","
    assert number(5.14, 1) == "5,1"
    assert number(72.4) == "72"


def test_numbers_in_english_keep_the_decimal_point():
    assert number(5.14, 1) == "5.1"
