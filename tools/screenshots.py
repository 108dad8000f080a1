"""Regenerate the screenshots in docs/ (run with `make screenshots`).

The app runs on Qt's offscreen platform in a throw-away data home; each shot is
the window as Qt draws it. PDF pages are turned into PNGs with pdftoppm.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
TOPICS = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")


def wait_for_preview(window: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.preview_updated.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    window.preview_updated.disconnect(loop.quit)  # type: ignore[attr-defined]


def settle(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="hb-shots-"))
    os.environ["HANDOUT_BUILDER_HOME"] = str(home)
    os.environ["LANG"] = "en_US.UTF-8"
    from PySide6.QtWidgets import QApplication

    import handout_builder.gui  # noqa: F401  (applies the PySide6 work-around first)
    from handout_builder.core.handout import Handout, Section, save_handout
    from handout_builder.core.library import load_library
    from handout_builder.gui.document import HandoutDocument
    from handout_builder.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    library = load_library()
    handout = Handout(
        title="Understanding anxiety",
        subtitle="Notes from our session",
        prepared_for="Sam",
        date="2026-11-22",
    )
    handout.options.paper = "letter"
    handout.sections = [Section.from_entry(library.get(t)) for t in TOPICS]
    handout.sections[0].body = handout.sections[0].body.replace(
        "Anxiety is your body's alarm system.", "Sam, anxiety is your body's alarm system."
    )
    path = home / "Understanding anxiety.handout"
    save_handout(handout, path)

    window = MainWindow(HandoutDocument(handout, path), library=library)
    window.resize(1500, 920)
    window.show()
    wait_for_preview(window)
    window.outline.select_section(handout.sections[0].id)
    settle(800)
    window.grab().save(str(DOCS / "main-window.png"))

    pdf = home / "handout.pdf"
    from handout_builder.core.documents import render_request
    from handout_builder.render.pdf import render_request as render

    result = render(render_request(handout, window.current_brand(), library))
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
    window.document.undo_stack.setClean()
    window.close()
    app.quit()
    print(f"wrote screenshots to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
