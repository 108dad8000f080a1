"""Brand profiles in the window: the toolbar's brand picker (filled in the
background), the "Set up your practice" dialog and Settings ▸ Brand profiles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from handout_builder.gui.i18n import arg, problem_detail, problem_headline
from handout_builder.gui.operations.brands import BrandList, load_brand_list
from handout_builder.gui.operations.op import left_out
from handout_builder.gui.operations.preferences import remember
from handout_builder.gui.widgets import FirstUse

if TYPE_CHECKING:  # dialogs load when first opened, after start-up
    from handout_builder.core.model.brand import BrandProfile
    from handout_builder.gui.dialogs.brand_dialog import BrandDialog
    from handout_builder.gui.dialogs.brand_manager import BrandManager
    from handout_builder.gui.main_window import MainWindow


class BrandCommands:
    """Keeps ``window``'s brand picker in step with the brands folder and the
    handout (``window.brands_loaded`` fires after each refill)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.loaded: BrandList | None = None  # the last list read
        self._offer_setup = False
        self.combo = window.menus.brand_combo
        self.combo.activated.connect(
            lambda _i: window.document.set_brand(self.combo.currentData() or None)
        )
        window.menus.brands_action.triggered.connect(self.open_manager)
        window.menus.setup_action.triggered.connect(lambda: self.open_practice_setup())
        self._read = False  # the profiles were asked for (load)
        FirstUse(self.combo, self.load)  # when the picker is used before the window started

    def load(self) -> None:
        """Read the profiles the first time: once the window has started
        (``MainWindow._finish_start_up``), or when the picker is used before."""
        if not self._read:
            self.refresh()

    def refresh(self) -> None:
        """Read the profiles again in the background; the picker follows."""
        self._read = True
        load_brand_list(self.window, self.window.settings).success(self._fill).run_in_background(
            self.window.tasks, key="brands"
        )

    def _fill(self, found: BrandList) -> None:
        self.combo.clear()
        default = found.default_profile  # listed once, as the default
        for profile in found.profiles:
            if profile is default:
                self.combo.addItem(found.default_label, "")
            else:
                self.combo.addItem(profile.practice_name, profile.name)
        if default is None:
            self.combo.addItem(found.default_label, "")  # the handout names none
        for problem in found.problems:  # listed, not offered: choosing it could not work
            self.combo.addItem(
                arg(
                    QCoreApplication.translate("BrandCommands", "%1 (has a mistake)"),
                    Path(problem.file or "").stem,
                ),
                None,
            )
            item = self.combo.model().item(self.combo.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(f"{problem_headline(problem)}\n{problem_detail(problem)}")
        self.window.file_problems["brands"] = left_out(
            found.problems, QCoreApplication.translate("BrandCommands", "The brand profile")
        )
        self.loaded = found
        self.select(self.window.document.handout.brand)
        self.window.brands_loaded.emit(found)
        self._offer_setup_if_needed()

    def offer_first_run_setup(self) -> None:
        """Open "Set up your practice" (skippable) if there are no profiles yet,
        once the list has been read."""
        self._offer_setup = True
        self._offer_setup_if_needed()

    def _offer_setup_if_needed(self) -> None:
        if self._offer_setup and self.loaded is not None:
            self._offer_setup = False
            if not self.loaded.profiles:
                self.open_practice_setup(first_run=True)

    def select(self, brand: str | None) -> None:
        """Show ``brand`` (a profile name or file; ``None``: the default) as chosen;
        the default profile named by name shows as the default."""
        value = brand or ""
        default = self.loaded.default_profile if self.loaded is not None else None
        if default is not None and value == default.name:
            value = ""
        if self.combo.findData(value) < 0:  # a file elsewhere, or the list is on its way
            self.combo.addItem(
                Path(value).stem
                if value
                else QCoreApplication.translate("BrandCommands", "Default profile"),
                value,
            )
        index = self.combo.findData(value)
        if self.combo.currentIndex() != index:
            self.combo.setCurrentIndex(index)

    def open_practice_setup(self, first_run: bool = False) -> BrandDialog:
        """The "Set up your practice" dialog (skippable on first run)."""
        from handout_builder.gui.dialogs.brand_dialog import BrandDialog

        dialog = BrandDialog(first_run=first_run, parent=self.window)
        dialog.saved.connect(self._practice_saved)
        dialog.finished.connect(lambda _r: self._setup_finished())
        dialog.open()
        self.window.dialog = dialog
        return dialog

    def _practice_saved(self, profile: BrandProfile) -> None:
        window = self.window
        if not window.settings.default_brand:
            window.settings.default_brand = profile.name
        self.refresh()
        if not window.document.handout.brand:
            was_clean = not window.document.modified
            window.document.set_brand(profile.name)
            if was_clean:  # adopting the new practice is not an edit to save
                window.document.undo_stack.setClean()
        window.statusBar().showMessage(
            arg(
                QCoreApplication.translate("BrandCommands", "Saved the brand profile “%1”"),
                profile.practice_name,
            ),
            6000,
        )

    def _setup_finished(self) -> None:
        self.window.settings.setup_done = True
        remember(self.window.settings)

    def open_manager(self) -> BrandManager:
        """Settings ▸ Brand profiles: create, edit, duplicate, delete, default."""
        from handout_builder.gui.dialogs.brand_manager import BrandManager

        manager = BrandManager(self.window.settings, self.window)
        manager.changed.connect(self._changed)
        manager.open()
        self.window.dialog = manager
        return manager

    def _changed(self) -> None:
        self.refresh()
        self.window.request_preview_soon()
