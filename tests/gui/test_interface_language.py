"""The app in Spanish: Qt's translations (handout_builder/gui/translations),
the system language or the Preferences' choice, English by default."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu, QMenuBar

from handout_builder.core.settings import load_settings
from handout_builder.gui.i18n import (
    TRANSLATIONS_DIR,
    interface_language,
    translation_file,
)
from tests.gui.conftest import ready, start_window

TS_FILES = sorted(TRANSLATIONS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


def _messages(ts: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message in ``ts``."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            yield name, message.findtext("source") or "", texts, finished


def _menu_accelerators(menu: QMenu | QMenuBar) -> list[str]:
    return [
        m.group(1).lower()
        for action in menu.actions()
        if not action.isSeparator() and (m := ACCELERATOR.search(action.text()))
    ]


def test_translations_are_in_the_repository_and_compiled():
    assert [ts.name for ts in TS_FILES] == ["handout_builder_en.ts", "handout_builder_es.ts"]
    for language in ("en", "es"):
        assert translation_file(language).is_file()  # built by the set-up
        assert QTranslator().load(str(translation_file(language)))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_string_is_translated_with_its_placeholders_and_accelerator(ts):
    problems = []
    for context, source, texts, finished in _messages(ts):
        where = f"{context}: {source!r}"
        if not finished or not all(t.strip() for t in texts):
            problems.append(f"{where} is not translated")
        for text in texts:
            found, wanted = PLACEHOLDER.findall(text), PLACEHOLDER.findall(source)
            if len(texts) > 1:  # a plural form may say the number in words ("Something")
                found, wanted = [p for p in found if p != "%n"], [p for p in wanted if p != "%n"]
            if sorted(found) != sorted(wanted):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{where}: accelerator lost or added in {text!r}")
    assert problems == []


def test_spanish_has_every_plural_in_its_two_forms():
    plurals = [m for m in _messages(TRANSLATIONS_DIR / "handout_builder_es.ts") if len(m[2]) > 1]
    assert len(plurals) >= 5
    assert all(len(texts) == 2 and texts[0] != texts[1] for _c, _s, texts, _f in plurals)


@pytest.mark.parametrize(
    ("setting", "system", "shown"),
    [
        ("", "es_MX", "es"),
        ("", "es_ES", "es"),
        ("", "de_DE", "en"),
        ("", "en_US", "en"),
        ("en", "es_US", "en"),
        ("es", "en_US", "es"),
    ],
)
def test_the_system_language_is_followed_unless_a_setting_overrides_it(setting, system, shown):
    assert interface_language(setting, QLocale(system)) == shown


def test_english_by_default(window):
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()][:2] == ["&File", "&Edit"]
    # English plural forms come from handout_builder_en.ts
    assert window.preview.tr("Up to date · %n page(s)", "", 1) == "Up to date · 1 page"
    assert window.preview.tr("Up to date · %n page(s)", "", 3) == "Up to date · 3 pages"


def test_main_window_menus_and_a_dialog_are_spanish(qtbot, home, renderer, spanish):
    win = ready(qtbot, start_window(qtbot, renderer))
    bar = win.menuBar()
    assert [a.text() for a in bar.actions()] == [
        "&Archivo",
        "&Editar",
        "&Folleto",
        "&Ver",
        "&Configuración",
        "Ay&uda",
    ]
    file_menu = bar.actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()][:3] == [
        "&Nuevo",
        "&Abrir…",
        "Abrir &recientes",
    ]
    assert win.statusBar().currentMessage() in ("Listo", "")
    paper = win.menus.paper_combo
    assert [paper.itemText(i) for i in range(paper.count())] == ["Carta", "A4"]
    assert "Página" in win.preview.page_label.text()
    assert win.preview.status.text().startswith("Al día · ")

    # Alt and a letter reaches one thing: unique per menu, and in the menu bar
    # together with the toolbar's labelled pickers (&Marca, &Diseño, &Papel, &Idioma).
    menus = [bar, *win.findChildren(QMenu)]
    for menu in menus:
        letters = _menu_accelerators(menu)
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    pickers = [
        m.group(1).lower()
        for label in win.menus.toolbar.findChildren(QLabel)
        if (m := ACCELERATOR.search(label.text()))
    ]
    assert pickers == ["m", "d", "p", "i"]
    window_letters = _menu_accelerators(bar) + pickers
    assert len(window_letters) == len(set(window_letters))

    preferences = win.open_preferences()
    qtbot.addWidget(preferences)
    assert preferences.windowTitle() == "Preferencias"
    buttons = preferences.findChild(QDialogButtonBox)
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == [
        "Cancelar",  # Qt's own words, from PySide6's qtbase_es
        "Guardar",
    ]
    labels = {label.text() for label in preferences.findChildren(QLabel)}
    assert {"Idioma de la aplicación", "Diseño para folletos nuevos"} <= labels
    preferences.reject()


def test_preferences_say_a_new_interface_language_shows_at_the_next_start(qtbot, window):
    preferences = window.open_preferences()
    assert preferences.interface_language.currentData() == ""  # the system's
    assert preferences.interface_language_note.isVisible()
    assert "next time you start" in preferences.interface_language_note.text()
    preferences.interface_language.setCurrentIndex(preferences.interface_language.findData("es"))
    preferences.save()
    assert load_settings().interface_language == "es"


def test_values_fill_the_placeholders_once_in_any_order():
    from handout_builder.gui.i18n import arg

    assert arg("%2 · %1", "a", "b") == "b · a"  # a translation may reorder them
    assert arg("Saved “%1” (%2)", "50%2 off", "x") == "Saved “50%2 off” (x)"


def test_the_translations_hold_every_string_the_source_marks():
    """`make translations` would find nothing new: every marked string is in
    each .ts and translated (a new string must be translated before merging)."""
    import subprocess
    import sys

    from tests.conftest import REPO

    run = subprocess.run(
        [sys.executable, "tools/translations.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


# Qt calls whose first argument is words on the screen.
TEXT_CALLS = {
    *("setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText"),
    *("setAccessibleName", "setAccessibleDescription", "showMessage", "setTabText"),
    *("addAction", "addMenu", "addItem", "addRow", "addTab", "addButton"),
    *("QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QMenu", "QToolBar"),
    *("QDockWidget", "EmptyNote"),
}
OWN_NAMES = {"English", "Español"}  # each language named in its own words


def test_words_on_the_screen_are_marked_for_translation():
    """A literal (or an f-string with words) handed straight to Qt cannot be
    translated: wrap it in self.tr / QCoreApplication.translate."""
    import ast

    unmarked = []
    for path in sorted((REPO_GUI := TRANSLATIONS_DIR.parent).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            first = node.args[0]
            if name not in TEXT_CALLS:
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                words = first.value
            elif isinstance(first, ast.JoinedStr):
                words = "".join(v.value for v in first.values if isinstance(v, ast.Constant))
            else:
                continue
            words = re.sub(r"<[^>]*>|\{[^}]*\}", "", words)  # markup and style sheets
            if re.search(r"[A-Za-z]{2}", words) and words not in OWN_NAMES:
                unmarked.append(f"{path.relative_to(REPO_GUI)}:{node.lineno}: {words!r}")
    assert unmarked == []
