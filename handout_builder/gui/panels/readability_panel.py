"""The readability panel: reading level of the section being edited and of the
whole handout, and the PEMAT-style checklist.

Reports are computed in the worker process (:class:`HealthChecker`) a moment after
the last change; the target is shown as a colour *and* in words.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.checks.pemat import AUTOMATIC_ITEMS, QUESTIONS, ItemResult
from handout_builder.core.checks.thresholds import (
    ACCEPTABLE_GRADE,
    ACCEPTABLE_INFLESZ,
    GOOD_GRADE,
    GOOD_INFLESZ,
    PASS_MARK,
)
from handout_builder.core.model.handout import Handout
from handout_builder.gui import theme
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg, core_text, number
from handout_builder.gui.services.health_checker import HealthChecker
from handout_builder.gui.services.render_service import RenderService
from handout_builder.gui.widgets import FittingScrollArea, WrappedLabel

if TYPE_CHECKING:  # loaded with the checks, after start-up
    from handout_builder.core.checks.health_literacy import HealthReport, SectionAnalysis
    from handout_builder.core.checks.readability import Readability

CHECK_DEBOUNCE_MS = 300

# (symbol, words, text colour, background): never colour alone.
VERDICTS = {
    # The words are translated where shown: %1 the good grade, %2 the acceptable one.
    "good": (
        "✓",
        QT_TRANSLATE_NOOP("ReadabilityPanel", "Good: grade %1 or lower"),
        "#14532d",
        "#dcf2e3",
    ),
    "acceptable": (
        "!",
        QT_TRANSLATE_NOOP("ReadabilityPanel", "Acceptable: grade %1–%2; aim for %1"),
        "#6b4200",
        "#fdefd2",
    ),
    "too hard": (
        "✗",
        QT_TRANSLATE_NOOP("ReadabilityPanel", "Too hard: above grade %2"),
        "#8f1d14",
        "#fbe1de",
    ),
}
VERDICT_NAMES = {
    "good": QT_TRANSLATE_NOOP("ReadabilityPanel", "Good"),
    "acceptable": QT_TRANSLATE_NOOP("ReadabilityPanel", "Acceptable"),
    "too hard": QT_TRANSLATE_NOOP("ReadabilityPanel", "Too hard"),
}
# The same verdicts for Spanish text, read on the INFLESZ scale.
# %1 the good INFLESZ score, %2 the acceptable one.
SPANISH_VERDICTS = {
    "good": QT_TRANSLATE_NOOP("ReadabilityPanel", "Good: INFLESZ %1 or more (bastante fácil)"),
    "acceptable": QT_TRANSLATE_NOOP(
        "ReadabilityPanel", "Acceptable: INFLESZ %2–%1 (normal); aim for %1"
    ),
    "too hard": QT_TRANSLATE_NOOP(
        "ReadabilityPanel", "Too hard: INFLESZ below %2 (algo difícil or harder)"
    ),
}
MARKS = {
    "pass": ("✓", "#14532d", QT_TRANSLATE_NOOP("ReadabilityPanel", "Passes")),
    "fail": ("✗", "#8f1d14", QT_TRANSLATE_NOOP("ReadabilityPanel", "Fails")),
    "n/a": ("–", "#555555", QT_TRANSLATE_NOOP("ReadabilityPanel", "Does not apply")),
}


def figures_text(score: Readability) -> str:
    if not score.words:
        return QCoreApplication.translate("ReadabilityPanel", "No text yet.")
    minutes = score.reading_minutes
    reading = (
        QCoreApplication.translate("ReadabilityPanel", "under a minute")
        if minutes < 1
        else arg(QCoreApplication.translate("ReadabilityPanel", "about %1 min"), round(minutes))
    )
    if score.inflesz is not None:
        level = arg(
            QCoreApplication.translate(
                "ReadabilityPanel", "INFLESZ %1 (Szigriszt-Pazos) · Fernández-Huerta %2"
            ),
            number(score.inflesz),
            number(score.fernandez_huerta or 0),
        )
    else:
        level = arg(
            QCoreApplication.translate("ReadabilityPanel", "Grade %1 (Flesch–Kincaid) · SMOG %2"),
            number(score.grade, 1),
            number(score.smog, 1),
        )
    return arg(
        QCoreApplication.translate(
            "ReadabilityPanel", "%1<br>%2 words · %3 sentences · %4 to read"
        ),
        level,
        score.words,
        score.sentences,
        reading,
    )


class _ClickLabel(WrappedLabel):
    """A wrapping label for a check box; clicking it toggles the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


def _set_style(label: QLabel, sheet: str) -> None:
    """Give ``label`` the style sheet ``sheet``, if it has another: setting one
    restyles the label and lays the whole panel out again (~10 ms), even when
    it is the same."""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


class _ScoreBox(QGroupBox):
    """A verdict badge and the figures for one text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = WrappedLabel(parent=self, rich=True)
        self.name.hide()
        self.verdict = WrappedLabel(parent=self, rich=True)
        self.verdict.setAccessibleDescription(
            arg(self.tr("%1: reading level"), title)
        )  # text: the name
        self.figures = WrappedLabel(parent=self, rich=True)
        self.notes = WrappedLabel(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.verdict)
        layout.addWidget(self.figures)
        layout.addWidget(self.notes)
        self.show_score(None)

    def show_score(self, score: Readability | None, notes: str = "") -> None:
        if score is None or not score.words:
            self.verdict.setText(
                self.tr("<i>No text yet</i>") if score is not None else self.tr("<i>Checking…</i>")
            )
            _set_style(self.verdict, "")
            self.figures.setText("")
            self.notes.setText(notes)
            return
        symbol, target, color, background = VERDICTS[score.verdict]
        if score.inflesz is not None:
            target = SPANISH_VERDICTS[score.verdict]
            limits = (number(GOOD_INFLESZ), number(ACCEPTABLE_INFLESZ))
            headline = score.headline  # "INFLESZ 71 (bastante fácil)": the scale's own words
        else:
            limits = (number(GOOD_GRADE), number(ACCEPTABLE_GRADE))
            headline = arg(self.tr("Grade %1"), number(score.grade, 1))
        words = arg(QCoreApplication.translate("ReadabilityPanel", target), *limits)
        self.verdict.setText(
            arg(
                self.tr("<b>%1 %2 — %3</b>"),
                symbol,
                html.escape(headline),
                html.escape(
                    QCoreApplication.translate("ReadabilityPanel", VERDICT_NAMES[score.verdict])
                ),
            )
        )
        self.verdict.setToolTip(words)
        _set_style(
            self.verdict,
            f"QLabel {{ color: {color}; background: {background}; border: 1px solid {color};"
            " border-radius: 4px; padding: 4px 6px; }",
        )
        self.figures.setText(f"{figures_text(score)}<br><i>{html.escape(words)}</i>")
        self.notes.setText(notes)


class ReadabilityPanel(FittingScrollArea):
    """Shows the reports; ``checklist_changed`` carries the ticked question ids."""

    checklist_changed = Signal(list)
    report_shown = Signal(object)  # HealthReport

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readability-panel")
        self.setAccessibleName(self.tr("Reading level and checklist"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checker = HealthChecker(service, self)
        self.report: HealthReport | None = None
        self.section_id: str | None = None
        self._handout: Handout | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.section_box = _ScoreBox(self.tr("This section"), body)
        self.handout_box = _ScoreBox(self.tr("Whole handout"), body)
        layout.addWidget(self.section_box)
        layout.addWidget(self.handout_box)

        checklist = QGroupBox(self.tr("Checklist (PEMAT)"), body)
        items = QVBoxLayout(checklist)
        self.score = WrappedLabel(parent=checklist, rich=True)
        self.score.setAccessibleDescription(self.tr("Checklist score"))
        items.addWidget(self.score)
        self.item_labels: dict[str, QLabel] = {}
        for item in AUTOMATIC_ITEMS:
            label = WrappedLabel(parent=checklist, rich=True)
            label.hide()  # until the first report: no rows of blank space under "Checking…"
            self.item_labels[item.id] = label
            items.addWidget(label)
        questions_title = WrappedLabel(
            self.tr("<b>Your judgement</b> — tick what is true:"), checklist
        )
        items.addWidget(questions_title)
        self.question_boxes: dict[str, QCheckBox] = {}
        self.question_labels: dict[str, QLabel] = {}
        for item in QUESTIONS:
            box = QCheckBox(checklist)
            box.setAccessibleName(core_text(item.question))
            box.setToolTip(arg(self.tr("PEMAT item %1: %2"), item.number, core_text(item.text)))
            box.toggled.connect(self._question_toggled)
            label = _ClickLabel(core_text(item.question), box, checklist)
            label.setToolTip(box.toolTip())
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.question_boxes[item.id] = box
            self.question_labels[item.id] = label
            items.addLayout(row)
        layout.addWidget(checklist)
        layout.addStretch(1)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(CHECK_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._send)
        self.checker.report_ready.connect(self._report_ready)
        self.checker.failed.connect(lambda message: self.score.setText(html.escape(message)))

    def focus_chain(self) -> list[QWidget]:
        """The check boxes, top to bottom (for the window's Tab order)."""
        return list(self.question_boxes.values())

    # -- input ----------------------------------------------------------------------------

    def schedule(self, handout: Handout) -> None:
        """Check ``handout`` a moment after the last change."""
        self._handout = handout
        self._debounce.start()

    def check_now(self, handout: Handout) -> None:
        self._handout = handout
        self._send()

    def set_section(self, section_id: str | None) -> None:
        self.section_id = section_id
        self._show_section()

    def _send(self) -> None:
        self._debounce.stop()
        if self._handout is not None:
            self.checker.request(self._handout)

    def close_checker(self) -> None:
        self.checker.close()

    # -- output ---------------------------------------------------------------------------

    def _report_ready(self, request_id: int, report: HealthReport) -> None:
        if request_id != self.checker.latest:
            return  # an older report: a newer one is on its way
        self.report = report
        self.handout_box.show_score(
            report.readability, _findings_note(report.sections, self.tr("In the whole handout"))
        )
        self._show_section()
        self._show_checklist(report)
        QTimer.singleShot(0, self.refit)  # the new words may need more room
        self.report_shown.emit(report)

    def _show_section(self) -> None:
        if self.report is None:
            return
        section = self.report.section(self.section_id) if self.section_id else None
        if section is None:
            self.section_box.name.hide()
            self.section_box.show_score(None, self.tr("Select a section to see its reading level."))
            self.section_box.verdict.setText("")
            return
        self.section_box.name.setText(html.escape(section.title))
        self.section_box.name.show()
        self.section_box.show_score(
            section.readability, _findings_note([section], self.tr("Marked in the text"))
        )

    def _show_checklist(self, report: HealthReport) -> None:
        pemat = report.pemat
        automatic = pemat.automatic_score()
        understand, act = pemat.score("understandability"), pemat.score("actionability")

        def percent(value: float | None) -> str:
            return "–" if value is None else arg(self.tr("%1 %"), number(value))

        open_note = (
            self.tr(
                "<br>%n question(s) below not ticked yet count as “no”.", "", pemat.open_questions
            )
            if pemat.open_questions
            else ""
        )
        below = [
            name
            for name, s in (
                (self.tr("understandability"), understand),
                (self.tr("actionability"), act),
            )
            if s.percent is not None and s.percent < PASS_MARK
        ]
        bar = (
            arg(self.tr("Below the usual %1 % bar: %2."), number(PASS_MARK), ", ".join(below))
            if below
            else arg(self.tr("Both at or above the usual %1 % bar."), number(PASS_MARK))
        )
        self.score.setText(
            arg(
                self.tr(
                    "<b>Automatic checks: %1 of %2 pass</b><br>"
                    "Understandability %3 · actionability %4<br>%5%6"
                ),
                automatic.agreed,
                automatic.applicable,
                percent(understand.percent),
                percent(act.percent),
                bar,
                open_note,
            ).replace(" %", "\u00a0%")  # "67 %" never wraps before its sign
        )
        for result in pemat.automatic:
            self._show_item(result)
        for result in pemat.questions:
            box = self.question_boxes[result.item.id]
            box.blockSignals(True)
            box.setChecked(result.status == "yes")
            box.setEnabled(result.status != "n/a")
            box.blockSignals(False)
            suffix = (
                arg(self.tr(" (%1: does not apply)"), core_text(result.reason).lower())
                if result.status == "n/a"
                else ""
            )
            label = self.question_labels[result.item.id]
            label.setText(core_text(result.item.question) + suffix)
            label.setEnabled(result.status != "n/a")

    def _show_item(self, result: ItemResult) -> None:
        symbol, _color, words = MARKS.get(result.status, MARKS["n/a"])
        color = {"pass": theme.good_text(), "fail": theme.bad_text()}.get(
            result.status, theme.muted_text()
        )
        label = self.item_labels[result.item.id]
        label.setText(
            f'<span style="color:{color}"><b>{symbol} {html.escape(core_text(result.item.text))}'
            f'</b></span><br><span style="color:{theme.muted_text()}">'
            f"{html.escape(core_text(result.reason))}</span>"
        )
        label.setAccessibleDescription(
            f"{QCoreApplication.translate('ReadabilityPanel', words)}: {core_text(result.reason)}"
        )
        label.show()

    def _question_toggled(self) -> None:
        ticked = [item_id for item_id, box in self.question_boxes.items() if box.isChecked()]
        self.checklist_changed.emit(ticked)

    # -- for tests and tools ------------------------------------------------------------------

    def item_text(self, item_id: str) -> str:
        return self.item_labels[item_id].text()


def _findings_note(
    sections: list[SectionAnalysis] | tuple[SectionAnalysis, ...], prefix: str
) -> str:
    long = sum(len(s.readability.long_sentences) for s in sections)
    hard = sum(len(s.jargon) for s in sections)
    passive = sum(len(s.passive) for s in sections)
    parts = []
    if long:
        parts.append(
            QCoreApplication.translate("ReadabilityPanel", "%n long sentence(s)", "", long)
        )
    if hard:
        parts.append(QCoreApplication.translate("ReadabilityPanel", "%n jargon word(s)", "", hard))
    if passive:
        parts.append(
            QCoreApplication.translate("ReadabilityPanel", "%n passive sentence(s)", "", passive)
        )
    return f"{prefix}: {', '.join(parts)}." if parts else ""


def dock_panel(window: QMainWindow, panel: ReadabilityPanel) -> QDockWidget:
    """Dock ``panel`` at the right edge of ``window`` (View menu shows or hides it)."""
    dock = QDockWidget(
        QCoreApplication.translate("ReadabilityPanel", "Reading level and checklist"), window
    )
    dock.setObjectName("readability-dock")
    dock.setWidget(panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    panel.setMinimumWidth(280)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock
