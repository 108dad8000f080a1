"""The clinician's whole journey, and the pieces around it: first run and
practice set-up, brand profiles, print options, provenance, recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from handout_builder.core.model.brand import list_brands
from handout_builder.core.model.handout import load_handout
from handout_builder.core.settings import load_settings
from handout_builder.gui.dialogs.brand_dialog import BrandDialog
from handout_builder.gui.dialogs.compare import CompareDialog
from handout_builder.gui.layout_options import fill_layout_options_menu
from handout_builder.gui.services.printing import PrintJob, match_printer
from tests.conftest import pdf_text
from tests.gui.conftest import PREVIEW_TIMEOUT_MS, start_window
from tests.gui.fake_renderer import text_pdf
from tests.gui.test_main_window import wait_for_preview_text


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_the_whole_journey(qtbot, home, tmp_path, real_renderer):
    window = start_window(qtbot, real_renderer)
    # First run: a finished sample handout, and the practice set-up dialog.
    assert window.document.handout.sections
    qtbot.waitUntil(lambda: isinstance(window.dialog, BrandDialog))
    dialog = window.dialog
    assert isinstance(dialog, BrandDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Set up your practice"
    type_into(qtbot, dialog.practice, "Harbour Therapy")
    type_into(qtbot, dialog.clinician, "Sam Lee")
    dialog.primary.set_color("#7a3e9d")
    type_into(qtbot, dialog.crisis, "Call or text the Harbour crisis line: 0800 000 000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the crisis line must be confirmed first
    assert "confirm" in dialog.error.text()
    dialog.crisis_confirmed.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    profiles, _ = list_brands()
    assert [p.practice_name for p in profiles] == ["Harbour Therapy"]
    assert load_settings().default_brand == profiles[0].name
    wait_for_preview_text(qtbot, window, "Harbour Therapy")
    window.activateWindow()

    # A new handout with three topics from the library.
    window.files.new()
    assert window.document.handout.brand == profiles[0].name
    for query in ("window of tolerance", "grounding", "name it"):
        panel = window.library_panel
        panel.search.clear()
        type_into(qtbot, panel.search, query)
        panel.list.setCurrentRow(0)
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    titles = [s.title for s in window.document.handout.sections]
    assert len(titles) == 3 and titles[0] == "Your window of tolerance"

    # Reorder with the keyboard: the last section moves up one.
    window.outline.select_section(window.document.handout.sections[2].id)
    window.menus.move_up_action.trigger()
    reordered = [s.title for s in window.document.handout.sections]
    assert reordered == [titles[0], titles[2], titles[1]]

    # Edit with bold and a list.
    window.outline.select_section(window.document.handout.sections[0].id)
    editor = window.editor
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.Start)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClick(editor.text, Qt.Key.Key_Up)
    editor.make_list(numbered=False)
    editor.toggle_bold()
    qtbot.keyClicks(editor.text, "Notice your window today")
    editor.flush()
    body = window.document.handout.sections[0].body
    assert body.startswith("- **Notice your window today**")

    # Undo and redo.
    window.menus.undo_action.trigger()
    assert not window.document.handout.sections[0].body.startswith("- **Notice")
    window.menus.redo_action.trigger()
    assert window.document.handout.sections[0].body.startswith("- **Notice your window today**")

    # Export, save, and open again.
    pdf = tmp_path / "handout.pdf"
    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        window.files.export_to(pdf)
    text = pdf_text(pdf.read_bytes())
    assert "Notice your window today" in text and "Harbour Therapy" in text
    assert "Harbour crisis line" in text
    saved = tmp_path / "journey.handout"
    assert window.files.save_to(saved)
    window.files.new()
    assert window.files.open_path(saved)
    assert [s.title for s in window.document.handout.sections] == reordered
    assert "Notice your window today" in window.editor.text.toPlainText()
    assert window.editor.text.fontWeight() >= 400
    assert str(saved.resolve()) in load_settings().recent_files


def test_print_options_change_what_prints(qtbot, real_window):
    window = real_window
    assert "Sources" in pdf_text(window.preview.last_result.pdf)
    window.menus.references_action.trigger()  # switch references off
    assert window.document.handout.options.include_references is False

    def no_sources(result) -> bool:
        return result.ok and "Sources" not in pdf_text(result.pdf)

    with qtbot.waitSignal(
        window.preview_updated, timeout=PREVIEW_TIMEOUT_MS, check_params_cb=no_sources
    ):
        pass
    window.menus.writein_actions[4].trigger()
    assert window.document.handout.options.writein_lines == 4
    question = window.document.handout.sections[0].reflection[0]  # printed with lines under it
    wait_for_preview_text(qtbot, window, question)


def test_duplicate_and_save_to_my_library(qtbot, window, home):
    sid = window.document.handout.sections[0].id
    window.outline.select_section(sid)
    window.menus.duplicate_action.trigger()
    assert len(window.document.handout.sections) == 2
    copy = window.document.handout.sections[1]
    assert copy.id != sid and copy.body == window.document.handout.sections[0].body
    window.editor.title.setFocus()
    window.editor.title.selectAll()
    qtbot.keyClicks(window.editor.title, "Sam's alarm")
    with qtbot.waitSignal(window.library_loaded):
        window.menus.save_to_library_action.trigger()
    saved = home / "library" / "sam-s-alarm.md"
    assert saved.is_file()
    assert "sam-s-alarm" in window.library.entries
    assert "sam-s-alarm" in window.library_panel.visible_ids()


def test_library_update_is_marked_and_can_be_compared(qtbot, window, home, tmp_path):
    handout_path = tmp_path / "old.handout"
    assert window.files.save_to(handout_path)
    # The library's wording changes later (here: the clinician's own override).
    entry = window.library.get("anxiety-alarm")
    text = entry.source.read_text(encoding="utf-8").replace(
        "Anxiety is your body's alarm system.", "Anxiety is how your body's alarm works."
    )
    (home / "library").mkdir(exist_ok=True)
    (home / "library" / "anxiety-alarm.md").write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.library_loaded):
        window.reload_library()
    assert window.files.open_path(handout_path)
    item = window.outline.list.item(0)
    assert "library updated" in item.text()
    assert window.editor.compare_button.isVisibleTo(window)
    dialog = window.sections.compare(window.document.handout.sections[0].id)
    assert isinstance(dialog, CompareDialog)
    dialog.keep_mine.emit(window.document.handout.sections[0].id)
    assert "library updated" not in window.outline.list.item(0).text()
    assert "Anxiety is your body's alarm system." in window.document.handout.sections[0].body
    window.menus.undo_action.trigger()
    dialog = window.sections.compare(window.document.handout.sections[0].id)
    dialog.take_new.emit(window.document.handout.sections[0].id)
    assert "Anxiety is how your body's alarm works." in window.document.handout.sections[0].body
    # Reprinting the old file gives exactly what the client got.
    assert "Anxiety is your body's alarm system." in load_handout(handout_path).sections[0].body


def test_brand_manager_create_duplicate_default_delete(qtbot, window, home, monkeypatch):
    manager = window.brands.open_manager()
    editor = manager.new()
    type_into(qtbot, editor.practice, "North Clinic")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert manager.list.count() == 1
    manager.duplicate()
    assert manager.list.count() == 2
    manager.list.setCurrentRow(1)
    manager.make_default()
    assert load_settings().default_brand == manager.selected().name
    combo = window.menus.brand_combo
    picker = ["North Clinic", "North Clinic (default)"]  # read in the background
    qtbot.waitUntil(lambda: [combo.itemText(i) for i in range(combo.count())] == picker)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    manager.delete()
    assert manager.list.count() == 1
    assert load_settings().default_brand == ""
    manager.close()


def test_bad_logo_and_missing_name_are_explained_in_the_dialog(qtbot, window, tmp_path):
    dialog = window.brands.open_practice_setup()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Practice name" in dialog.error.text()
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog.set_logo(fake)
    type_into(qtbot, dialog.practice, "P")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not a PNG, JPEG or SVG" in dialog.error.text()
    dialog.reject()


def test_preferences_set_defaults_for_new_handouts(qtbot, window):
    dialog = window.open_preferences()
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.save()
    window.files.new()
    assert window.document.handout.options.paper == "a4"
    assert load_settings().default_paper == "a4"


def test_printing_draws_every_page(qtbot, tmp_path):
    from pypdf import PdfReader

    pdf, pages = text_pdf([f"Line {number}" for number in range(120)])
    assert pages == 3
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # the test needs no 1200 dpi
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert match_printer(printer, pdf) == pages
    job = PrintJob(pdf, printer)
    with qtbot.waitSignal(job.finished, timeout=30_000) as printed:
        job.start()
    job.wait()
    assert printed.args == [pages]
    assert len(PdfReader(target).pages) == pages


RECOVERY_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import handout_builder.gui
    import handout_builder.gui.services.recovery as recovery
    recovery.AUTOSAVE_IDLE_MS = 100
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from handout_builder.core.model.recovery import recovery_file
    from handout_builder.gui.main_window import MainWindow

    def main():
        app = QApplication([])
        window = MainWindow()
        window.show()
        def edit():
            window.document.set_field("title", "Work that was never saved")
            # killed once the edit is in the file (written in the background: the
            # removal of the start's empty state may be reported first)
            window.keeper.written.connect(
                lambda: recovery_file(window.keeper.session).exists()
                and os.kill(os.getpid(), signal.SIGKILL))
        QTimer.singleShot(500, edit)
        app.exec()

    if __name__ == "__main__":
        main()
""")


def test_recovery_after_the_app_was_killed(qtbot, home, tmp_path, renderer):
    script = tmp_path / "killed.py"
    script.write_text(RECOVERY_SCRIPT)
    env = dict(os.environ, HANDOUT_BUILDER_HOME=str(home))
    done = subprocess.run(
        [sys.executable, str(script)], env=env, timeout=120, capture_output=True, text=True
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-500:]
    files = list((home / "autosave").glob("*.recovery.json"))
    assert len(files) == 1
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    assert json.loads(files[0].read_text())["handout"]["title"] == "Work that was never saved"

    window = start_window(qtbot, renderer)
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "recovery-question"
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert window.document.handout.title == "Work that was never saved"
    assert window.document.modified
    assert not [
        p
        for p in (home / "autosave").glob("*.recovery.json")
        if p.name != f"{window.keeper.session}.recovery.json"
    ]
    QApplication.processEvents()


def test_title_shows_file_name_and_unsaved_state(qtbot, window, tmp_path):
    path = tmp_path / "Sam notes.handout"
    assert window.files.save_to(path)
    assert window.windowTitle().startswith("Sam notes[*]")
    assert not window.isWindowModified()
    window.document.set_field("subtitle", "changed")
    assert window.isWindowModified()


def test_recent_files_menu_lists_saved_handouts(qtbot, window, tmp_path):
    path = tmp_path / "recent.handout"
    window.files.save_to(path)
    window.menus.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.menus.recent_menu.actions()]
    assert names == ["recent.handout"]


def test_layout_options_menu_changes_the_handout(qtbot, window):
    index = window.menus.layout_combo.findData("worksheet")
    window.menus.layout_combo.setCurrentIndex(index)
    window.menus.layout_combo.activated.emit(index)
    assert window.document.handout.options.layout == "worksheet"
    window.options.fill_layout_options()
    menu = window.menus.layout_options_menu
    lines = next(a.menu() for a in menu.actions() if a.menu() and "line" in a.text().lower())
    five = next(a for a in lines.actions() if a.text() == "5")
    five.trigger()
    assert window.document.handout.options.layout_options["lines_per_question"] == 5
    window.menus.undo_action.trigger()
    assert "lines_per_question" not in window.document.handout.options.layout_options
    window.menus.layout_combo.setCurrentIndex(window.menus.layout_combo.findData("classic"))
    window.menus.layout_combo.activated.emit(window.menus.layout_combo.currentIndex())
    window.options.fill_layout_options()
    labels = [a.text() for a in window.menus.layout_options_menu.actions()]
    assert len(labels) == 1 and "QR code" in labels[0]  # Classic's own option, no lines


def test_a_layout_without_options_disables_the_menu(qtbot, home):
    folder = home / "layouts" / "plain"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text('title = "Plain"\n')
    (folder / "handout.html.j2").write_text("<p>{{ handout.title }}</p>\n")
    menu = QMenu()
    fill_layout_options_menu(menu, "plain", {}, lambda values: None)
    assert not menu.isEnabled()
    assert [a.text() for a in menu.actions()] == ["This layout has no options of its own"]
