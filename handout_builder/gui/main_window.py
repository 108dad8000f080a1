"""The main window: library on the left, the handout (outline and section
editor) in the middle, the live PDF preview on the right."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from handout_builder import APP_NAME
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.model import recovery
from handout_builder.core.model.brand import BrandProfile, find_brand, list_brands, sample_brand
from handout_builder.core.model.documents import default_title, render_request
from handout_builder.core.model.handout import FILE_SUFFIX, Handout, Section
from handout_builder.core.model.library import Library, load_library
from handout_builder.core.model.user_library import save_section_to_library
from handout_builder.core.settings import Settings, load_settings, save_settings
from handout_builder.gui import operations
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.layout_options import fill_layout_options_menu
from handout_builder.gui.panels.library_panel import LibraryPanel
from handout_builder.gui.panels.outline import OutlinePanel
from handout_builder.gui.panels.preview import PreviewPane
from handout_builder.gui.panels.readability_panel import ReadabilityPanel, dock_panel
from handout_builder.gui.panels.section_editor import SectionEditor
from handout_builder.gui.services.layout_watch import LayoutWatcher, fill_layout_combo
from handout_builder.gui.services.recovery import RecoveryKeeper, offer_recovery
from handout_builder.gui.services.render_service import RenderService

if TYPE_CHECKING:  # dialogs and editor checks load when first used, after start-up
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.dialogs.brand_manager import BrandManager
    from handout_builder.gui.dialogs.compare import CompareDialog
    from handout_builder.gui.dialogs.preferences import PreferencesDialog
    from handout_builder.gui.panels.highlighter import EditorChecks

PREVIEW_DEBOUNCE_MS = 150
SAMPLE_TOPICS = ("anxiety-alarm",)
HANDOUT_FILTER = f"Handouts (*{FILE_SUFFIX});;All files (*)"
WRITEIN_CHOICES = (0, 2, 4, 6)


class MainWindow(QMainWindow):
    """Signals for tests and tools: ``preview_updated`` after each new preview,
    ``exported`` after a PDF was written."""

    preview_updated = Signal(object)  # RenderResult
    exported = Signal(object)  # Path of the written PDF

    def __init__(
        self, document: HandoutDocument | None = None, *, library: Library | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.library = library if library is not None else load_library()
        self.settings = load_settings()
        self.service = RenderService(self)
        self.document = document or self._starting_document()
        self._brand_problem: Problem | None = None
        self._started_background = False
        self._graded = False
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)

        self.library_panel = LibraryPanel(self.library, self)
        self.outline = OutlinePanel(self)
        self.editor = SectionEditor(self)
        self.preview = PreviewPane(self)
        self.editor_checks: EditorChecks | None = None  # attached once the window is up
        self.health_panel = ReadabilityPanel(self.service, self)
        self.health_dock = dock_panel(self, self.health_panel)

        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.outline)
        middle.addWidget(self.editor)
        middle.setSizes([260, 420])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([330, 430, 520])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_preview)
        self.keeper = RecoveryKeeper(self._recovery_snapshot, self)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._connect()
        self._set_tab_order()
        self._undo_keys = _UndoKeys(self.editor.flush, self)
        for field in (
            self.outline.title,
            self.outline.subtitle,
            self.outline.prepared_for,
            self.outline.date,
            self.editor.title,
            self.editor.text,
        ):
            field.installEventFilter(self._undo_keys)
        self.layout_watch = LayoutWatcher(self)
        self.layout_watch.layouts_changed.connect(self._layouts_changed)
        self.layout_watch.files_changed.connect(self._debounce.start)
        self.statusBar().showMessage("Ready")
        self._restore_geometry()
        self._bind_document()
        for problem in self.library.problems:
            self.statusBar().showMessage(str(problem), 8000)

    # -- construction ------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        tip: str,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action("&New", key.New, "Start a new handout", self.new_handout)
        self.open_action = self._action(
            "&Open…", key.Open, "Open a saved handout", self.open_dialog
        )
        self.save_action = self._action("&Save", key.Save, "Save the handout", self.save)
        self.save_as_action = self._action(
            "Save &As…", "Ctrl+Shift+S", "Save the handout under a new name", self.save_as
        )
        self.export_action = self._action(
            "&Export PDF…", "Ctrl+E", "Save the handout as a PDF", self.export_dialog
        )
        self.print_action = self._action(
            "&Print…", key.Print, "Print the handout", self.print_handout
        )
        self.quit_action = self._action("&Quit", key.Quit, "Close Handout Builder", self.close)
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        # Ctrl+Y everywhere, plus the platform's own redo keys; a key listed twice
        # (Ctrl+Y is the platform's on Windows) would be "ambiguous" and do nothing.
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(key.Redo)]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action(
            "&Find in library", key.Find, "Search the library", self._focus_search
        )
        self.move_up_action = self._action(
            "Move section &up", "Alt+Up", "Move the section up", self.outline.move_selected_up
        )
        self.move_down_action = self._action(
            "Move section &down",
            "Alt+Down",
            "Move the section down",
            self.outline.move_selected_down,
        )
        self.duplicate_action = self._action(
            "Duplicate section",
            "Ctrl+D",
            "Add a copy of the section below it",
            lambda: self._with_section(self.duplicate_section),
        )
        self.save_to_library_action = self._action(
            "Save section to my library…",
            None,
            "Keep this wording as your own library explanation",
            lambda: self._with_section(self.save_section_to_library),
        )
        self.brands_action = self._action(
            "&Brand profiles…",
            None,
            "Create, edit and choose brand profiles",
            self.open_brand_manager,
        )
        self.setup_action = self._action(
            "Set up your &practice…",
            None,
            "Enter your practice's details, logo and colours",
            self.open_practice_setup,
        )
        self.preferences_action = self._action(
            "P&references…", key.Preferences, "Defaults for new handouts", self.open_preferences
        )
        self.illustrations_action = self._option_action(
            "Include illustrations", "include_illustrations"
        )
        self.references_action = self._option_action("Include references", "include_references")
        self.notes_action = self._option_action("Print clinician notes", "include_clinician_notes")
        self.writein_group = QActionGroup(self)
        self.writein_actions: dict[int, QAction] = {}
        for lines in WRITEIN_CHOICES:
            action = QAction("None" if lines == 0 else f"{lines} lines", self)
            action.setCheckable(True)
            action.setActionGroup(self.writein_group)
            action.triggered.connect(
                lambda _c=False, n=lines: self.document.set_option("writein_lines", n)
            )
            self.writein_actions[lines] = action

    def _option_action(self, text: str, option: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.triggered.connect(lambda checked: self.document.set_option(option, checked))
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.print_action,
        ):
            bar.addAction(action)
        bar.addSeparator()
        self.brand_combo = self._combo(
            "Brand profile", "The practice details printed on this handout"
        )
        self.layout_combo = self._combo("Layout", "How the handout is laid out")
        self.paper_combo = self._combo("Paper size", "Paper size")
        self.paper_combo.addItem("Letter", "letter")
        self.paper_combo.addItem("A4", "a4")
        for label, combo in (
            ("Brand ", self.brand_combo),
            (" Layout ", self.layout_combo),
            (" Paper ", self.paper_combo),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        self.options_menu = QMenu("Print options", self)
        self.options_menu.addAction(self.illustrations_action)
        self.options_menu.addAction(self.references_action)
        self.options_menu.addAction(self.notes_action)
        writein = self.options_menu.addMenu("Write-in lines after each section")
        for action in self.writein_actions.values():
            writein.addAction(action)
        self.layout_options_menu = self.options_menu.addMenu("Layout options")
        self.layout_options_menu.aboutToShow.connect(self.fill_layout_options)
        options_button = QToolButton(self)
        options_button.setText("Options")
        options_button.setAccessibleName("Print options")
        options_button.setToolTip("What to include when printing this handout")
        options_button.setMenu(self.options_menu)
        options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(options_button)
        self.addToolBar(bar)
        self.refresh_brands()
        self.refresh_layouts()

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for action in (self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        for action in (
            self.move_up_action,
            self.move_down_action,
            self.duplicate_action,
            self.save_to_library_action,
        ):
            edit_menu.addAction(action)
        self.menuBar().addMenu(self.options_menu).setText("&Handout")
        self.menuBar().addMenu("&View").addAction(self.health_dock.toggleViewAction())
        settings_menu = self.menuBar().addMenu("&Settings")
        for action in (self.brands_action, self.setup_action, self.preferences_action):
            settings_menu.addAction(action)

    def _connect(self) -> None:
        self.library_panel.add_requested.connect(self.add_topic)
        self.outline.field_edited.connect(lambda name, value: self.document.set_field(name, value))
        self.outline.section_selected.connect(self._show_section)
        self.outline.remove_requested.connect(lambda sid: self.document.remove_section(sid))
        self.outline.move_requested.connect(self._move_section)
        self.outline.reset_requested.connect(self._reset_section)
        self.outline.duplicate_requested.connect(self.duplicate_section)
        self.outline.topics_dropped.connect(self._drop_topics)
        self.editor.body_edited.connect(
            lambda sid, body: self.document.set_section_text(sid, body=body)
        )
        self.editor.title_edited.connect(
            lambda sid, title: self.document.set_section_text(sid, title=title)
        )
        self.editor.compare_button.clicked.connect(lambda: self._with_section(self.compare_section))
        self.brand_combo.activated.connect(self._brand_chosen)
        self.layout_combo.activated.connect(
            lambda _i: self.document.set_option("layout", self.layout_combo.currentData())
        )
        self.paper_combo.activated.connect(
            lambda _i: self.document.set_option("paper", self.paper_combo.currentData())
        )
        self.service.preview_ready.connect(self._preview_ready)
        self.editor.section_shown.connect(self.health_panel.set_section)
        self.health_panel.checklist_changed.connect(lambda ids: self.document.set_checklist(ids))
        self.service.busy_changed.connect(self.preview.set_updating)

    def _set_tab_order(self) -> None:
        """Tab moves through the window the way it reads: library, handout, editor."""
        chain: list[QWidget] = [
            self.library_panel.search,
            self.library_panel.audience,
            self.library_panel.tag,
            self.library_panel.list,
            self.library_panel.add_button,
            self.outline.title,
            self.outline.subtitle,
            self.outline.prepared_for,
            self.outline.date_check,
            self.outline.date,
            self.outline.list,
            self.outline.up_button,
            self.outline.down_button,
            self.outline.duplicate_button,
            self.outline.remove_button,
            self.outline.reset_button,
            self.editor.title,
            self.editor.text,
            self.editor.compare_button,
            self.preview.view,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            # 1400×860, or less on a small (or scaled-up) screen, centred on it.
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width() * 95 // 100), min(860, screen.height() * 9 // 10))
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(max(frame.left(), screen.left()), max(frame.top(), screen.top()))

    def _starting_document(self) -> HandoutDocument:
        """First run: a finished sample handout; later: an empty one."""
        if self.settings.setup_done or self.settings.recent_files:
            return self._new_document()
        handout = Handout(
            title="Understanding anxiety", subtitle="A sample handout — change anything you like"
        )
        handout.options.paper = self.settings.default_paper
        handout.sections = [
            Section.from_entry(self.library.get(topic))
            for topic in SAMPLE_TOPICS
            if topic in self.library
        ]
        return HandoutDocument(handout)

    def _new_document(self) -> HandoutDocument:
        handout = Handout(title="Untitled handout")
        handout.options.paper = self.settings.default_paper
        handout.options.layout = self.settings.default_layout
        handout.brand = self.settings.default_brand or None
        return HandoutDocument(handout)

    # -- after the window is shown -----------------------------------------------------------

    # The window on screen first, then the heavy lifting: the render worker process
    # warms up behind it; first-run set-up and recovery come next. They start after
    # the first paint (which then comes ~150 ms sooner than when they started on
    # show), or a second after showing for a window that is not painted (minimised).

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(1000, self._after_first_show)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started_background:
            QTimer.singleShot(0, self._after_first_show)

    def _after_first_show(self) -> None:
        from handout_builder.gui.panels.highlighter import EditorChecks

        if self._started_background or not self.isVisible():
            return  # done already, or closed straight away
        self._started_background = True
        self.service.start()
        self.editor_checks = EditorChecks(self.editor.text)
        found = recovery.find_recoveries(exclude=self.keeper.session)
        if found:
            self._offer_next_recovery(found)
        elif not self.settings.setup_done and not list_brands()[0]:
            self.open_practice_setup(first_run=True)

    def _offer_next_recovery(self, found: list[recovery.Recovered]) -> None:
        if not found:
            return
        box = offer_recovery(self, found[0], self.restore_recovered)
        box.finished.connect(lambda _r: self._offer_next_recovery(found[1:]))
        self.dialog = box

    def restore_recovered(self, found: recovery.Recovered) -> None:
        document = HandoutDocument(found.handout, found.saved_as)
        document.undo_stack.resetClean()  # restored work is unsaved until saved again
        self.set_document(document)
        self.keeper.changed()
        self.statusBar().showMessage("Restored your unsaved work — save it to keep it.", 10000)

    def _grade_library_once(self) -> None:
        if not self._graded:
            self._graded = True  # after the first preview, so it never waits on grading
            self.library_panel.start_grading(self.service)

    # -- the document -----------------------------------------------------------------------

    def set_document(self, document: HandoutDocument) -> None:
        """Show ``document`` instead of the current one."""
        old = self.document
        if old is document:
            return
        old.changed.disconnect(self._document_changed)
        old.structure_changed.disconnect(self._refresh_views)
        old.section_changed.disconnect(self._section_text_changed)
        self.undo_group.removeStack(old.undo_stack)
        old.deleteLater()
        self.document = document
        self._bind_document()

    def _bind_document(self) -> None:
        document = self.document
        document.setParent(self)
        document.changed.connect(self._document_changed)
        document.structure_changed.connect(self._refresh_views)
        document.section_changed.connect(self._section_text_changed)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.editor.set_section(None, "", "")
        self._refresh_views()
        if document.handout.sections:
            self.outline.select_section(document.handout.sections[0].id)
        self._document_changed()

    def _recovery_snapshot(self) -> tuple[Handout, Path | None, bool]:
        return self.document.handout.copy(), self.document.path, self.document.modified

    def _document_changed(self) -> None:
        self.setWindowModified(self.document.modified)
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_NAME}")
        self._debounce.start()
        self.keeper.changed()
        self.health_panel.schedule(self.document.handout)

    def _marks(self) -> tuple[frozenset[str], frozenset[str]]:
        return (self.document.edited_ids(self.library), self.document.updated_ids(self.library))

    def _refresh_views(self) -> None:
        handout = self.document.handout
        self.outline.show_handout(handout, *self._marks())
        self._select_combo(self.paper_combo, handout.options.paper)
        if self.layout_combo.findData(handout.options.layout) < 0:
            self.refresh_layouts()
        self._select_combo(self.layout_combo, handout.options.layout)
        self.layout_watch.watch_layout(handout.options.layout)
        self._select_brand(handout.brand)
        self.illustrations_action.setChecked(handout.options.include_illustrations)
        self.references_action.setChecked(handout.options.include_references)
        self.notes_action.setChecked(handout.options.include_clinician_notes)
        if (writein := self.writein_actions.get(handout.options.writein_lines)) is not None:
            writein.setChecked(True)
        sid = self.outline.selected_id()
        section = self.document.section(sid) if sid else None
        if section is None:
            self.editor.set_section(None, "", "")
        elif self.editor.section_id == section.id:
            self.editor.update_from_document(section.title, section.body)
        else:
            self.editor.set_section(section.id, section.title, section.body)
        self._update_editor_status()

    def _section_text_changed(self, section_id: str) -> None:
        if self.document.section(section_id) is not None:
            self.outline.show_handout(self.document.handout, *self._marks())
            self._update_editor_status()

    def _update_editor_status(self) -> None:
        section = self.document.section(self.editor.section_id or "")
        self.save_to_library_action.setEnabled(section is not None)
        self.duplicate_action.setEnabled(section is not None)
        if section is None:
            self.editor.set_status("")
            return
        entry = self.library.entries.get(section.entry_id or "")
        if entry is None:
            self.editor.set_status(
                "Your own section"
                if not section.entry_id
                else "Its library explanation is no longer in your library"
            )
        elif section.entry_revision and section.entry_revision != entry.revision:
            self.editor.set_status(
                "⟳ The library's wording changed since you added this.", library_updated=True
            )
        elif section.is_edited(entry):
            self.editor.set_status(
                "✎ Edited for this handout — the library wording is "
                "unchanged (Reset wording to go back)"
            )
        else:
            self.editor.set_status("Library wording")

    def _show_section(self, section_id: str | None) -> None:
        section = self.document.section(section_id) if section_id else None
        if section is None:
            self.editor.set_section(None, "", "")
        else:
            self.editor.set_section(section.id, section.title, section.body)
        self._update_editor_status()

    def _with_section(self, action: Callable[[str], object]) -> None:
        self.editor.flush()
        if (sid := self.outline.selected_id()) is not None:
            action(sid)

    # -- structure operations -----------------------------------------------------------

    def add_topic(self, entry_id: str, index: int | None = None) -> None:
        entry = self.library.entries.get(entry_id)
        if entry is None:
            return
        self.editor.flush()
        section = self.document.add_entry(entry, index)
        if len(self.document.handout.sections) == 1 and self.document.handout.title in (
            "Untitled handout",
            "",
        ):
            self.document.set_field("title", default_title([entry.title]))
        self.outline.select_section(section.id)
        self.statusBar().showMessage(f"Added “{entry.title}”", 4000)

    def _drop_topics(self, ids: list[str], index: int) -> None:
        for offset, entry_id in enumerate(ids):
            self.add_topic(entry_id, index + offset)

    def _move_section(self, section_id: str, index: int) -> None:
        self.editor.flush()
        self.document.move_section(section_id, index)
        self.outline.select_section(section_id)

    def _reset_section(self, section_id: str) -> None:
        section = self.document.section(section_id)
        entry = self.library.entries.get(section.entry_id or "") if section else None
        if entry is None:
            self.statusBar().showMessage("This section did not come from the library.", 5000)
            return
        self.document.reset_section(section_id, entry)

    def duplicate_section(self, section_id: str) -> None:
        self.editor.flush()
        copy = self.document.duplicate_section(section_id)
        if copy is not None:
            self.outline.select_section(copy.id)

    def compare_section(self, section_id: str) -> CompareDialog | None:
        section = self.document.section(section_id)
        entry = self.library.entries.get(section.entry_id or "") if section else None
        if section is None or entry is None:
            return None
        from handout_builder.gui.dialogs.compare import CompareDialog

        dialog = CompareDialog(section, entry, self)
        dialog.take_new.connect(lambda sid: self.document.reset_section(sid, entry))
        dialog.keep_mine.connect(lambda sid: self.document.keep_wording(sid, entry))
        dialog.open()
        self.dialog = dialog
        return dialog

    def save_section_to_library(self, section_id: str) -> None:
        section = self.document.section(section_id)
        if section is None:
            return
        source = self.library.entries.get(section.entry_id or "")
        try:
            entry = save_section_to_library(
                section, source=source, taken_ids=set(self.library.entries)
            )
        except HandoutBuilderError as exc:
            operations.show_error(self, "Cannot save to your library", str(exc))
            return
        self.reload_library()
        self.statusBar().showMessage(
            f"Saved “{entry.title}” to your library ({entry.source})", 8000
        )

    def reload_library(self) -> None:
        self.library = load_library()
        self.library_panel.set_library(self.library)
        self._graded = False
        self._grade_library_once()
        self._refresh_views()

    # -- brand, layout, paper -----------------------------------------------------------

    def refresh_brands(self) -> None:
        self.brand_combo.clear()
        profiles, problems = list_brands()
        for profile in profiles:
            self.brand_combo.addItem(profile.practice_name, profile.name)
        sample = sample_brand()
        self.brand_combo.addItem(f"{sample.practice_name} (sample)", "")
        for problem in problems:
            self.statusBar().showMessage(f"Brand profile skipped: {problem}", 8000)
        self._select_brand(self.document.handout.brand)

    def refresh_layouts(self) -> None:
        fill_layout_combo(self.layout_combo, self.document.handout.options.layout)

    def _layouts_changed(self) -> None:
        """A layout was added or removed, or a manifest changed, on disk."""
        self.refresh_layouts()
        self._debounce.start()

    def fill_layout_options(self) -> None:
        """The current layout's own options, from its manifest."""
        options = self.document.handout.options
        fill_layout_options_menu(
            self.layout_options_menu,
            options.layout,
            dict(options.layout_options),
            lambda values: self.document.set_option("layout_options", values),
        )

    def _select_combo(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0 and combo.currentIndex() != index:
            combo.setCurrentIndex(index)

    def _select_brand(self, brand: str | None) -> None:
        value = brand or ""
        if self.brand_combo.findData(value) < 0 and value:
            self.brand_combo.addItem(Path(value).stem, value)
        self._select_combo(self.brand_combo, value)

    def _brand_chosen(self, _index: int) -> None:
        self.document.set_brand(self.brand_combo.currentData() or None)

    def current_brand(self) -> BrandProfile:
        reference = self.document.handout.brand or self.settings.default_brand
        self._brand_problem = None
        if reference:
            base = self.document.path.parent if self.document.path else None
            try:
                return find_brand(reference, relative_to=base)
            except HandoutBuilderError as exc:
                self._brand_problem = Problem(
                    f"{exc}; showing the sample practice instead", severity="warning"
                )
        return sample_brand()

    def open_practice_setup(self, first_run: bool = False) -> BrandDialog:
        """The "Set up your practice" dialog (skippable on first run)."""
        from handout_builder.gui.dialogs.brand_dialog import BrandDialog

        dialog = BrandDialog(first_run=first_run, parent=self)
        dialog.saved.connect(self._practice_saved)
        dialog.finished.connect(lambda _r: self._setup_finished())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _practice_saved(self, profile: BrandProfile) -> None:
        if not self.settings.default_brand:
            self.settings.default_brand = profile.name
        self.refresh_brands()
        if not self.document.handout.brand:
            was_clean = not self.document.modified
            self.document.set_brand(profile.name)
            if was_clean:  # adopting the new practice is not an edit to save
                self.document.undo_stack.setClean()
        self.statusBar().showMessage(f"Saved the brand profile “{profile.practice_name}”", 6000)

    def _setup_finished(self) -> None:
        self.settings.setup_done = True
        save_settings_quietly(self.settings)

    def open_brand_manager(self) -> BrandManager:
        from handout_builder.gui.dialogs.brand_manager import BrandManager

        manager = BrandManager(self.settings, self)
        manager.changed.connect(self._brands_changed)
        manager.open()
        self.dialog = manager
        return manager

    def _brands_changed(self) -> None:
        self.refresh_brands()
        self._debounce.start()

    def open_preferences(self) -> PreferencesDialog:
        from handout_builder.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.saved.connect(self.reload_library)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- preview -----------------------------------------------------------------------

    def _render_request(self, purpose: str) -> RenderRequest:
        return render_request(
            self.document.handout,
            self.current_brand(),
            self.library,
            render_id=self.service.next_id(),
            purpose=purpose,
        )

    def request_preview(self) -> None:
        request = self._render_request("preview")
        self.preview.set_updating(True)
        self.service.request_preview(request)

    def _preview_ready(self, result: RenderResult) -> None:
        if not self.service.accept_preview(result):
            return  # an older render finished after a newer one was shown
        if self._brand_problem is not None:
            result.problems.insert(0, self._brand_problem)
        self.preview.show_result(result)
        self.preview_updated.emit(result)
        self._grade_library_once()

    # -- files -------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        self.editor.flush()
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to “{self.document.display_name}” first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_handout(self) -> None:
        if self.confirm_discard():
            self.keeper.discard()
            self.set_document(self._new_document())

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, "Open handout", self.settings.last_open_dir, HANDOUT_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        document = operations.open_handout(self, path)
        if document is None:
            return False
        self.keeper.discard()
        self.set_document(document)
        self._remember(path)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [Path(p) for p in self.settings.recent_files]
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.is_file())
            action.triggered.connect(
                lambda _c=False, p=path: self.confirm_discard() and self.open_path(p)
            )
        if not files:
            self.recent_menu.addAction("No recent handouts").setEnabled(False)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        self.editor.flush()
        start = self.document.path or Path(self.settings.last_open_dir or Path.home()) / (
            _file_stem(self.document.handout.title) + FILE_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(self, "Save handout", str(start), HANDOUT_FILTER)
        if not path:
            return False
        target = Path(path)
        return self.save_to(target if target.suffix else target.with_suffix(FILE_SUFFIX))

    def save_to(self, path: Path) -> bool:
        self.editor.flush()
        if not operations.save_document(self, self.document, path):
            return False
        self.keeper.discard()
        self._remember(path)
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def export_dialog(self) -> None:
        self.editor.flush()
        folder = Path(self.settings.last_export_dir or Path.home())
        start = folder / (_file_stem(self.document.handout.title) + ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Export PDF", str(start), "PDF (*.pdf)")
        if path:
            target = Path(path)
            self.export_to(
                target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
            )

    def export_to(self, path: Path) -> None:
        """Export to ``path`` in the background; ``exported`` fires when written."""
        self.editor.flush()
        request = self._render_request("export")
        self.statusBar().showMessage("Making the PDF…")
        self.settings.last_export_dir = str(path.parent)
        save_settings_quietly(self.settings)
        operations.export_pdf(self, self.service, request, path, self._exported)

    def _exported(self, path: Path, result: RenderResult) -> None:
        pages = f"{result.page_count} page{'s' if result.page_count != 1 else ''}"
        self.statusBar().showMessage(f"Exported {path.name} ({pages})", 6000)
        self.exported.emit(path)

    def print_handout(self) -> None:
        """Render the print-quality PDF in the worker, then show the print dialog."""
        self.editor.flush()
        request = self._render_request("export")
        self.statusBar().showMessage("Preparing to print…")
        operations.print_pdf(
            self, self.service, request, self.document.handout.title, self._printed
        )

    def _printed(self, pages: int) -> None:
        if pages:
            self.statusBar().showMessage(
                f"Sent {pages} page{'s' if pages != 1 else ''} to the printer", 6000
            )
        else:
            self.statusBar().showMessage("Printing cancelled", 6000)

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(str(path.resolve()))
        self.settings.last_open_dir = str(path.resolve().parent)
        save_settings_quietly(self.settings)

    def _focus_search(self) -> None:
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    # -- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.keeper.discard()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        save_settings_quietly(self.settings)
        self.service.close()
        self.health_panel.close_checker()
        event.accept()


class _UndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) reach Edit ▸ Undo/Redo from the
    handout's text fields, which would otherwise take the keys for their own,
    separate (or disabled) undo and do nothing. Pending typing is sent first,
    so undo takes back what was just typed."""

    def __init__(self, flush: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._flush = flush

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        combo = event.keyCombination()
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(combo) == QKeySequence("Ctrl+Y")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if kind in keys and isinstance(event, QKeyEvent) and self._is_undo_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                self._flush()
                event.ignore()  # not for the field: the window's shortcut runs
            return True  # never the field's own undo (nothing to undo there)
        return super().eventFilter(watched, event)


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip() or "handout"
    return stem[:80]


def save_settings_quietly(settings: Settings) -> None:
    """Preferences are a convenience: never interrupt work over them."""
    with contextlib.suppress(HandoutBuilderError):
        save_settings(settings)
