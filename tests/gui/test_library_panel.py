"""The library panel: a topic and its audience variants, and the content
checks on the clinician's own entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from handout_builder.core.checks.analysis import run_analysis
from handout_builder.core.model.library import load_library
from handout_builder.gui.panels.library_panel import DETAIL_ROLE, LibraryPanel


class InProcessService:
    """Runs analyses at once, in this process (the app uses the worker)."""

    def analyze(self, request: Any, callback: Any, **_kw: Any) -> None:
        callback(run_analysis(request))


def panel_for(qtbot: Any, library: Any) -> LibraryPanel:
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def select(panel: LibraryPanel, topic: str) -> None:
    panel.list.setCurrentRow(panel.visible_ids().index(topic))


def test_a_topic_is_listed_once_with_its_variants_and_adds_the_chosen_one(qtbot, builtin_library):
    panel = panel_for(qtbot, builtin_library)
    panel.search.setText("safety plan")
    assert "safety-plan" in panel.visible_ids() and "safety-plan-teen" not in panel.visible_ids()
    select(panel, "safety-plan")
    item = panel.list.currentItem()
    assert "Also for: teens" in item.data(DETAIL_ROLE)
    assert panel.version.isVisible() and panel.version.count() == 2
    assert [panel.version.itemText(i) for i in range(2)] == ["For adults", "For teens"]
    panel.version.setCurrentIndex(1)
    panel.version.activated.emit(1)
    assert "school counselor" in panel.preview.toPlainText()
    with qtbot.waitSignal(panel.add_requested) as added:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert added.args == ["safety-plan-teen"]


def test_the_teen_filter_lists_the_topic_and_picks_its_teen_version(qtbot, builtin_library):
    panel = panel_for(qtbot, builtin_library)
    panel.audience.setCurrentIndex(panel.audience.findData("teen"))
    assert "safety-plan-teen" in panel.visible_ids()  # the version to add
    assert "anxiety-alarm-teen" in panel.visible_ids()
    select(panel, "safety-plan-teen")
    assert panel.version.currentData() == "safety-plan-teen"
    select(panel, "anxiety-alarm-teen")
    assert "Teen" in panel.list.currentItem().data(DETAIL_ROLE)
    topic_without_variants = "grounding-skills"
    panel.audience.setCurrentIndex(panel.audience.findData("adult"))
    select(panel, topic_without_variants)
    assert not panel.version.isVisible()


def test_own_entry_shows_what_the_content_checks_find(qtbot, home):
    folder = home / "library"
    folder.mkdir()
    (folder / "my-alarm.md").write_text(
        """---
id: my-alarm
title: My alarm
summary: Your lizard brain sounds the alarm.
audiences: [adult]
---
Your clinician can help you with the alarm in your body.

## Try this: notice it

1. Notice the alarm.

## Key points

- The alarm tries to help you.
""",
        encoding="utf-8",
    )
    panel = panel_for(qtbot, load_library())
    panel.start_grading(InProcessService())  # type: ignore[arg-type]
    select(panel, "my-alarm")
    qtbot.waitUntil(panel.problems.isVisible, timeout=10_000)
    listed = [panel.problems.item(i).text() for i in range(panel.problems.count())]
    assert any("'lizard brain' overstates the science" in t for t in listed), listed
    assert any("'clinician'" in t and "line 7" in t for t in listed), listed
    select(panel, "grounding-skills")  # built-in entries: no list
    assert not panel.problems.isVisible()
