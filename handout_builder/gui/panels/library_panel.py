"""The library panel: search, filter by audience and tag, preview and add."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.checks.readability import Readability
from handout_builder.core.jobs import AnalysisRequest, AnalysisResult
from handout_builder.core.model.library import AUDIENCES, Library, LibraryEntry
from handout_builder.gui.panels.markdown_io import load_markdown
from handout_builder.gui.services.render_service import RenderService

TOPIC_MIME = "application/x-handout-builder-topic"
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


def _reading_level(score: object) -> str:
    """ "Reading grade 4.1", or for Spanish "INFLESZ 72 (bastante fácil)"."""
    headline = str(getattr(score, "headline", ""))
    return (
        headline.replace("grade", "Reading grade", 1) if headline.startswith("grade") else headline
    )


class _EntryDelegate(QStyledItemDelegate):
    """Title in bold, the one-line summary, then audiences and reading grade."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(8, 5, -8, -5)
        bold = QFont(option.font)
        bold.setBold(True)
        line = option.fontMetrics.height()
        painter.setFont(bold)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            _elide(painter, title, rect.width()),
        )
        painter.setFont(option.font)
        summary = index.data(SUMMARY_ROLE) or ""
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            _elide(painter, summary, rect.width()),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        painter.setFont(small)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(rect.left(), rect.top() + 2 * line + 4, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            index.data(DETAIL_ROLE) or "",
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, option.fontMetrics.height() * 3 + 16)


def _elide(painter: QPainter, text: str, width: int) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)


class _EntryList(QListWidget):
    """The list of entries; drags carry the entry id; Enter adds."""

    activated_entry = Signal(str)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [str(item.data(ID_ROLE)) for item in items]
        data.setData(TOPIC_MIME, "\n".join(ids).encode("utf-8"))
        data.setText("\n".join(ids))
        return data

    def mimeTypes(self) -> list[str]:
        return [TOPIC_MIME]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.activated_entry.emit(str(self.currentItem().data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Lists library entries; ``add_requested`` carries the id to add."""

    add_requested = Signal(str)
    grades_ready = Signal(dict)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.grades: dict[str, Readability] = {}  # entry id -> its reading level

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search explanations…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the library")
        self.search.setToolTip(
            "Search titles, summaries, tags and text (Ctrl+F). "
            "Enter adds the first match; Down goes to the list."
        )
        self.search.installEventFilter(self)

        self.audience = QComboBox(self)
        self.audience.setAccessibleName("Filter by audience")
        self.audience.setToolTip("Show only explanations written for this audience")
        self.audience.addItem("All audiences", "")
        for audience in AUDIENCES:
            self.audience.addItem(audience.capitalize(), audience)

        self.tag = QComboBox(self)
        self.tag.setAccessibleName("Filter by tag")
        self.tag.setToolTip("Show only explanations with this tag")
        self.tag.addItem("All tags", "")
        for tag in library.tags():
            self.tag.addItem(tag, tag)

        self.list = _EntryList(self)
        self.list.setAccessibleName("Library explanations")
        self.list.setToolTip(
            "Double-click, press Enter or drag an explanation to the outline to add it"
        )
        self.list.setItemDelegate(_EntryDelegate(self.list))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName("Explanation text")
        self.preview.setToolTip("The library's wording of the selected explanation (read-only)")
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText("Select an explanation to read it here.")

        self.add_button = QPushButton("Add to handout", self)
        self.add_button.setToolTip("Add the selected explanation to the handout (Enter)")
        self.add_button.setEnabled(False)
        self.count_label = QLabel(self)
        self.skipped = QLabel(self)  # entry files that could not be loaded, and why
        self.skipped.setAccessibleName("Library entries left out")
        self.skipped.setWordWrap(True)
        self.skipped.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.audience, 1)
        filters.addWidget(self.tag, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([400, 220])
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Library</b>")
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.skipped)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.refresh)
        self.audience.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.itemDoubleClicked.connect(
            lambda item: self.add_requested.emit(str(item.data(ID_ROLE)))
        )
        self.list.activated_entry.connect(self.add_requested)
        self.add_button.clicked.connect(self._add_selected)
        self.grades_ready.connect(self._set_grades)
        self._show_skipped()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, Down moves into the results and Enter adds one."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.count():
                if self.list.currentItem() is None:
                    self.list.setCurrentRow(0)
                if key == Qt.Key.Key_Down:
                    self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self._add_selected()
                return True
        return super().eventFilter(watched, event)

    def set_library(self, library: Library) -> None:
        """Show another library (after saving to it or changing its folder)."""
        self.library = library
        self.grades = {}
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", "")
        for tag in library.tags():
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)
        self._show_skipped()
        self.refresh()

    def _show_skipped(self) -> None:
        """Say which entry files were left out, in words, with the place on hover."""
        refused = [problems[0] for problems in self.library.refused.values()]
        if not refused:
            self.skipped.hide()
            return
        names = ", ".join(f"“{Path(p.file or '').name}”" for p in refused[:3])
        more = f" and {len(refused) - 3} more" if len(refused) > 3 else ""
        self.skipped.setText(
            f"Left out, with a mistake to fix: {names}{more}. {refused[0].headline().rstrip('.')}."
        )
        self.skipped.setToolTip("\n".join(f"{p.detail()}: {p.message}" for p in refused))
        self.skipped.show()

    def start_grading(self, service: RenderService) -> None:
        """Ask the worker process for every entry's reading grade."""
        entries = list(self.library)
        request = AnalysisRequest(
            "readability", tuple(entry.body for entry in entries), language=self.library.language
        )

        def done(result: AnalysisResult) -> None:
            if result.ok:
                grades = {
                    entry.id: score
                    for entry, score in zip(entries, result.values, strict=True)
                    if isinstance(score, Readability)
                }
                self.grades_ready.emit(grades)

        service.analyze(request, done)

    def _set_grades(self, grades: dict[str, Readability]) -> None:
        self.grades = grades
        self.refresh()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def visible_ids(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def refresh(self) -> None:
        keep = self.selected_id()
        entries = self.library.search(
            self.search.text(),
            audience=self.audience.currentData() or None,
            tag=self.tag.currentData() or None,
        )
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.title)
            item.setData(ID_ROLE, entry.id)
            item.setData(SUMMARY_ROLE, entry.summary)
            item.setData(DETAIL_ROLE, self._detail(entry))
            tip = f"{entry.title}\n{entry.summary}"
            if entry.is_translation and not entry.translation_reviewed:
                tip += (
                    "\nThis translation has not yet been reviewed by a bilingual clinician: "
                    "read it before you give it to a client."
                )
            item.setToolTip(tip)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        total = len(self.library)
        shown = len(entries)
        self.count_label.setText(f"{shown} of {total}" if shown != total else f"{total} topics")
        self._show_selected(self.list.currentItem(), None)

    def _detail(self, entry: LibraryEntry) -> str:
        audiences = ", ".join(a.capitalize() for a in entry.audiences)
        score = self.grades.get(entry.id)
        reading = f" · {_reading_level(score)}" if score is not None else ""
        own = " · Your entry" if not entry.builtin else ""
        review = ""
        if entry.is_translation and not entry.translation_reviewed:
            review = " · Translation not yet reviewed"
        return f"{audiences}{reading}{own}{review}"

    def _show_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.add_button.setEnabled(item is not None)
        if item is None:
            self.preview.clear()
            return
        entry = self.library.entries[str(item.data(ID_ROLE))]
        load_markdown(
            self.preview.document(), f"## {entry.title}\n\n*{entry.summary}*\n\n{entry.body}"
        )

    def _add_selected(self) -> None:
        if (entry_id := self.selected_id()) is not None:
            self.add_requested.emit(entry_id)
