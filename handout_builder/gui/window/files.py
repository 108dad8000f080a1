"""The File menu's commands for the window's open handout: new, open, recent,
save, save as, export PDF, print and the handout history. Each asks what it
needs (a file name, whether to save changes first) and runs the operation in
:mod:`handout_builder.gui.operations.files` or :mod:`~.operations.export`."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from handout_builder import APP_NAME
from handout_builder.core.model.documents import empty_handout
from handout_builder.core.model.handout import FILE_SUFFIX
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations import export, files, show_error, show_note
from handout_builder.gui.operations.preferences import remember

if TYPE_CHECKING:
    from handout_builder.core.jobs import RenderResult
    from handout_builder.core.model.history import HistoryRecord
    from handout_builder.core.model.pack_import import ImportPlan, ImportResult
    from handout_builder.gui.dialogs.history import HistoryDialog
    from handout_builder.gui.dialogs.pack_import import PackImportDialog
    from handout_builder.gui.main_window import MainWindow
    from handout_builder.gui.single_instance import HandOver


class FileCommands:
    """What the File menu does in ``window`` (``window.exported`` fires after a
    PDF was written)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menus = window.menus
        for action, slot in (
            (menus.new_action, self.new),
            (menus.open_action, self.open_dialog),
            (menus.save_action, self.save),
            (menus.save_as_action, self.save_as),
            (menus.export_action, self.export_dialog),
            (menus.print_action, self.print_handout),
            (menus.history_action, self.open_history),
            (menus.import_pack_action, self.import_pack_dialog),
        ):
            action.triggered.connect(slot)
        menus.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        window = self.window
        window.editor.flush()
        if not window.document.modified:
            return True
        answer = files.ask_save_changes(window, window.document.display_name)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if self.confirm_discard():
            self.window.keeper.discard()
            self.window.set_document(HandoutDocument(empty_handout(self.window.settings)))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        if (
            path := files.ask_open_path(self.window, self.window.settings.last_open_dir)
        ) is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the handout at ``path`` (True), or say why it cannot be (False)."""
        return files.open_handout(self.window, path).success(lambda d: self._opened(d, path)).run()

    def _opened(self, document: HandoutDocument, path: Path) -> None:
        self.window.keeper.discard()
        self.window.set_document(document)
        self._remember(path)

    def fill_recent_menu(self) -> None:
        self.window.menus.fill_recent(
            [Path(p) for p in self.window.settings.recent_files],
            lambda path: self.confirm_discard() and self.open_path(path),
        )

    def save(self) -> bool:
        path = self.window.document.path
        return self.save_to(path) if path is not None else self.save_as()

    def save_as(self) -> bool:
        window = self.window
        window.editor.flush()
        start = window.document.path or Path(window.settings.last_open_dir or Path.home()) / (
            files.file_stem(window.document.handout.title) + FILE_SUFFIX
        )
        path = files.ask_save_path(window, start)
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save to ``path`` (True), or say why it cannot be (False)."""
        self.window.editor.flush()
        return (
            files.save_handout(self.window, self.window.document, path).success(self._saved).run()
        )

    def _saved(self, path: Path) -> None:
        self.window.keeper.discard()
        self._remember(path)
        self.window.statusBar().showMessage(
            arg(QCoreApplication.translate("FileCommands", "Saved %1"), path), 4000
        )

    def export_dialog(self) -> None:
        window = self.window
        window.editor.flush()
        folder = Path(window.settings.last_export_dir or Path.home())
        start = folder / (files.file_stem(window.document.handout.title) + ".pdf")
        if (path := files.ask_export_path(window, start)) is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export to ``path`` in the background; ``window.exported`` fires when written."""
        window = self.window
        window.editor.flush()
        window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "Making the PDF…")
        )
        window.settings.last_export_dir = str(path.parent)
        remember(window.settings)
        export.export_pdf(
            window, window.service, window.render_job("export"), path, history=window.settings
        ).success(lambda result: self._exported(path, result)).run()

    def _exported(self, path: Path, result: RenderResult) -> None:
        message = QCoreApplication.translate(
            "FileCommands", "Exported %1 (%n page(s))", "", result.page_count
        )
        self.window.statusBar().showMessage(arg(message, path.name), 6000)
        self.window.exported.emit(path)

    def print_handout(self) -> None:
        """Render the print-quality PDF in the worker, then show the print dialog."""
        window = self.window
        window.editor.flush()
        window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "Preparing to print…")
        )
        title = window.document.handout.title
        job = window.render_job("export")
        export.print_pdf(
            window, window.service, job, title, self._printed, history=window.settings
        ).run()

    def _printed(self, pages: int) -> None:
        sent = (
            QCoreApplication.translate("FileCommands", "Sent %n page(s) to the printer", "", pages)
            if pages
            else QCoreApplication.translate("FileCommands", "Printing cancelled")
        )
        self.window.statusBar().showMessage(sent, 6000)

    def open_history(self) -> HistoryDialog:
        """File ▸ Handout history."""
        from handout_builder.gui.dialogs.history import HistoryDialog

        window = self.window
        dialog = HistoryDialog(window.service, window.settings, window)
        dialog.open_as_new.connect(self.open_record)
        dialog.open()
        window.dialog = dialog
        return dialog

    def open_record(self, record: HistoryRecord) -> None:
        """A handout from the history, as a new unsaved handout (after the
        unsaved-changes question)."""
        if self.confirm_discard():
            self.window.keeper.discard()
            document = HandoutDocument(record.handout.copy())
            document.undo_stack.resetClean()  # not saved anywhere yet
            self.window.set_document(document)
            self.window.keeper.changed()

    def import_pack_dialog(self) -> None:
        """File ▸ Import practice pack: pick one, then :meth:`import_pack`."""
        from handout_builder.gui.operations import packs

        start = self.window.settings.last_open_dir or str(Path.home())
        if (path := packs.ask_pack_path(self.window, start)) is not None:
            self.import_pack(path)

    def import_pack(self, path: Path) -> None:
        """Check the pack at ``path`` in the background, then show what it would
        add and replace (the import preview); nothing is written until the
        clinician imports."""
        from handout_builder.gui.operations import packs

        window = self.window
        window.statusBar().showMessage(
            arg(
                QCoreApplication.translate("FileCommands", "Checking the practice pack “%1”…"),
                path.name,
            )
        )
        packs.check_pack(window, path, window.service.renderer.render).success(
            self._show_pack
        ).run_in_background(window.tasks)

    def _show_pack(self, plan: ImportPlan) -> PackImportDialog:
        from handout_builder.gui.dialogs.pack_import import PackImportDialog
        from handout_builder.gui.operations import packs

        window = self.window
        window.statusBar().clearMessage()
        dialog = PackImportDialog(plan, window)
        dialog.import_chosen.connect(
            lambda replace: (
                packs.import_pack(window, plan, replace_existing=replace)
                .success(self._pack_imported)
                .run()
            )
        )
        dialog.open()
        window.dialog = dialog
        return dialog

    def _pack_imported(self, result: ImportResult) -> None:
        window = self.window
        message = arg(
            QCoreApplication.translate(
                "FileCommands", "Practice pack imported: %1 added, %2 replaced"
            ),
            len(result.added),
            len(result.replaced),
        )
        if result.kept:
            message += QCoreApplication.translate(
                "FileCommands", "; %n of yours kept", "", len(result.kept)
            )
        window.statusBar().showMessage(message, 8000)
        window.reload_library()
        window.brands.refresh()
        window.options.layouts_changed()

    def open_files(self, paths: Sequence[Path]) -> bool:
        """Open files handed to the app (command line, file manager, a second
        launch). The window shows one handout: the first readable file opens,
        after the unsaved-changes question File ▸ Open asks (Cancel opens
        nothing); the other readable files go to the top of Open Recent and a
        note says so. Unreadable files are listed in one message. Returns
        whether a handout was opened."""
        from handout_builder.desktop.file_types import PACK, document_type

        window = self.window
        readable, unreadable, problems = [], [], []
        for path in paths:
            if document_type(path) is PACK:  # its import preview, after the check
                self.import_pack(path)
                continue
            problem = files.handout_problem(path)
            if problem:
                unreadable.append(f"“{path.name}”")
                problems.append(problem)
            else:
                readable.append(path)
        if problems:
            show_error(
                window,
                QCoreApplication.translate("FileCommands", "Cannot open handout"),
                arg(
                    QCoreApplication.translate("FileCommands", "%1 could not be opened."),
                    ", ".join(unreadable),
                ),
                "\n".join(problems),
            )
        if not readable or not self.confirm_discard():
            return False
        for path in reversed(readable[1:]):
            self._remember(path)
        if not self.open_path(readable[0]):
            return False
        if len(readable) > 1:
            others = ", ".join(f"“{p.name}”" for p in readable[1:])
            window.dialog = show_note(
                window,
                QCoreApplication.translate("FileCommands", "One handout at a time"),
                arg(
                    QCoreApplication.translate(
                        "FileCommands",
                        "Opened “%1”. %2 shows one handout at a time: %3 is at the top of "
                        "File ▸ Open Recent.",
                        "",
                        len(readable) - 1,
                    ),
                    readable[0].name,
                    APP_NAME,
                    others,
                ),
            )
        return True

    def hand_over(self, hand_over: HandOver) -> None:
        """A later launch passed files (or just asked for the window): come to
        the front, then open them."""
        window = self.window
        if hand_over.activation_token:  # Wayland: lets the compositor raise us
            os.environ["XDG_ACTIVATION_TOKEN"] = hand_over.activation_token
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if hand_over.files:
            self.open_files(hand_over.files)

    def _remember(self, path: Path) -> None:
        settings = self.window.settings
        settings.add_recent(str(path.resolve()))
        settings.last_open_dir = str(path.resolve().parent)
        remember(settings)
