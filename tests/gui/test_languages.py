"""Language in the window: the handout's language picks the library and the
sections' wording; Spanish brand texts in the brand dialog; the defaults in
Preferences."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt

from handout_builder.core.model.library import load_library
from handout_builder.core.settings import load_settings
from tests.core.model.test_library_languages import install_spanish_entries
from tests.gui.test_main_window import wait_for_preview_text


def choose_language(window, code: str) -> None:
    combo = window.menus.language_combo
    index = combo.findData(code)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_choosing_spanish_shows_the_spanish_library_and_wording(qtbot, window, home):
    install_spanish_entries(home)
    with qtbot.waitSignal(window.library_loaded):
        window.reload_library()
    choose_language(window, "es")
    handout = window.document.handout
    assert handout.language == "es"
    assert handout.sections[0].title.startswith("Por qué aparece la ansiedad")
    assert window.library_panel.library.language == "es"
    topics = [e for e in load_library(language="es") if e.variant_of is None]
    assert window.library_panel.list.count() == len(topics)  # a teen variant folds into its topic
    assert len(load_library(language="es")) < len(load_library())  # only the Spanish entries
    wait_for_preview_text(qtbot, window, "Por qué aparece la ansiedad")
    window.library_panel.list.setCurrentRow(0)
    item = window.library_panel.list.currentItem()
    assert "Translation not yet reviewed" in item.data(Qt.ItemDataRole.UserRole + 2)
    window.document.undo_stack.undo()  # one step back to English
    assert window.document.handout.language == "en"
    assert window.document.handout.sections[0].title.startswith("Why anxiety happens")


def test_the_brand_dialog_keeps_spanish_texts(qtbot, window, home):
    dialog = window.brands.open_practice_setup()
    dialog.practice.setText("Clínica del Río")
    dialog.crisis.setText("Call or text 988.")
    dialog.spanish["crisis_line"].setText("Llame o envíe un texto al 988.")
    dialog.save()
    assert dialog.isVisible() and "confirm" in dialog.error.text()  # crisis lines are checked
    dialog.crisis_confirmed.setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    saved = tomllib.loads(dialog.profile.source.read_text(encoding="utf-8"))
    assert saved["es"] == {"crisis_line": "Llame o envíe un texto al 988."}
    assert dialog.profile.text_in("es", "crisis_line") == "Llame o envíe un texto al 988."


def test_preferences_set_the_language_of_new_handouts_and_of_the_app(qtbot, window):
    dialog = window.open_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("es"))
    dialog.save()
    window.files.new()
    assert window.document.handout.language == "es"
    assert window.menus.language_combo.currentData() == "es"
    settings = load_settings()
    assert (settings.default_language, settings.interface_language) == ("es", "es")
