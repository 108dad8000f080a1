"""The finished PDF: export it to a file, or print it. Both render in the worker
(print quality, off the UI thread) and take pre-flight checks
(:meth:`~handout_builder.gui.operations.op.RenderOp.before`) that may stop them
before anything is written or printed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.model.documents import render_request, resolve_brand
from handout_builder.core.model.library import Library
from handout_builder.core.settings import Settings
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.operations.op import RenderOp
from handout_builder.gui.services.render_service import RenderService, RequestSource


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
    reason listed under the preview."""
    handout = document.handout.copy()
    base = document.path.parent if document.path is not None else None
    chosen = copy.copy(settings)

    def prepare() -> RenderRequest:
        brand = resolve_brand(handout.brand, relative_to=base, settings=chosen)
        warning = brand.note is not None and brand.note.severity == "warning"
        return render_request(
            handout,
            brand.profile,
            library,
            render_id=render_id,
            purpose=purpose,
            notes=[brand.note] if brand.note is not None and warning else [],
        )

    return prepare


def export_pdf(
    parent: QWidget | None, service: RenderService, request: RequestSource, path: Path
) -> RenderOp[RenderResult]:
    """Render and write the PDF to ``path`` atomically (never half a file);
    success gets the render result (page count, problems)."""

    def write(result: RenderResult) -> RenderResult:
        assert result.pdf is not None
        atomic_write_bytes(path, result.pdf)
        return result

    return RenderOp(parent, service, request, write, title="Export failed")


def print_pdf(
    parent: QWidget, service: RenderService, request: RequestSource, title: str
) -> RenderOp[bool]:
    """Render, then show the print dialog and print the real pages; success gets
    whether the clinician printed (False: cancelled in the print dialog)."""

    def send(result: RenderResult) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from handout_builder.gui.services.printing import print_pdf as send_to_printer

        assert result.pdf is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, result.page_count))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        send_to_printer(result.pdf, printer)
        return True

    return RenderOp(parent, service, request, send, title="Cannot print")
