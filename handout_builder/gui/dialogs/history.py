"""File ▸ Handout history: what was given to whom, on this computer.

A list of the records (newest first) with a search by client label or topic;
for the one selected, what it held, and the actions: print it again, save its
PDF again, open it as a new handout, delete it, or delete them all."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.layout.layouts import find_layouts
from handout_builder.core.model.history import HistoryRecord, search_history
from handout_builder.core.settings import Settings
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg, shown_language
from handout_builder.gui.operations import export, files, show_error
from handout_builder.gui.operations import history as history_ops
from handout_builder.gui.services.render_service import RenderService
from handout_builder.gui.widgets import command_button

COLUMNS = (  # translated where shown
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Prepared for"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Title"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Topics"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Layout"),
)
RECORD_ROLE = Qt.ItemDataRole.UserRole


def when_text(record: HistoryRecord) -> str:
    """``22 Nov 2026, 10:15`` in local time, month in the interface's language
    (the record's text if it is not a date)."""
    try:
        when = dt.datetime.fromisoformat(record.when)
    except ValueError:
        return record.when
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale().toString(
        moment, QCoreApplication.translate("HistoryDialog", "d MMM yyyy, HH:mm")
    )


class HistoryDialog(QDialog):
    """``open_as_new`` carries the record the clinician wants to open as a new,
    unsaved handout; ``changed`` fires after records were deleted."""

    open_as_new = Signal(object)  # HistoryRecord
    changed = Signal()

    def __init__(
        self, service: RenderService, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history-dialog")
        self.setWindowTitle(self.tr("Handout history"))
        self.service = service
        self.settings = settings
        self.records: list[HistoryRecord] = []
        self.layout_titles = {
            name: layout.title_in(shown_language()) for name, layout in find_layouts()[0].items()
        }

        intro = QLabel(
            self.tr(
                "Every handout you export or print is recorded here, on this computer only, "
                "so you can see what a client was given and print it again exactly."
            )
            if settings.history
            else self.tr(
                "The history is switched off (Settings ▸ Preferences): nothing new is "
                "recorded. Records made before are still here until you delete them."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by client or topic"))
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Handouts given"))
        self.list.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Record details"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(  # Tab reaches it: a screen reader reads it
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(120)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.print_button = command_button(
            self,
            self.tr("Print again…"),
            self.tr("Print this handout exactly as it was given"),
            self.print_selected,
        )
        self.save_button = command_button(
            self,
            self.tr("Save PDF again…"),
            self.tr("Save this handout's PDF exactly as it was given"),
            self.save_selected,
        )
        self.open_button = command_button(
            self,
            self.tr("Open as new handout"),
            self.tr("Start a new handout from this one (for the same client, or to adapt it)"),
            self.open_selected,
        )
        self.delete_button = command_button(
            self,
            self.tr("Delete"),
            self.tr("Delete this record (the client's handout is not affected)"),
            self.delete_selected,
        )
        self.clear_button = command_button(
            self,
            self.tr("Delete all…"),
            self.tr("Delete every record of the history"),
            self.delete_all,
        )
        close = command_button(self, self.tr("Close"), self.tr("Close the history"), self.accept)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.delete_button, self.clear_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(860, 560)
        self.reload()

    # -- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the records again."""
        history_ops.load_history(self).success(self._loaded).run()

    def _loaded(self, found: history_ops.HistoryList) -> None:
        self.records = found.records
        self.problems.setText(
            "\n".join(
                arg(self.tr("Could not read a record: %1"), problem) for problem in found.problems
            )
        )
        self.problems.setVisible(bool(found.problems))
        self._fill()

    def shown_records(self) -> list[HistoryRecord]:
        return search_history(self.records, self.search.text())

    def _fill(self) -> None:
        self.list.clear()
        titles = self.layout_titles
        for record in self.shown_records():
            item = QTreeWidgetItem(
                [
                    when_text(record),
                    record.prepared_for or "—",
                    record.title,
                    record.topics,
                    f"{titles.get(record.layout, record.layout)}, {record.paper.upper()}",
                ]
            )
            item.setData(0, RECORD_ROLE, record)
            item.setToolTip(3, record.topics)
            self.list.addTopLevelItem(item)
        for column, width in enumerate((150, 130, 190, 260)):
            self.list.setColumnWidth(column, width)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._show_selected()
        self.clear_button.setEnabled(bool(self.records))

    def selected(self) -> HistoryRecord | None:
        item = self.list.currentItem()
        record = item.data(0, RECORD_ROLE) if item is not None else None
        return record if isinstance(record, HistoryRecord) else None

    def _show_selected(self, *_args: object) -> None:
        record = self.selected()
        for button in (self.print_button, self.save_button, self.open_button, self.delete_button):
            button.setEnabled(record is not None)
        if record is None:
            searching = bool(self.search.text().strip())
            self._set_details(
                self.tr("No record matches your search.")
                if searching and self.records
                else self.tr("Nothing recorded yet: exported and printed handouts appear here.")
            )
            return
        done = (
            self.tr("<b>%1</b> — Printed %2 for %3")
            if record.action == "print"
            else self.tr("<b>%1</b> — Exported %2 for %3")
        )
        rows = [
            arg(
                done,
                html.escape(record.title),
                html.escape(when_text(record)),
                html.escape(record.prepared_for or self.tr("no name given")),
            ),
            arg(
                self.tr("%1 · %2 · %3 paper · language %4"),
                html.escape(record.brand),
                html.escape(self.layout_titles.get(record.layout, record.layout)),
                record.paper.upper(),
                html.escape(record.language),
            )
            + (self.tr(" · PDF kept") if record.pdf else ""),
        ]
        for number, section in enumerate(record.sections, start=1):
            source = (
                arg(
                    self.tr("library entry %1, revision %2"),
                    section.entry_id,
                    section.entry_revision,
                )
                if section.entry_id
                else self.tr("your own text")
            )
            rows.append(f"{number}. {html.escape(section.title)} ({html.escape(source)})")
        if not record.unchanged():
            changed = self.tr("This record was changed after it was made; it may not be exact.")
            rows.append("<b>" + changed + "</b>")
        self._set_details("<br>".join(rows))

    def _set_details(self, rich_text: str) -> None:
        """Show ``rich_text`` and give it, as plain text, to screen readers."""
        self.details.setText(rich_text)
        plain = QTextDocumentFragment.fromHtml(rich_text).toPlainText()
        self.details.setAccessibleDescription(plain)

    # -- the actions ----------------------------------------------------------------------

    def print_selected(self) -> None:
        record = self.selected()
        if record is not None:
            history_ops.reprint_request(self, record, self.service.next_id()).success(
                lambda request: (
                    export.print_pdf(
                        self, self.service, request, record.title, history=self.settings
                    )
                    .success(lambda _printed: self.reload())
                    .run()
                )
            ).run()

    def save_selected(self, target: Path | None = None) -> None:
        """Save the PDF again: the kept PDF when there is one, else rendered
        from the record (``target``: where, without asking)."""
        record = self.selected()
        if record is None:
            return
        folder = Path(self.settings.last_export_dir or Path.home())
        path = target or files.ask_export_path(
            self, folder / f"{files.file_stem(record.title)}.pdf"
        )
        if path is None:
            return
        history_ops.reprint_request(self, record, self.service.next_id()).success(
            lambda request: self._save(record, request, path)
        ).run()

    def _save(self, record: HistoryRecord, request: RenderRequest, path: Path) -> None:
        if record.pdf is None:
            export.export_pdf(self, self.service, request, path, history=self.settings).success(
                lambda _result: self.reload()
            ).run()
            return
        try:  # the very PDF the client got
            pdf = record.pdf.read_bytes()
            atomic_write_bytes(path, pdf)
        except (OSError, HandoutBuilderError) as exc:
            show_error(self, self.tr("Cannot save the PDF"), str(exc))
            return
        history_ops.record(self, request, "export", pdf, self.settings)
        self.reload()

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_as_new.emit(record)
            self.accept()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            arg(
                self.tr("Delete the record of “%1” for %2 (%3)? Nothing else is changed."),
                record.title,
                record.prepared_for or self.tr("no name"),
                when_text(record),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            history_ops.delete_record(self, record).success(lambda _r: self._deleted()).run()

    def delete_all(self) -> None:
        count = len(self.records)
        answer = QMessageBox.question(
            self,
            self.tr("Delete the whole history"),
            self.tr(
                "Delete all %n record(s) of the handout history? This cannot be undone.",
                "",
                count,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            history_ops.clear_history(self).success(lambda _n: self._deleted()).run()

    def _deleted(self) -> None:
        self.reload()
        self.changed.emit()
