"""The main window: library on the left, the handout (outline and section
editor) in the middle, the live PDF preview on the right.

The window wires widgets to the open :class:`HandoutDocument` and to the user
actions in :mod:`handout_builder.gui.operations`, and keeps the views in step
with the document. Its actions, menus and toolbar are built in
:mod:`handout_builder.gui.window.menus`. Renders go through the render service
(injectable: tests pass one with a fast fake renderer); reading the library and
the brand profiles runs on the window's background tasks.

Why one long module: it is the one place where the views meet the document;
the handout's language (picker, library, preview) adds its wiring here, and
each part that grew on its own has moved to :mod:`handout_builder.gui.window`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from handout_builder import APP_NAME
from handout_builder.core import preview_cache
from handout_builder.core.errors import Problem
from handout_builder.core.languages import language_name
from handout_builder.core.model import recovery
from handout_builder.core.model.documents import first_run_handout, section_status, switch_language
from handout_builder.core.model.handout import Handout
from handout_builder.core.model.library import Library, load_library
from handout_builder.core.settings import Settings, load_settings
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.i18n import arg, problem_headline
from handout_builder.gui.operations import export
from handout_builder.gui.operations import library as library_ops
from handout_builder.gui.operations.op import left_out
from handout_builder.gui.operations.preferences import remember
from handout_builder.gui.panels.library_panel import LibraryPanel
from handout_builder.gui.panels.outline import OutlinePanel
from handout_builder.gui.panels.preview import PreviewPane, load_pdf
from handout_builder.gui.panels.readability_panel import ReadabilityPanel, dock_panel
from handout_builder.gui.panels.section_editor import SectionEditor
from handout_builder.gui.services.practice_watch import PracticeWatcher
from handout_builder.gui.services.recovery import RecoveryKeeper, offer_recovery
from handout_builder.gui.services.render_service import RenderService
from handout_builder.gui.services.tasks import BackgroundTasks
from handout_builder.gui.theme import apply_readable_palette
from handout_builder.gui.widgets import PaintWatch
from handout_builder.gui.window.brands import BrandCommands
from handout_builder.gui.window.files import FileCommands
from handout_builder.gui.window.help import HelpCommands
from handout_builder.gui.window.keys import edit_menu, set_up_keys
from handout_builder.gui.window.menus import WindowMenus
from handout_builder.gui.window.options import PrintOptions
from handout_builder.gui.window.panes import Panes
from handout_builder.gui.window.sections import SectionCommands

if TYPE_CHECKING:  # dialogs, editor checks, render messages load when first used, after start-up
    from handout_builder.core.jobs import RenderRequest, RenderResult
    from handout_builder.gui.dialogs.preferences import PreferencesDialog
    from handout_builder.gui.panels.highlighter import EditorChecks
    from handout_builder.gui.panels.page_view import Pages

PREVIEW_DEBOUNCE_MS = 150
UNPAINTED_MS = 1000  # what waits for a paint goes ahead this long after, if none came


class MainWindow(QMainWindow):
    """Signals for tests and tools: ``preview_updated`` after each new preview,
    ``exported`` after a PDF was written, ``library_loaded`` and
    ``brands_loaded`` after the library or the brand picker was read again;
    ``started`` once the window and the handout's last preview (when one is
    cached, else the first paint) are on screen: what can wait, waits for it."""

    preview_updated = Signal(object)  # RenderResult
    exported = Signal(object)  # Path of the written PDF
    library_loaded = Signal(object)  # Library
    brands_loaded = Signal(object)  # operations.brands.BrandList
    started = Signal()

    def __init__(
        self,
        document: HandoutDocument | None = None,
        *,
        library: Library | None = None,
        service: RenderService | None = None,
    ) -> None:
        # Before any widget exists: a palette set later reaches every widget of
        # the window twice more once the event loop runs (~7 ms of its start).
        apply_readable_palette()
        super().__init__()
        self.setObjectName("main-window")
        self.library = library if library is not None else load_library()
        # Files that could not be read: listed with the preview's problems.
        self.file_problems: dict[str, list[Problem]] = {
            "library": left_out(self.library.problems, self.tr("Your library entry"))
        }
        unusable: list[Problem] = []
        self.settings = load_settings(unusable)
        self.file_problems["settings"] = [
            p.explained(
                arg(
                    self.tr("A setting could not be used, so it was reset: %1"), problem_headline(p)
                )
            )
            for p in unusable
        ]
        self.service = service if service is not None else RenderService()
        self.service.setParent(self)
        self.service.keep_previews = lambda: self._keeps_previews(self.settings)
        self.tasks = BackgroundTasks(self, name="window-tasks")
        self.document = document or HandoutDocument(first_run_handout(self.library, self.settings))
        self._started_background = False
        self._looked_up = False  # in the preview cache
        self._started = False
        self._graded = False
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)

        self.library_panel = LibraryPanel(self.library, self)
        self.outline = OutlinePanel(self)
        self.editor = SectionEditor(self)
        self.preview = PreviewPane(self)
        self.preview.updated.connect(self.preview_updated.emit)
        self.preview.failed.connect(self.preview_updated.emit)
        self.editor_checks: EditorChecks | None = None  # attached once the window is up
        self.health_panel = ReadabilityPanel(self.service, self)
        self.health_dock = dock_panel(self, self.health_panel)
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.outline)
        middle.addWidget(self.editor)
        middle.setChildrenCollapsible(False)
        middle.setSizes([330, 420])
        self.panes = Panes(
            self,
            [
                (self.tr("Library"), self.library_panel),
                (self.tr("Handout"), middle),
                (self.tr("Preview"), self.preview),
            ],
            (self.tr("Reading level"), self.health_panel),
            self.health_dock,
        )
        self.setCentralWidget(self.panes)
        self.health_dock.visibilityChanged.connect(self._fit_panes)
        self.menus = WindowMenus(self, [self.health_dock.toggleViewAction()])
        self.files = FileCommands(self)
        self.brands = BrandCommands(self)
        self.sections = SectionCommands(self)
        self.options = PrintOptions(self)
        self.help = HelpCommands(self)
        self.practice_watch = PracticeWatcher(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_preview)
        self.keeper = RecoveryKeeper(self._recovery_snapshot, self)
        self.editor.text.textChanged.connect(self.keeper.changed)  # typing, before it settles
        self._connect()
        set_up_keys(self)
        self.library_panel.search.setFocus()  # where work starts: find an explanation
        self.statusBar().showMessage(self.tr("Ready"))
        self._restore_geometry()
        self._bind_document()
        for problem in self.library.problems:
            self.statusBar().showMessage(str(problem), 8000)

    # -- wiring ---------------------------------------------------------------------------

    def _connect(self) -> None:
        m = self.menus
        for action, slot in (
            (m.quit_action, self.close),
            (m.find_action, self._focus_search),
            (m.preferences_action, self.open_preferences),
        ):
            action.triggered.connect(slot)
        self.outline.field_edited.connect(lambda name, value: self.document.set_field(name, value))
        self.outline.section_selected.connect(self._show_section)
        self.editor.body_edited.connect(
            lambda sid, body: self.document.set_section_text(sid, body=body)
        )
        self.editor.title_edited.connect(
            lambda sid, title: self.document.set_section_text(sid, title=title)
        )
        self.editor.summary_edited.connect(
            lambda sid, summary: self.document.set_section_text(sid, summary=summary)
        )
        self.editor.section_shown.connect(self.health_panel.set_section)
        self.health_panel.checklist_changed.connect(lambda ids: self.document.set_checklist(ids))
        self.service.preview_ready.connect(self._preview_ready)
        self.service.busy_changed.connect(self.preview.set_updating)
        self.practice_watch.library_changed.connect(self.reload_library)
        self.practice_watch.brands_changed.connect(self.brands.refresh)
        self.practice_watch.layouts_changed.connect(self.options.layouts_changed)
        m.language_combo.activated.connect(
            lambda _i: self.set_handout_language(str(m.language_combo.currentData()))
        )

    def _focus_search(self) -> None:
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panes()

    def _fit_panes(self, *_args: object) -> None:
        """Side by side where they fit, tabs where they do not (small screens)."""
        bars = (self.menuBar(), self.menus.toolbar, self.statusBar())
        chrome = sum(bar.sizeHint().height() for bar in bars if not bar.isHidden())
        self.panes.fit(self.size() - QSize(0, chrome))

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            # 1400×860, or less on a small (or scaled-up) screen, centred on it.
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width() * 95 // 100), min(860, screen.height() * 9 // 10))
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(max(frame.left(), screen.left()), max(frame.top(), screen.top()))

    # -- after the window is shown ------------------------------------------------------------

    # The window on screen first, then the heavy lifting: the render worker process
    # warms up behind it; recovery and first-run set-up come next. They start after
    # the first paint (which then comes ~150 ms sooner than when they started on
    # show), or a second after showing for a window that is not painted (minimised).
    # With a cached preview the worker and those dialogs wait until that is painted:
    # the worker's start-up (a second of CPU) would compete with it, and so would
    # the set-up dialog's making (~50 ms of the UI thread, with its paint) with the
    # look-up, which needs the same interpreter lock.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(UNPAINTED_MS, self._after_first_show)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started_background:
            self._look_up_cached_preview()  # while the rest of the window is painted
            QTimer.singleShot(0, self._after_first_show)

    def _after_first_show(self) -> None:
        if self._started_background or not self.isVisible():
            return  # done already, or closed straight away
        self._started_background = True
        painted = self._looked_up  # the lookup starts with the first paint
        self._look_up_cached_preview()
        if not painted:  # no cached preview will be painted to wait for
            self._start_rendering()

    def _offer_recoveries(self) -> None:
        """Offer the recovery files a killed session left, then the first-run
        set-up if due."""
        damaged: list[Problem] = []
        found = recovery.find_recoveries(exclude=self.keeper.session, problems=damaged)
        self.file_problems["recovery"] = left_out(damaged, self.tr("The recovery file"))
        self._offer_next_recovery(found)

    def _look_up_cached_preview(self) -> None:
        """Look up the handout's last preview in the preview cache and parse it
        (once, off the UI thread, in one go: no worker needed, and no turn of
        the UI thread, busy with the first paint, in between);
        :meth:`_show_cached_preview` follows."""
        if self._looked_up:
            return
        self._looked_up = True
        self.preview_updated.connect(self._finish_start_up)  # at the latest
        cached_pages = self._cached_pages()
        # A lookup that fails (an unreadable cache folder) is no cached preview:
        # the start-up that waits for it goes on, and the preview is rendered now.
        self.tasks.submit(
            cached_pages,
            self._show_cached_preview,
            failed=lambda _e: self._show_cached_preview(None),
        )

    @staticmethod
    def _keeps_previews(settings: Settings) -> bool:
        """Whether previews are kept in the preview cache (the history is on;
        its module loads after the first paint, on whichever thread asks)."""
        from handout_builder.core.model import history

        return history.keeps_previews(settings)

    def _cached_pages(self) -> Callable[[], Pages | None]:
        """A function (to run off the UI thread) giving the handout's last preview
        from the preview cache, parsed, or ``None``. With the history off only the
        shipped sample preview (no client details) is looked for; a damaged cached
        PDF (a truncated file) is none, and is removed."""
        source = self.render_job("preview")
        settings = copy.copy(self.settings)  # read on another thread: not the window's own

        def cached_pages() -> Pages | None:
            keep = self._keeps_previews(settings)
            request = source()
            pdf = preview_cache.load(request) if keep else preview_cache.shipped(request)
            if pdf is None:
                return None
            pages = load_pdf(pdf)
            if not pages.sizes:
                preview_cache.discard(request)
                return None
            return pages

        return cached_pages

    def _look_up_cached_preview_of(self, document: HandoutDocument) -> None:
        """Show the last preview of ``document`` (just opened) from the preview
        cache, if it has one, until its new preview arrives."""
        cached_pages = self._cached_pages()

        def show(pages: Pages | None) -> None:
            if pages is None:
                return
            if self.document is document:
                self.preview.show_cached(pages)
            else:  # yet another handout was opened meanwhile
                self.preview.view.discard(pages)

        self.tasks.submit(cached_pages, show)

    def _show_cached_preview(self, pages: Pages | None) -> None:
        """The last preview from the cache (if there is one), then the rest of
        the start-up (:meth:`_finish_start_up`), which would hold the cached
        preview up: it waits until that is painted (or the first preview
        rendered now is on screen; at most :data:`UNPAINTED_MS`, and not at all
        when the preview is out of sight, behind its tab on a small screen)."""
        if pages is None:
            self._finish_start_up()
            return
        self.preview.show_cached(pages)
        if not self.preview.view.viewport().isVisible():
            self._finish_start_up()
            return
        PaintWatch(
            self.preview.view.viewport(),
            self._finish_start_up,
            ready=lambda: self.preview.page_count() > 0,
        )
        QTimer.singleShot(UNPAINTED_MS, self._finish_start_up)

    def _finish_start_up(self, *_result: object) -> None:
        """Once the window and its last preview are on screen: the brand
        profiles, every layout, the layout's files watched, the render worker,
        the focus ring (placed on the control that has the focus by then),
        ``started`` (the app then serves later launches and tidies up), the
        offer of recovery files and of the first-run set-up, and the editor
        checks, whose first pass over the text takes ~0.1 s, more on a busy
        machine."""
        from handout_builder.gui.focus_ring import show_focus_rings

        if self._started or not self.isVisible():
            return  # done already, or the window was closed before (then never)
        self._started = True
        self.preview_updated.disconnect(self._finish_start_up)
        # What the window's first paint and the last preview's did not wait for
        # (each took the UI thread or the interpreter lock from them): the brand
        # profiles, read in the background; every layout in the picker (~4 ms).
        # Either comes at once if the clinician goes to its picker before (FirstUse).
        self.brands.load()
        self.options.list_layouts()
        self._start_rendering()
        show_focus_rings()
        self.started.emit()
        self._offer_recoveries()
        self._attach_editor_checks()

    def _start_rendering(self) -> None:
        """The render worker, once the layout's files are noted (before it reads
        them: a change after that shows in the next preview)."""
        self.options.layout_watch.start()
        self.service.start()

    def _attach_editor_checks(self) -> None:
        from handout_builder.gui.panels.highlighter import EditorChecks

        if self.editor_checks is not None:
            return
        self.editor_checks = EditorChecks(
            self.editor.text,
            standard_menu=lambda: edit_menu(self.editor.text, self.menus, self.editor.flush),
        )
        self.editor_checks.highlighter.set_language(self.document.handout.language or "en")

    def _offer_next_recovery(self, found: list[recovery.Recovered]) -> None:
        """Offer each recovery file in turn, then the first-run set-up if due."""
        if found:
            box = offer_recovery(self, found[0], self.restore_recovered)
            box.finished.connect(lambda _r: self._offer_next_recovery(found[1:]))
            self.dialog = box
        elif not self.settings.setup_done:
            self.brands.offer_first_run_setup()

    def restore_recovered(self, found: recovery.Recovered) -> None:
        document = HandoutDocument(found.handout, found.saved_as)
        document.undo_stack.resetClean()  # restored work is unsaved until saved again
        self.set_document(document)
        self.keeper.changed()
        self.statusBar().showMessage(
            self.tr("Restored your unsaved work — save it to keep it."), 10000
        )

    def _grade_library_once(self) -> None:
        if not self._graded:
            self._graded = True  # after the first preview, so it never waits on grading
            self.library_panel.start_grading(self.service)

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: HandoutDocument) -> None:
        """Show ``document`` instead of the current one."""
        old = self.document
        if old is document:
            return
        self.editor.flush()  # typing still on its way belongs to the old document
        old.changed.disconnect(self._document_changed)
        old.structure_changed.disconnect(self._refresh_views)
        old.section_changed.disconnect(self._section_text_changed)
        old.restored.disconnect(self._restored)
        self.menus.undo_group.removeStack(old.undo_stack)
        old.deleteLater()
        self.document = document
        self.service.new_document()
        self.preview.new_handout()
        self._bind_document()
        if self._looked_up:  # else the start-up's look-up finds this handout's
            self._look_up_cached_preview_of(document)

    def _bind_document(self) -> None:
        document = self.document
        document.setParent(self)
        document.changed.connect(self._document_changed)
        document.structure_changed.connect(self._refresh_views)
        document.section_changed.connect(self._section_text_changed)
        document.restored.connect(self._restored)
        self.menus.undo_group.addStack(document.undo_stack)
        self.menus.undo_group.setActiveStack(document.undo_stack)
        self.editor.set_section(None, "", "")
        self._refresh_views()
        if document.handout.sections:
            self.outline.select_section(document.handout.sections[0].id)
        self._document_changed()

    def _recovery_snapshot(self) -> tuple[Handout, Path | None, bool]:
        self.editor.flush()  # the words being typed, too
        return self.document.handout.copy(), self.document.path, self.document.modified

    def _document_changed(self) -> None:
        self.setWindowModified(self.document.modified)
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_NAME}")
        self.request_preview_soon()
        self.keeper.changed()
        self.health_panel.schedule(self.document.handout)

    def _show_outline(self) -> None:
        library, document = self.library, self.document
        self.outline.show_handout(
            document.handout, document.edited_ids(library), document.updated_ids(library)
        )

    def _refresh_views(self) -> None:
        self._show_language(self.document.handout.language or "en")
        self._show_outline()
        self.options.show(self.document.handout.options)
        self.brands.select(self.document.handout.brand)
        sid = self.outline.selected_id()
        section = self.document.section(sid) if sid else None
        if section is None:
            self.editor.set_section(None, "", "")
        elif self.editor.section_id == section.id:
            self.editor.update_from_document(section.title, section.body, section.summary)
        else:
            self.editor.set_section(section.id, section.title, section.body, section.summary)
        self._update_editor_status()

    def _section_text_changed(self, section_id: str) -> None:
        if self.document.section(section_id) is not None:
            self._show_outline()
            self._update_editor_status()

    def _restored(self, section_id: str | None, wording_before: str) -> None:
        """After undo or redo: show the section that changed, the cursor where."""
        if section_id is None or self.document.section(section_id) is None:
            return
        if self.outline.selected_id() != section_id:
            self.outline.select_section(section_id)
        self.editor.show_change(wording_before)

    def _update_editor_status(self) -> None:
        section = self.document.section(self.editor.section_id or "")
        self.menus.save_to_library_action.setEnabled(section is not None)
        self.menus.duplicate_action.setEnabled(section is not None)
        language = self.document.handout.language
        status = section_status(section, self.library, language) if section else None
        self.editor.show_status(status)

    def _show_section(self, section_id: str | None) -> None:
        section = self.document.section(section_id) if section_id else None
        if section is None:
            self.editor.set_section(None, "", "")
        else:
            self.editor.set_section(section.id, section.title, section.body, section.summary)
        self._update_editor_status()

    def reload_library(self) -> None:
        """Read the library again in the background; ``library_loaded`` follows."""
        library_ops.reload_library(self).success(self._set_library).run_in_background(
            self.tasks, key="library"
        )

    def _show_language(self, language: str) -> None:
        """Show the library of the handout's language, and the language itself;
        the editor checks text in it."""
        combo = self.menus.language_combo
        if self.library.language != language:
            self.library = self.library.in_language(language)
            self.library_panel.set_library(self.library)
            self._graded = False
            self._grade_library_once()
        for code in (*self.library.languages(), language):  # entries of the user's own
            if combo.findData(code) < 0:
                combo.addItem(language_name(code, own=True), code)
        if combo.currentData() != language:
            combo.setCurrentIndex(combo.findData(language))
        if self.editor_checks is not None:
            self.editor_checks.highlighter.set_language(language)

    def set_handout_language(self, language: str) -> None:
        """Write the handout in ``language`` (one undoable step): unedited sections
        take the library's wording in it; the status bar names those that stay."""
        if language == self.document.handout.language:
            return
        notes: list[str] = []

        def mutate(handout: Handout) -> None:
            notes.extend(switch_language(handout, self.library, language))

        self.document.change(
            arg(
                self.tr("Write in %1"),
                QCoreApplication.translate("Languages", language_name(language)),
            ),
            mutate,
        )
        if notes:
            self.statusBar().showMessage("; ".join(notes), 15000)

    def _set_library(self, loaded: Library) -> None:
        self.library = loaded.in_language(self.document.handout.language or "en")
        self.file_problems["library"] = left_out(loaded.problems, self.tr("Your library entry"))
        self.library_panel.set_library(self.library)
        self._graded = False
        self._grade_library_once()
        self._refresh_views()
        self.library_loaded.emit(loaded)

    # -- preferences ----------------------------------------------------------------------

    def open_preferences(self) -> PreferencesDialog:
        from handout_builder.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.saved.connect(self.reload_library)
        dialog.saved.connect(self.brands.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- preview --------------------------------------------------------------------------

    def render_job(self, purpose: str) -> Callable[[], RenderRequest]:
        """The handout as it is now, to render (see ``operations.export.render_job``)."""
        return export.render_job(
            self.document,
            self.library,
            self.settings,
            render_id=self.service.next_id(),
            purpose=purpose,
        )

    def request_preview_soon(self) -> None:
        """A new preview once changes pause (debounced)."""
        self._debounce.start()

    def request_preview(self) -> None:
        self.preview.set_updating(True)
        self.service.request_preview(self.render_job("preview"))

    def _preview_ready(self, result: RenderResult) -> None:
        if not self.service.accept_preview(result):
            return  # an older render finished after a newer one was shown
        result.problems[:0] = [p for problems in self.file_problems.values() for p in problems]
        self.preview.show_result(result)  # preview_updated once it is on screen
        self._grade_library_once()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        if self.service.exporting() and not export.confirm_close_while_exporting(self):
            event.ignore()
            return
        self.keeper.close()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        remember(self.settings)
        self.tasks.close()
        self.practice_watch.close()
        self.service.close()
        self.preview.close_loader()
        self.health_panel.close_checker()
        event.accept()
