"""Preferences: defaults for new handouts, where your own library and the
practice's shared folder live, and the handout history."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core import paths
from handout_builder.core.languages import HANDOUT_LANGUAGES, language_name
from handout_builder.core.layout.layouts import DEFAULT_LAYOUT, find_layouts
from handout_builder.core.model.brand import list_brands, sample_brand
from handout_builder.core.paper import DEFAULT_PAPER, PAPER_SIZES
from handout_builder.core.settings import Settings
from handout_builder.gui.i18n import arg, paper_label, shown_language
from handout_builder.gui.operations import history as history_ops
from handout_builder.gui.operations import show_error
from handout_builder.gui.operations.preferences import save_preferences
from handout_builder.gui.widgets import FittingScrollArea, fit_to_screen, language_combo


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
            self.layout_box.addItem(layout.title_in(shown_language()), name)
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
        row = self._folder_row(
            self.library_dir,
            self.tr("Choose library folder"),
            self.tr("Pick the folder that holds your own explanations"),
        )

        self.practice_dir = QLineEdit(settings.practice_dir, self)
        self.practice_dir.setAccessibleName(self.tr("Practice folder"))
        self.practice_dir.setPlaceholderText(
            self.tr("None (a shared folder with library, layouts, brands)")
        )
        self.practice_dir.setToolTip(
            self.tr(
                "A folder your practice shares (a network drive or a synced folder): its "
                "explanations, layouts and brand profiles appear beside your own and are never "
                "changed by this app. Empty: none."
            )
        )
        practice_row = self._folder_row(
            self.practice_dir,
            self.tr("Choose practice folder"),
            self.tr("Pick your practice's shared folder"),
        )
        if os.environ.get(paths.ENV_PRACTICE, "").strip():
            self.practice_dir.setText(os.environ[paths.ENV_PRACTICE].strip())
            self.practice_dir.setEnabled(False)
            self.practice_dir.setToolTip(
                arg(self.tr("Set by %1 when the app started"), paths.ENV_PRACTICE)
            )

        self.history = QCheckBox(self.tr("Keep a history of the handouts I export and print"), self)
        self.history.setToolTip(
            self.tr(
                "On this computer only: when, for whom, which explanations and their wording, "
                "so you can reprint exactly what a client got (File ▸ Handout history)"
            )
        )
        self.history.setChecked(settings.history)
        self.history_pdfs = QCheckBox(self.tr("Also keep a copy of each PDF"), self)
        self.history_pdfs.setToolTip(
            self.tr("Takes more space; the history can reprint without it")
        )
        self.history_pdfs.setChecked(settings.history_pdfs)
        self.history_pdfs.setEnabled(settings.history)
        self.history.toggled.connect(self.history_pdfs.setEnabled)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow screens
        form.addRow(self.tr("Brand profile for new handouts"), self.brand)
        form.addRow(self.tr("Layout for new handouts"), self.layout_box)
        form.addRow(self.tr("Paper size for new handouts"), self.paper)
        form.addRow(self.tr("Language for new handouts"), self.language)
        form.addRow(self.tr("Language of the app"), self.interface_language)
        form.addRow("", self.interface_language_note)
        form.addRow(self.tr("Your library folder"), row)
        form.addRow(self.tr("Practice folder"), practice_row)
        form.addRow(self.tr("Handout history"), self.history)
        form.addRow("", self.history_pdfs)
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

        # The form scrolls on a small screen; the buttons stay in view.
        fields = QWidget()
        fields.setLayout(form)
        area = FittingScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls to each field
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(fields)
        area.setMinimumWidth(
            fields.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
        )
        outer = QVBoxLayout(self)
        outer.addWidget(area, 1)
        outer.addWidget(buttons)
        fit_to_screen(self, self.sizeHint())

    def _folder_row(self, field: QLineEdit, name: str, tip: str) -> QHBoxLayout:
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(name)
        browse.setToolTip(tip)
        browse.clicked.connect(lambda: self._browse(field))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        return row

    def _browse(self, field: QLineEdit) -> None:
        start = field.text() or str(paths.data_home())
        folder = QFileDialog.getExistingDirectory(self, field.accessibleName(), start)
        if folder:
            field.setText(folder)

    def save(self) -> None:
        folder = self.library_dir.text().strip()
        practice = self.practice_dir.text().strip() if self.practice_dir.isEnabled() else ""
        pairs = ((folder, self.settings.library_dir), (practice, self.settings.practice_dir))
        for chosen, before in pairs:
            # a folder kept as it was may be away for now (a laptop off the network)
            if chosen and chosen != before and not Path(chosen).expanduser().is_dir():
                show_error(
                    self,
                    self.tr("Folder not found"),
                    arg(self.tr("%1 does not exist."), chosen),
                )
                return
        self.settings.default_brand = str(self.brand.currentData() or "")
        self.settings.default_layout = str(self.layout_box.currentData() or DEFAULT_LAYOUT)
        self.settings.default_paper = str(self.paper.currentData() or DEFAULT_PAPER)
        self.settings.default_language = str(self.language.currentData() or "en")
        self.settings.interface_language = str(self.interface_language.currentData() or "")
        self.settings.library_dir = folder
        if self.practice_dir.isEnabled():
            self.settings.practice_dir = practice
        switched_off = self.settings.history and not self.history.isChecked()
        self.settings.history = self.history.isChecked()
        self.settings.history_pdfs = self.history_pdfs.isChecked()
        if save_preferences(self, self.settings).run():
            if switched_off:  # previews are PDFs of client handouts: forgotten too
                history_ops.forget_previews(self).run()
            self.saved.emit()
            self.accept()
