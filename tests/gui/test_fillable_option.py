"""Handout ▸ Fillable on a phone or computer: a print option of the handout,
saved with it, sent with every render, undoable."""

from __future__ import annotations

import json

from tests.gui.conftest import PREVIEW_TIMEOUT_MS


def test_the_fillable_option_is_saved_rendered_and_undone(qtbot, window, renderer, tmp_path):
    action = window.menus.fillable_action
    assert not action.isChecked() and action in window.menus.options_menu.actions()

    action.trigger()
    assert window.document.handout.options.fillable
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    assert renderer.requests[-1].handout.options.fillable

    path = tmp_path / "homework.handout"
    assert window.files.save_to(path)
    assert json.loads(path.read_text())["options"]["fillable"] is True

    window.menus.undo_action.trigger()
    assert not window.document.handout.options.fillable and not action.isChecked()
