"""Undo steps of the open handout: typing merges into one step per field while
the clinician keeps at it; anything else is a step of its own."""

from __future__ import annotations

import pytest

from handout_builder.gui import document as document_module
from handout_builder.gui.document import MERGE_SECONDS, HandoutDocument


class Clock:
    """Stands in for ``time.monotonic`` in the document module."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(document_module.time, "monotonic", clock)
    return clock


@pytest.fixture
def doc(qtbot, make_handout) -> HandoutDocument:
    return HandoutDocument(make_handout("anxiety-alarm", "grounding-skills", title="For Sam"))


def type_words(doc: HandoutDocument, clock: Clock, section_id: str, words: list[str]) -> None:
    body = doc.section(section_id).body
    for word in words:
        clock.now += 0.5
        body += word
        doc.set_section_text(section_id, body=body)


def test_typing_in_one_section_is_one_undo_step(doc, clock):
    first = doc.handout.sections[0]
    original = first.body
    type_words(doc, clock, first.id, [" Sam,", " this", " is", " yours."])
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit wording"
    doc.undo_stack.undo()
    assert doc.section(first.id).body == original
    doc.undo_stack.redo()
    assert doc.section(first.id).body == original + " Sam, this is yours."


def test_a_pause_longer_than_the_merge_window_starts_a_new_step(doc, clock):
    first = doc.handout.sections[0]
    original = first.body
    type_words(doc, clock, first.id, [" One."])
    clock.now += MERGE_SECONDS + 0.1
    type_words(doc, clock, first.id, [" Two."])
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.section(first.id).body == original + " One."


def test_steps_merge_per_section_and_per_field(doc, clock):
    first, second = doc.handout.sections
    type_words(doc, clock, first.id, [" a"])
    type_words(doc, clock, second.id, [" b"])  # another section: its own step
    clock.now += 0.1
    doc.set_section_text(second.id, title="Grounding for Sam")  # the title: its own step
    clock.now += 0.1
    doc.set_field("title", "For Sam L")
    clock.now += 0.1
    doc.set_field("title", "For Sam Lee")  # the same header field: merged
    doc.set_field("subtitle", "Week 3")  # another field: its own step
    assert doc.undo_stack.count() == 5
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.handout.title == "For Sam" and doc.handout.subtitle == ""


def test_structure_changes_never_merge_with_typing(doc, clock, builtin_library):
    first, second = doc.handout.sections
    type_words(doc, clock, first.id, [" a"])
    doc.add_entry(builtin_library.get("window-of-tolerance"))
    type_words(doc, clock, first.id, [" b"])
    doc.remove_section(doc.handout.sections[-1].id)
    doc.remove_section(doc.handout.sections[-1].id)
    assert doc.undo_stack.count() == 5
    assert [doc.undo_stack.text(i) for i in range(5)] == [
        "Edit wording",
        "Add “Your window of tolerance”",
        "Edit wording",
        "Remove “Your window of tolerance”",
        f"Remove “{second.title}”",
    ]


def test_a_change_that_changes_nothing_is_no_step(doc, clock):
    first = doc.handout.sections[0]
    doc.set_section_text(first.id, body=first.body)
    doc.set_field("title", doc.handout.title)
    assert doc.undo_stack.count() == 0 and not doc.modified


def test_undo_back_to_the_saved_state_is_unmodified(doc, clock, tmp_path):
    doc.mark_saved(tmp_path / "sam.handout")
    type_words(doc, clock, doc.handout.sections[0].id, [" a"])
    assert doc.modified
    doc.undo_stack.undo()
    assert not doc.modified


def test_typing_that_arrives_for_a_removed_section_is_dropped(doc, clock):
    first = doc.handout.sections[0]
    doc.remove_section(first.id)
    doc.set_section_text(first.id, body="Late words")
    assert doc.undo_stack.count() == 1 and first.id not in [s.id for s in doc.handout.sections]
