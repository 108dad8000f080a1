"""File ▸ Import practice pack: what a checked pack adds, what it would replace
of the clinician's own, and what is wrong with it, before anything is written.

The pack is imported only with **Import**; the clinician's files that differ
from the pack's are replaced only when the box saying so is ticked. A pack
with problems can only be closed."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
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

KINDS = {"entry": "Library entry", "layout": "Layout", "brand": "Brand profile"}
GROUPS = (
    ("add", "Adds"),
    ("replace", "Would replace your own"),
    ("same", "Already the same as yours"),
)


def made_on(created: str) -> str:
    """``22 November 2026`` from the manifest's ISO time (as written otherwise)."""
    try:
        when = dt.datetime.fromisoformat(created)
    except ValueError:
        return created
    return f"{when.day} {when:%B %Y}"


class PackImportDialog(QDialog):
    """Shows an :class:`ImportPlan`; ``import_chosen(replace)`` fires when the
    clinician imports (``replace``: also replace their files that differ). A
    dialog closed otherwise discards the checked files."""

    import_chosen = Signal(bool)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack-import-dialog")
        self.setWindowTitle("Import practice pack")
        self.plan = plan
        manifest = plan.manifest
        version = f", version {manifest.version}" if manifest.version else ""
        made = f"{version} — made {made_on(manifest.created)}"
        heading = QLabel(
            f"<b>{html.escape(manifest.name)}</b>{html.escape(made)}"
            f"<br>{html.escape(plan.pack.name)}"
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        errors = [p for p in plan.problems if p.severity == "error"]
        notes = [p for p in plan.problems if p.severity != "error"]
        summary = QLabel(self._summary(errors))
        summary.setWordWrap(True)
        summary.setAccessibleName("What importing does")
        if errors:
            summary.setStyleSheet(f"QLabel {{ color: {theme.error_text()}; font-weight: bold; }}")

        self.items = QTreeWidget(self)
        self.items.setAccessibleName("What the pack holds")
        self.items.setHeaderLabels(["What", "Name", "Title"])
        for action, label in GROUPS:
            found = plan.with_action(action)
            if not found:
                continue
            group = QTreeWidgetItem([f"{label} ({len(found)})"])
            self.items.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in found:
                group.addChild(_row(item))
            group.setExpanded(True)
        for column, width in enumerate((180, 170)):
            self.items.setColumnWidth(column, width)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Problems and notes")
        self.problems.setWordWrap(True)
        for problem in errors + notes:
            kind = {"error": "Problem", "warning": "Warning"}.get(problem.severity, "Note")
            where = str(problem).removeprefix(f"{plan.pack}: ")  # the pack is named above
            self.problems.addItem(f"{kind}: {where}")
        self.problems.setVisible(bool(plan.problems))

        replacing = len(plan.with_action("replace"))
        self.replace = QCheckBox(
            f"Replace my {replacing} item{'s' if replacing != 1 else ''} that "
            f"differ{'s' if replacing == 1 else ''} with the pack's",
            self,
        )
        self.replace.setToolTip("Unticked, your own versions are kept and the rest is imported")
        self.replace.setVisible(bool(replacing) and not errors)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip("Add what the pack brings to your own files")
        self.import_button.setEnabled(not errors and bool(plan.with_action("add") or replacing))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip("Close without changing anything")
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
            return (
                f"This pack cannot be imported: {len(errors)} problem"
                f"{'s' if len(errors) != 1 else ''} (below). Nothing was changed; ask "
                "whoever made the pack for a corrected one."
            )
        adds, replaces = len(plan.with_action("add")), len(plan.with_action("replace"))
        if not adds and not replaces:
            return "You have everything in this pack already; there is nothing to import."
        parts = [f"adds {adds} new item{'s' if adds != 1 else ''}"]
        if replaces:
            parts.append(
                f"{replaces} differ{'s' if replaces == 1 else ''} from your own, which you keep "
                "unless you tick the box below"
            )
        return "Checked: every layout, explanation and brand profile is fine. Importing " + (
            "; ".join(parts) + "."
        )

    def _import(self) -> None:
        self.import_chosen.emit(self.replace.isChecked())
        self.accept()


def _row(item: PackItem) -> QTreeWidgetItem:
    row = QTreeWidgetItem([KINDS[item.kind], item.name, item.title])
    row.setToolTip(2, "\n".join(str(target) for _, target in item.files))
    return row
