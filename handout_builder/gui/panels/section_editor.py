"""The section editor: the section's title, its one-line summary (what the
Brief form prints under the title) and its wording as rich text (bold, italic,
lists, headings), stored as Markdown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.model.documents import SectionStatus
from handout_builder.core.model.handout import TEXT_LIMITS
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP
from handout_builder.gui.panels.markdown_io import load_markdown, to_markdown
from handout_builder.gui.widgets import EmptyNote

EDIT_SETTLE_MS = 120  # gather keystrokes before converting to Markdown
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SectionEditor",
    "No section selected. Add an explanation from the library, then select it "
    "in the outline to edit its wording here.",
)


def status_text(status: SectionStatus) -> str:
    """A section's status in the clinician's words."""
    if not status.from_library:
        return QCoreApplication.translate("SectionEditor", "Your own section")
    if not status.in_library:
        return QCoreApplication.translate(
            "SectionEditor", "Its library explanation is no longer in your library"
        )
    if status.library_updated:
        return QCoreApplication.translate(
            "SectionEditor", "⟳ The library's wording changed since you added this."
        )
    if status.edited:
        return QCoreApplication.translate(
            "SectionEditor",
            "✎ Edited for this handout — the library wording is unchanged "
            "(Reset wording to go back)",
        )
    return QCoreApplication.translate("SectionEditor", "Library wording")


def _common_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


class SectionEditor(QWidget):
    """Edits one section. ``body_edited``, ``title_edited`` and ``summary_edited``
    fire on user edits only."""

    title_edited = Signal(str, str)  # section id, title
    summary_edited = Signal(str, str)  # section id, summary
    body_edited = Signal(str, str)  # section id, markdown
    section_shown = Signal(object)  # section id or None, after set_section

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id: str | None = None
        self._loading = False

        self.heading = QLabel(self.tr("<b>Section</b>"))
        self.status = QLabel("")
        self.status.setAccessibleDescription(self.tr("Section status"))  # its text is its name
        self.status.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(
            self.tr("See how the library's new wording differs, and choose")
        )
        self.compare_button.hide()

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Section title"))
        self.title.setAccessibleName(self.tr("Section title"))
        self.title.setToolTip(self.tr("The section's heading on the handout"))
        self.title.setMaxLength(TEXT_LIMITS["section_title"])  # the handout format's limit

        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("One-line summary"))
        self.summary.setAccessibleName(self.tr("Section summary"))
        self.summary.setToolTip(
            self.tr(
                "One line under the title; the Brief form prints it with the key points "
                "and the Try this steps"
            )
        )

        self.text = QTextEdit(self)
        self.text.setObjectName("section-wording")
        self.text.setAccessibleName(self.tr("Section wording"))
        self.text.setToolTip(
            self.tr("Edit the wording for this client; the library is not changed")
        )
        self.text.setAcceptRichText(False)  # pasted text arrives plain; format with the toolbar
        self.text.setUndoRedoEnabled(False)  # Edit ▸ Undo covers text and structure
        self.text.setTabChangesFocus(True)
        self.empty_note = EmptyNote(self.tr(EMPTY_HINT), self.text)
        self._greyed = False  # with no section: the wording's background as the window's

        self.toolbar = QToolBar(self.tr("Formatting"), self)
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        # The buttons show the first letter of the word, as word processors in
        # the language do (Spanish: N for negrita, K for cursiva, as in Word).
        self.bold_action = self._format_action(
            self.tr("Bold"),
            self.tr("B", "the Bold button: first letter of the word for bold"),
            QKeySequence.StandardKey.Bold,
            self.toggle_bold,
            checkable=True,
        )
        self.italic_action = self._format_action(
            self.tr("Italic"),
            self.tr("I", "the Italic button: the letter word processors show for italic"),
            QKeySequence.StandardKey.Italic,
            self.toggle_italic,
            checkable=True,
        )
        self.toolbar.addSeparator()
        self.bullets_action = self._format_action(
            self.tr("Bulleted list"),
            self.tr("• List"),
            "Ctrl+Shift+8",
            lambda: self.make_list(numbered=False),
        )
        self.numbers_action = self._format_action(
            self.tr("Numbered list"),
            self.tr("1. List"),
            "Ctrl+Shift+7",
            lambda: self.make_list(numbered=True),
        )
        self.toolbar.addSeparator()
        self.heading_action = self._format_action(
            self.tr("Heading"), self.tr("Heading"), "Ctrl+2", lambda: self.set_heading(2)
        )
        self.paragraph_action = self._format_action(
            self.tr("Normal text"), self.tr("Text"), "Ctrl+0", lambda: self.set_heading(0)
        )
        for action in self.toolbar.actions():
            font = action.font()
            if action is self.bold_action:
                font.setBold(True)
            if action is self.italic_action:
                font.setItalic(True)
            action.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.compare_button)
        layout.addLayout(status_row)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(EDIT_SETTLE_MS)
        self._settle.timeout.connect(self._emit_body)
        self.text.textChanged.connect(self._text_changed)
        self.text.currentCharFormatChanged.connect(self._sync_buttons)
        self.title.textEdited.connect(self._title_changed)
        self.summary.textEdited.connect(self._summary_changed)
        self.set_section(None, "", "")

    def _format_action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence.StandardKey | str,
        slot: Callable[[], None],
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{name} ({QKeySequence(shortcut).toString()})")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setAccessibleName(name)  # "Bold", not "B"
        self.addAction(action)
        return action

    # -- showing a section -----------------------------------------------------------

    def set_section(self, section_id: str | None, title: str, body: str, summary: str = "") -> None:
        """Show a section (``None`` shows nothing)."""
        self.flush()
        self.section_id = section_id
        self._loading = True
        try:
            self.title.setText(title)
            self.summary.setText(summary)
            load_markdown(self.text.document(), body)
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
        enabled = section_id is not None
        self.section_shown.emit(section_id)
        # Read-only rather than disabled: a click still takes the focus, so keys
        # typed next land here (and do nothing) instead of in the last control used.
        for field in (self.title, self.summary, self.text):
            field.setReadOnly(not enabled)
        for action in self.toolbar.actions():
            action.setEnabled(enabled)
        greyed = not enabled  # no section shown: nothing to type into
        if greyed != self._greyed:
            self._greyed = greyed
            self._grey_wording()
        self.empty_note.show_if(not enabled)
        self.title.setPlaceholderText(
            self.tr("Section title") if enabled else self.tr("No section selected")
        )

    def _grey_wording(self) -> None:
        """With no section the wording area takes the window's colour (read-only,
        nothing to type into), through the text box's palette: its viewport,
        which paints it, is not asked for before the window's first paint (see
        :func:`~handout_builder.gui.widgets.own_viewport`)."""
        if not self._greyed:
            self.text.setPalette(QPalette())  # the application's again
            return
        palette = QPalette()
        palette.setBrush(QPalette.ColorRole.Base, self.palette().brush(QPalette.ColorRole.Window))
        self.text.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._greyed:
            self._grey_wording()  # the window's colour of the new palette

    def update_from_document(self, title: str, body: str, summary: str = "") -> None:
        """Refresh after undo/redo without losing the cursor more than needed."""
        if self.title.text() != title:
            self.title.setText(title)
        if self.summary.text() != summary:
            self.summary.setText(summary)
        if self.markdown() != body:
            position = self.text.textCursor().position()
            self._loading = True
            try:
                load_markdown(self.text.document(), body)
            finally:
                self._loading = False
            cursor = self.text.textCursor()
            cursor.setPosition(min(position, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)

    def show_change(self, wording_before: str) -> None:
        """Put the cursor where the text differs from ``wording_before`` (after
        undo or redo): at the end of what came back, or where text went."""
        before = QTextDocument()
        load_markdown(before, wording_before)
        old, new = before.toPlainText(), self.text.toPlainText()
        if old == new:
            return
        prefix = _common_start(old, new)
        suffix = _common_start(old[prefix:][::-1], new[prefix:][::-1])
        cursor = self.text.textCursor()
        cursor.setPosition(len(new) - suffix)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def show_status(self, status: SectionStatus | None) -> None:
        """Say where the section's wording stands (``None``: no section); Compare…
        shows when the library's wording changed since it was added."""
        self.status.setText(status_text(status) if status is not None else "")
        self.compare_button.setVisible(status is not None and status.library_updated)

    def markdown(self) -> str:
        return to_markdown(self.text.document())

    # -- edits ------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if not self._loading and self.section_id is not None:
            self._settle.start()

    def _emit_body(self) -> None:
        if self.section_id is not None:
            self.body_edited.emit(self.section_id, self.markdown())

    def flush(self) -> None:
        """Send a pending edit now (before switching sections, saving, exporting)."""
        if self._settle.isActive():
            self._settle.stop()
            self._emit_body()

    def _title_changed(self, text: str) -> None:
        if self.section_id is not None:
            self.title_edited.emit(self.section_id, text)

    def _summary_changed(self, text: str) -> None:
        if self.section_id is not None:
            self.summary_edited.emit(self.section_id, text)

    # -- formatting -------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection; with none, the word the cursor is inside (as word
        processors do), or else just what is typed next."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            text = cursor.block().text()
            at = cursor.positionInBlock()
            inside_word = 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
            if inside_word:
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.text.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.text.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.text.fontItalic())
        self._merge(fmt)

    def make_list(self, *, numbered: bool) -> None:
        cursor = self.text.textCursor()
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            # Same kind of list again: turn the paragraphs back into plain text.
            block = cursor.block()
            current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        elif current is not None:
            list_format = current.format()
            list_format.setStyle(style)
            current.setFormat(list_format)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()

    def set_heading(self, level: int) -> None:
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        block_format = cursor.blockFormat()
        block_format.setHeadingLevel(level)
        cursor.setBlockFormat(block_format)
        if (text_list := cursor.currentList()) is not None and level:
            text_list.remove(cursor.block())
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if level else 0)
        cursor.mergeCharFormat(char)
        cursor.endEditBlock()

    def _sync_buttons(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())
