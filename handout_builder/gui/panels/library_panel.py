"""The library panel: search, filter by audience and tag, preview and add.

Each topic is listed once; its audience variants (a teen or parent version)
show as "Also for: teens" and in a version chooser under the text. Adding
takes the version chosen there, which follows the audience filter. For the
clinician's own entries the panel lists what the content linter finds.

Why one long module: the list, its painted rows and the version chooser share
one filter state; split apart they would pass it back and forth.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
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

from handout_builder.core.errors import Problem
from handout_builder.core.model.library import AUDIENCES, Library, LibraryEntry
from handout_builder.gui.i18n import (
    QT_TRANSLATE_NOOP,
    arg,
    core_text,
    number,
    problem_detail,
    problem_headline,
)
from handout_builder.gui.panels.markdown_io import load_markdown
from handout_builder.gui.services.render_service import RenderService

if TYPE_CHECKING:  # the grades come after start-up
    from handout_builder.core.checks.readability import Readability
    from handout_builder.core.jobs import AnalysisResult

TOPIC_MIME = "application/x-handout-builder-topic"
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
BASE_ROLE = Qt.ItemDataRole.UserRole + 3  # the main entry's id (ID_ROLE: the version to add)
# The audiences' names, translated where shown (audience_name, audience_plural).
AUDIENCE_NAMES = {
    "adult": QT_TRANSLATE_NOOP("LibraryPanel", "Adult"),
    "teen": QT_TRANSLATE_NOOP("LibraryPanel", "Teen"),
    "parent": QT_TRANSLATE_NOOP("LibraryPanel", "Parent"),
    "couple": QT_TRANSLATE_NOOP("LibraryPanel", "Couple"),
}
AUDIENCE_PLURAL = {
    "adult": QT_TRANSLATE_NOOP("LibraryPanel", "adults"),
    "teen": QT_TRANSLATE_NOOP("LibraryPanel", "teens"),
    "parent": QT_TRANSLATE_NOOP("LibraryPanel", "parents"),
    "couple": QT_TRANSLATE_NOOP("LibraryPanel", "couples"),
}


def audience_name(audience: str) -> str:
    """The audience's name ("Adult", "Teen"…) in the interface's language."""
    name = AUDIENCE_NAMES.get(audience)
    return QCoreApplication.translate("LibraryPanel", name) if name else audience.capitalize()


def audience_plural(audience: str) -> str:
    """The audience in the plural ("adults", "teens"…) in the interface's language."""
    name = AUDIENCE_PLURAL.get(audience)
    return QCoreApplication.translate("LibraryPanel", name) if name else audience


def version_label(entry: LibraryEntry) -> str:
    """How a version is named in the chooser: "For teens", "For adults and couples"."""
    names = [audience_plural(a) for a in entry.audiences]
    return arg(
        QCoreApplication.translate("LibraryPanel", "For %1"),
        QCoreApplication.translate("LibraryPanel", " and ").join(names),
    )


def _reading_level(score: object) -> str:
    """ "Reading grade 4.1" (4,1 in Spanish), or for Spanish text "INFLESZ 72
    (bastante fácil)"."""
    grade = getattr(score, "grade", None)
    if getattr(score, "inflesz", None) is not None or not isinstance(grade, (int, float)):
        return str(getattr(score, "headline", ""))  # the scale's own words
    return arg(QCoreApplication.translate("LibraryPanel", "Reading grade %1"), number(grade, 1))


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
    lint_ready = Signal(str, list)  # entry id, problems

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.grades: dict[str, Readability] = {}  # entry id -> its reading level
        self.service: RenderService | None = None
        self.lint_results: dict[str, list[Problem]] = {}

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search explanations…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(
            self.tr(
                "Search titles, summaries, tags and text (Ctrl+F). "
                "Enter adds the first match; Down goes to the list."
            )
        )
        self.search.installEventFilter(self)

        self.audience = QComboBox(self)
        self.audience.setAccessibleName(self.tr("Filter by audience"))
        self.audience.setToolTip(self.tr("Show only explanations written for this audience"))
        self.audience.addItem(self.tr("All audiences"), "")
        for audience in AUDIENCES:
            self.audience.addItem(audience_name(audience), audience)

        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setToolTip(self.tr("Show only explanations with this tag"))
        self.tag.addItem(self.tr("All tags"), "")
        for tag in library.tags():
            self.tag.addItem(tag, tag)

        self.list = _EntryList(self)
        self.list.setAccessibleName(self.tr("Library explanations"))
        self.list.setToolTip(
            self.tr("Double-click, press Enter or drag an explanation to the outline to add it")
        )
        self.list.setItemDelegate(_EntryDelegate(self.list))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Explanation text"))
        self.preview.setToolTip(
            self.tr("The library's wording of the selected explanation (read-only)")
        )
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Select an explanation to read it here."))

        self.version = QComboBox(self)
        self.version.setAccessibleName(self.tr("Version to add"))
        self.version.setToolTip(
            self.tr("This explanation has versions for other readers; choose the one to add")
        )
        self.version_label = QLabel(self.tr("Version:"), self)
        self.version_label.setBuddy(self.version)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in your entry"))
        self.problems.setToolTip(
            self.tr(
                "What the content checks found in your own entry (the same as "
                "'handout-builder library lint'); fix them in the entry's file"
            )
        )
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(110)
        self.problems.hide()

        self.add_button = QPushButton(self.tr("Add to handout"), self)
        self.add_button.setToolTip(self.tr("Add the selected explanation to the handout (Enter)"))
        self.add_button.setEnabled(False)
        self.count_label = QLabel(self)
        self.skipped = QLabel(self)  # entry files that could not be loaded, and why
        self.skipped.setAccessibleName(self.tr("Library entries left out"))
        self.skipped.setWordWrap(True)
        self.skipped.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.audience, 1)
        filters.addWidget(self.tag, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([400, 220])
        versions = QHBoxLayout()
        versions.addWidget(self.version_label)
        versions.addWidget(self.version, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Library</b>"))
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.skipped)
        layout.addLayout(versions)
        layout.addLayout(bottom)
        self._show_versions([])

        self.search.textChanged.connect(self.refresh)
        self.audience.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.itemDoubleClicked.connect(
            lambda item: self.add_requested.emit(str(item.data(ID_ROLE)))
        )
        self.list.activated_entry.connect(self.add_requested)
        self.add_button.clicked.connect(self._add_selected)
        self.version.activated.connect(self._version_chosen)
        self.grades_ready.connect(self._set_grades)
        self.lint_ready.connect(self._set_lint)
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
        self.lint_results = {}
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
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
        more = arg(self.tr(" and %1 more"), len(refused) - 3) if len(refused) > 3 else ""
        self.skipped.setText(
            arg(
                self.tr("Left out, with a mistake to fix: %1%2. %3."),
                names,
                more,
                problem_headline(refused[0]).rstrip("."),
            )
        )
        self.skipped.setToolTip(
            "\n".join(f"{problem_detail(p)}: {core_text(p.message)}" for p in refused)
        )
        self.skipped.show()

    def start_grading(self, service: RenderService) -> None:
        """Ask the worker process for every entry's reading grade (and, from now
        on, for the lint problems of the clinician's own entries when shown)."""
        from handout_builder.core.jobs import AnalysisRequest

        self.service = service
        entries = list(self.library)
        request = AnalysisRequest(
            "readability", tuple(entry.body for entry in entries), language=self.library.language
        )

        def done(result: AnalysisResult) -> None:
            from handout_builder.core.checks.readability import Readability

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
        keep = self._selected_base()
        audience = self.audience.currentData() or None
        entries = self.library.search(
            self.search.text(),
            audience=audience,
            tag=self.tag.currentData() or None,
            fold_variants=True,
        )
        self.list.blockSignals(True)
        self.list.clear()
        for base in entries:
            entry = self.library.pick_version(base.id, audience)
            item = QListWidgetItem(entry.title)
            item.setData(ID_ROLE, entry.id)
            item.setData(BASE_ROLE, base.id)
            item.setData(SUMMARY_ROLE, entry.summary)
            item.setData(DETAIL_ROLE, self._detail(entry))
            tip = f"{entry.title}\n{entry.summary}"
            if entry.is_translation and not entry.translation_reviewed:
                tip += "\n" + self.tr(
                    "This translation has not yet been reviewed by a bilingual clinician: "
                    "read it before you give it to a client."
                )
            item.setToolTip(tip)
            self.list.addItem(item)
            if base.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        total = sum(1 for e in self.library if e.variant_of is None)
        shown = len(entries)
        self.count_label.setText(
            arg(self.tr("%1 of %2"), shown, total)
            if shown != total
            else self.tr("%n topic(s)", "", total)
        )
        self._show_selected(self.list.currentItem(), None)

    def _selected_base(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(BASE_ROLE)) if item is not None else None

    def _detail(self, entry: LibraryEntry) -> str:
        audiences = ", ".join(audience_name(a) for a in entry.audiences)
        others = [
            audience_plural(a)
            for version in self.library.versions_of(entry.id)
            if version.id != entry.id
            for a in version.audiences
            if a not in entry.audiences
        ]
        also = arg(self.tr(" · Also for: %1"), ", ".join(dict.fromkeys(others))) if others else ""
        score = self.grades.get(entry.id)
        reading = f" · {_reading_level(score)}" if score is not None else ""
        own = (
            ""
            if entry.builtin
            else self.tr(" · Practice entry")
            if entry.practice
            else self.tr(" · Your entry")
        )
        review = ""
        if entry.is_translation and not entry.translation_reviewed:
            review = self.tr(" · Translation not yet reviewed")
        return f"{audiences}{also}{reading}{own}{review}"

    def _show_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.add_button.setEnabled(item is not None)
        if item is None:
            self.preview.clear()
            self._show_versions([])
            self._show_problems(None)
            return
        entry = self.library.entries[str(item.data(ID_ROLE))]
        self._show_versions(self.library.versions_of(entry.id), entry.id)
        self._show_entry(entry)

    def _show_entry(self, entry: LibraryEntry) -> None:
        load_markdown(
            self.preview.document(), f"## {entry.title}\n\n*{entry.summary}*\n\n{entry.body}"
        )
        self._show_problems(entry)

    def _show_versions(self, versions: list[LibraryEntry], current: str = "") -> None:
        """The version chooser, shown only when the topic has more than one."""
        self.version.clear()
        for version in versions:
            self.version.addItem(version_label(version), version.id)
        self.version.setCurrentIndex(max(0, self.version.findData(current)))
        for widget in (self.version, self.version_label):
            widget.setVisible(len(versions) > 1)

    def _version_chosen(self, index: int) -> None:
        item = self.list.currentItem()
        version_id = self.version.itemData(index)
        if item is None or version_id is None:
            return
        entry = self.library.entries[str(version_id)]
        item.setData(ID_ROLE, entry.id)  # adding, Enter and dragging take this version
        item.setText(entry.title)
        item.setData(SUMMARY_ROLE, entry.summary)
        item.setData(DETAIL_ROLE, self._detail(entry))
        self._show_entry(entry)

    # -- the clinician's own entries: what the content checks find -------------------

    def _show_problems(self, entry: LibraryEntry | None) -> None:
        if entry is None or entry.builtin or entry.source is None:
            self.problems.hide()
            return
        if entry.id in self.lint_results:
            self._list_problems(self.lint_results[entry.id])
        elif self.service is not None:
            self.problems.hide()
            entry_id = entry.id

            def done(result: AnalysisResult) -> None:
                found = result.values[0] if result.ok and result.values else None
                if isinstance(found, list):
                    self.lint_ready.emit(entry_id, found)

            from handout_builder.core.jobs import AnalysisRequest

            self.service.analyze(AnalysisRequest("lint", (str(entry.source),)), done)

    def _set_lint(self, entry_id: str, problems: list[Problem]) -> None:
        self.lint_results[entry_id] = problems
        item = self.list.currentItem()
        if item is not None and str(item.data(ID_ROLE)) == entry_id:
            self._list_problems(problems)

    def _list_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        shown = [p for p in problems if p.severity != "info"]
        for problem in shown:
            line = arg(self.tr("line %1: "), problem.line) if problem.line else ""
            severity = (
                self.tr("Needs fixing") if problem.severity == "error" else self.tr("Worth a look")
            )
            self.problems.addItem(f"{severity} — {line}{core_text(problem.message)}")
            self.problems.item(self.problems.count() - 1).setToolTip(str(problem))
        self.problems.setVisible(bool(shown))

    def _add_selected(self) -> None:
        if (entry_id := self.selected_id()) is not None:
            self.add_requested.emit(entry_id)
