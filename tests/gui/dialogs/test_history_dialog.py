"""The handout history in the app: exports and prints are recorded (unless
switched off), and File ▸ Handout history finds, reprints, reopens and deletes
them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from handout_builder.core.model import history
from handout_builder.gui.dialogs.history import HistoryDialog
from tests.conftest import pdf_text
from tests.gui.conftest import PREVIEW_TIMEOUT_MS


def export(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.exported, timeout=PREVIEW_TIMEOUT_MS):
        window.files.export_to(path)


def test_every_export_is_recorded_unless_switched_off(qtbot, window, tmp_path, home):
    window.document.set_field("prepared_for", "Sam K.")
    export(qtbot, window, tmp_path / "one.pdf")
    (record,) = history.load_history()
    assert record.action == "export" and record.prepared_for == "Sam K."
    assert record.handout.to_data() == window.document.handout.to_data()
    assert record.pdf is None

    window.settings.history_pdfs = True
    export(qtbot, window, tmp_path / "two.pdf")
    kept = history.load_history()[0].pdf
    assert kept is not None and kept.read_bytes() == (tmp_path / "two.pdf").read_bytes()

    window.settings.history = False
    export(qtbot, window, tmp_path / "three.pdf")
    assert len(history.load_history()) == 2


@pytest.fixture
def given(qtbot, window, tmp_path):
    """Two handouts exported from the window: for Sam, then for Jo."""
    for who, title in (("Sam K.", "Anxiety for Sam"), ("Jo", "Sleep notes")):
        window.document.set_field("prepared_for", who)
        window.document.set_field("title", title)
        export(qtbot, window, tmp_path / f"{who}.pdf")
    return history.load_history()


def open_history(window) -> HistoryDialog:
    dialog = window.files.open_history()
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    return dialog


def test_search_and_details(qtbot, window, given):
    dialog = open_history(window)
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(1) == "Jo"  # newest first
    dialog.search.setText("sam")
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.selected().prepared_for == "Sam K."
    assert "anxiety-alarm" in dialog.details.text()  # each section's library entry
    dialog.search.setText("anxiety-alarm")  # a topic
    assert dialog.list.topLevelItemCount() == 2
    dialog.search.setText("nobody")
    assert dialog.list.topLevelItemCount() == 0
    assert "No record matches" in dialog.details.text()
    assert not dialog.print_button.isEnabled()


def test_open_as_new_handout(qtbot, window, given, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, title, *a: asked.append(title) or QMessageBox.StandardButton.Discard,
    )
    dialog = open_history(window)
    dialog.search.setText("Sam")
    dialog.open_button.click()
    assert window.document.handout.title == "Anxiety for Sam"
    assert window.document.path is None and window.document.modified
    assert asked == ["Unsaved changes"]  # the handout open before was not saved


def test_save_again_renders_it_as_it_was_and_records_that(qtbot, window, given, tmp_path):
    window.document.set_field("title", "Something else now")
    dialog = open_history(window)
    dialog.search.setText("Sam")
    target = tmp_path / "again.pdf"
    dialog.save_selected(target)
    qtbot.waitUntil(lambda: len(history.load_history()) == 3, timeout=PREVIEW_TIMEOUT_MS)
    assert "Anxiety for Sam" in pdf_text(target.read_bytes())
    assert history.load_history()[0].title == "Anxiety for Sam"


def test_print_again_renders_the_records_handout(qtbot, window, given, renderer, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    dialog = open_history(window)
    dialog.search.setText("Jo")
    before = len(renderer.requests)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: len(renderer.requests) > before, timeout=PREVIEW_TIMEOUT_MS)
    assert renderer.requests[-1].handout.title == "Sleep notes"
    qtbot.wait(200)
    assert len(history.load_history()) == 2  # cancelled in the print dialog: not printed


def test_delete_one_and_all_after_asking(qtbot, window, given, monkeypatch):
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return next(answers, QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_history(window)
    dialog.delete_button.click()  # "No"
    assert len(history.load_history()) == 2
    dialog.delete_button.click()  # "Yes": the selected one, Jo's
    assert [r.prepared_for for r in history.load_history()] == ["Sam K."]
    assert dialog.list.topLevelItemCount() == 1
    dialog.clear_button.click()
    assert history.load_history() == [] and dialog.list.topLevelItemCount() == 0
    assert "Delete all 1 record of the handout history?" in asked[-1]
    assert "Nothing recorded yet" in dialog.details.text()


def test_tab_reads_the_history_top_to_bottom(qtbot, window, given):
    from tests.gui.test_tab_order import names

    dialog = open_history(window)
    assert names(dialog, dialog.search) == [
        "Search the history",
        "Handouts given",
        "Record details",  # its entries and revisions, for a screen reader too
        "Print again…",
        "Save PDF again…",
        "Open as new handout",
        "Delete",
        "Delete all…",
        "Close",
    ]
    assert "library entry anxiety-alarm" in dialog.details.accessibleDescription()
