"""Preferences: defaults for new handouts and where your own library lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from handout_builder.core import paths
from handout_builder.core.languages import HANDOUT_LANGUAGES, language_name
from handout_builder.core.layout.layouts import DEFAULT_LAYOUT, find_layouts
from handout_builder.core.model.brand import list_brands, sample_brand
from handout_builder.core.paper import DEFAULT_PAPER, PAPER_SIZES
from handout_builder.core.settings import Settings
from handout_builder.gui.i18n import arg, paper_label
from handout_builder.gui.operations import show_error
from handout_builder.gui.operations.preferences import save_preferences
from handout_builder.gui.widgets import language_combo


class PreferencesDialog(QDialog):
    """Edits :class:`Settings`; ``saved`` fires after they were written."""

    saved = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.brand = QComboBox(self)
        self.brand.setAccessibleName(self.tr("Default brand profile"))
        self.brand.setToolTip(self.tr("The practice details new handouts start with"))
        self.brand.addItem(arg(self.tr("%1 (sample)"), sample_brand().practice_name), "")
        for profile in list_brands()[0]:
            self.brand.addItem(profile.practice_name, profile.name)
        self.brand.setCurrentIndex(max(0, self.brand.findData(settings.default_brand)))

        self.layout_box = QComboBox(self)
        self.layout_box.setAccessibleName(self.tr("Default layout"))
        self.layout_box.setToolTip(self.tr("The layout new handouts start with"))
        for name, layout in sorted(find_layouts()[0].items()):
            self.layout_box.addItem(layout.title, name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(settings.default_layout)))

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Default paper size"))
        self.paper.setToolTip(self.tr("The paper size new handouts start with"))
        for paper in PAPER_SIZES.values():
            self.paper.addItem(paper_label(paper.label), paper.name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.default_paper)))

        self.language = language_combo(self, self.tr("Default handout language"))
        self.language.setToolTip(
            self.tr(
                "The language new handouts are written in: their library, fixed words and dates"
            )
        )
        self.language.setCurrentIndex(max(0, self.language.findData(settings.default_language)))
        self.interface_language = QComboBox(self)
        self.interface_language.setAccessibleName(self.tr("Language of the app"))
        self.interface_language.setToolTip(
            self.tr("The language of the app's menus and dialogs (takes effect at the next start)")
        )
        self.interface_language.addItem(self.tr("Same as the system"), "")
        for code in HANDOUT_LANGUAGES:
            self.interface_language.addItem(language_name(code, own=True), code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(settings.interface_language))
        )

        self.interface_language_note = QLabel(
            self.tr("A new language of the app shows the next time you start it."), self
        )
        self.interface_language_note.setWordWrap(True)

        self.library_dir = QLineEdit(settings.library_dir, self)
        self.library_dir.setAccessibleName(self.tr("Your library folder"))
        self.library_dir.setPlaceholderText(str(paths.data_home() / "library"))
        self.library_dir.setToolTip(
            self.tr("Where your own explanations are kept (empty: the default)")
        )
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose library folder"))
        browse.setToolTip(self.tr("Pick the folder that holds your own explanations"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.library_dir, 1)
        row.addWidget(browse)

        form = QFormLayout(self)
        form.addRow(self.tr("Brand profile for new handouts"), self.brand)
        form.addRow(self.tr("Layout for new handouts"), self.layout_box)
        form.addRow(self.tr("Paper size for new handouts"), self.paper)
        form.addRow(self.tr("Language for new handouts"), self.language)
        form.addRow(self.tr("Language of the app"), self.interface_language)
        form.addRow("", self.interface_language_note)
        form.addRow(self.tr("Your library folder"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Keep these preferences")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing anything")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        start = self.library_dir.text() or str(paths.data_home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Your library folder"), start)
        if folder:
            self.library_dir.setText(folder)

    def save(self) -> None:
        folder = self.library_dir.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            show_error(
                self,
                self.tr("Folder not found"),
                arg(self.tr("%1 does not exist."), folder),
            )
            return
        self.settings.default_brand = str(self.brand.currentData() or "")
        self.settings.default_layout = str(self.layout_box.currentData() or DEFAULT_LAYOUT)
        self.settings.default_paper = str(self.paper.currentData() or DEFAULT_PAPER)
        self.settings.default_language = str(self.language.currentData() or "en")
        self.settings.interface_language = str(self.interface_language.currentData() or "")
        self.settings.library_dir = folder
        if save_preferences(self, self.settings).run():
            self.saved.emit()
            self.accept()
