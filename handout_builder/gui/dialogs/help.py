"""Help ▸ User guide, Keyboard shortcuts and About: read-only pages in a
text browser (offline: the guide is a bundled Markdown file; versions and
licences come from the installed packages)."""

from __future__ import annotations

import html
import platform
from collections.abc import Iterable

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from handout_builder import APP_NAME, __version__
from handout_builder.core.components import bundled_components
from handout_builder.core.resources import assets_dir
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg
from handout_builder.gui.widgets import fit_to_screen

NATIVE = QKeySequence.SequenceFormat.NativeText
# Dedicated keys few keyboards have (Qt's standard Redo includes a "Redo" key):
# left out of the list, where they would read like words.
DEDICATED_KEYS = tuple(
    QKeySequence(key)
    for key in (
        Qt.Key.Key_Redo,
        Qt.Key.Key_Undo,
        Qt.Key.Key_Cut,
        Qt.Key.Key_Copy,
        Qt.Key.Key_Paste,
        Qt.Key.Key_Open,
        Qt.Key.Key_Save,
        Qt.Key.Key_New,
        Qt.Key.Key_Close,
        Qt.Key.Key_Find,
        Qt.Key.Key_Help,
        Qt.Key.Key_Print,
    )
)
# Keys that belong to a control rather than to an action (translated where shown).
CONTROL_KEYS = (
    (
        QT_TRANSLATE_NOOP("HelpPage", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("HelpPage", "Next / previous control"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Alt+B, Alt+L, Alt+P"),
        QT_TRANSLATE_NOOP("HelpPage", "The Brand, Layout and Paper pickers"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Enter (library)"),
        QT_TRANSLATE_NOOP("HelpPage", "Add the selected explanation to the handout"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Down (search field)"),
        QT_TRANSLATE_NOOP("HelpPage", "Go to the search results"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Delete (section list)"),
        QT_TRANSLATE_NOOP("HelpPage", "Remove the selected section"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Ctrl+B, Ctrl+I"),
        QT_TRANSLATE_NOOP("HelpPage", "Bold, italic (section editor)"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Ctrl+Shift+8, Ctrl+Shift+7"),
        QT_TRANSLATE_NOOP("HelpPage", "Bulleted, numbered list (section editor)"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Ctrl+2, Ctrl+0"),
        QT_TRANSLATE_NOOP("HelpPage", "Heading, normal text (section editor)"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPage", "Page Up / Page Down"),
        QT_TRANSLATE_NOOP("HelpPage", "Scroll the preview"),
    ),
)


def user_guide_markdown() -> str:
    return (assets_dir() / "help" / "user-guide.md").read_text(encoding="utf-8")


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """A table of every action's keys (all of them: Redo has two), then the
    keys of controls."""
    rows = []
    for action in actions:
        keys = [
            k.toString(NATIVE)
            for k in action.shortcuts()
            if not k.isEmpty() and k not in DEDICATED_KEYS
        ]
        if keys:
            words = action.text().replace("&", "").replace("…", "").split("\t")[0]
            rows.append((QCoreApplication.translate("HelpPage", " or ").join(keys), words))
    rows += [
        (
            QCoreApplication.translate("HelpPage", keys),
            QCoreApplication.translate("HelpPage", words),
        )
        for keys, words in CONTROL_KEYS
    ]
    body = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(words)}</td></tr>"
        for keys, words in rows
    )
    return arg(
        QCoreApplication.translate(
            "HelpPage",
            "<h2>Keyboard shortcuts</h2><table cellpadding='4'>"
            "<tr><th align='left'>Keys</th><th align='left'>What they do</th></tr>"
            "%1</table>",
        ),
        body,
    )


def about_html() -> str:
    """The version of the app and of what it runs on, then every bundled
    library and font with its licence, then the licence texts."""
    components = bundled_components()
    versions = {c.name.lower(): c.version for c in components}
    lines = [
        f"<h2>{APP_NAME} {html.escape(__version__)}</h2>",
        QCoreApplication.translate(
            "HelpPage", "<p>Branded, easy-to-read psychoeducation handouts, made offline.</p>"
        ),
        "<p>"
        f"Python {html.escape(platform.python_version())} · Qt {html.escape(qVersion())} · "
        f"PySide6 {html.escape(PySide6.__version__)} · "
        f"WeasyPrint {html.escape(versions.get('weasyprint', 'not installed'))}</p>",
        QCoreApplication.translate(
            "HelpPage",
            "<h3>Libraries and fonts inside</h3><table cellpadding='3'>"
            "<tr><th align='left'>Package</th><th align='left'>Version</th>"
            "<th align='left'>Licence</th></tr>",
        ),
    ]
    unknown_licence = QCoreApplication.translate("HelpPage", "see its files")
    for c in components:
        lines.append(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence or unknown_licence)}</td></tr>"
        )
    lines.append(QCoreApplication.translate("HelpPage", "</table><h3>Licence texts</h3>"))
    for c in components:
        for text in c.texts:
            lines.append(f"<h4>{html.escape(c.name)}</h4><pre>{html.escape(text)}</pre>")
    return "".join(lines)


class HelpPage(QDialog):
    """One read-only page (``object_name`` tells tests which)."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(title)
        self.browser.setToolTip(title)
        self.browser.setOpenLinks(False)  # no link leaves the app
        self.browser.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close this page"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 560))


def user_guide(parent: QWidget | None = None) -> HelpPage:
    page = HelpPage(QCoreApplication.translate("HelpPage", "User guide"), "user-guide", parent)
    page.browser.setMarkdown(user_guide_markdown())
    return page


def keyboard_shortcuts(actions: Iterable[QAction], parent: QWidget | None = None) -> HelpPage:
    page = HelpPage(
        QCoreApplication.translate("HelpPage", "Keyboard shortcuts"), "keyboard-shortcuts", parent
    )
    page.browser.setHtml(shortcuts_html(actions))
    return page


def about(parent: QWidget | None = None) -> HelpPage:
    page = HelpPage(
        arg(QCoreApplication.translate("HelpPage", "About %1"), APP_NAME), "about", parent
    )
    page.browser.setHtml(about_html())
    return page
