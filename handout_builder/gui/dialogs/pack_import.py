"""File ▸ Import practice pack: what a checked pack adds, what it would replace
of the clinician's own, and what is wrong with it, before anything is written.

The pack is imported only with **Import**; the clinician's files that differ
from the pack's are replaced only when the box saying so is ticked. A pack
with problems can only be closed."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.model.pack_import import ImportPlan, PackItem, discard
from handout_builder.gui import theme
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg, core_template

# translated where shown
KINDS = {
    "entry": QT_TRANSLATE_NOOP("PackImportDialog", "Library entry"),
    "layout": QT_TRANSLATE_NOOP("PackImportDialog", "Layout"),
    "brand": QT_TRANSLATE_NOOP("PackImportDialog", "Brand profile"),
}
GROUPS = (
    ("add", QT_TRANSLATE_NOOP("PackImportDialog", "Adds (%1)")),
    ("replace", QT_TRANSLATE_NOOP("PackImportDialog", "Would replace your own (%1)")),
    ("same", QT_TRANSLATE_NOOP("PackImportDialog", "Already the same as yours (%1)")),
)


def made_on(created: str) -> str:
    """``22 November 2026`` from the manifest's ISO time, month in the
    interface's language (as written otherwise)."""
    try:
        when = dt.datetime.fromisoformat(created)
    except ValueError:
        return created
    return QLocale().toString(
        QDate(when.year, when.month, when.day),
        QCoreApplication.translate("PackImportDialog", "d MMMM yyyy"),
    )


class PackImportDialog(QDialog):
    """Shows an :class:`ImportPlan`; ``import_chosen(replace)`` fires when the
    clinician imports (``replace``: also replace their files that differ). A
    dialog closed otherwise discards the checked files."""

    import_chosen = Signal(bool)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack-import-dialog")
        self.setWindowTitle(self.tr("Import practice pack"))
        self.plan = plan
        manifest = plan.manifest
        version = arg(self.tr(", version %1"), manifest.version) if manifest.version else ""
        made = version + arg(self.tr(" — made %1"), made_on(manifest.created))
        heading = QLabel(
            f"<b>{html.escape(manifest.name)}</b>{html.escape(made)}"
            f"<br>{html.escape(plan.pack.name)}"
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        errors = [p for p in plan.problems if p.severity == "error"]
        notes = [p for p in plan.problems if p.severity != "error"]
        summary = QLabel(self._summary(errors))
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("What importing does"))
        if errors:
            summary.setStyleSheet(f"QLabel {{ color: {theme.error_text()}; font-weight: bold; }}")

        self.items = QTreeWidget(self)
        self.items.setAccessibleName(self.tr("What the pack holds"))
        self.items.setHeaderLabels([self.tr("What"), self.tr("Name"), self.tr("Title")])
        for action, label in GROUPS:
            found = plan.with_action(action)
            if not found:
                continue
            group = QTreeWidgetItem([arg(self.tr(label), len(found))])
            self.items.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in found:
                group.addChild(_row(item))
            group.setExpanded(True)
        for column, width in enumerate((180, 170)):
            self.items.setColumnWidth(column, width)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems and notes"))
        self.problems.setWordWrap(True)
        for problem in errors + notes:
            kind = {"error": self.tr("Problem"), "warning": self.tr("Warning")}.get(
                problem.severity, self.tr("Note")
            )
            # the pack is named above
            where = problem.describe(translate=core_template).removeprefix(f"{plan.pack}: ")
            self.problems.addItem(f"{kind}: {where}")
        self.problems.setVisible(bool(plan.problems))

        replacing = len(plan.with_action("replace"))
        self.replace = QCheckBox(
            self.tr("Replace my %n item(s) that differ(s) with the pack's", "", replacing), self
        )
        self.replace.setToolTip(
            self.tr("Unticked, your own versions are kept and the rest is imported")
        )
        self.replace.setVisible(bool(replacing) and not errors)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setToolTip(self.tr("Add what the pack brings to your own files"))
        self.import_button.setEnabled(not errors and bool(plan.with_action("add") or replacing))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without changing anything"))
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _result: discard(self.plan))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.items, 2)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.replace)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _summary(self, errors: Sequence[object]) -> str:
        plan = self.plan
        if errors:
            return self.tr(
                "This pack cannot be imported: %n problem(s) (below). Nothing was changed; "
                "ask whoever made the pack for a corrected one.",
                "",
                len(errors),
            )
        adds, replaces = len(plan.with_action("add")), len(plan.with_action("replace"))
        if not adds and not replaces:
            return self.tr("You have everything in this pack already; there is nothing to import.")
        parts = [self.tr("adds %n new item(s)", "", adds)]
        if replaces:
            parts.append(
                self.tr(
                    "%n differ(s) from your own, which you keep unless you tick the box below",
                    "",
                    replaces,
                )
            )
        return arg(
            self.tr("Checked: every layout, explanation and brand profile is fine. Importing %1."),
            "; ".join(parts),
        )

    def _import(self) -> None:
        self.import_chosen.emit(self.replace.isChecked())
        self.accept()


def _row(item: PackItem) -> QTreeWidgetItem:
    kind = QCoreApplication.translate("PackImportDialog", KINDS[item.kind])
    row = QTreeWidgetItem([kind, item.name, item.title])
    row.setToolTip(2, "\n".join(str(target) for _, target in item.files))
    return row
