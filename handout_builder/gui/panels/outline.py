"""The handout outline: title, subtitle, "prepared for", date, and the ordered
sections (drag to reorder, drop library topics in, remove, move, reset)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.model.handout import TEXT_LIMITS, Handout
from handout_builder.gui.panels.library_panel import TOPIC_MIME
from handout_builder.gui.widgets import EmptyNote, command_button

SECTION_ROLE = Qt.ItemDataRole.UserRole
MIN_ROWS = 5  # sections the list shows at least


class _SectionList(QListWidget):
    """Sections in order; internal drags reorder, library drags add."""

    moved = Signal(str, int)  # section id, new index
    topics_dropped = Signal(list, int)  # entry ids, index
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _drop_index(self, event: QDropEvent) -> int:
        item = self.itemAt(event.position().toPoint())
        if item is None:
            return self.count()
        row = self.row(item)
        rect = self.visualItemRect(item)
        return row + 1 if event.position().y() > rect.center().y() else row

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TOPIC_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(TOPIC_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data: QMimeData = event.mimeData()
        index = self._drop_index(event)
        if data.hasFormat(TOPIC_MIME):
            ids = bytes(data.data(TOPIC_MIME).data()).decode("utf-8").split()
            event.acceptProposedAction()
            self.topics_dropped.emit(ids, index)
            return
        if event.source() is self and (item := self.currentItem()) is not None:
            old = self.row(item)
            new = index - 1 if index > old else index
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            if new != old:
                self.moved.emit(str(item.data(SECTION_ROLE)), new)
            return
        event.ignore()


class OutlinePanel(QWidget):
    """Shows and edits the handout's structure (not its wording)."""

    field_edited = Signal(str, str)  # handout field name, value
    section_selected = Signal(object)  # section id or None
    remove_requested = Signal(str)
    move_requested = Signal(str, int)
    reset_requested = Signal(str)
    duplicate_requested = Signal(str)
    topics_dropped = Signal(list, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self._line(self.tr("Handout title"), "title")
        self.title.setToolTip(self.tr("The title printed at the top of the handout"))
        self.subtitle = self._line(self.tr("Subtitle (optional)"), "subtitle")
        self.subtitle.setToolTip(self.tr("A line printed under the title; leave empty for none"))
        self.prepared_for = self._line(self.tr("Prepared for (optional)"), "prepared_for")
        self.prepared_for.setToolTip(
            self.tr(
                "The client's first name, if you want it printed. "
                "It stays in this handout file on your computer."
            )
        )
        self.date_check = QCheckBox(self.tr("Date"), self)
        self.date_check.setToolTip(self.tr("Print a date on the handout"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(self.tr("d MMMM yyyy"))
        self.date.setAccessibleName(self.tr("Handout date"))
        self.date.setToolTip(self.tr("The date printed on the handout (tick Date to print one)"))
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.date_check.toggled.connect(self._date_changed)
        self.date.dateChanged.connect(self._date_changed)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("For"), self.prepared_for)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date, 1)
        form.addRow("", date_row)

        self.list = _SectionList(self)
        self.list.setObjectName("section-list")
        self.list.setAccessibleName(self.tr("Sections of the handout"))
        self.list.setToolTip(self.tr("Drag to reorder; drop explanations from the library here"))
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.moved.connect(self.move_requested)
        self.list.topics_dropped.connect(self.topics_dropped)
        self.list.delete_pressed.connect(self._remove)

        self.up_button = self._button(
            self.tr("Move up"), self.tr("Move the section up (Alt+Up)"), self._move_up
        )
        self.down_button = self._button(
            self.tr("Move down"), self.tr("Move the section down (Alt+Down)"), self._move_down
        )
        self.remove_button = self._button(
            self.tr("Remove"),
            self.tr("Remove the section from this handout (Delete)"),
            self._remove,
        )
        self.reset_button = self._button(
            self.tr("Reset wording"), self.tr("Go back to the library's wording"), self._reset
        )
        self.duplicate_button = self._button(
            self.tr("Duplicate"), self.tr("Add a copy of the section below it"), self._duplicate
        )
        # Two rows, so the window still fits a laptop screen at 125–200 % scaling.
        buttons = QGridLayout()
        for column, button in enumerate((self.up_button, self.down_button, self.duplicate_button)):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.remove_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1, 1, 2)

        self.empty_hint = EmptyNote(
            self.tr("Add explanations from the library: double-click one, or drag it here."),
            self.list,
        )
        # Room for five sections, however small the screen (the window scrolls instead).
        row = self.list.fontMetrics().lineSpacing() + 6
        self.list.setMinimumHeight(MIN_ROWS * row + 2 * self.list.frameWidth() + 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Handout</b>")))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sections")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _line(self, placeholder: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setMaxLength(TEXT_LIMITS[field])  # the handout format's own limit
        edit.textEdited.connect(lambda text: self.field_edited.emit(field, text))
        return edit

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = command_button(self, text, tip, slot)
        button.setAccessibleName(text)
        return button

    # -- showing the handout -----------------------------------------------------------

    def show_handout(
        self, handout: Handout, edited: frozenset[str], updated: frozenset[str] = frozenset()
    ) -> None:
        """Show the handout; ``edited`` sections are marked, ``updated`` ones say
        their library wording changed since they were added."""
        for edit, value in (
            (self.title, handout.title),
            (self.subtitle, handout.subtitle),
            (self.prepared_for, handout.prepared_for),
        ):
            if edit.text() != value:
                edit.setText(value)
        self.date_check.blockSignals(True)
        self.date.blockSignals(True)
        parsed = QDate.fromString(handout.date, "yyyy-MM-dd")
        self.date_check.setChecked(bool(handout.date))
        self.date.setEnabled(bool(handout.date))
        if parsed.isValid():
            self.date.setDate(parsed)
        self.date_check.blockSignals(False)
        self.date.blockSignals(False)

        current = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for number, section in enumerate(handout.sections, start=1):
            marks = []
            if section.id in edited:
                marks.append(self.tr("✎ edited"))
            if section.id in updated:
                marks.append(self.tr("⟳ library updated"))
            mark = f"  {' · '.join(marks)}" if marks else ""
            item = QListWidgetItem(f"{number}. {section.title}{mark}")
            item.setData(SECTION_ROLE, section.id)
            if marks:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                tips = []
                if section.id in edited:
                    tips.append(self.tr("The wording was changed for this handout."))
                if section.id in updated:
                    tips.append(
                        self.tr(
                            "The library's wording changed since this was added: "
                            "select it and press Compare."
                        )
                    )
                item.setToolTip(" ".join(tips))
            self.list.addItem(item)
            if section.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty_hint.show_if(not handout.sections)
        if self.selected_id() != current:
            self.section_selected.emit(self.selected_id())
        self._update_buttons()

    def select_section(self, section_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SECTION_ROLE) == section_id:
                self.list.setCurrentRow(row)
                return

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(SECTION_ROLE)) if item is not None else None

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.section_selected.emit(self.selected_id())

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.remove_button.setEnabled(has)
        self.reset_button.setEnabled(has)
        self.duplicate_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)

    # -- actions ----------------------------------------------------------------------

    def move_selected_up(self) -> None:
        self._move_up()

    def move_selected_down(self) -> None:
        self._move_down()

    def _move_up(self) -> None:
        if (sid := self.selected_id()) is not None:
            self.move_requested.emit(sid, self.list.currentRow() - 1)

    def _move_down(self) -> None:
        if (sid := self.selected_id()) is not None:
            self.move_requested.emit(sid, self.list.currentRow() + 1)

    def _remove(self) -> None:
        if (sid := self.selected_id()) is not None:
            self.remove_requested.emit(sid)

    def _duplicate(self) -> None:
        if (sid := self.selected_id()) is not None:
            self.duplicate_requested.emit(sid)

    def _reset(self) -> None:
        if (sid := self.selected_id()) is not None:
            self.reset_requested.emit(sid)

    def _date_changed(self, *_args: object) -> None:
        self.date.setEnabled(self.date_check.isChecked())
        value = self.date.date().toString("yyyy-MM-dd") if self.date_check.isChecked() else ""
        self.field_edited.emit("date", value)
