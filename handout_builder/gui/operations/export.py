"""The finished PDF: export it to a file, or print it. Both render in the worker
(print quality, off the UI thread) and take pre-flight checks
(:meth:`~handout_builder.gui.operations.op.RenderOp.before`) that may stop them
before anything is written or printed: :func:`confirm_fit` asks first when
something does not fit. Printing runs in the background
(:mod:`handout_builder.gui.services.printing`). Once the PDF is written or
printed, both add it to the handout history (:func:`.history.record`) when the
preferences given as ``history`` keep one."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from handout_builder.core import paths
from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.model.documents import render_request, resolve_brand
from handout_builder.core.model.library import Library
from handout_builder.core.settings import Settings
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations.op import RenderOp, show_error
from handout_builder.gui.services.render_service import RenderService

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from handout_builder.core.jobs import RenderRequest, RenderResult
    from handout_builder.gui.services.render_service import RequestSource

PRINT_PROGRESS = "print-progress"


def render_job(
    document: HandoutDocument,
    library: Library,
    settings: Settings,
    *,
    render_id: int,
    purpose: str,
) -> Callable[[], RenderRequest]:
    """The render of ``document`` as it is now, made on the render thread: the
    brand profile it names (or the default) is read there, not on the UI thread.
    A profile that cannot be read gives way to the sample practice, with the
    reason listed under the preview, as is a practice folder that cannot be
    reached."""
    handout = document.handout.copy()
    base = document.path.parent if document.path is not None else None
    chosen = copy.copy(settings)

    def prepare() -> RenderRequest:
        brand = resolve_brand(handout.brand, relative_to=base, settings=chosen)
        warning = brand.note is not None and brand.note.severity == "warning"
        notes = [brand.note] if brand.note is not None and warning else []
        return render_request(
            handout,
            brand.profile,
            library,
            render_id=render_id,
            purpose=purpose,
            notes=notes + paths.practice_problems(),
        )

    return prepare


class _Kept:
    """A request source that keeps the request it made (on the render thread),
    so what was rendered can be recorded once it is delivered."""

    def __init__(self, source: RequestSource) -> None:
        self.source = source
        self.request: RenderRequest | None = None

    def __call__(self) -> RenderRequest:
        self.request = self.source() if callable(self.source) else self.source
        return self.request


FIT_QUESTION = "fit-question"
MAX_LISTED = 6


def confirm_fit(parent: QWidget | None, result: RenderResult, action: str) -> bool:
    """The pre-flight check for content that does not fit (cut off, off the
    paper): when the fit check found any, say what and ask "Export anyway" /
    "Go back" (window-modal; the event loop keeps running). True to go on."""
    misfits = result.fit_problems
    if not misfits:
        return True
    box = QMessageBox(parent)
    box.setObjectName(FIT_QUESTION)
    box.setIcon(QMessageBox.Icon.Warning)
    export = action == "Export"
    box.setWindowTitle(
        QCoreApplication.translate("Operations", "Export anyway?")
        if export
        else QCoreApplication.translate("Operations", "Print anyway?")
    )
    box.setText(
        QCoreApplication.translate(
            "Operations",
            "%n thing(s) in this handout will not print whole or on the paper.",
            "",
            len(misfits),
        )
    )
    listed = [f"• {p.message[:1].upper()}{p.message[1:]}" for p in misfits[:MAX_LISTED]]
    if len(misfits) > MAX_LISTED:
        listed.append(
            arg(
                QCoreApplication.translate(
                    "Operations", "… and %1 more (listed under the preview)"
                ),
                len(misfits) - MAX_LISTED,
            )
        )
    box.setInformativeText("\n".join(listed))
    return _asked(
        box,
        QCoreApplication.translate("Operations", "Export anyway")
        if export
        else QCoreApplication.translate("Operations", "Print anyway"),
        QMessageBox.ButtonRole.AcceptRole,
        QCoreApplication.translate("Operations", "Go back"),
    )


def _asked(box: QMessageBox, go: str, role: QMessageBox.ButtonRole, stay: str) -> bool:
    """Show ``box`` with a button ``go`` (in ``role``) and a button ``stay``,
    the default and what Escape presses; whether ``go`` was chosen."""
    chosen = box.addButton(go, role)
    back = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is chosen


CLOSE_QUESTION = "close-while-exporting"


def confirm_close_while_exporting(parent: QWidget | None) -> bool:
    """Closing the window while a PDF asked for (an export, a print) is still
    being made would lose it: ask "Wait" / "Close anyway". True to close."""
    box = QMessageBox(parent)
    box.setObjectName(CLOSE_QUESTION)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Close anyway?"))
    box.setText(
        QCoreApplication.translate("Operations", "A PDF you asked for is still being made.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Operations", "If you close now, it is neither saved nor printed."
        )
    )
    return _asked(
        box,
        QCoreApplication.translate("Operations", "Close anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
        QCoreApplication.translate("Operations", "Wait"),
    )


def export_pdf(
    parent: QWidget | None,
    service: RenderService,
    request: RequestSource,
    path: Path,
    *,
    history: Settings | None = None,
) -> RenderOp[RenderResult]:
    """Render and write the PDF to ``path`` atomically (never half a file),
    after asking when something does not fit, then record it in the handout
    history as ``history`` (the preferences) asks; success gets the render
    result (page count, problems)."""
    kept = _Kept(request)

    def write(result: RenderResult) -> RenderResult:
        from handout_builder.gui.operations import history as history_ops

        assert result.pdf is not None
        atomic_write_bytes(path, result.pdf)
        history_ops.record(parent, kept.request, "export", result.pdf, history)
        return result

    op = RenderOp(
        parent,
        service,
        kept,
        write,
        title=QCoreApplication.translate("Operations", "Export failed"),
    )
    return op.before(lambda result: confirm_fit(parent, result, "Export"))


def ask_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """The print dialog (printer, copies, page range); whether to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, pages))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(
    parent: QWidget,
    service: RenderService,
    request: RequestSource,
    title: str,
    on_printed: Callable[[int], None] | None = None,
    *,
    history: Settings | None = None,
) -> RenderOp[bool]:
    """Render; ask when something does not fit; show the print dialog set to the
    handout's own paper size and orientation; then print the real pages in the
    background, one at a time, with a progress dialog that can cancel. Success
    gets whether printing started (False: cancelled in the print dialog);
    ``on_printed`` gets the pages sent (0: cancelled) when it ends, and a
    handout that printed is recorded in the handout history as ``history`` asks."""
    kept = _Kept(request)

    def send(result: RenderResult) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        from handout_builder.gui.services.printing import match_printer

        assert result.pdf is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        pages = match_printer(printer, result.pdf)
        if not ask_printer(parent, printer, pages):
            return False
        pdf = result.pdf

        def printed(pages: int) -> None:
            from handout_builder.gui.operations import history as history_ops

            if pages:
                history_ops.record(parent, kept.request, "print", pdf, history)
            if on_printed is not None:
                on_printed(pages)

        start_printing(parent, pdf, printer, pages, printed)
        return True

    op = RenderOp(
        parent,
        service,
        kept,
        send,
        title=QCoreApplication.translate("Operations", "Cannot print"),
    )
    return op.before(lambda result: confirm_fit(parent, result, "Print"))


def start_printing(
    parent: QWidget,
    pdf: bytes,
    printer: QPrinter,
    pages: int,
    on_printed: Callable[[int], None] | None,
) -> None:
    """Print in the background with a window-modal progress dialog (Cancel
    stops after the page being drawn)."""
    from handout_builder.gui.services.printing import PrintJob

    progress = QProgressDialog(
        QCoreApplication.translate("Operations", "Printing…"),
        QCoreApplication.translate("Operations", "Cancel"),
        0,
        pages,
        parent,
    )
    progress.setObjectName(PRINT_PROGRESS)
    progress.setWindowTitle(QCoreApplication.translate("Operations", "Printing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    job = PrintJob(pdf, printer, parent)
    progress.canceled.connect(job.cancel)

    def advanced(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(
            arg(
                QCoreApplication.translate("Operations", "Printing page %1 of %2…"),
                min(done + 1, total),
                total,
            )
        )

    def ended(printed: int) -> None:
        progress.reset()
        progress.deleteLater()
        job.deleteLater()
        if on_printed is not None:
            on_printed(printed)

    def failed(message: str) -> None:
        progress.reset()
        progress.deleteLater()
        job.deleteLater()
        show_error(parent, QCoreApplication.translate("Operations", "Cannot print"), message)

    job.progress.connect(advanced)
    job.finished.connect(ended)
    job.failed.connect(failed)
    progress.show()
    job.start()
