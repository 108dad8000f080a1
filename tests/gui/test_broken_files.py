"""One bad file is one problem: the app starts with every kind of broken user
file present, says what was left out in the clinician's words, and the rest
keeps working."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from handout_builder.core.model.handout import Handout
from handout_builder.gui.dialogs.brand_dialog import BrandDialog
from tests.conftest import BAD_DATE_ENTRY
from tests.gui.conftest import PREVIEW_TIMEOUT_MS, start_window


def recovery_file(title: str, written: object) -> str:
    handout = Handout(title=title).to_data()
    data = {"format": "handout-builder/recovery", "saved_as": None, "written": written}
    return json.dumps(data | {"handout": handout})


def break_everything(home) -> None:
    (home / "library").mkdir()
    (home / "library" / "bad-date.md").write_text(BAD_DATE_ENTRY, encoding="utf-8")
    (home / "brands").mkdir()
    for name, logo in (
        ("nul", "logo\\u0000.png"),
        ("tilde", "~nosuchuser-hb/logo.png"),
        ("long", "x" * 300 + ".png"),
    ):
        (home / "brands" / f"{name}.toml").write_text(
            f'practice_name = "Oak"\nlogo = "{logo}"\n', encoding="utf-8"
        )
    (home / "brands" / "latin.toml").write_bytes("practice_name = 'Zoë'\n".encode("latin-1"))
    (home / "autosave").mkdir()
    (home / "autosave" / "1-1.recovery.json").write_text(recovery_file("Lost", "yesterday"))
    (home / "autosave" / "2-2.recovery.json").write_text(recovery_file("Kept", time.time()))
    (home / "settings.json").write_text('{"default_paper": 5, "default_brand": "a\\u0000b"}')
    (home / "jargon.yaml").write_text("amygdala: [oops\n", encoding="utf-8")
    (home / "layouts" / "broken").mkdir(parents=True)
    (home / "layouts" / "broken" / "layout.toml").write_text("title = [\n", encoding="utf-8")


def test_the_app_starts_with_every_kind_of_broken_file_and_lists_them(qtbot, home, renderer):
    break_everything(home)
    window = start_window(qtbot, renderer)
    assert window.isVisible()

    # The library panel says which entry was left out, and why.
    assert window.library_panel.skipped.isVisible()
    assert "“bad-date.md”" in window.library_panel.skipped.text()
    assert "is not a date on the calendar" in window.library_panel.skipped.text()
    assert "anxiety-alarm" in window.library.entries  # the rest of the library is there

    # The brand picker shows the broken profiles, and they cannot be chosen.
    qtbot.waitUntil(lambda: window.brands.loaded is not None, timeout=5000)
    combo = window.menus.brand_combo
    broken = [i for i in range(combo.count()) if "(has a mistake)" in combo.itemText(i)]
    assert sorted(combo.itemText(i) for i in broken) == [
        "latin (has a mistake)",
        "long (has a mistake)",
        "nul (has a mistake)",
        "tilde (has a mistake)",
    ]
    assert not any(combo.model().item(i).isEnabled() for i in broken)

    # The good recovery file is offered; the damaged one does not hide it.
    box = window.dialog
    assert isinstance(box, QMessageBox) and "“Kept”" in box.text()
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    # ... and the first-run practice set-up still follows.
    qtbot.waitUntil(lambda: isinstance(window.dialog, BrandDialog), timeout=5000)
    window.dialog.reject()

    # Every problem is in the preview's list, headline first, place underneath.
    window.request_preview()
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    items = [window.preview.problems.item(i) for i in range(window.preview.problems.count())]
    lines = [item.text() for item in items]
    expected = [
        "Your library entry “bad-date.md” was left out: Reviewed: '2026-02-30' is not a date",
        "The brand profile “nul.toml” was left out: Logo: holds a control character",
        "The brand profile “tilde.toml” was left out: Logo: '~nosuchuser-hb/logo.png' starts",
        "The brand profile “long.toml” was left out: Logo: '",
        "The brand profile “latin.toml” was left out: Is not UTF-8 text",
        "The recovery file “1-1.recovery.json” was left out: Written: 'yesterday' is not a time",
        "A setting could not be used, so it was reset: Default brand: holds a control character",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    latin = next(line for line in lines if "latin.toml" in line)
    assert "latin.toml, line 1" in latin.splitlines()[1]  # where, under the headline
    assert window.preview.page_count() >= 1  # and the handout still renders
