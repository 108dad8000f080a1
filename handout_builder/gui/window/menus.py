"""The main window's actions, menus and toolbar: their words, keys and tips.
What each one does is wired by the window (:mod:`handout_builder.gui.main_window`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar, QToolButton

from handout_builder import APP_NAME
from handout_builder.core.languages import HANDOUT_LANGUAGES, language_name
from handout_builder.core.paper import PAPER_SIZES
from handout_builder.gui.i18n import arg, paper_label

WRITEIN_CHOICES = (0, 2, 4, 6)
NATIVE = QKeySequence.SequenceFormat.NativeText
KEY = QKeySequence.StandardKey


class WindowMenus:
    """Builds and holds the window's actions, menus and toolbar controls."""

    def __init__(self, window: QMainWindow, view_actions: list[QAction]) -> None:
        self.window = window
        self.new_action = self._action(
            QCoreApplication.translate("WindowMenus", "&New"),
            KEY.New,
            QCoreApplication.translate("WindowMenus", "Start a new handout"),
        )
        self.open_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Open…"),
            KEY.Open,
            QCoreApplication.translate("WindowMenus", "Open a saved handout"),
        )
        self.save_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Save"),
            KEY.Save,
            QCoreApplication.translate("WindowMenus", "Save the handout"),
        )
        self.save_as_action = self._action(
            QCoreApplication.translate("WindowMenus", "Save &As…"),
            "Ctrl+Shift+S",
            QCoreApplication.translate("WindowMenus", "Save the handout under a new name"),
        )
        self.export_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Export PDF…"),
            "Ctrl+E",
            QCoreApplication.translate("WindowMenus", "Save the handout as a PDF"),
        )
        self.print_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Print…"),
            KEY.Print,
            QCoreApplication.translate("WindowMenus", "Print the handout"),
        )
        self.quit_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Quit"),
            KEY.Quit,
            QCoreApplication.translate("WindowMenus", "Close Handout Builder"),
        )
        self.history_action = self._action(
            QCoreApplication.translate("WindowMenus", "Handout &history…"),
            None,
            QCoreApplication.translate(
                "WindowMenus", "What you gave each client: print it again or reuse it"
            ),
        )
        self.import_pack_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Import practice pack…"),
            None,
            QCoreApplication.translate(
                "WindowMenus", "Add your practice's explanations, layouts and brands"
            ),
        )
        self.undo_group = QUndoGroup(window)
        self.undo_action = self.undo_group.createUndoAction(
            window, QCoreApplication.translate("WindowMenus", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence(KEY.Undo))
        self.redo_action = self.undo_group.createRedoAction(
            window, QCoreApplication.translate("WindowMenus", "&Redo")
        )
        # Ctrl+Y everywhere, plus the platform's own redo keys; a key listed twice
        # (Ctrl+Y is the platform's on Windows) would be "ambiguous" and do nothing.
        redo_keys = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        redo_keys += QKeySequence.keyBindings(KEY.Redo)
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        for action in (self.undo_action, self.redo_action):
            keys = QCoreApplication.translate("WindowMenus", " or ").join(
                k.toString(NATIVE) for k in action.shortcuts()
            )
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
            window.addAction(action)
        # Act on the text field with the focus (text fields take these keys themselves).
        self.cut_action = self._action(
            QCoreApplication.translate("WindowMenus", "Cu&t"),
            KEY.Cut,
            QCoreApplication.translate("WindowMenus", "Cut the selected text"),
        )
        self.copy_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Copy"),
            KEY.Copy,
            QCoreApplication.translate("WindowMenus", "Copy the selected text"),
        )
        self.paste_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Paste"),
            KEY.Paste,
            QCoreApplication.translate("WindowMenus", "Paste at the cursor"),
        )
        self.select_all_action = self._action(
            QCoreApplication.translate("WindowMenus", "Select &All"),
            KEY.SelectAll,
            QCoreApplication.translate("WindowMenus", "Select all the text in the field"),
        )
        self.find_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Find in library"),
            KEY.Find,
            QCoreApplication.translate("WindowMenus", "Search the library"),
        )
        self.move_up_action = self._action(
            QCoreApplication.translate("WindowMenus", "Move section &up"),
            "Alt+Up",
            QCoreApplication.translate("WindowMenus", "Move the section up"),
        )
        self.move_down_action = self._action(
            QCoreApplication.translate("WindowMenus", "Move section &down"),
            "Alt+Down",
            QCoreApplication.translate("WindowMenus", "Move the section down"),
        )
        self.duplicate_action = self._action(
            QCoreApplication.translate("WindowMenus", "Duplicate section"),
            "Ctrl+D",
            QCoreApplication.translate("WindowMenus", "Add a copy of the section below it"),
        )
        self.save_to_library_action = self._action(
            QCoreApplication.translate("WindowMenus", "Save section to my library…"),
            None,
            QCoreApplication.translate(
                "WindowMenus", "Keep this wording as your own library explanation"
            ),
        )
        self.brands_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Brand profiles…"),
            None,
            QCoreApplication.translate("WindowMenus", "Create, edit and choose brand profiles"),
        )
        self.setup_action = self._action(
            QCoreApplication.translate("WindowMenus", "Set up your &practice…"),
            None,
            QCoreApplication.translate(
                "WindowMenus", "Enter your practice's details, logo and colours"
            ),
        )
        self.preferences_action = self._action(
            QCoreApplication.translate("WindowMenus", "P&references…"),
            KEY.Preferences,
            QCoreApplication.translate("WindowMenus", "Defaults for new handouts"),
        )
        self.guide_action = self._action(
            QCoreApplication.translate("WindowMenus", "&User guide"),
            KEY.HelpContents,
            QCoreApplication.translate("WindowMenus", "How to make a handout, step by step"),
        )
        self.shortcuts_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Keyboard shortcuts"),
            None,
            QCoreApplication.translate("WindowMenus", "Every key the window knows"),
        )
        self.about_action = self._action(
            arg(QCoreApplication.translate("WindowMenus", "&About %1"), APP_NAME),
            None,
            QCoreApplication.translate(
                "WindowMenus", "Version, and the libraries and fonts inside"
            ),
        )
        self.illustrations_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Include illustrations")
        )
        self.references_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Include references")
        )
        self.notes_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Print clinician notes")
        )
        self.brief_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Brief: one page")
        )
        self.fillable_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Fillable on a phone or computer")
        )
        self.fillable_action.setToolTip(
            QCoreApplication.translate(
                "WindowMenus",
                "Blanks, lines and empty table cells become form fields the client can type "
                "in; on paper the handout looks the same",
            )
        )
        self.brief_action.setToolTip(
            QCoreApplication.translate(
                "WindowMenus",
                "Print each section as its title, summary, key points and Try this steps "
                "(three topics fit on one page in Classic)",
            )
        )
        self.writein_group = QActionGroup(window)
        self.writein_actions: dict[int, QAction] = {}
        for lines in WRITEIN_CHOICES:
            action = self._checkable(
                QCoreApplication.translate("WindowMenus", "None")
                if lines == 0
                else QCoreApplication.translate("WindowMenus", "%n lines", "", lines)
            )
            action.setActionGroup(self.writein_group)
            self.writein_actions[lines] = action
        # Bilingual layouts: the second language ("" = automatic) and its place.
        self.second_language_group = QActionGroup(window)
        self.second_language_actions: dict[str, QAction] = {}
        for code in ("", *HANDOUT_LANGUAGES):
            action = self._checkable(
                language_name(code, own=True)
                if code
                else QCoreApplication.translate("WindowMenus", "Automatic")
            )
            action.setActionGroup(self.second_language_group)
            self.second_language_actions[code] = action
        self.second_first_action = self._checkable(
            QCoreApplication.translate("WindowMenus", "Print the second language first")
        )
        self._build_toolbar()
        self._build_menus(view_actions)

    # -- actions -----------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            tip = f"{tip} ({action.shortcut().toString(NATIVE)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def _checkable(self, text: str) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        return action

    # -- toolbar and menus ---------------------------------------------------------------

    def _combo(self, bar: QToolBar, label: str, name: str, tip: str, width: int) -> QComboBox:
        """A labelled picker: the label names it for screen readers (its buddy)
        and jumps to it with Alt and the underlined letter."""
        text = QLabel(label, bar)
        combo = QComboBox(bar)
        text.setBuddy(combo)
        text.setContentsMargins(6, 0, 3, 0)
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        # Tab reaches it, a click opens it without keeping the focus: keys typed
        # afterwards never pick another value unseen.
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(width)
        bar.addWidget(text)
        bar.addWidget(combo)
        return combo

    def _build_toolbar(self) -> None:
        bar = QToolBar(QCoreApplication.translate("WindowMenus", "Main"), self.window)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # What this handout prints first (the file commands also have keys and a menu).
        self.brand_combo = self._combo(
            bar,
            QCoreApplication.translate("WindowMenus", "&Brand"),
            QCoreApplication.translate("WindowMenus", "Brand profile"),
            QCoreApplication.translate(
                "WindowMenus", "The practice details printed on this handout"
            ),
            14,
        )
        self.layout_combo = self._combo(
            bar,
            QCoreApplication.translate("WindowMenus", "&Layout"),
            QCoreApplication.translate("WindowMenus", "Layout"),
            QCoreApplication.translate("WindowMenus", "How the handout is laid out"),
            10,
        )
        self.paper_combo = self._combo(
            bar,
            QCoreApplication.translate("WindowMenus", "&Paper"),
            QCoreApplication.translate("WindowMenus", "Paper size"),
            QCoreApplication.translate("WindowMenus", "Paper size"),
            5,
        )
        for paper in PAPER_SIZES.values():
            self.paper_combo.addItem(paper_label(paper.label), paper.name)
        self.language_combo = self._combo(
            bar,
            QCoreApplication.translate("WindowMenus", "Lan&guage"),
            QCoreApplication.translate("WindowMenus", "Handout language"),
            QCoreApplication.translate(
                "WindowMenus",
                "The language the handout is written in: its library, the words every layout "
                "prints, dates",
            ),
            8,
        )
        for code in HANDOUT_LANGUAGES:
            self.language_combo.addItem(language_name(code, own=True), code)
        self.options_menu = QMenu(
            QCoreApplication.translate("WindowMenus", "Print options"), self.window
        )
        self.options_menu.addAction(self.illustrations_action)
        self.options_menu.addAction(self.references_action)
        self.options_menu.addAction(self.notes_action)
        self.options_menu.addAction(self.fillable_action)
        self.options_menu.setToolTipsVisible(True)
        self.options_menu.addAction(self.brief_action)
        writein = self.options_menu.addMenu(
            QCoreApplication.translate("WindowMenus", "Write-in lines after each section")
        )
        for action in self.writein_actions.values():
            writein.addAction(action)
        bilingual = self.options_menu.addMenu(
            QCoreApplication.translate("WindowMenus", "Second language (bilingual layouts)")
        )
        for action in self.second_language_actions.values():
            bilingual.addAction(action)
        bilingual.addSeparator()
        bilingual.addAction(self.second_first_action)
        self.layout_options_menu = self.options_menu.addMenu(
            QCoreApplication.translate("WindowMenus", "Layout options")
        )
        options_button = QToolButton(self.window)
        options_button.setText(QCoreApplication.translate("WindowMenus", "Options"))
        options_button.setAccessibleName(QCoreApplication.translate("WindowMenus", "Print options"))
        options_button.setToolTip(
            QCoreApplication.translate("WindowMenus", "What to include when printing this handout")
        )
        options_button.setMenu(self.options_menu)
        options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(options_button)
        bar.addSeparator()
        for action in (
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.print_action,
        ):
            bar.addAction(action)
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button":
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toolbar = bar
        self.window.addToolBar(bar)

    def _build_menus(self, view_actions: list[QAction]) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(
            QCoreApplication.translate("WindowMenus", "Open &Recent")
        )
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addActions([self.history_action, self.import_pack_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.select_all_action]
        )
        self.edit_menu = edit_menu
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.move_up_action,
                self.move_down_action,
                self.duplicate_action,
                self.save_to_library_action,
            ]
        )
        bar.addMenu(self.options_menu).setText(
            QCoreApplication.translate("WindowMenus", "Hand&out")
        )
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&View")).addActions(view_actions)
        settings_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Settings"))
        settings_menu.addActions([self.brands_action, self.setup_action, self.preferences_action])
        help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def fill_recent(self, files: list[Path], open_file: Callable[[Path], object]) -> None:
        """List ``files`` in Open Recent (files that are gone are greyed out)."""
        self.recent_menu.clear()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _c=False, p=path: open_file(p))
        if not files:
            self.recent_menu.addAction(
                QCoreApplication.translate("WindowMenus", "No recent handouts")
            ).setEnabled(False)
