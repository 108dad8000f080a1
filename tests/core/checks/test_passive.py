"""Passive voice, found by a heuristic (its limits are in docs/accessibility.md)."""

from __future__ import annotations

import pytest

from handout_builder.core.checks.passive import find_passive


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("The alarm is triggered by a loud noise.", ["is triggered"]),
        ("You were not told what was happening.", ["were not told"]),
        ("Old paths were made over many years.", ["were made"]),
        ("It has been shown to help.", ["been shown"]),
        ("This is called co-regulation.", []),  # how plain writing names a term
        ("You are worried and tired.", []),  # feelings, not passives
        ("It is not broken, and you are not stuck.", []),  # states, not passives
        ("The vase was broken by the wind.", ["was broken"]),
        ("You were scared by the noise.", ["were scared"]),
        ("Your alarm sounds when it senses danger.", []),
        ("We need to be red-faced sometimes.", []),
    ],
)
def test_passive_voice_heuristic(sentence, passive):
    assert [hit.text for hit in find_passive(sentence)] == passive


def test_offsets_point_at_the_passive_in_the_text():
    text = "First this. The alarm is triggered by noise."
    [hit] = find_passive(text)
    assert text[hit.start : hit.end] == "is triggered"


def test_a_passive_without_to_be_is_missed_as_documented():
    assert find_passive("She got hurt at work.") == []
