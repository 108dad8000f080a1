"""Handout files: open, save, and the questions and file pickers around them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.model import handout as handout_file
from handout_builder.core.model.handout import FILE_SUFFIX
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations.op import Op


def open_handout(parent: QWidget | None, path: Path) -> Op[HandoutDocument]:
    """Read the handout at ``path`` into a new document; nothing changes if it
    cannot be read (the dialog names the file, field and line at fault)."""
    return Op(
        parent,
        lambda: HandoutDocument(handout_file.load_handout(path), path.resolve()),
        title=QCoreApplication.translate("Operations", "Cannot open handout"),
        message=arg(
            QCoreApplication.translate(
                "Operations", "“%1” could not be opened. Nothing was changed."
            ),
            path.name,
        ),
    )


def handout_problem(path: Path) -> str:
    """Why ``path`` cannot be opened as a handout, in one line; ``""`` if it can."""
    try:
        handout_file.load_handout(path)
    except HandoutBuilderError as exc:
        return str(exc)
    return ""


def save_handout(parent: QWidget | None, document: HandoutDocument, path: Path) -> Op[Path]:
    """Write ``document`` to ``path`` atomically; on success the document is
    clean and knows its file (the resolved path)."""

    def work() -> Path:
        handout_file.save_handout(document.handout, path)
        return path.resolve()

    return Op(
        parent, work, title=QCoreApplication.translate("Operations", "Cannot save handout")
    ).success(document.mark_saved)


def ask_save_changes(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: the question before unsaved changes are lost."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Operations", "Unsaved changes"),
        arg(QCoreApplication.translate("Operations", "Save the changes to “%1” first?"), name),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )


def _handout_filter() -> str:
    return arg(
        QCoreApplication.translate("Operations", "Handouts (*%1);;All files (*)"), FILE_SUFFIX
    )


def ask_open_path(parent: QWidget, folder: str) -> Path | None:
    """The handout file the clinician picks to open (``None``: cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Operations", "Open handout"), folder, _handout_filter()
    )
    return Path(path) if path else None


def ask_save_path(parent: QWidget, start: Path) -> Path | None:
    """Where to save the handout (with ``.handout`` added when no suffix is typed)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Operations", "Save handout"),
        str(start),
        _handout_filter(),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(FILE_SUFFIX)


def ask_export_path(parent: QWidget, start: Path) -> Path | None:
    """Where to write the PDF (always ending in ``.pdf``)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Operations", "Export PDF"),
        str(start),
        QCoreApplication.translate("Operations", "PDF (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")


def file_stem(title: str) -> str:
    """A file name (without suffix) for a handout titled ``title``."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip() or "handout"
    return stem[:80]
