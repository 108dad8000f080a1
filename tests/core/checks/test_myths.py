"""The linter knows the myths (issue 14 §4): each rule trips on a sentence that
states the claim as fact, and not on a sentence that hedges it; clinicians'
own entries get the same checks as the built-in ones."""

from __future__ import annotations

import pytest

from handout_builder.core.checks.myths import find_overstatements, load_banned_phrases
from tests.core.checks.test_lint import GOOD, line_of, lint, only, write

# (what the rule flags, a sentence that states it as fact, a hedged sentence)
RULES = [
    (
        "fear center",
        "Your fear center sounds the alarm.",
        "Some call the amygdala a fear center, but scientists are still learning how fear works.",
    ),
    ("lizard brain", "Your lizard brain takes over.", "The lizard brain story is a myth."),
    (
        "grows new neurons",
        "Practice grows new neurons every day.",
        "Scientists still debate whether the adult brain grows new neurons.",
    ),
    (
        "grows your brain",
        "Mindfulness grows your brain.",
        "A large study found no change: mindfulness grows your brain only in headlines.",
    ),
    (
        "changes your DNA",
        "Trauma changes your DNA.",
        "It is not true that trauma changes your DNA.",
    ),
    (
        "rewire your brain",
        "Practice will rewire your brain.",
        "Whether practice can rewire your brain is not known.",
    ),
    (
        "mirror neurons",
        "Mirror neurons let us feel what others feel.",
        "Scientists still debate what mirror neurons do.",
    ),
    (
        "vagal brake",
        "Your vagal brake keeps you calm.",
        "Claims about the vagal brake are disputed.",
    ),
    ("polyvagal", "Polyvagal theory explains your shutdown.", "The polyvagal theory is debated."),
    (
        "proven",
        "This therapy is proven to work.",
        "It has not been proven that one therapy works best.",
    ),
    (
        "reward pathways",
        "Empathy activates reward pathways in the brain.",
        "Scientists are still learning whether kindness activates reward pathways.",
    ),
    (
        "chemical imbalance",
        "Depression is a chemical imbalance.",
        "The chemical imbalance story is a myth.",
    ),
    (
        "amygdala hijack",
        "An amygdala hijack makes you lose control.",
        "Some call this an amygdala hijack, but that is a simplification.",
    ),
    (
        "right-brained",
        "You may be a right-brained person.",
        "Being left-brained or right-brained is a myth.",
    ),
    (
        "stored in the body",
        "Trauma is stored in the body.",
        "Some say trauma is stored in the body, but scientists are still learning what that means.",
    ),
    (
        "cortisol damage",
        "Stress hormones like cortisol damage your brain.",
        "Scientists are still learning whether cortisol damages the brain over time.",
    ),
    (
        "change your brain in 8 weeks",
        "This course will change your brain in 8 weeks.",
        "No research shows you can change your brain in 8 weeks; that is a myth.",
    ),
]


def with_sentence(sentence: str) -> str:
    return GOOD.replace("Then you can pick what to do next.", sentence)


@pytest.mark.parametrize(("claim", "fact", "hedged"), RULES, ids=[r[0] for r in RULES])
def test_each_myth_trips_as_fact_and_not_when_hedged(tmp_path, claim, fact, hedged):
    text = with_sentence(fact)
    problems = only(lint(tmp_path, text), "error", "overstates the science")  # your own entry
    assert problems and problems[0].line == line_of(text, fact)
    assert any(claim.lower() in p.message.lower() for p in problems), problems
    assert "say instead:" in problems[0].message
    hedged_problems = lint(tmp_path, with_sentence(hedged), builtin_rules=True)
    assert not only(hedged_problems, "error", "overstates"), hedged_problems
    assert only(hedged_problems, "info", "is allowed here because the sentence says")


def test_a_time_line_for_changing_the_brain_says_why(tmp_path):
    [problem] = only(lint(tmp_path, with_sentence("Heal your brain in just 21 days.")), "error", "")
    assert "set timetable" in problem.message


def test_footnote_markers_that_would_print_raw(tmp_path):
    text = with_sentence("Most people feel this way.[^1]\n\n[^1]: Smith J (2020).")
    problems = only(lint(tmp_path, text), "error", "footnote markers")
    assert [p.line for p in problems] == [
        line_of(text, "this way.[^1]"),
        line_of(text, "[^1]: Smith"),
    ]
    assert "'[^1]'" in problems[0].message
    assert (
        lint(
            tmp_path, with_sentence("Most people feel this way (see Sources)."), builtin_rules=True
        )
        == []
    )


def test_myths_are_not_looked_for_in_the_clinician_note():
    banned = load_banned_phrases()
    assert find_overstatements("An amygdala hijack.", banned)
    assert not find_overstatements("Avoid saying amygdala hijack.", banned, markdown=True)


def test_your_own_list_can_add_patterns_and_a_bad_pattern_is_named(home, tmp_path):
    write(
        home / "lint",
        "banned-phrases.yaml",
        """- patterns: ['cures?\\s+(?:your\\s+)?anxiety\\s+in\\s+\\d+']
  why: no cure on a time line
  hint: "many people feel better with practice"
- patterns: ['(unclosed']
  hint: "x"
""",
    )
    problems = lint(tmp_path, with_sentence("This cures anxiety in 5 days."))
    [found] = only(problems, "error", "overstates")
    assert "'cures anxiety in 5'" in found.message and "no cure on a time line" in found.message
    from handout_builder.core.errors import Problem

    sink: list[Problem] = []
    load_banned_phrases(sink)
    assert any("'(unclosed' is not a valid pattern" in p.message for p in sink)
