"""Regenerate the screenshots in docs/ (run with `make screenshots`).

The app runs on Qt's offscreen platform in throw-away data homes; each shot is
the window as Qt draws it. PDF pages are turned into PNGs with pdftoppm.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
TOPICS = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")
SIZE = (1500, 920)


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
    widget.grab().save(str(DOCS / name))  # type: ignore[attr-defined]
    print(f"  docs/{name}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANG"] = "en_US.UTF-8"
    from PySide6.QtWidgets import QApplication

    import handout_builder.gui  # noqa: F401  (applies the PySide6 work-around first)
    from handout_builder.core.model.documents import new_handout
    from handout_builder.core.model.handout import save_handout
    from handout_builder.core.model.library import load_library
    from handout_builder.core.paper import LETTER
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.document import HandoutDocument
    from handout_builder.gui.main_window import MainWindow
    from handout_builder.render.pdf import render_request as render

    app = QApplication(sys.argv[:1])
    library = load_library()

    # 1. First run: the sample handout, then the practice set-up dialog.
    fresh_home()
    window = MainWindow(library=library)
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.preview.last_result is not None)
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
    dialog.adjustSize()
    settle()
    shoot(dialog, "practice-setup.png")
    dialog.reject()
    window.document.undo_stack.setClean()
    window.close()

    # 2. A handout with three sections, the live preview and the reading checks.
    home = fresh_home()
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
    window = MainWindow(HandoutDocument(handout, path), library=library)
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

    # 4. The reading-level panel on its own.
    shoot(window.health_panel, "readability-panel.png")

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
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
