"""The handout history in the app: recording each export and print (this is
the one place that does, called by :mod:`.export`), and reading, deleting and
reprinting records (:mod:`handout_builder.core.model.history`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.model import history
from handout_builder.core.settings import Settings
from handout_builder.gui.operations.op import Op, show_error

log = logging.getLogger(__name__)


def record(
    parent: QWidget | None,
    request: RenderRequest | None,
    action: str,
    pdf: bytes | None,
    preferences: Settings | None,
) -> history.HistoryRecord | None:
    """Record that ``request`` was exported or printed (``action``), when the
    preferences keep a history (with the PDF when they ask). The PDF is already
    written or printed: a record that cannot be written is said in a dialog,
    never undoes that. Returns the record, or ``None``."""
    if request is None or preferences is None or not preferences.history:
        return None
    try:
        return history.record_handout(request, action, pdf, keep_pdf=preferences.history_pdfs)
    except HandoutBuilderError as exc:
        log.warning("history record not written: %s", exc)
        show_error(
            parent,
            QCoreApplication.translate("Operations", "Not added to the history"),
            QCoreApplication.translate(
                "Operations",
                "The handout was saved, but it could not be added to the handout history.",
            )
            if action == "export"
            else QCoreApplication.translate(
                "Operations",
                "The handout was sent to the printer, but it could not be added to the "
                "handout history.",
            ),
            str(exc),
        )
        return None


class HistoryList:
    """The records (newest first) and the ones that could not be read."""

    def __init__(self, records: list[history.HistoryRecord], problems: list[Problem]) -> None:
        self.records = records
        self.problems = problems


def load_history(parent: QWidget | None) -> Op[HistoryList]:
    """Read every record (a damaged one is listed in ``problems``); quick
    enough to run now, or in the background for a long history."""

    def work() -> HistoryList:
        problems: list[Problem] = []
        return HistoryList(history.load_history(problems), problems)

    return Op(
        parent,
        work,
        title=QCoreApplication.translate("Operations", "Cannot read the handout history"),
    )


def delete_record(parent: QWidget | None, record: history.HistoryRecord) -> Op[None]:
    """Delete one record and its kept PDF (the caller asks first)."""
    return Op(
        parent,
        lambda: history.delete_record(record),
        title=QCoreApplication.translate("Operations", "Cannot delete the record"),
    )


def clear_history(parent: QWidget | None) -> Op[int]:
    """Delete every record, and the cached previews (the caller asks first);
    success gets how many records."""
    return Op(
        parent,
        history.clear_history,
        title=QCoreApplication.translate("Operations", "Cannot delete the history"),
    )


def forget_previews(parent: QWidget | None) -> Op[int]:
    """Delete the cached previews of the handouts worked on (the history was
    switched off); success gets how many."""
    return Op(
        parent,
        history.forget_previews,
        title=QCoreApplication.translate("Operations", "Cannot delete the cached previews"),
    )


def reprint_request(
    parent: QWidget | None, record: history.HistoryRecord, render_id: int
) -> Op[RenderRequest]:
    """The request that prints the record as it was (its handout, its brand)."""
    return Op(
        parent,
        lambda: history.reprint_request(record, render_id=render_id),
        title=QCoreApplication.translate("Operations", "Cannot reprint"),
        message=QCoreApplication.translate(
            "Operations", "This record can no longer be printed as it was."
        ),
    )
