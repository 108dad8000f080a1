"""The PEMAT-style checklist: items judged from the text, at the thresholds in
core/checks/thresholds.py, and questions for the clinician."""

from __future__ import annotations

import pytest

from handout_builder.core.checks import thresholds
from handout_builder.core.checks.health_literacy import check_material, material_from_handout
from handout_builder.core.checks.jargon import load_jargon
from handout_builder.core.model.handout import Handout, Section


def report_for(body: str, *, checklist: tuple[str, ...] = ()):
    handout = Handout(title="T", sections=[Section(title="Calming your body", body=body)])
    handout.checklist = list(checklist)
    return check_material(material_from_handout(handout, {}), load_jargon()).pemat


def part(heading: str, words: int) -> str:
    sentence = "You can breathe out slowly now."  # six words, speaks to the reader
    return f"## {heading}\n\n" + " ".join([sentence] * (words // 6)) + "\n\n"


@pytest.mark.parametrize(("words", "status"), [(114, "pass"), (126, "fail")])
def test_a_part_over_the_guides_limit_fails_short_sections(words, status):
    assert thresholds.MAX_PART_WORDS == 120
    body = "You can learn this.\n\n" + part("Why it helps", words) + part("What to do", 60)
    result = report_for(body).result("short-sections")
    assert result.status == status
    if status == "fail":
        assert f"Over {thresholds.MAX_PART_WORDS} words: Why it helps ({words} words" in (
            result.reason
        )


def test_more_than_one_passive_sentence_in_ten_fails_active_voice():
    active = "You breathe out slowly. " * 9
    one_in_ten = report_for(active + "The alarm is triggered by noise.")
    assert one_in_ten.result("active-voice").status == "pass"
    failed = report_for(active + "It is triggered. It was made for you.").result("active-voice")
    assert failed.status == "fail" and "2 of 11 sentences" in failed.reason


def test_questions_count_as_no_until_ticked():
    body = "You can learn this.\n\n" + part("What to do", 60)
    before = report_for(body)
    after = report_for(body, checklist=("purpose-evident",))
    assert before.result("purpose-evident").status == "not yet"
    assert after.result("purpose-evident").status == "yes"
    assert after.score().agreed == before.score().agreed + 1
    assert after.to_data()["pass_mark"] == thresholds.PASS_MARK == 70.0
