"""File ▸ Import practice pack (and a .hbpack opened from the desktop): the pack
is checked in the background, the preview says what it adds and would replace,
and nothing is written until the clinician imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from handout_builder.core.model.pack import write_pack
from handout_builder.gui.dialogs.pack_import import PackImportDialog
from tests.core.model.test_pack import make_zip
from tests.core.test_practice_folder import entry_text

LAYOUT = b'title = "Group handout"\nextends = "classic"\n'


def pack_file(tmp_path: Path, **extra: bytes) -> Path:
    files = {
        "library/group-rules.md": entry_text("group-rules", "Group rules").encode(),
        "layouts/group/layout.toml": LAYOUT,
        "brands/group.toml": b'practice_name = "Group Practice Ltd"\n',
        **{name.replace("__", "/"): data for name, data in extra.items()},
    }
    path = tmp_path / "group.hbpack"
    write_pack(path, "Group Practice", "2026.11", files)
    return path


def preview(qtbot, window, path: Path) -> PackImportDialog:
    before = window.dialog
    window.files.import_pack(path)
    qtbot.waitUntil(
        lambda: isinstance(window.dialog, PackImportDialog) and window.dialog is not before,
        timeout=20_000,
    )
    assert window.dialog.isVisible()
    return window.dialog


def test_the_preview_then_the_import(qtbot, window, tmp_path, home):
    dialog = preview(qtbot, window, pack_file(tmp_path))
    groups = [dialog.items.topLevelItem(i).text(0) for i in range(dialog.items.topLevelItemCount())]
    assert groups == ["Adds (3)"]
    names = {dialog.items.topLevelItem(0).child(i).text(2) for i in range(3)}
    assert names == {"Group rules", "Group handout", "Group Practice Ltd"}
    assert not (home / "library").exists()  # nothing written yet
    assert not dialog.replace.isVisible()

    with qtbot.waitSignal(window.library_loaded, timeout=10_000):
        dialog.import_button.click()
    assert "group-rules" in window.library
    assert window.menus.layout_combo.findData("group") >= 0
    assert "Practice pack imported: 3 added" in window.statusBar().currentMessage()
    assert not list(home.glob(".pack-import-*"))


def test_the_clinicians_own_files_are_kept_unless_the_box_is_ticked(qtbot, window, tmp_path, home):
    (home / "library").mkdir()
    mine = home / "library" / "group-rules.md"
    mine.write_text(entry_text("group-rules", "My own wording"))
    path = pack_file(tmp_path)

    dialog = preview(qtbot, window, path)
    groups = [dialog.items.topLevelItem(i).text(0) for i in range(dialog.items.topLevelItemCount())]
    assert groups == ["Adds (2)", "Would replace your own (1)"]
    assert dialog.replace.isVisible() and not dialog.replace.isChecked()
    dialog.import_button.click()
    assert "My own wording" in mine.read_text()

    dialog = preview(qtbot, window, path)
    dialog.replace.setChecked(True)
    dialog.import_button.click()
    assert "Group rules" in mine.read_text()


def test_a_pack_with_problems_can_only_be_closed(qtbot, window, tmp_path, home):
    path = pack_file(tmp_path, library__bad_md=b"---\nid: bad\n---\nNo title.\n")
    path = path.rename(tmp_path / "broken.hbpack")
    dialog = preview(qtbot, window, path)
    assert not dialog.import_button.isEnabled()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(p.startswith("Problem:") and "library/bad_md" in p for p in problems)
    dialog.reject()
    assert not (home / "library").exists() and not list(home.glob(".pack-import-*"))


def test_an_unsafe_pack_is_refused_in_a_readable_dialog(qtbot, window, tmp_path, home):
    evil = make_zip(tmp_path / "evil.hbpack", [("../../outside.md", b"x")])
    window.files.import_pack(evil)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "error-dialog"
            for w in window.findChildren(QMessageBox)
        ),
        timeout=10_000,
    )
    box = next(w for w in window.findChildren(QMessageBox) if w.objectName() == "error-dialog")
    assert box.windowTitle() == "Cannot import practice pack"
    assert "Nothing was changed" in box.text()
    assert "goes up a folder" in box.informativeText()
    assert not (tmp_path.parent / "outside.md").exists()
    assert not list(home.glob(".pack-import-*"))


def test_a_pack_opened_from_the_desktop_shows_its_preview(qtbot, window, tmp_path):
    path = pack_file(tmp_path)
    assert window.files.open_files([path]) is False  # no handout was opened
    qtbot.waitUntil(lambda: isinstance(window.dialog, PackImportDialog), timeout=20_000)
    window.dialog.reject()


def test_tab_reads_the_preview_top_to_bottom(qtbot, window, tmp_path, home):
    from tests.gui.test_tab_order import names

    (home / "library").mkdir()
    (home / "library" / "group-rules.md").write_text(entry_text("group-rules", "Our rules"))
    low_contrast = b'practice_name = "Low"\naccent_color = "#f2c14e"\n'  # a warning only
    dialog = preview(qtbot, window, pack_file(tmp_path, **{"brands__low.toml": low_contrast}))
    assert names(dialog, dialog.items) == [
        "What the pack holds",
        "Problems and notes",
        "Replace my 1 item that differs with the pack's",
        "Import",
        "Cancel",
    ]
