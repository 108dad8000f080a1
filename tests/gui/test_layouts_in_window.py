"""Layouts in the window: user layouts appear in the picker, editing a layout's
files refreshes the preview, and a broken layout shows its problems while the
clinician can still pick another layout (one window for the whole story: a
window and its first preview take a few seconds)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tests.conftest import pdf_text
from tests.gui.conftest import PREVIEW_TIMEOUT_MS
from tests.gui.test_main_window import wait_for_preview_text


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def make_layout(home, name: str, css: str = "") -> None:
    folder = home / "layouts" / name
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(f'title = "Harbour {name}"\nextends = "classic"\n')
    (folder / "handout.html.j2").write_text('{% extends "classic/handout.html.j2" %}\n')
    (folder / "style.css").write_text(css)


def test_user_layouts_in_the_picker_live_edits_and_broken_layouts(qtbot, real_window, home):
    window = real_window
    make_layout(home, "harbour", 'h1::after { content: " (first look)"; }\n')
    window.options.layout_watch.check_now()  # the timer would do this within a second
    assert window.menus.layout_combo.findData("harbour") >= 0
    assert "yours" in window.menus.layout_combo.itemText(
        window.menus.layout_combo.findData("harbour")
    )

    choose(window.menus.layout_combo, "harbour")
    assert window.document.handout.options.layout == "harbour"
    wait_for_preview_text(qtbot, window, "(first look)")

    (home / "layouts" / "harbour" / "style.css").write_text(
        'h1::after { content: " (second look)"; }\n'
    )
    window.options.layout_watch.check_now()
    text = wait_for_preview_text(qtbot, window, "(second look)")
    assert "(first look)" not in text

    # A template error: the problems show under the preview, with file and line.
    template = home / "layouts" / "harbour" / "handout.html.j2"
    template.write_text(
        '{% extends "classic/handout.html.j2" %}\n{% block header %}\n'
        "{{ handout.no_such_thing }}\n{% endblock %}\n"
    )
    window.options.layout_watch.check_now()
    with qtbot.waitSignal(window.preview.failed, timeout=PREVIEW_TIMEOUT_MS):
        pass
    problems = [
        window.preview.problems.item(i).text() for i in range(window.preview.problems.count())
    ]
    assert window.preview.problems.isVisible()
    assert any(f"{template}:3" in line and "no_such_thing" in line for line in problems)
    assert window.preview.page_count() >= 1  # the last good preview stays on screen

    # A broken manifest: the layout stays in the picker, marked, with its problem.
    (home / "layouts" / "harbour" / "layout.toml").write_text("title = [broken\n")
    window.options.layout_watch.check_now()
    index = window.menus.layout_combo.findData("harbour")
    assert index >= 0 and "has problems" in window.menus.layout_combo.itemText(index)
    with qtbot.waitSignal(window.preview.failed, timeout=PREVIEW_TIMEOUT_MS):
        pass
    assert "layout.toml" in window.preview.problems.item(0).text()

    choose(window.menus.layout_combo, "large-print")
    with qtbot.waitSignal(window.preview_updated, timeout=PREVIEW_TIMEOUT_MS) as blocker:
        pass
    assert blocker.args[0].ok and not window.preview.problems.isVisible()
    assert "Understanding anxiety" in pdf_text(blocker.args[0].pdf)
