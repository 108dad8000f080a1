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

from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.messages import fill, translated

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
# The interface's languages. English is the source language; its translation
# holds only the plural forms ("1 page", "2 pages"), as Qt recommends.
TRANSLATED = ("en", "es")


def translation_file(language: str) -> Path:
    """The compiled translation (``.qm``) of the app's words into ``language``."""
    return TRANSLATIONS_DIR / f"handout_builder_{language}.qm"


def interface_language(setting: str, system: QLocale | None = None) -> str:
    """The language the interface shows: ``setting`` (the settings'
    ``interface_language``, a language code) when it is translated into,
    else English; with no setting, the system's language if the app is
    translated into it, else English (``"en"``)."""
    if setting:
        return setting if setting in TRANSLATED else "en"
    system_language = (system or QLocale.system()).name().split("_")[0]
    return system_language if system_language in TRANSLATED else "en"


def install_translators(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Install the translations of the app's and of Qt's own words for the
    language ``setting`` chooses (English when its file is missing) and make
    it the default locale (dates, month names); call before any window is
    built. Returns the translators installed (children of ``app``;
    ``QCoreApplication.removeTranslator`` takes one out again)."""
    installed = []
    for language in dict.fromkeys((interface_language(setting), "en")):
        ours = QTranslator(app)
        if ours.load(str(translation_file(language))):
            QCoreApplication.installTranslator(ours)
            installed.append(ours)
            break
    else:
        return installed
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        installed.append(qt_own)
    if QLocale().language() != QLocale(language).language():  # dates and months, too
        QLocale.setDefault(QLocale(language))
    return installed


def arg(text: str, *values: object) -> str:
    """``text`` (a translated string) with ``%1``, ``%2``… replaced by
    ``values`` in order, as Qt's ``QString.arg`` does (one pass: a value's
    own "%1" stays as written)."""
    return fill(text, values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` where it is defined (a
    constant); it is translated where shown, with ``QCoreApplication.translate``
    (Qt's own function is typed to return ``object``)."""
    del context
    return text


# core/paper.py's labels, translated where shown (paper_label).
PAPER_LABELS = (QT_TRANSLATE_NOOP("Paper", "Letter"), QT_TRANSLATE_NOOP("Paper", "A4"))


def paper_label(label: str) -> str:
    """A paper size's label (``Paper.label``) in the interface's language."""
    return QCoreApplication.translate("Paper", label)


# core/languages.py's names of the handout languages, translated where shown.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
)


def shown_language() -> str:
    """The interface's language code (``es``): the default locale's, which
    :func:`install_translators` sets to it."""
    return QLocale().name().split("_")[0]


def core_template(template: str) -> str:
    """A template of the core's messages (``core.messages.msg``) in the
    interface's language (lupdate files them under the empty context)."""
    return QCoreApplication.translate("", template)


def core_text(text: object) -> str:
    """Words the core made (a problem's message, a PEMAT item, a layout's
    title) in the interface's language; text that is not a marked message
    (names, the clinician's own words) as it is."""
    return translated(text, core_template)


def problem_headline(problem: Problem) -> str:
    """``problem`` in a clinician's words, in the interface's language."""
    return problem.headline(core_template)


def problem_detail(problem: Problem) -> str:
    """Where ``problem`` is (file, line, field), in the interface's language."""
    return problem.detail(core_template)


MAX_ERROR_LINES = 8  # problems listed under an error; the rest counted


def error_text(error: HandoutBuilderError) -> str:
    """An error's words in the interface's language, for under an error
    dialog's headline: each problem it holds on its own line (file, field,
    message; the first :data:`MAX_ERROR_LINES`), else its message."""
    problems = getattr(error, "problems", None)
    if problems:
        lines = [p.describe(translate=core_template) for p in problems[:MAX_ERROR_LINES]]
        if (more := len(problems) - MAX_ERROR_LINES) > 0:
            lines.append(
                QCoreApplication.translate("Operations", "… and %n more problem(s)", "", more)
            )
        return "\n".join(lines)
    return core_text(error.args[0]) if error.args else str(error)


def number(value: float, decimals: int = 0) -> str:
    """``value`` as the interface's language writes numbers (5,1 in Spanish;
    5.1 in English), with ``decimals`` digits after the decimal mark."""
    return QLocale().toString(float(value), "f", decimals)
