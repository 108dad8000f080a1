"""Regenerate the screenshots in docs/ (run with `make screenshots`).

The app runs on Qt's offscreen platform in throw-away data homes; each shot is
the window as Qt draws it. PDF pages are turned into PNGs with pdftoppm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
TOPICS = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")
SIZE = (1500, 920)
# A small laptop at 150 % scaling: 1280×720 device px, 853×480 logical, less a
# task bar and a title bar (as tests/gui/screen_fit.py checks every window).
SMALL_SCREEN = {"name": "1280x720@150%", "width": 1280, "height": 720, "logicalDpi": 144}
SMALL_SUFFIX = "1280x720-150"


def run_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Spin the event loop until ``condition()`` holds (or the time is up)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not condition() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 400) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    run_until(lambda: timer.elapsed() > ms, ms + 1000)


def fresh_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="hb-shots-"))
    os.environ["HANDOUT_BUILDER_HOME"] = str(home)
    return home


def shoot(widget: object, name: str) -> None:
    widget.grab().save(str(DOCS / name))
    print(f"  docs/{name}")


def sample_handout_document(library: object, home: Path) -> object:
    """The three-section handout of the screenshots, saved in ``home``."""
    from handout_builder.core.model.documents import new_handout
    from handout_builder.core.model.handout import save_handout
    from handout_builder.core.paper import LETTER
    from handout_builder.gui.document import HandoutDocument

    handout = new_handout(
        library,
        TOPICS,
        title="Understanding anxiety",
        subtitle="Notes from our session",
        prepared_for="Sam",
        date="2026-11-22",
        paper=LETTER.name,
    )
    handout.sections[0].body = handout.sections[0].body.replace(
        "Anxiety is your body's alarm system.", "Sam, anxiety is your body's alarm system."
    )
    path = home / "Understanding anxiety.handout"
    save_handout(handout, path)
    return HandoutDocument(handout, path)


def small_screen() -> int:
    """The main window and the practice set-up on a 1280×720 screen at 150 %."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    import handout_builder.gui  # noqa: F401
    from handout_builder.core.model.library import load_library
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.i18n import install_translators
    from handout_builder.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "en")  # English, with its plural forms
    library = load_library()
    home = fresh_home()
    area = QGuiApplication.primaryScreen().availableGeometry().adjusted(0, 30, 0, -40)
    window = MainWindow(sample_handout_document(library, home), library=library)
    window.settings.setup_done = True
    window.setGeometry(area)
    window.show()
    run_until(lambda: window.preview.last_result is not None)
    window.outline.select_section(window.document.handout.sections[0].id)
    window.panes.show_pane(window.outline.parentWidget())
    run_until(lambda: window.health_panel.report is not None)
    settle(800)
    shoot(window, f"main-window-{SMALL_SUFFIX}.png")
    dialog = BrandDialog(first_run=True, parent=window)
    dialog.practice.setText("Harbour Therapy")
    dialog.open()
    settle()
    shoot(dialog, f"practice-setup-{SMALL_SUFFIX}.png")
    dialog.reject()
    window.document.undo_stack.setClean()
    window.close()
    app.quit()
    return 0


def spanish_window() -> int:
    """The main window with the interface in Spanish (docs/window-es.png)."""
    from PySide6.QtWidgets import QApplication

    import handout_builder.gui  # noqa: F401
    from handout_builder.core.model.library import load_library
    from handout_builder.gui.i18n import install_translators
    from handout_builder.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "es")
    library = load_library()
    home = fresh_home()
    window = MainWindow(sample_handout_document(library, home), library=library)
    window.settings.setup_done = True
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.preview.last_result is not None)
    window.outline.select_section(window.document.handout.sections[0].id)
    run_until(lambda: bool(window.library_panel.grades))
    run_until(lambda: window.health_panel.report is not None)
    settle(800)
    shoot(window, "window-es.png")
    window.document.undo_stack.setClean()
    window.close()
    app.quit()
    return 0


def focus_ring(window: object) -> None:
    """The focus ring on the library list, with what surrounds it."""
    from PySide6.QtCore import QPoint, QRect, Qt

    panel = window.library_panel
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    panel.list.setCurrentRow(1)
    settle()
    top_left = panel.mapTo(window, QPoint(0, 0))
    area = QRect(top_left, panel.size()).adjusted(0, 0, 40, 0)
    area.setHeight(panel.list.geometry().bottom() + 60)
    window.grab(area).save(str(DOCS / "focus-ring.png"))
    print("  docs/focus-ring.png")


def run_small_screen() -> None:
    """``small_screen`` in a process of its own, given that screen."""
    folder = Path(tempfile.mkdtemp(prefix="hb-shots-"))
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [SMALL_SCREEN]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    subprocess.run([sys.executable, __file__, "--small-screen"], env=env, check=True)


def main() -> int:
    """Every screenshot; with names on the command line (``history``,
    ``pack``), only the practice ones named."""
    if "--small-screen" in sys.argv:
        return small_screen()
    if "--spanish" in sys.argv:
        return spanish_window()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = sys.argv[1:]
    if only:
        from PySide6.QtWidgets import QApplication

        import handout_builder.gui  # noqa: F401  (the PySide6 work-around first)

        app = QApplication(sys.argv[:1])
        for name in only:
            PRACTICE_SHOTS[name]()
        app.quit()
        return 0
    return all_shots()


def history_shot() -> None:
    """docs/history-view.png: File ▸ Handout history with a few months of records."""
    import datetime as dt

    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import new_handout, render_request
    from handout_builder.core.model.history import record_handout
    from handout_builder.core.model.library import load_library
    from handout_builder.core.settings import Settings
    from handout_builder.gui.main_window import MainWindow

    fresh_home()
    library = load_library()
    given = [
        ("Sam K.", ("anxiety-alarm", "grounding-skills"), "Understanding anxiety", "classic", 0),
        ("J. R.", ("cbt-i-sleep",), "Sleeping better", "large-print", 9),
        ("Priya S.", ("safety-plan",), "My safety plan", "worksheet", 23),
        ("Sam K.", ("window-of-tolerance",), "Your window of tolerance", "trifold", 41),
        ("Alex M.", ("behavioral-activation",), "Doing more, feeling better", "worksheet", 58),
        ("Sam K.", ("anxiety-alarm",), "Why anxiety happens", "coping-cards", 77),
    ]
    today = dt.datetime(2026, 11, 22, 10, 15)
    for who, topics, title, layout, days in reversed(given):
        handout = new_handout(
            library, topics, title=title, prepared_for=who, layout=layout, settings=Settings()
        )
        request = render_request(handout, sample_brand(), library)
        action = "print" if days % 2 else "export"
        record_handout(request, action, when=today - dt.timedelta(days=days, hours=days % 5))
    window = MainWindow(library=library)
    window.settings.setup_done = True
    window.resize(*SIZE)
    window.show()
    settle()
    dialog = window.files.open_history()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))
    dialog.resize(900, 560)
    settle()
    shoot(dialog, "history-view.png")
    dialog.reject()
    window.document.undo_stack.setClean()
    window.close()


def pack_shot() -> None:
    """docs/pack-import-preview.png: a practice pack checked, before importing."""
    import re

    from handout_builder.core.model.library import load_library
    from handout_builder.core.model.pack import write_pack
    from handout_builder.core.model.pack_import import prepare_import
    from handout_builder.core.resources import builtin_library_dir
    from handout_builder.gui.dialogs.pack_import import PackImportDialog
    from handout_builder.render.pdf import render_request as render

    home = fresh_home()

    def entry(entry_id: str, title: str) -> str:
        text = (builtin_library_dir() / "anxiety-alarm.md").read_text(encoding="utf-8")
        text = text.replace("id: anxiety-alarm", f"id: {entry_id}", 1)
        return re.sub(r"(?m)^title: .*$", f'title: "{title}"', text, count=1)

    (home / "library").mkdir()
    (home / "library" / "first-session-riverside.md").write_text(
        entry("first-session-riverside", "Your first session with us (my version)")
    )
    files = {
        "library/first-session-riverside.md": entry(
            "first-session-riverside", "Your first session with us"
        ),
        "library/group-agreements.md": entry("group-agreements", "Our group agreements"),
        "library/between-sessions.md": entry("between-sessions", "Between sessions"),
        "layouts/riverside/layout.toml": b'title = "Riverside"\nextends = "classic"\n',
        "layouts/riverside/style.css": b"h1 { letter-spacing: 0.01em; }\n",
        "brands/riverside.toml": b'practice_name = "Riverside Counselling"\n'
        b'phone = "(555) 010-0199"\naccent_color = "#f2c14e"\n',
    }
    packed = home / "riverside-2026-11.hbpack"
    write_pack(
        packed,
        "Riverside Counselling",
        "2026.11",
        {k: v.encode() if isinstance(v, str) else v for k, v in files.items()},
    )
    load_library()
    plan = prepare_import(packed, render)
    dialog = PackImportDialog(plan)
    dialog.resize(760, 560)
    dialog.show()
    settle()
    shoot(dialog, "pack-import-preview.png")
    dialog.reject()


PRACTICE_SHOTS = {"history": history_shot, "pack": pack_shot}


def all_shots() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANG"] = "en_US.UTF-8"
    from PySide6.QtWidgets import QApplication

    import handout_builder.gui  # noqa: F401  (applies the PySide6 work-around first)
    from handout_builder.core.model.library import load_library
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.i18n import install_translators
    from handout_builder.gui.main_window import MainWindow
    from handout_builder.render.pdf import render_request as render

    app = QApplication(sys.argv[:1])
    install_translators(app, "en")  # English, with its plural forms
    library = load_library()

    # 1. First run: the sample handout, then the practice set-up dialog.
    fresh_home()
    window = MainWindow(library=library)
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.preview.last_result is not None)
    run_until(lambda: window.health_panel.report is not None)
    run_until(lambda: isinstance(window.dialog, BrandDialog))
    dialog = window.dialog
    assert isinstance(dialog, BrandDialog)
    dialog.hide()
    settle()
    shoot(window, "first-run.png")
    dialog.show()
    dialog.practice.setText("Harbour Therapy")
    dialog.clinician.setText("Sam Lee")
    dialog.credentials.setText("LCSW")
    dialog.phone.setText("(555) 010-0142")
    dialog.email.setText("hello@harbour-therapy.example")
    dialog.primary.set_color("#2e6f5e")
    dialog.accent.set_color("#e3b341")
    dialog.set_logo(Path(__file__).resolve().parent.parent / "assets" / "sample" / "logo.svg")
    dialog.resize(dialog.sizeHint())  # the whole form (it scrolls on a small screen)
    settle()
    shoot(dialog, "practice-setup.png")
    dialog.reject()
    window.document.undo_stack.setClean()
    window.close()

    # 2. A handout with three sections, the live preview and the reading checks.
    home = fresh_home()
    document = sample_handout_document(library, home)
    handout = document.handout
    window = MainWindow(document, library=library)
    window.settings.setup_done = True
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.preview.last_result is not None)
    if isinstance(window.dialog, BrandDialog):
        window.dialog.reject()
    window.outline.select_section(handout.sections[0].id)
    run_until(lambda: bool(window.library_panel.grades))
    run_until(lambda: "Checking" not in window.health_panel.section_box.verdict.text())
    settle(800)
    shoot(window, "main-window.png")

    # 3. The library filtered by audience.
    panel = window.library_panel
    panel.audience.setCurrentIndex(panel.audience.findData("couple"))
    panel.list.setCurrentRow(0)
    settle()
    shoot(panel, "library-couples.png")

    # 4. The reading-level panel on its own, and the focus ring.
    shoot(window.health_panel, "readability-panel.png")
    focus_ring(window)

    # 5. Page 1 of the handout as it prints.
    pdf = home / "handout.pdf"
    result = render(window.render_job("export")())
    assert result.pdf is not None, result.error
    pdf.write_bytes(result.pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(DOCS / "handout-page1"),
        ],
        check=True,
    )
    print("  docs/handout-page1.png")
    window.document.undo_stack.setClean()
    window.close()
    for shot in PRACTICE_SHOTS.values():
        shot()
    app.quit()
    # 6. A small laptop screen at 150 %.
    run_small_screen()
    # 7. The interface in Spanish (a process of its own, with its own translators).
    subprocess.run([sys.executable, __file__, "--spanish"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
