"""Brand profiles: create, edit, duplicate, delete, and choose the default."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.model.brand import BrandProfile, list_brands
from handout_builder.core.settings import Settings
from handout_builder.gui.dialogs.brand_dialog import BrandDialog, logo_pixmap
from handout_builder.gui.i18n import arg, problem_detail, problem_headline
from handout_builder.gui.operations.brands import delete_brand, duplicate_brand
from handout_builder.gui.operations.preferences import save_preferences
from handout_builder.gui.widgets import command_button, fit_to_screen

NAME_ROLE = Qt.ItemDataRole.UserRole


class BrandManager(QDialog):
    """Lists the profiles in the brands folder. ``changed`` fires after any change."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brand-manager")
        self.setWindowTitle(self.tr("Brand profiles"))
        self.settings = settings
        self.profiles: dict[str, BrandProfile] = {}

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Brand profiles"))
        self.list.setToolTip(self.tr("Your practice profiles; double-click one to edit it"))
        self.list.setIconSize(QSize(48, 32))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel(
            self.tr(
                "No brand profiles yet. Handouts use the sample practice until you "
                "press New… and enter your own details."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.new_button = command_button(
            self, self.tr("New…"), self.tr("Set up another practice or clinician"), self.new
        )
        self.edit_button = command_button(
            self, self.tr("Edit…"), self.tr("Change the selected profile"), self.edit
        )
        self.duplicate_button = command_button(
            self,
            self.tr("Duplicate"),
            self.tr("Copy the selected profile, e.g. for another clinician in the practice"),
            self.duplicate,
        )
        self.delete_button = command_button(
            self, self.tr("Delete"), self.tr("Delete the selected profile"), self.delete
        )
        self.default_button = command_button(
            self,
            self.tr("Use by default"),
            self.tr("New handouts use this profile"),
            self.make_default,
        )
        side = QVBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.default_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close this window; every change is already saved")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each profile is one set of practice details. "
                    "Pick one per handout in the toolbar."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.problems)
        layout.addWidget(close)
        fit_to_screen(self, QSize(560, 360))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        profiles, problems = list_brands()
        self.profiles = {p.name: p for p in profiles}
        self.list.clear()
        for profile in profiles:
            default = self.tr("  (default)") if profile.name == self.settings.default_brand else ""
            item = QListWidgetItem(
                f"{profile.practice_name}{default}\n"
                f"{profile.clinician or ''}  {profile.phone}".rstrip()
            )
            item.setData(NAME_ROLE, profile.name)
            if profile.logo is not None:
                pixmap = logo_pixmap(profile.logo)
                if not pixmap.isNull():
                    item.setIcon(pixmap)
            self.list.addItem(item)
            if profile.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not profiles)
        self.problems.setText(
            "\n".join(arg(self.tr("Left out: %1"), problem_headline(p)) for p in problems)
        )
        self.problems.setToolTip("\n".join(problem_detail(p) for p in problems))
        self.problems.setVisible(bool(problems))
        self._update_buttons()

    def selected(self) -> BrandProfile | None:
        item = self.list.currentItem()
        return self.profiles.get(str(item.data(NAME_ROLE))) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        for button in (
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.default_button,
        ):
            button.setEnabled(has)

    def _open_editor(self, profile: BrandProfile | None) -> BrandDialog:
        dialog = BrandDialog(profile, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, profile: BrandProfile) -> None:
        self.reload(select=profile.name)
        self.changed.emit()

    def new(self) -> BrandDialog:
        return self._open_editor(None)

    def edit(self) -> BrandDialog | None:
        profile = self.selected()
        return self._open_editor(profile) if profile is not None else None

    def duplicate(self) -> None:
        profile = self.selected()
        if profile is not None:
            duplicate_brand(self, profile).success(self._saved).run()

    def delete(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete brand profile"),
            arg(
                self.tr(
                    "Delete the profile “%1”? Handouts that use it will print "
                    "with the default profile."
                ),
                profile.practice_name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_brand(self, profile).success(lambda _path: self._deleted(profile)).run()

    def _deleted(self, profile: BrandProfile) -> None:
        if self.settings.default_brand == profile.name:
            self.settings.default_brand = ""
            save_preferences(self, self.settings).run()
        self.reload()
        self.changed.emit()

    def make_default(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.settings.default_brand = profile.name
            save_preferences(self, self.settings).run()
            self.reload(select=profile.name)
            self.changed.emit()
