"""One small function per user action, with one way of presenting errors.

The window calls these; each does its work through the core (or the render
service, off the UI thread) and reports failure through :func:`show_error`
instead of letting an exception reach Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.model.handout import load_handout, save_handout
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.services.render_service import RenderService

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


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


def save_document(parent: QWidget | None, document: HandoutDocument, path: Path) -> bool:
    """Save atomically; on success the document is clean and knows its file."""
    try:
        save_handout(document.handout, path)
    except HandoutBuilderError as exc:
        show_error(parent, "Cannot save handout", str(exc))
        return False
    document.mark_saved(path.resolve())
    return True


FIT_QUESTION = "fit-question"
MAX_LISTED = 6


def confirm_fit(
    parent: QWidget | None, result: RenderResult, action: str, go_on: Callable[[], None]
) -> None:
    """Before exporting or printing a handout in which something does not fit
    (cut off, off the paper), say what and ask: "Export anyway" / "Go back".
    Calls ``go_on`` at once when everything fits, or when the user goes on.
    The question is window-modal and does not block the event loop."""
    misfits = result.fit_problems
    if not misfits:
        go_on()
        return
    box = QMessageBox(parent)
    box.setObjectName(FIT_QUESTION)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(f"{action} anyway?")
    count = "Something" if len(misfits) == 1 else f"{len(misfits)} things"
    box.setText(f"{count} in this handout will not print as you see it in the editor.")
    listed = [f"• {p.message[:1].upper()}{p.message[1:]}" for p in misfits[:MAX_LISTED]]
    if len(misfits) > MAX_LISTED:
        listed.append(f"… and {len(misfits) - MAX_LISTED} more (listed under the preview)")
    box.setInformativeText("\n".join(listed))
    anyway = box.addButton(f"{action} anyway", QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton("Go back", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is anyway:
            go_on()

    box.finished.connect(answered)
    box.open()


def ask_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """The print dialog (printer, copies, page range); whether to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, pages))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(
    parent: QWidget,
    service: RenderService,
    request: RenderRequest,
    title: str,
    on_done: Callable[[int], None] | None = None,
) -> None:
    """Render in the worker; if something does not fit, ask first; then show
    the print dialog with the handout's own paper size and print the real pages
    in the background, with a progress dialog that can cancel."""

    def finished(result: RenderResult) -> None:
        pdf = result.pdf
        if pdf is None:
            show_error(parent, "Cannot print", result.error or "The pages could not be made.")
            return
        confirm_fit(parent, result, "Print", lambda: choose_printer(pdf))

    def choose_printer(pdf: bytes) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from handout_builder.gui.services.printing import match_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        pages = match_printer(printer, pdf)
        if ask_printer(parent, printer, pages):
            send(pdf, printer, pages)

    def send(pdf: bytes, printer: QPrinter, pages: int) -> None:
        from handout_builder.gui.services.printing import PrintJob

        progress = QProgressDialog("Printing…", "Cancel", 0, pages, parent)
        progress.setObjectName("print-progress")
        progress.setWindowTitle("Printing")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        job = PrintJob(pdf, printer, parent)
        progress.canceled.connect(job.cancel)

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(f"Printing page {min(done + 1, total)} of {total}…")

        def ended(printed: int) -> None:
            progress.reset()
            progress.deleteLater()
            job.deleteLater()
            if on_done is not None:
                on_done(printed)

        def failed(message: str) -> None:
            progress.reset()
            progress.deleteLater()
            show_error(parent, "Cannot print", message)

        job.progress.connect(advanced)
        job.finished.connect(ended)
        job.failed.connect(failed)
        progress.show()
        job.start()

    service.submit(request, finished)


def export_pdf(
    parent: QWidget | None,
    service: RenderService,
    request: RenderRequest,
    path: Path,
    on_done: Callable[[Path, RenderResult], None] | None = None,
) -> None:
    """Render in the worker, ask first if something does not fit, and write
    the PDF atomically; errors become a dialog."""

    def finished(result: RenderResult) -> None:
        if result.pdf is None:
            show_error(parent, "Export failed", result.error or "The PDF could not be made.")
            return
        confirm_fit(parent, result, "Export", lambda: write(result))

    def write(result: RenderResult) -> None:
        assert result.pdf is not None
        try:
            atomic_write_bytes(path, result.pdf)
        except HandoutBuilderError as exc:
            show_error(parent, "Export failed", str(exc))
            return
        if on_done is not None:
            on_done(path, result)

    service.submit(request, finished)
