"""Health-literacy checks: readability, jargon, passive voice and the PEMAT items."""

from __future__ import annotations

import pytest

from handout_builder.core.checks.health_literacy import (
    check_material,
    line_findings,
    material_from_entry,
    material_from_handout,
)
from handout_builder.core.checks.jargon import load_jargon
from handout_builder.core.checks.pemat import AUTOMATIC_ITEMS, QUESTION_IDS
from handout_builder.core.checks.readability import (
    combine,
    long_sentence_spans,
    score_text,
    scoring_text,
    sentence_spans,
)
from handout_builder.core.errors import Problem
from handout_builder.core.model.handout import Handout, Section
from handout_builder.core.model.illustrations import load_illustrations

LONG = (
    "When you notice that your heart is racing and your breath is short and your hands "
    "feel cold, you can stop for a moment and slowly count your breaths."
)


@pytest.fixture(scope="module")
def jargon():
    return load_jargon()


def check(jargon, *bodies: str, writein_lines: int = 0, checklist=(), illustration=None):
    handout = Handout(title="Test")
    handout.sections = [
        Section(title=f"Part {chr(65 + i)} of the plan", body=b, illustration=illustration)
        for i, b in enumerate(bodies)
    ]
    handout.options.writein_lines = writein_lines
    handout.checklist = list(checklist)
    return check_material(material_from_handout(handout, load_illustrations()), jargon)


GOOD = """You feel worried sometimes. That is normal, and you can learn to settle.

## What is going on

Your body gets ready to act when it senses danger. Your heart beats faster. You breathe fast.
A small part of your brain called the amygdala spots danger. It works very fast.
Most of the time it helps you. Sometimes it fires when you are safe.

## Try this: breathe slowly

1. Sit down in a chair that feels steady to you.
2. Breathe in while you count to 4.
3. Breathe out while you count to 6.

Write what you noticed: ______

## Key points

- Your body's alarm is trying to help you.
- You can help it settle with slow breathing.
- Your clinician can help you practise this.
"""


# -- readability ---------------------------------------------------------------------------


def test_sentence_spans_and_long_sentences_share_one_rule():
    line = f"Short one. {LONG} Another short one!"
    spans = sentence_spans(line)
    assert [line[a:b] for a, b in spans] == ["Short one.", LONG, "Another short one!"]
    assert [line[a:b] for a, b in long_sentence_spans(line)] == [LONG]
    assert score_text(scoring_text(f"{LONG}\n\nShort.")).long_sentences == (LONG,)


def test_handout_total_from_section_counts_equals_scoring_the_joined_text(builtin_library):
    texts = [scoring_text(builtin_library.get(i).body) for i in ("anxiety-alarm", "hand-model")]
    joined = score_text("\n".join(texts))
    combined = combine(score_text(t) for t in texts)
    assert (combined.grade, combined.smog, combined.words, combined.sentences) == (
        joined.grade,
        joined.smog,
        joined.words,
        joined.sentences,
    )
    assert combined.counts == joined.counts


# -- jargon ----------------------------------------------------------------------------------


def test_jargon_matches_word_forms_and_multi_word_terms(jargon):
    text = (
        "Amygdalae and the amygdala's job; your Prefrontal\ncortex. Feeling dysregulated. "
        "We utilise neurons. Prefrontal. Cortex stays apart. Regulation is not jargon."
    )
    found = [(hit.text, hit.term.term) for hit in jargon.find(text)]
    assert found == [
        ("Amygdalae", "amygdala"),
        ("amygdala's", "amygdala"),
        ("Prefrontal\ncortex", "prefrontal cortex"),
        ("dysregulated", "dysregulation"),
        ("utilise", "utilize"),
        ("neurons", "neuron"),
        ("Cortex", "cortex"),
    ]
    assert jargon.terms["dysregulation"].plain[0] == "feeling out of balance"
    assert jargon.terms["amygdala"].plain == ("the brain's alarm (the amygdala)",)


def test_user_jargon_file_extends_and_replaces_and_reports_mistakes(home):
    (home / "jargon.yaml").write_text(
        "# my words\n"
        "amygdala: [the brain's smoke detector]\n"
        "psychoeducational: [learning about your mind]\n"
        "bad term!: [x]\n"
        "cortisol:\n"
        "  plain: [a stress hormone]\n"
        "  technicl: true\n"
        "somatic: 12\n",
        encoding="utf-8",
    )
    jargon = load_jargon()
    assert jargon.terms["amygdala"].plain == ("the brain's smoke detector",)
    assert not jargon.terms["amygdala"].technical
    assert jargon.terms["psychoeducational"].plain == ("learning about your mind",)
    assert "hyperarousal" in jargon.terms  # built-in terms stay
    messages = [str(p) for p in jargon.problems]
    file = str(home / "jargon.yaml")
    assert f"{file}:4: field 'bad term!': is not a valid term" in messages[0]
    assert any(
        m.startswith(f"{file}:5: field 'cortisol.technicl': is not a known field") for m in messages
    )
    assert any(m.startswith(f"{file}:8: field 'somatic") for m in messages)
    # A broken user file never breaks the list.
    (home / "jargon.yaml").write_text("amygdala: [oops\n", encoding="utf-8")
    broken = load_jargon()
    assert "amygdala" in broken.terms and broken.problems
    assert broken.problems[0].message.startswith("is not valid YAML")


# -- the editor's findings -----------------------------------------------------------------------


def test_line_findings_give_offsets_messages_and_alternatives(jargon):
    line = f"The amygdala was triggered. {LONG}"
    findings = {(f.kind, line[f.start : f.end]): f for f in line_findings(line, jargon)}
    assert set(findings) == {
        ("jargon", "amygdala"),
        ("passive", "was triggered"),
        ("long_sentence", LONG),
    }
    amygdala = findings[("jargon", "amygdala")]
    assert amygdala.alternatives == ("the brain's alarm (the amygdala)",)
    assert "technical term" in amygdala.message
    assert "29 words" in findings[("long_sentence", LONG)].message


# -- PEMAT ---------------------------------------------------------------------------------------


def statuses(report):
    return {r.item.id: r.status for r in report.pemat.automatic}


def test_a_well_written_handout_passes_every_automatic_item(jargon):
    report = check(jargon, GOOD)
    assert statuses(report) == {item.id: "pass" for item in AUTOMATIC_ITEMS} | {
        "visual-captions": "n/a"
    }
    assert report.pemat.automatic_score().percent == 100
    assert report.pemat.result("terms-defined").reason.startswith("Explained where first used")


def test_every_builtin_entry_passes_every_automatic_item(builtin_library, jargon):
    illustrations = load_illustrations()
    failing = {}
    for entry in builtin_library:
        report = check_material(material_from_entry(entry, illustrations), jargon)
        fails = [(r.item.id, r.reason) for r in report.pemat.automatic if r.status == "fail"]
        if fails:
            failing[entry.id] = fails
    assert failing == {}


def test_hard_text_fails_with_reasons(jargon):
    hard = (
        "The amygdala is implicated in dysregulation. Hyperarousal was observed in individuals "
        "who were assessed, and cortisol was measured. Treatment was provided by clinicians. "
        "Interventions were evaluated.\n\n"
        + "\n\n".join(["Rumination is considered maladaptive by many practitioners."] * 16)
    )
    report = check(jargon, hard)
    got = statuses(report)
    for item in (
        "everyday-language",
        "terms-defined",
        "active-voice",
        "short-sections",
        "informative-headers",
        "summary",
        "visual-cues",
        "action",
        "addresses-reader",
        "tangible-tool",
    ):
        assert got[item] == "fail", item
    assert got["explicit-steps"] == "n/a"
    reasons = {r.item.id: r.reason for r in report.pemat.automatic}
    assert "“dysregulation”" in reasons["everyday-language"]
    assert "“amygdala”" in reasons["terms-defined"] and "“cortisol”" in reasons["terms-defined"]
    assert "use the passive voice" in reasons["active-voice"]
    assert "has no headings inside" in reasons["informative-headers"]


def test_steps_tools_headings_and_captions(jargon):
    no_steps = GOOD.replace("1. Sit", "Sit").replace("2. Breathe", "Breathe")
    no_steps = no_steps.replace("3. Breathe", "Breathe").replace("______", "something")
    report = check(jargon, no_steps.replace("## What is going on", "## Details"))
    got = statuses(report)
    assert got["explicit-steps"] == "fail"
    assert got["tangible-tool"] == "fail"
    assert "“Details” says little" in report.pemat.result("informative-headers").reason
    # Write-in lines switched on count as a tool; a picture needs a caption.
    report = check(jargon, no_steps, writein_lines=3, illustration="window-of-tolerance")
    assert statuses(report)["tangible-tool"] == "pass"
    assert statuses(report)["visual-captions"] == "pass"


def test_clinician_questions_count_when_ticked_and_some_do_not_apply(jargon):
    report = check(jargon, GOOD)
    questions = {r.item.id: r.status for r in report.pemat.questions}
    assert set(questions) == set(QUESTION_IDS)
    assert questions["visuals-clear"] == "n/a"  # no pictures
    assert questions["tables-simple"] == "n/a"
    assert questions["purpose-evident"] == "not yet"
    before = report.pemat.score("understandability")
    ticked = check(jargon, GOOD, checklist=["purpose-evident", "logical-order"])
    after = ticked.pemat.score("understandability")
    assert after.applicable == before.applicable
    assert after.agreed == before.agreed + 2
    assert ticked.pemat.open_questions == report.pemat.open_questions - 2


def test_report_as_data(jargon):
    data = check(jargon, GOOD, GOOD.replace("amygdala", "hippocampus")).to_data()
    assert data["kind"] == "handout"
    assert [s["title"] for s in data["sections"]] == ["Part A of the plan", "Part B of the plan"]
    assert data["sections"][0]["jargon"][0] == {
        "term": "amygdala",
        "as_written": "amygdala",
        "plain": ["the brain's alarm (the amygdala)"],
        "technical": True,
        "explained": True,
        "uses": 1,
    }
    assert data["readability"]["verdict"] == "good"
    assert data["pemat"]["automatic"]["percent"] == 100
    assert {i["status"] for i in data["pemat"]["items"]} <= {"pass", "fail", "n/a", "not yet"}


def test_jargon_problems_reach_the_report(home, jargon):
    (home / "jargon.yaml").write_text("- not a mapping\n", encoding="utf-8")
    report = check(load_jargon(), GOOD)
    assert [type(p) for p in report.problems] == [Problem]
    assert "must map each term" in report.problems[0].message
