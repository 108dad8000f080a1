"""The app's own words in the clinician's language (Qt's translation system).

The translations are ``translations/handout_builder_<lang>.ts`` beside this
module (edited by translators, updated from the source by ``make translations``);
the set-up compiles them to ``.qm`` files (``pyside6-lrelease``: the Makefile, and
the wheel's build hook ``tools/hatch_build.py``). Qt's own words (standard
buttons, file dialogs) come from the ``qtbase_<lang>.qm`` that PySide6 ships.
The command line stays English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
# Languages the interface is translated into, besides the English it is written in.
TRANSLATED = ("es",)


def translation_file(language: str) -> Path:
    """The compiled translation (``.qm``) of the app's words into ``language``."""
    return TRANSLATIONS_DIR / f"handout_builder_{language}.qm"


def interface_language(setting: str, system: QLocale | None = None) -> str:
    """The language the interface shows: ``setting`` (a code from
    ``core.settings.INTERFACE_LANGUAGES``) when given, else the system's
    language if the app is translated into it, else English (``"en"``)."""
    if setting:
        return setting if setting in TRANSLATED else "en"
    system_language = (system or QLocale.system()).name().split("_")[0]
    return system_language if system_language in TRANSLATED else "en"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install the translations of the app's and of Qt's own words for the
    language ``setting`` chooses; call before any window is built. Returns the
    language shown (``"en"`` also when a translation file is missing)."""
    language = interface_language(setting)
    if language == "en":
        return language
    ours = QTranslator(app)
    if not ours.load(str(translation_file(language))):
        return "en"
    QCoreApplication.installTranslator(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
    return language


def arg(text: str, *values: object) -> str:
    """``text`` (a translated string) with ``%1``, ``%2``… replaced by
    ``values`` in order, as Qt's ``QString.arg`` does."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text
