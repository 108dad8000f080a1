"""Highlights in the section editor: long sentences, jargon and passive voice.

Each kind has its own *shape*, not only its own colour: long sentences get a
pale background band, jargon a wavy underline, passive voice a dotted
underline. Hovering shows what is wrong; right-clicking a jargon word offers
"Replace with …" for each plain alternative.

The checks run per paragraph with regular expressions only
(:func:`~handout_builder.core.checks.health_literacy.line_findings`), fast enough for
Qt's highlighter, which re-checks only the paragraphs that change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from handout_builder.core.checks.health_literacy import Finding, line_findings
from handout_builder.core.checks.jargon import JargonList, load_jargon, replacement
from handout_builder.gui import theme
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg

DESCRIPTIONS = {  # translated where shown
    "long_sentence": QT_TRANSLATE_NOOP("EditorChecks", "long sentences: pale yellow band"),
    "jargon": QT_TRANSLATE_NOOP("EditorChecks", "jargon: blue wavy underline"),
    "passive": QT_TRANSLATE_NOOP("EditorChecks", "passive voice: purple dotted underline"),
}


def _format_for(kinds: set[str]) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if "long_sentence" in kinds:
        fmt.setBackground(theme.long_sentence_background())
    if "jargon" in kinds:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(theme.jargon_underline())
    elif "passive" in kinds:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(theme.passive_underline())
    return fmt


class HealthHighlighter(QSyntaxHighlighter):
    """Marks long sentences, jargon and passive voice in a QTextDocument."""

    def __init__(self, document: QTextDocument, jargon: JargonList) -> None:
        super().__init__(document)
        self.jargon = jargon
        self.language = "en"

    def set_language(self, language: str) -> None:
        """Check text written in ``language`` (its jargon list and passive rules)."""
        if language != self.language:
            self.language = language
            self.jargon = load_jargon(language=language)
            self.rehighlight()

    def findings(self, text: str) -> list[Finding]:
        return line_findings(text, self.jargon, self.language)

    def highlightBlock(self, text: str) -> None:
        findings = self.findings(text)
        if not findings:
            return
        kinds: list[set[str]] = [set() for _ in text]
        for finding in findings:
            for index in range(finding.start, min(finding.end, len(text))):
                kinds[index].add(finding.kind)
        start = 0
        for index in range(1, len(text) + 1):
            if index == len(text) or kinds[index] != kinds[start]:
                if kinds[start]:
                    self.setFormat(start, index - start, _format_for(kinds[start]))
                start = index


class EditorChecks(QObject):
    """Attaches the highlighter, hover explanations and the "Replace with …"
    menu to a text editor."""

    def __init__(
        self,
        editor: QTextEdit,
        jargon: JargonList | None = None,
        standard_menu: Callable[[], QMenu] | None = None,
    ) -> None:
        """``standard_menu`` makes the usual edit menu (default: the editor's own)."""
        super().__init__(editor)
        self.editor = editor
        self.standard_menu = standard_menu or editor.createStandardContextMenu
        self.highlighter = HealthHighlighter(
            editor.document(), jargon if jargon is not None else load_jargon()
        )
        editor.viewport().installEventFilter(self)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._context_menu)
        editor.setToolTip(
            editor.toolTip()
            + "\n"
            + arg(self.tr("Marked: %1"), "; ".join(self.tr(d) for d in DESCRIPTIONS.values()))
            if editor.toolTip()
            else ""
        )

    def findings_at(self, position: int) -> list[Finding]:
        """Findings that cover character ``position`` of the document."""
        block = self.editor.document().findBlock(position)
        if not block.isValid():
            return []
        offset = position - block.position()
        return [f for f in self.highlighter.findings(block.text()) if f.start <= offset < f.end]

    def _position_at(self, point: QPoint) -> int:
        return self.editor.cursorForPosition(point).position()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            findings = self.findings_at(self._position_at(event.pos()))
            if findings:
                QToolTip.showText(event.globalPos(), tooltip_text(findings), self.editor)
                return True
        return super().eventFilter(watched, event)

    def menu_for(self, position: int) -> QMenu:
        """The context menu at ``position``: fixes first, then the usual edit actions."""
        menu = self.standard_menu()
        added: list[QAction] = []
        for finding in self.findings_at(position):
            if finding.kind == "jargon":
                block = self.editor.document().findBlock(position)
                for alternative in finding.alternatives:
                    # Fitted into the sentence ("called the amygdala" loses its "the").
                    fix = replacement(
                        block.text(),
                        finding.start,
                        finding.end,
                        finding.term,
                        alternative,
                        self.highlighter.language,
                    )
                    if fix is None:  # another form of the term: say it, do not paste it
                        action = QAction(arg(self.tr("Plainer: “%1”"), alternative), menu)
                        action.setEnabled(False)
                    else:
                        start, end = block.position() + fix.start, block.position() + fix.end
                        action = QAction(arg(self.tr("Replace with “%1”"), alternative), menu)
                        action.triggered.connect(
                            lambda _c=False, t=fix.text, s=start, e=end: self.replace(s, e, t)
                        )
                    added.append(action)
            else:
                info = QAction(finding.message, menu)
                info.setEnabled(False)
                added.append(info)
        if added:
            standard = menu.actions()
            if standard:
                menu.insertActions(standard[0], added)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(added)
        return menu

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace characters ``start``–``end`` (a jargon word, fitted by
        :func:`~handout_builder.core.checks.jargon.replacement`) with ``text``."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)

    def _context_menu(self, point: QPoint) -> None:
        menu = self.menu_for(self._position_at(point))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(point))


def tooltip_text(findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        lines.append(finding.message)
        if finding.kind == "jargon":
            lines.append(QCoreApplication.translate("EditorChecks", "Right-click to replace it."))
    return "\n".join(lines)
