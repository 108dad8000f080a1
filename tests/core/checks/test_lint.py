"""The content linter: each rule fires on a crafted bad entry (at the right
line) and stays quiet on a good one; the built-in library passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout_builder.core.checks.lint import lint_entry, lint_paths
from handout_builder.core.errors import HandoutBuilderError, Problem

GOOD = """\
---
id: good-topic
title: "Taking a short pause"
summary: "A short pause can help you choose what to do next."
audiences: [adult]
reviewed: 2026-01-10
illustration: window-of-tolerance
references:
  - authors: "Gross JJ"
    year: 2015
    title: "Emotion regulation: current status and future prospects"
    source: "Psychol Inq 26(1):1-26"
    verified: true
---
A short pause can help you when feelings run high. You can learn it.

## Why a pause helps

Strong feelings can push you to act fast. A pause gives you a moment.
Then you can pick what to do next.

## Try this: a short pause

1. Stop what you are doing.
2. Count slowly to five.
3. Ask yourself what you need right now.

## Key points

- A pause gives you a moment to choose.
- You can practice it every day.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, snippet: str) -> int:
    """1-based line of the first line of ``text`` that contains ``snippet``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if snippet in line)


def lint(tmp_path: Path, text: str, *, builtin_rules: bool = False) -> list[Problem]:
    return lint_entry(write(tmp_path, "entry.md", text), builtin_rules=builtin_rules)


def only(problems: list[Problem], severity: str, words: str) -> list[Problem]:
    return [p for p in problems if p.severity == severity and words in p.message]


def test_good_entry_has_no_problems_even_with_builtin_rules(tmp_path):
    assert lint(tmp_path, GOOD, builtin_rules=True) == []


def test_parse_errors_are_reported_with_file_and_line(tmp_path):
    problems = lint(tmp_path, GOOD.replace("audiences: [adult]", "audiences: [kids]"))
    assert [(p.line, p.field) for p in problems] == [(line_of(GOOD, "audiences:"), "audiences")]
    assert problems[0].severity == "error"


def test_missing_lead_try_this_and_key_points(tmp_path):
    body_start = line_of(GOOD, "A short pause can help you when")
    text = GOOD.replace(
        "A short pause can help you when feelings run high. You can learn it.\n", ""
    )
    text = text.replace("## Try this: a short pause", "## Steps").replace(
        "## Key points", "## More"
    )
    problems = lint(tmp_path, text)
    for words in ("has no lead", "has no '## Try this", "has no '## Key points'"):
        found = only(problems, "error", words)
        assert [p.line for p in found] == [body_start], words


def test_try_this_needs_numbers_and_key_points_need_bullets(tmp_path):
    text = GOOD.replace("1. Stop", "- Stop").replace("2. Count", "- Count")
    text = text.replace("3. Ask", "- Ask").replace("- A pause gives", "A pause gives")
    text = text.replace("- You can practice", "You can practice")
    problems = lint(tmp_path, text)
    steps = only(problems, "error", "has no numbered steps")
    assert [p.line for p in steps] == [line_of(text, "## Try this")]
    bullets = only(problems, "error", "has no bullet points")
    assert [p.line for p in bullets] == [line_of(text, "## Key points")]


HARD = (
    "Comprehensive physiological dysregulation frequently characterizes individuals "
    "experiencing considerable psychological distress."
)


def test_grade_above_6_fails_builtin_and_lists_the_hardest_sentence(tmp_path):
    text = GOOD.replace("Then you can pick what to do next.", HARD)
    problems = lint(tmp_path, text, builtin_rules=True)
    [grade] = only(problems, "error", "reading grade is")
    assert grade.line == line_of(text, "A short pause can help you when")
    notes = only(problems, "info", "hard sentence")
    assert notes and notes[0].line == line_of(text, "Comprehensive")
    assert "Comprehensive physiological" in notes[0].message


def test_user_entries_warn_above_6_and_fail_above_8(tmp_path):
    harder = GOOD.replace("Then you can pick what to do next.", f"{HARD} {HARD}")  # 10.9
    assert only(lint(tmp_path, harder), "error", "reading grade")
    middle = GOOD.replace("Then you can pick what to do next.", HARD)  # grade 6.5
    problems = lint(tmp_path, middle)
    assert only(problems, "warning", "reading grade")
    assert not only(problems, "error", "reading grade")


def test_long_sentences_error_over_25_words_and_warn_over_20(tmp_path):
    long_one = "Word " + " ".join(["word"] * 25) + "."
    medium = "You " + " ".join(["you"] * 21) + "."
    text = GOOD.replace(
        "Then you can pick what to do next.", f"Then you can pick.\n{long_one}\n\n{medium}"
    )
    problems = lint(tmp_path, text)
    [error] = only(problems, "error", "sentence has 26 words")
    assert error.line == line_of(text, "Word word")
    [warning] = only(problems, "warning", "sentence has 22 words")
    assert warning.line == line_of(text, "You you you")


def test_banned_phrases_in_body_title_and_reflection_but_not_clinician_note(tmp_path):
    text = GOOD.replace('title: "Taking a short pause"', 'title: "Your fear centre"')
    text = text.replace(
        "Then you can pick what to do next.",
        "Then you can pick.\nThis method is proven to work for you.",
    )
    text = text.replace("illustration:", 'clinician_note: "Not a fear center."\nillustration:')
    text = text.replace("references:", 'reflection:\n  - "Is your lizard brain loud?"\nreferences:')
    problems = only(lint(tmp_path, text), "error", "overstates the science")
    where = sorted((p.line, p.field, p.message.split("'")[1]) for p in problems)
    assert where == sorted(
        [
            (line_of(text, "title:"), "title", "fear centre"),
            (line_of(text, "lizard brain"), "reflection", "lizard brain"),
            (line_of(text, "proven to"), None, "is proven"),
        ]
    )
    assert "say instead:" in problems[0].message


def test_banned_phrase_in_a_sentence_that_says_it_is_debated_is_a_note(tmp_path):
    text = GOOD.replace(
        "Then you can pick what to do next.",
        "Scientists still debate whether adults grow new neurons.",
    )
    problems = lint(tmp_path, text)
    assert not only(problems, "error", "overstates")
    assert only(problems, "info", "'grow new neurons' is allowed here")


def test_users_can_extend_the_banned_phrases(home, tmp_path):
    write(
        home / "lint",
        "banned-phrases.yaml",
        '- phrases: ["pause button"]\n  why: "too mechanical"\n  hint: "a short pause"\n',
    )
    text = GOOD.replace("A pause gives you a moment.", "Press your pause button.")
    [problem] = only(lint(tmp_path, text), "error", "overstates")
    assert "'pause button'" in problem.message and "a short pause" in problem.message
    assert problem.line == line_of(text, "pause button")


def test_brain_claims_need_a_what_is_not_known_cue(tmp_path):
    text = GOOD.replace("A pause gives you a moment.", "Your amygdala reacts first.")
    [warning] = only(lint(tmp_path, text), "warning", "never says what is not known")
    assert warning.line == line_of(text, "amygdala") and "'amygdala'" in warning.message
    hedged = text.replace(
        "Then you can pick", "Scientists are still learning how. Then you can pick"
    )
    assert not only(lint(tmp_path, hedged), "warning", "not known")


def test_text_that_never_says_you_is_warned(tmp_path):
    text = GOOD.replace("you", "people").replace("You", "People").replace("yourself", "themselves")
    assert only(lint(tmp_path, text), "warning", "never says 'you'")


def test_references_verified_missing_false_and_malformed(tmp_path):
    missing = GOOD.replace("    verified: true\n", "")
    [warning] = only(lint(tmp_path, missing), "warning", "has no 'verified' field")
    assert warning.line == line_of(GOOD, '- authors: "Gross JJ"')
    assert warning.field == "references[1]"
    unverified = GOOD.replace("verified: true", "verified: false")
    [note] = only(lint(tmp_path, unverified), "info", "will not print")
    assert note.line == line_of(GOOD, '- authors: "Gross JJ"')
    bad_doi = GOOD.replace("    verified: true", '    doi: "not-a-doi"\n    verified: true')
    [error] = lint(tmp_path, bad_doi)
    assert error.field == "references[1].doi" and "a DOI looks like" in error.message
    assert error.line == line_of(GOOD, '- authors: "Gross JJ"')


def test_illustration_must_be_in_the_catalog(tmp_path):
    text = GOOD.replace("illustration: window-of-tolerance", "illustration: no-such-picture")
    [error] = only(lint(tmp_path, text), "error", "is not in the illustration catalog")
    assert error.line == line_of(text, "illustration:") and error.field == "illustration"


def test_illustration_without_caption_is_warned(home, tmp_path):
    folder = home / "illustrations"
    write(folder, "dot.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write(folder, "illustrations.yaml", 'dot:\n  file: dot.svg\n  alt: "A dot."\n')
    text = GOOD.replace("illustration: window-of-tolerance", "illustration: dot")
    problems = lint(tmp_path, text)
    assert [p.message for p in problems] == ["'dot' has no caption in its catalog"]


def test_reviewed_date_is_required_for_builtin_entries_only(tmp_path):
    text = GOOD.replace("reviewed: 2026-01-10\n", "")
    assert lint(tmp_path, text) == []
    [error] = lint(tmp_path, text, builtin_rules=True)
    assert error.field == "reviewed" and error.severity == "error"


def test_long_parts_are_warned_at_their_heading(tmp_path):
    filler = " ".join(["You can rest."] * 60)
    text = GOOD.replace("Then you can pick what to do next.", filler)
    [warning] = only(lint(tmp_path, text), "warning", "words; keep each part to about")
    assert warning.line == line_of(text, "## Why a pause helps")
    assert "part 'Why a pause helps' has 194 words" in warning.message


def test_lint_paths_checks_folders_and_reports_duplicate_ids(tmp_path):
    folder = tmp_path / "mine"
    write(folder, "a.md", GOOD)
    write(folder, "b.md", GOOD)
    run = lint_paths([folder])
    assert len(run.results) == 2
    [duplicate] = [p for p in run.all_problems() if "also used by a.md" in p.message]
    assert duplicate.file == str(folder / "b.md") and duplicate.line == line_of(GOOD, "id:")
    with pytest.raises(HandoutBuilderError, match="no such file or folder"):
        lint_paths([tmp_path / "missing"])
    with pytest.raises(HandoutBuilderError, match=r"no library entries \(\*\.md files\)"):
        lint_paths([tmp_path / "mine" / ".."])


def test_builtin_library_passes_the_linter():
    run = lint_paths()
    assert len(run.results) >= 29
    assert all(r.builtin_rules for r in run.results)
    # Not even a note, except the tú form in words a Spanish entry quotes someone saying
    # to a child or a partner (the lint note says that is fine).
    problems = [
        p.describe(label=True)
        for p in run.all_problems()
        if not (p.severity == "info" and "uses the tú form" in p.message)
    ]
    assert problems == []
    scores = [r.score for r in run.results if r.score is not None]
    assert len(scores) == len(run.results)
    english = [s for s in scores if s.inflesz is None]
    spanish = [s for s in scores if s.inflesz is not None]
    assert all(0 < s.grade <= 6.0 for s in english)
    # Spanish entries: Szigriszt-Pazos on the INFLESZ scale, "bastante fácil" or easier.
    assert len(spanish) >= 12 and all(s.inflesz >= 65 for s in spanish)


def test_clinician_is_a_word_clients_do_not_know(tmp_path):
    text = GOOD.replace("You can learn it.", "Your clinician can teach it.").replace(
        "3. Ask yourself", "3. Call [[clinician]] and ask yourself"
    )
    [own] = only(lint(tmp_path, text), "warning", "'clinician'")
    assert own.line == line_of(text, "Your clinician") and "[[therapist]]" in own.message
    [builtin] = only(lint(tmp_path, text, builtin_rules=True), "error", "'clinician'")
    assert builtin.line == own.line  # the [[clinician]] placeholder is not flagged


def test_builtin_text_writes_the_therapist_placeholder(tmp_path):
    text = GOOD.replace("You can learn it.", "Your therapist or counselor can help.")
    [problem] = only(lint(tmp_path, text, builtin_rules=True), "error", "write [[therapist]]")
    assert problem.line == line_of(text, "Your therapist or counselor")
    assert only(lint(tmp_path, text), "error", "write [[therapist]]") == []
    fixed = GOOD.replace("You can learn it.", "[[Therapist]] can help.")
    assert lint(tmp_path, fixed, builtin_rules=True) == []


def test_a_breathing_try_this_needs_the_caution(tmp_path):
    text = GOOD.replace("2. Count slowly to five.", "2. Take one slow breath.")
    [problem] = only(lint(tmp_path, text), "warning", "attend to the breath")
    assert problem.line == line_of(text, "## Try this")
    caution = (
        "3. Ask yourself what you need right now.\n\nFor some people, paying attention to the "
        "breath makes anxiety rise at first. If that happens, stop and tell [[therapist]]."
    )
    safe = text.replace("3. Ask yourself what you need right now.", caution)
    assert only(lint(tmp_path, safe), "warning", "attend to the breath") == []


def test_builtin_entries_use_us_spelling_except_in_reference_titles(tmp_path):
    text = (
        GOOD.replace("You can learn it.", "You can organise your day.")
        .replace(
            "reviewed: 2026-01-10",
            "reviewed: 2026-01-10\nclinician_note: |\n  Evidence: a small study.\n"
            "  Cautions: watch for avoidant behaviour.",
        )
        .replace(
            'title: "Emotion regulation: current status and future prospects"',
            'title: "Behavioural regulation: a randomised trial"',
        )
    )
    problems = only(lint(tmp_path, text, builtin_rules=True), "error", "British spelling")
    assert sorted((p.line, p.field or "") for p in problems) == [
        (line_of(text, "Cautions: watch"), "clinician_note"),
        (line_of(text, "organise"), ""),
    ]
    assert any("'organise'" in p.message and "'organize'" in p.message for p in problems)
    assert only(lint(tmp_path, text), "error", "British spelling") == []  # your own entries


def test_a_variant_must_name_an_entry(tmp_path):
    text = GOOD.replace("id: good-topic", "id: good-topic-teen\nvariant_of: no-such-topic")
    run = lint_paths([write(tmp_path, "v.md", text)])
    [problem] = [p for p in run.all_problems() if p.field == "variant_of"]
    assert problem.line == line_of(text, "variant_of") and "'no-such-topic'" in problem.message
    ok = text.replace("no-such-topic", "safety-plan")
    assert lint_paths([write(tmp_path, "v.md", ok)]).all_problems() == []


def test_hand_model_picture_labels_agree_with_its_text(builtin_library):
    import re

    from handout_builder.core import resources

    svg = resources.asset("illustrations", "hand-model.svg").read_text(encoding="utf-8")
    labels = {
        " ".join(re.sub(r"<[^>]+>", " ", text).split())
        for text in re.findall(r"<text\b[^>]*>(.*?)</text>", svg)
    }
    assert {"wrist: spinal cord", "palm: brainstem", "thumb: feelings"} <= labels
    body = builtin_library.get("hand-model").body
    assert "wrist is like your **spinal cord**" in body
    assert "palm is like the **brainstem**" in body


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("[[crisis line]]", "[[crisis_line]]"),
        ("[[Crisis_Line]]", "[[crisis_line]]"),
        ("[[therapists]]", "[[therapist]]"),
        ("[[client_name]]", None),
    ],
)
def test_a_placeholder_that_is_not_one_is_an_error_it_would_print_as_typed(tmp_path, typed, hint):
    text = GOOD.replace("Then you can pick", f"Call {typed} or [[phone]]. Then you can pick")
    [problem] = only(lint(tmp_path, text), "error", "placeholder")
    assert problem.line == line_of(text, typed)
    assert typed in problem.message and "prints as typed" in problem.message
    if hint:
        assert f"did you mean {hint}" in problem.message
    else:
        assert "did you mean" not in problem.message
    fine = GOOD.replace("Then you", "Ask [[Therapist]]. Then you")
    assert only(lint(tmp_path, fine), "error", "placeholder") == []
