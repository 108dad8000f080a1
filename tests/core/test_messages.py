"""Messages the core makes for people: English on the command line, the
interface's language in the app (core/messages.py), and a guard that the
messages the app shows are made translatable."""

from __future__ import annotations

import ast
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import handout_builder
from handout_builder.core.errors import Problem
from handout_builder.core.messages import Message, decimal, joined, msg, translated

SPANISH = {
    "%1 of %2 sentences use the passive voice": "%1 de %2 oraciones usan la voz pasiva",
    "Uses %1": "Usa %1",
    "lists": "listas",
    "bold words": "palabras en negrita",
    " and ": " y ",
    "%1.%2": "%1,%2",
    "grade %1": "grado %1",
    "is required": "es obligatorio",
    "%1: %2": "%1: %2",
    "%1, line %2": "%1, línea %2",
    "field '%1'": "campo «%1»",
    "Accent colour": "Color de acento",
}


def spanish(template: str) -> str:
    return SPANISH.get(template, template)


def test_a_message_is_its_english_text_and_translates_with_its_values():
    message = msg("%1 of %2 sentences use the passive voice", 3, 12)
    assert message == "3 of 12 sentences use the passive voice"
    assert isinstance(message, str)
    assert message.translated(spanish) == "3 de 12 oraciones usan la voz pasiva"


def test_values_that_are_messages_and_joined_parts_translate_too():
    parts = joined(msg(" and "), [msg("lists"), msg("bold words")])
    message = msg("Uses %1", parts)
    assert message == "Uses lists and bold words"
    assert translated(message, spanish) == "Usa listas y palabras en negrita"
    # Text that is not a message (a title, the clinician's words) stays as it is.
    assert translated("Your brain can change", spanish) == "Your brain can change"


def test_a_value_holding_a_placeholder_is_not_filled_again():
    assert msg("Uses %1", "%2 things", "x") == "Uses %2 things"


def test_decimals_take_the_decimal_mark_of_the_language():
    assert msg("grade %1", decimal(5.14)) == "grade 5.1"
    assert msg("grade %1", decimal(5.14)).translated(spanish) == "grado 5,1"
    assert decimal(4.6, 0) == "5"


def test_messages_survive_the_trip_to_and_from_the_render_worker():
    message = msg("Uses %1", joined(", ", [msg("lists"), "“Try this”"]))
    back = pickle.loads(pickle.dumps(Problem(message, "f.md", 2)))
    assert back.message == message and isinstance(back.message, Message)
    assert back.message.translated(spanish) == "Usa listas, “Try this”"


def test_a_problem_translates_its_headline_and_place():
    problem = Problem(msg("is required"), "/b/x.toml", 4, "accent_color")
    assert problem.headline() == "Accent colour: is required"
    assert problem.headline(spanish) == "Color de acento: es obligatorio"
    assert problem.detail(spanish) == "/b/x.toml, línea 4, campo «accent_color»"
    assert (
        problem.describe(translate=spanish) == "/b/x.toml:4: campo «accent_color»: es obligatorio"
    )
    assert str(problem) == "/b/x.toml:4: field 'accent_color': is required"


# The modules whose messages the app shows: every message they hand to a
# Problem or to a field reader is made with msg(), so `make translations`
# finds it and the translation test fails until it is translated.
TRANSLATED_MODULES = (
    "core/fields.py",
    "core/files.py",
    "core/model/brand.py",
    "core/model/pack.py",
    "core/model/pack_import.py",
    "core/checks/pemat.py",
    "render/fit.py",
)
PACKAGE = Path(handout_builder.__file__).parent


def _plain_messages(source: str) -> list[int]:
    """Lines where a string literal or f-string is handed to ``Problem(...)``,
    ``.error(key, ...)`` or ``.warn(key, ...)``, or returned as a PEMAT reason."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name == "Problem" and node.args:
            argument: ast.expr | None = node.args[0]
        elif name in ("error", "warn") and len(node.args) == 2:
            argument = node.args[1]
        else:
            continue
        if isinstance(argument, (ast.Constant, ast.JoinedStr)) and not (
            isinstance(argument, ast.Constant) and not isinstance(argument.value, str)
        ):
            found.append(node.lineno)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            values = node.value.elts
            if len(values) == 2 and isinstance(values[1], (ast.Constant, ast.JoinedStr)):
                found.append(node.lineno)
    return found


@pytest.mark.parametrize("module", TRANSLATED_MODULES)
def test_the_messages_the_app_shows_are_marked_for_translation(module: str):
    source = (PACKAGE / module).read_text(encoding="utf-8")
    assert _plain_messages(source) == [], f"{module}: use msg(...) on these lines"


def test_the_guard_finds_an_unmarked_message():
    source = 'r.error("font", f"{x} is not a font")\nProblem("plain", f)\nreturn "fail", "No"\n'
    assert _plain_messages(source) == [1, 2, 3]


def test_core_messages_carry_no_disambiguation_in_the_translations():
    """lupdate reads a literal second argument of msg() as a translator's
    comment; the app looks the template up without one and would show English."""
    ts = PACKAGE / "gui" / "translations" / "handout_builder_es.ts"
    root = ET.parse(ts).getroot()
    core = [c for c in root.iter("context") if (c.findtext("name") or "") == ""]
    assert core, "the core's messages are in the translations"
    commented = [
        m.findtext("source")
        for c in core
        for m in c.iter("message")
        if m.find("comment") is not None
    ]
    assert commented == []


def _unreadable_templates(source: str) -> list[int]:
    """Lines where msg() is called with a template lupdate cannot read (not a
    literal string: a variable, an f-string)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "msg"
        and not (
            node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        )
    ]


def test_every_template_is_a_literal_that_make_translations_finds():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for folder in ("core", "render")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if (lines := _unreadable_templates(path.read_text(encoding="utf-8")))
    }
    assert found == {}
    assert _unreadable_templates('msg(kind)\nmsg(f"{x}")\nmsg("ok %1", x)\n') == [1, 2]
