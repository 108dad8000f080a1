"""When the library wording of an explanation changed after it was added to a
handout: show both side by side; take the new wording or keep this one."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication, QSize, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from handout_builder.core.model.handout import Section
from handout_builder.core.model.library import LibraryEntry
from handout_builder.gui.i18n import arg
from handout_builder.gui.widgets import fit_to_screen

_STYLE = """
<style>
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 2px 6px; font-size: 10pt; }
th { text-align: left; padding: 4px 6px; }
.del { background: #fde2e2; color: #1d1d1f; } .add { background: #dff5e1; color: #1d1d1f; }
</style>"""


def side_by_side(mine: str, theirs: str) -> str:
    """An HTML table: this handout's lines on the left, the library's on the right;
    changed lines shaded (and marked − / + for people who cannot see colour)."""
    left, right = mine.splitlines(), theirs.splitlines()
    rows = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right).get_opcodes():
        a, b = left[i1:i2], right[j1:j2]
        for k in range(max(len(a), len(b))):
            x = html.escape(a[k]) if k < len(a) else ""
            y = html.escape(b[k]) if k < len(b) else ""
            if tag == "equal":
                rows.append(f"<tr><td>{x}</td><td>{y}</td></tr>")
            else:
                rows.append(
                    f'<tr><td class="del">{"− " if x else ""}{x}</td>'
                    f'<td class="add">{"+ " if y else ""}{y}</td></tr>'
                )
    return (
        _STYLE
        + QCoreApplication.translate(
            "CompareDialog", "<table><tr><th>In this handout</th><th>New library wording</th></tr>"
        )
        + "".join(rows)
        + "</table>"
    )


class CompareDialog(QDialog):
    """``take_new`` or ``keep_mine`` carries the section id when the clinician decides."""

    take_new = Signal(str)
    keep_mine = Signal(str)

    def __init__(
        self, section: Section, entry: LibraryEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(arg(self.tr("Library updated: %1"), entry.title))
        note = QLabel(
            self.tr(
                "The library's wording of this explanation changed after you added it "
                "to this handout. Your handout keeps its own wording until you choose."
            )
        )
        note.setWordWrap(True)
        view = QTextBrowser(self)
        view.setAccessibleName(self.tr("Differences"))
        mine = f"# {section.title}\n\n{section.body}"
        theirs = f"# {entry.title}\n\n{entry.body}"
        view.setHtml(side_by_side(mine, theirs))
        buttons = QDialogButtonBox(self)
        take = buttons.addButton(
            self.tr("Use the new library wording"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        keep = buttons.addButton(self.tr("Keep my wording"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        take.clicked.connect(lambda: self._decide(self.take_new, section.id))
        keep.clicked.connect(lambda: self._decide(self.keep_mine, section.id))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(900, 600))

    def _decide(self, choice: SignalInstance, section_id: str) -> None:
        choice.emit(section_id)
        self.accept()
