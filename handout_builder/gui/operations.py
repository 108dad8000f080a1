"""One small function per user action, with one way of presenting errors.

The window calls these; each does its work through the core (or the render
service, off the UI thread) and reports failure through :func:`show_error`
instead of letting an exception reach Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.model.handout import load_handout, save_handout
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.services.render_service import RenderService


def show_error(parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
    """The one error presenter: a short, readable dialog (``detail`` in smaller
    type under ``message``, for the file, field and line at fault)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    if detail:
        box.setInformativeText(detail)
    box.setObjectName("error-dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without blocking the event loop


def open_handout(parent: QWidget | None, path: Path) -> HandoutDocument | None:
    """Read a handout file; ``None`` (after telling the user) when it cannot be read."""
    try:
        return HandoutDocument(load_handout(path), path.resolve())
    except HandoutBuilderError as exc:
        show_error(
            parent,
            "Cannot open handout",
            f"“{path.name}” could not be opened. Nothing was changed.",
            str(exc),
        )
        return None


def handout_problem(path: Path) -> str:
    """Why ``path`` cannot be opened as a handout, in one line; ``""`` if it can."""
    try:
        load_handout(path)
    except HandoutBuilderError as exc:
        return str(exc)
    return ""


def show_note(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A short piece of information the user should not miss (not an error)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("note-dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def save_document(parent: QWidget | None, document: HandoutDocument, path: Path) -> bool:
    """Save atomically; on success the document is clean and knows its file."""
    try:
        save_handout(document.handout, path)
    except HandoutBuilderError as exc:
        show_error(parent, "Cannot save handout", str(exc))
        return False
    document.mark_saved(path.resolve())
    return True


def print_pdf(parent: QWidget, service: RenderService, request: RenderRequest, title: str) -> None:
    """Render in the worker, then show the print dialog and print the real pages."""

    def finished(result: RenderResult) -> None:
        if result.pdf is None:
            show_error(parent, "Cannot print", result.error or "The pages could not be made.")
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from handout_builder.gui.services.printing import print_pdf as send_to_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, result.page_count))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            send_to_printer(result.pdf, printer)

    service.submit(request, finished)


def export_pdf(
    parent: QWidget | None,
    service: RenderService,
    request: RenderRequest,
    path: Path,
    on_done: Callable[[Path, RenderResult], None] | None = None,
) -> None:
    """Render in the worker and write the PDF atomically; errors become a dialog."""

    def finished(result: RenderResult) -> None:
        if result.pdf is None:
            show_error(parent, "Export failed", result.error or "The PDF could not be made.")
            return
        try:
            atomic_write_bytes(path, result.pdf)
        except HandoutBuilderError as exc:
            show_error(parent, "Export failed", str(exc))
            return
        if on_done is not None:
            on_done(path, result)

    service.submit(request, finished)
