"""Setting up a practice's brand: the first-run "Set up your practice" dialog
and the brand profile editor share this form.

Why one long module: both dialogs are this one form (fields, logo preview,
contrast notes), so a field added here appears in both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core import paths
from handout_builder.core.checks.color import contrast_ratio, darken_for_text
from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO, LARGE_TEXT_RATIO
from handout_builder.core.errors import HandoutBuilderError, ValidationError
from handout_builder.core.model.brand import (
    DEFAULT_ACCENT,
    DEFAULT_DISCLAIMER,
    DEFAULT_PRIMARY,
    TEXT_LIMITS,
    BrandProfile,
    brand_from_data,
    save_brand,
    sniff_image,
)
from handout_builder.core.model.fonts import DEFAULT_FONT, FONT_CHOICES
from handout_builder.core.model.logo import copy_logo, logo_links
from handout_builder.gui import theme
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg, number, problem_headline
from handout_builder.gui.widgets import (
    ColorButton,
    FittingScrollArea,
    fit_to_screen,
    set_tab_order,
)

LOGO_FILTER = QT_TRANSLATE_NOOP("BrandDialog", "Logo images (*.png *.jpg *.jpeg *.svg)")
LOGO_PREVIEW = QSize(120, 72)
# Translated where shown (self.tr in BrandDialog).
CRISIS_HINT = QT_TRANSLATE_NOOP(
    "BrandDialog",
    "The crisis line for your clients' region, e.g. a national suicide and crisis "
    "line and your local emergency number",
)
DV_HINT = QT_TRANSLATE_NOOP(
    "BrandDialog", "A domestic violence helpline for your clients' region (optional)"
)


def profile_file_name(practice_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", practice_name.lower()).strip("-")[:50].strip("-")
    return slug or "practice"


def logo_pixmap(path: Path, size: QSize = LOGO_PREVIEW) -> QPixmap:
    """A preview of a PNG, JPEG or SVG logo (empty pixmap if it cannot be read)."""
    if sniff_image(path) == "svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return QPixmap()
        target = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(target, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return QPixmap.fromImage(image)
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def contrast_note(color: str, what: str) -> str:
    """Plain words about how ``color`` works for text on white paper."""
    ratio = contrast_ratio(color)
    if ratio >= BODY_TEXT_RATIO:
        return arg(
            QCoreApplication.translate("BrandDialog", "%1: %2:1 on white — fine for text."),
            what,
            number(ratio, 1),
        )
    if ratio >= LARGE_TEXT_RATIO:
        note = QCoreApplication.translate(
            "BrandDialog",
            "%1: %2:1 on white — fine for large headings; small text will use the darker %3.",
        )
    else:
        note = QCoreApplication.translate(
            "BrandDialog",
            "%1: %2:1 on white — too pale for text; text will use %3 and the colour stays "
            "for lines and bands.",
        )
    return arg(note, what, number(ratio, 1), darken_for_text(color))


class BrandDialog(QDialog):
    """Edit (or create) a brand profile. ``saved`` carries the written profile."""

    saved = Signal(object)  # BrandProfile

    def __init__(
        self,
        profile: BrandProfile | None = None,
        *,
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brand-dialog")
        self.profile = profile
        self.first_run = first_run
        self.logo_path: Path | None = profile.logo if profile else None
        self.setWindowTitle(
            self.tr("Set up your practice")
            if first_run
            else (self.tr("Edit brand profile") if profile else self.tr("New brand profile"))
        )

        intro = QLabel(
            self.tr(
                "Your practice's details print on every handout. You can change them any "
                "time in Settings ▸ Brand profiles."
            )
            if first_run
            else self.tr("These details print on every handout that uses this profile.")
        )
        intro.setWordWrap(True)

        self.practice = self._line(
            self.tr("Practice name (required)"),
            profile.practice_name if profile else "",
            self.tr("Printed in the header and footer of every page; also the logo's description"),
        )
        self.clinician = self._line(
            self.tr("Your name"),
            profile.clinician if profile else "",
            self.tr("Printed under the practice name"),
        )
        self.credentials = self._line(
            self.tr("Credentials, e.g. LCSW or PhD"),
            profile.credentials if profile else "",
            self.tr("Printed after your name"),
        )
        self.phone = self._line(
            self.tr("Phone"),
            profile.phone if profile else "",
            self.tr("Printed in the header and footer"),
        )
        self.email = self._line(
            self.tr("E-mail"),
            profile.email if profile else "",
            self.tr("Printed in the header and footer"),
        )
        self.website = self._line(
            self.tr("Website"),
            profile.website if profile else "",
            self.tr("Printed in the header and footer"),
        )
        self.booking_url = self._line(
            self.tr("Booking page (optional)"),
            profile.booking_url if profile else "",
            self.tr(
                "Where clients book an appointment online; layouts can print a QR code to it "
                "(else to the website)"
            ),
        )
        self.address = QPlainTextEdit(profile.address if profile else "", self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setToolTip(self.tr("Printed in the header, one line each"))
        self.address.setPlaceholderText(self.tr("Street, town (one line each)"))
        self.address.setFixedHeight(56)
        self.address.setTabChangesFocus(True)

        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(LOGO_PREVIEW + QSize(4, 4))  # and its dashed border
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleDescription(self.tr("Logo preview"))
        self.logo_preview.setStyleSheet("QLabel { border: 1px dashed #888; }")
        choose_logo = QPushButton(self.tr("Choose logo…"), self)
        choose_logo.setToolTip(self.tr("A PNG, JPEG or SVG file"))
        choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("No logo"), self)
        self.remove_logo.setToolTip(self.tr("Print the practice name without a logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        self.primary = ColorButton(
            profile.primary_color if profile else DEFAULT_PRIMARY, self.tr("Primary colour"), self
        )
        self.accent = ColorButton(
            profile.accent_color if profile else DEFAULT_ACCENT, self.tr("Accent colour"), self
        )
        self.contrast = QLabel(self)
        self.contrast.setWordWrap(True)
        self.contrast.setAccessibleDescription(self.tr("Colour contrast"))  # its text is its name
        self.primary.color_changed.connect(self._update_contrast)
        self.accent.color_changed.connect(self._update_contrast)
        colors = QHBoxLayout()
        colors.addWidget(self.primary)
        colors.addWidget(self.accent)
        colors.addStretch(1)

        self.font_box = QComboBox(self)
        self.font_box.setAccessibleName(self.tr("Font"))
        self.font_box.setToolTip(
            self.tr("The font of your handouts (large print always uses Atkinson)")
        )
        self.font_box.addItems(list(FONT_CHOICES))
        self.font_box.setCurrentText(profile.font if profile else DEFAULT_FONT)

        self.disclaimer = QPlainTextEdit(
            profile.disclaimer if profile else DEFAULT_DISCLAIMER, self
        )
        self.disclaimer.setAccessibleName(self.tr("Disclaimer"))
        self.disclaimer.setToolTip(self.tr("Printed at the foot of every page"))
        self.disclaimer.setFixedHeight(56)
        self.disclaimer.setTabChangesFocus(True)
        self.crisis = self._line(
            self.tr(CRISIS_HINT),
            profile.crisis_line if profile else "",
            self.tr("Printed in an 'If you need help now' box and at the foot of every page"),
        )
        self.crisis.setAccessibleName(self.tr("Crisis line"))
        self.crisis_confirmed = QCheckBox(
            self.tr("I have checked that this crisis line is right for my clients' region"), self
        )
        self.crisis_confirmed.setToolTip(self.tr("A crisis line is saved only once you confirm it"))
        self.crisis_confirmed.setChecked(bool(profile and profile.crisis_line))
        self.crisis.textEdited.connect(lambda _t: self.crisis_confirmed.setChecked(False))
        self.dv_line = self._line(
            self.tr(DV_HINT),
            profile.domestic_violence_line if profile else "",
            self.tr(
                "Printed in the 'If you need help now' box of handouts whose topics are about "
                "couples and relationships (optional)"
            ),
        )
        self.dv_line.setAccessibleName(self.tr("Domestic violence line"))
        for key, edit in (
            ("practice_name", self.practice),
            ("clinician", self.clinician),
            ("credentials", self.credentials),
            ("phone", self.phone),
            ("email", self.email),
            ("website", self.website),
            ("booking_url", self.booking_url),
            ("crisis_line", self.crisis),
            ("domestic_violence_line", self.dv_line),
        ):
            edit.setMaxLength(TEXT_LIMITS[key])  # the profile format's own limits

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ color: {theme.error_text()}; font-weight: bold; }}")
        self.error.setAccessibleDescription(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Practice name"), self.practice)
        form.addRow(self.tr("Clinician"), self.clinician)
        form.addRow(self.tr("Credentials"), self.credentials)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Colours"), colors)
        form.addRow("", self.contrast)
        form.addRow(self.tr("Font"), self.font_box)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Booking page"), self.booking_url)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Disclaimer"), self.disclaimer)
        form.addRow(self.tr("Crisis line"), self.crisis)
        form.addRow("", self.crisis_confirmed)
        form.addRow(self.tr("Domestic violence line"), self.dv_line)
        self.spanish = self._spanish_texts(profile, form)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save this brand profile in your data folder"))
        if first_run:
            skip = buttons.addButton(
                self.tr("Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
            )
            skip.setToolTip(self.tr("Use the sample practice until you set up your own"))
        else:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setToolTip(self.tr("Close without saving"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        # The form scrolls on a small screen; the intro and the buttons stay in view.
        fields = QWidget()
        fields.setLayout(form)
        self.fields_area = FittingScrollArea(self)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls to each field
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setWidget(fields)
        bar = self.fields_area.verticalScrollBar().sizeHint().width()
        self.fields_area.setMinimumWidth(fields.minimumSizeHint().width() + bar)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        set_tab_order(  # as the form reads, top to bottom
            [
                self.practice,
                self.clinician,
                self.credentials,
                choose_logo,
                self.remove_logo,
                self.primary,
                self.accent,
                self.font_box,
                self.phone,
                self.email,
                self.website,
                self.booking_url,
                self.address,
                self.disclaimer,
                self.crisis,
                self.crisis_confirmed,
                self.dv_line,
                *self.spanish.values(),
                *buttons.buttons(),
            ]
        )
        self.set_logo(self.logo_path)
        self._update_contrast()
        fit_to_screen(self, self.sizeHint())

    def _spanish_texts(
        self, profile: BrandProfile | None, form: QFormLayout
    ) -> dict[str, QLineEdit]:
        """The "Spanish texts" part at the end of ``form``: the printed texts of
        Spanish handouts. Empty ones print in English, and the preview's problems
        say so."""
        heading = QLabel(self.tr("<b>Spanish texts</b>"), self)
        heading.setAccessibleName(self.tr("Spanish texts"))
        note = QLabel(
            self.tr(
                "Printed on handouts in Spanish. Leave a text empty and the English one is "
                "printed (the preview says so)."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(heading)
        form.addRow(note)
        edits: dict[str, QLineEdit] = {}
        # The hints are Spanish already: they show what to type.
        for key, label, tip, name, hint in (
            (
                "disclaimer",
                self.tr("Disclaimer"),
                self.tr("The disclaimer printed on Spanish handouts"),
                self.tr("Spanish disclaimer"),
                "Este folleto es educativo y no reemplaza …",
            ),
            (
                "crisis_line",
                self.tr("Crisis line"),
                self.tr("The crisis line printed on Spanish handouts"),
                self.tr("Spanish crisis line"),
                "La línea de crisis de su región, en español",
            ),
            (
                "domestic_violence_line",
                self.tr("Domestic violence line"),
                self.tr("The domestic violence line printed on Spanish handouts"),
                self.tr("Spanish domestic violence line"),
                "Opcional",
            ),
        ):
            edit = self._line(hint, profile.text_in("es", key) if profile else "", tip)
            edit.setAccessibleName(name)
            form.addRow(label, edit)
            edits[key] = edit
        edits["crisis_line"].textEdited.connect(lambda _t: self.crisis_confirmed.setChecked(False))
        return edits

    def _translations(self) -> dict[str, dict[str, str]]:
        """The profile's texts in other languages as TOML tables: Spanish from the
        tab, the others (entered in the file) kept as they were."""
        tables: dict[str, dict[str, str]] = {}
        for language, key, text in self.profile.translations if self.profile else ():
            if language != "es":
                tables.setdefault(language, {})[key] = text
        spanish = {key: edit.text().strip() for key, edit in self.spanish.items()}
        if any(spanish.values()):
            tables["es"] = {key: text for key, text in spanish.items() if text}
        return tables

    def _line(self, placeholder: str, value: str, tip: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tip)
        edit.setAccessibleName(placeholder.split(" (")[0].split(",")[0])
        return edit

    def set_logo(self, path: Path | None) -> None:
        self.logo_path = path
        self.remove_logo.setEnabled(path is not None)
        if path is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_preview.setAccessibleName(self.tr("No logo"))
            return
        pixmap = logo_pixmap(path)
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("Cannot show"))
            self.logo_preview.setAccessibleName(arg(self.tr("Cannot show the logo %1"), path.name))
        else:
            self.logo_preview.setPixmap(pixmap)
            self.logo_preview.setAccessibleName(arg(self.tr("Logo: %1"), path.name))

    def _choose_logo(self) -> None:
        start = str(self.logo_path.parent) if self.logo_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), start, self.tr(LOGO_FILTER)
        )
        if name:
            path = Path(name)
            if sniff_image(path) is None:
                self.show_error(arg(self.tr("%1 is not a PNG, JPEG or SVG image."), path.name))
                return
            self.error.hide()
            self.set_logo(path)

    def _update_contrast(self, *_args: object) -> None:
        self.contrast.setText(
            contrast_note(self.primary.color(), self.tr("Primary colour"))
            + "\n"
            + contrast_note(self.accent.color(), self.tr("Accent colour"))
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- saving ---------------------------------------------------------------------------

    def target_path(self) -> Path:
        """The profile's file; a practice folder's profile (never written) is
        saved as the user's own profile of the same name, which then wins."""
        folder = paths.brands_dir()
        if self.profile is not None and self.profile.source is not None:
            source = self.profile.source
            return folder / source.name if paths.is_in_practice(source) else source
        stem = profile_file_name(self.practice.text())
        candidate, number = folder / f"{stem}.toml", 2
        while candidate.exists():
            candidate, number = folder / f"{stem}-{number}.toml", number + 1
        return candidate

    def save(self) -> None:
        """Validate, copy the logo next to the profile, write it; errors stay in the dialog."""
        crisis = self.crisis.text().strip()
        spanish_crisis = self.spanish["crisis_line"].text().strip()
        if (crisis or spanish_crisis) and not self.crisis_confirmed.isChecked():
            self.show_error(
                self.tr(
                    "Please confirm that the crisis line is right for your clients' "
                    "region (or leave it empty for now)."
                )
            )
            return
        data = {
            "practice_name": self.practice.text(),
            "clinician": self.clinician.text(),
            "credentials": self.credentials.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "website": self.website.text(),
            "booking_url": self.booking_url.text(),
            "address": self.address.toPlainText(),
            "primary_color": self.primary.color(),
            "accent_color": self.accent.color(),
            "font": self.font_box.currentText(),
            "disclaimer": self.disclaimer.toPlainText(),
            "crisis_line": crisis,
            "domestic_violence_line": self.dv_line.text(),
            **self._translations(),
        }
        target = self.target_path()
        try:
            paths.ensure_dir(target.parent)
            if self.logo_path is not None:
                data["logo"] = str(self._copy_logo(self.logo_path, target))
            profile = brand_from_data(data, "brand profile", base_dir=target.parent)
            saved = save_brand(replace(profile, source=None), target)
        except ValidationError as exc:
            self.show_error("\n".join(problem_headline(p) for p in exc.problems))
            return
        except HandoutBuilderError as exc:
            self.show_error(str(exc))
            return
        self.profile = saved
        self.saved.emit(saved)
        unloadable = logo_links(saved.logo).unloadable if saved.logo else []
        if unloadable:  # saved; the dialog stays open to say what will not print
            self.show_error(
                self.tr("Saved — but some pictures inside the logo will not print:")
                + "\n"
                + "\n".join(f"• {link}: {reason}" for link, _, reason in unloadable)
            )
            return
        self.accept()

    def _copy_logo(self, logo: Path, profile_path: Path) -> Path:
        """Keep the logo (and the pictures an SVG logo links) next to the
        profile, so the profile folder is self-contained."""
        folder = profile_path.parent.resolve()
        if folder in logo.resolve().parents:
            return logo.resolve()
        return copy_logo(logo, folder, profile_path.stem)
