"""The jargon list: loaded once per data folder, found through invisible
characters, and its replacements read as sentences."""

from __future__ import annotations

import re

import pytest

from handout_builder.core.checks.health_literacy import (
    analyse_section,
    check_material,
    line_findings,
    material_from_handout,
)
from handout_builder.core.checks.jargon import JargonHit, load_jargon, replacement
from handout_builder.core.checks.readability import scoring_text, split_sentences
from handout_builder.core.model.handout import Handout, Section


def test_the_list_is_loaded_once_per_data_folder_until_a_file_changes(home):
    first = load_jargon()
    assert load_jargon() is first
    (home / "jargon.yaml").write_text("dysregulated: out of balance\n", encoding="utf-8")
    changed = load_jargon()
    assert changed is not first and "dysregulated" in changed.terms
    assert load_jargon() is changed


def test_checking_twice_reuses_the_section_analysis():
    handout = Handout(title="T", sections=[Section(title="Calm", body="Your amygdala helps.\n")])
    material = material_from_handout(handout, {})
    check_material(material, load_jargon())
    hits = analyse_section.cache_info().hits
    check_material(material, load_jargon())
    assert analyse_section.cache_info().hits == hits + 1


def test_invisible_characters_pasted_from_a_word_processor_do_not_hide_a_term():
    typed = "The amyg\u00adda\u00adla and the hippo\u200bcampus\u00a0work together."
    found = [f for f in line_findings(typed, load_jargon()) if f.kind == "jargon"]
    assert [typed[f.start : f.end] for f in found] == [
        "amyg\u00adda\u00adla",
        "hippo\u200bcampus",
    ]


# Every built-in term in a sentence that uses it, and the sentence after each
# plain alternative is put in its place (right-click ▸ Replace).
SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "amygdala": (
        "Deep in your brain, a small part called the amygdala looks out for danger.",
        (
            "Deep in your brain, a small part called the brain's alarm (the amygdala) "
            "looks out for danger.",
        ),
    ),
    "prefrontal cortex": (
        "The prefrontal cortex helps you plan.",
        ("The thinking part at the front of the brain (the prefrontal cortex) helps you plan.",),
    ),
    "cortex": (
        "The cortex helps you think.",
        ("The outer, thinking layer of the brain helps you think.",),
    ),
    "hippocampus": (
        "Stress can affect the hippocampus.",
        ("Stress can affect a part of the brain that helps store memories (the hippocampus).",),
    ),
    "limbic system": (
        "The limbic system reacts first.",
        ("The brain's feeling system (the limbic system) reacts first.",),
    ),
    "vagus nerve": (
        "Slow breathing calms the vagus nerve.",
        ("Slow breathing calms a long nerve that links the brain and the body (the vagus nerve).",),
    ),
    "sympathetic nervous system": (
        "The sympathetic nervous system speeds up your heart.",
        ("The body's 'get ready to act' system speeds up your heart.",),
    ),
    "parasympathetic nervous system": (
        "The parasympathetic nervous system slows your heart.",
        ("The body's 'rest and settle' system slows your heart.",),
    ),
    "cortisol": (
        "Your body makes cortisol when you are stressed.",
        ("Your body makes a stress hormone (cortisol) when you are stressed.",),
    ),
    "adrenaline": (
        "Your body releases adrenaline in a scare.",
        ("Your body releases a hormone that gets your body ready to act (adrenaline) in a scare.",),
    ),
    "serotonin": (
        "Some medicines change serotonin.",
        ("Some medicines change a chemical messenger in the brain (serotonin).",),
    ),
    "dopamine": (
        "Exercise releases dopamine.",
        ("Exercise releases a chemical messenger in the brain (dopamine).",),
    ),
    "neurotransmitter": (
        "It is a neurotransmitter.",
        ("It is a chemical messenger in the brain.",),
    ),
    "neuron": (
        "Each neuron sends signals.",
        ("Each brain cell sends signals.", "Each nerve cell sends signals."),
    ),
    "synapse": (
        "Learning builds a new synapse.",
        ("Learning builds a new connection between brain cells.",),
    ),
    "neuroplasticity": (
        "Scientists call this neuroplasticity.",
        (
            "Scientists call this your brain's ability to change.",
            "Scientists call this how the brain changes with practice.",
        ),
    ),
    "co-regulation": ("This is called co-regulation.", ("This is called calming together.",)),
    "window of tolerance": (
        "Stress can shrink your window of tolerance.",
        ("Stress can shrink the zone where you can cope (your window of tolerance).",),
    ),
    "implicit memory": (
        "This second kind is called implicit memory.",
        (
            "This second kind is called memory you feel but cannot put into words "
            "(implicit memory).",
        ),
    ),
    "epigenetics": (
        "Scientists study epigenetics.",
        ("Scientists study how genes switch on and off.",),
    ),
    "polyvagal theory": (
        "Some therapists use polyvagal theory.",
        (
            "Some therapists use a theory about how the body reacts to safety and danger "
            "(polyvagal theory).",
        ),
    ),
    "HPA axis": ("Stress turns on the HPA axis.", ("Stress turns on the body's stress system.",)),
    "hypothalamic-pituitary-adrenal axis": (
        "Stress turns on the hypothalamic-pituitary-adrenal axis.",
        ("Stress turns on the body's stress system.",),
    ),
    "cognitive behavioral therapy": (
        "Cognitive behavioral therapy can help with panic.",
        ("A talking therapy that works on thoughts and actions (CBT) can help with panic.",),
    ),
    "cognitive processing therapy": (
        "Your clinician may offer cognitive processing therapy.",
        (
            "Your clinician may offer a talking therapy that looks at beliefs that got stuck "
            "after trauma (CPT).",
        ),
    ),
    "dysregulation": (
        "Dysregulation is common after trauma.",
        (
            "Feeling out of balance is common after trauma.",
            "Having feelings that are hard to manage is common after trauma.",
        ),
    ),
    "hyperarousal": (
        "Hyperarousal makes it hard to sleep.",
        (
            "Feeling on high alert makes it hard to sleep.",
            "Feeling keyed up makes it hard to sleep.",
        ),
    ),
    "hypoarousal": (
        "Hypoarousal can look like tiredness.",
        (
            "Feeling shut down can look like tiredness.",
            "Feeling numb or flat can look like tiredness.",
        ),
    ),
    "hypervigilance": (
        "Hypervigilance is tiring.",
        ("Always watching for danger is tiring.", "Being on guard is tiring."),
    ),
    "dissociation": (
        "Dissociation can happen under stress.",
        (
            "Feeling cut off or far away from yourself can happen under stress.",
            "Spacing out can happen under stress.",
        ),
    ),
    "rumination": (
        "Rumination keeps worry going.",
        ("Going over the same worries again and again keeps worry going.",),
    ),
    "interoception": (
        "Interoception can be trained.",
        ("Noticing signals inside your body can be trained.",),
    ),
    "somatic": (
        "Somatic symptoms are real.",
        ("Body symptoms are real.", "Body-based symptoms are real."),
    ),
    "cognitive": (
        "Cognitive skills improve with practice.",
        ("Thinking skills improve with practice.",),
    ),
    "cognition": ("Sleep helps cognition.", ("Sleep helps thinking.",)),
    "maladaptive": ("It is a maladaptive habit.", ("It is an unhelpful habit.",)),
    "psychoeducation": (
        "Psychoeducation is part of therapy.",
        ("Learning how your mind and body work is part of therapy.",),
    ),
    "psychotherapy": (
        "Psychotherapy can help.",
        ("Therapy can help.", "Talking therapy can help."),
    ),
    "symptomatology": ("We looked at your symptomatology.", ("We looked at your symptoms.",)),
    "comorbid": (
        "Anxiety and low mood are often comorbid.",
        ("Anxiety and low mood are often happening together.",),
    ),
    "etiology": ("The etiology is unclear.", ("The cause is unclear.",)),
    "prognosis": ("The prognosis is good.", ("The outlook is good.",)),
    "physiological": (
        "Physiological changes happen fast.",
        ("Body changes happen fast.", "Bodily changes happen fast."),
    ),
    "neurobiological": (
        "Trauma can cause neurobiological changes.",
        ("Trauma can cause brain and body changes.",),
    ),
    "psychosomatic": (
        "Psychosomatic pain is real pain.",
        ("Stress-related pain is real pain.",),
    ),
    "affect regulation": (
        "Affect regulation takes practice.",
        ("Managing feelings takes practice.",),
    ),
    "emotion dysregulation": (
        "Emotion dysregulation is common.",
        ("Having feelings that are hard to manage is common.",),
    ),
    "exposure therapy": (
        "Exposure therapy works well for phobias.",
        ("Facing fears step by step works well for phobias.",),
    ),
    "intervention": (
        "This intervention helps many people.",
        ("This treatment helps many people.", "This step helps many people."),
    ),
    "modality": (
        "This modality suits you.",
        ("This kind of therapy suits you.", "This way of working suits you."),
    ),
    "utilize": ("You can utilize this skill.", ("You can use this skill.",)),
    "utilization": ("Utilization of the skill grows.", ("Use of the skill grows.",)),
    "facilitate": (
        "Sleep can facilitate healing.",
        ("Sleep can help healing.", "Sleep can ease healing."),
    ),
    "approximately": ("It takes approximately ten minutes.", ("It takes about ten minutes.",)),
    "additional": ("Ask for additional help.", ("Ask for more help.", "Ask for extra help.")),
    "sufficient": ("Get sufficient sleep.", ("Get enough sleep.",)),
    "assist": ("We can assist you.", ("We can help you.",)),
    "assistance": ("Ask for assistance.", ("Ask for help.",)),
    "demonstrate": ("I will demonstrate the skill.", ("I will show the skill.",)),
    "obtain": ("You can obtain a copy.", ("You can get a copy.",)),
    "regarding": ("Ask questions regarding your care.", ("Ask questions about your care.",)),
    "prior to": ("Breathe slowly prior to the meeting.", ("Breathe slowly before the meeting.",)),
    "subsequently": (
        "You will subsequently feel calmer.",
        ("You will later feel calmer.", "You will then feel calmer."),
    ),
    "numerous": ("There are numerous ways to cope.", ("There are many ways to cope.",)),
    "modify": ("You can modify the plan.", ("You can change the plan.",)),
    "commence": (
        "We will commence next week.",
        ("We will start next week.", "We will begin next week."),
    ),
    "individuals": ("Many individuals feel this way.", ("Many people feel this way.",)),
    "indicate": ("These signs indicate stress.", ("These signs show stress.",)),
    "perceive": (
        "You may perceive danger everywhere.",
        ("You may notice danger everywhere.", "You may see danger everywhere."),
    ),
    "endeavor": ("Endeavor to rest each day.", ("Try to rest each day.",)),
}


def _replaced(sentence: str, hit: JargonHit, plain: str) -> str | None:
    found = replacement(sentence, hit.start, hit.end, hit.term.term, plain)
    return None if found is None else sentence[: found.start] + found.text + sentence[found.end :]


def test_every_entry_is_tested_in_a_sentence():
    assert set(SENTENCES) == {term.term for term in load_jargon().terms.values()}


@pytest.mark.parametrize("term", sorted(SENTENCES))
def test_each_alternative_reads_as_a_sentence_in_place_of_the_term(term):
    sentence, expected = SENTENCES[term]
    [hit] = load_jargon().find(sentence)
    assert hit.term.term == term
    assert tuple(_replaced(sentence, hit, plain) for plain in hit.term.plain) == expected


BROKEN = re.compile(
    r"\b(?:a|an|the|your|this)\s+(?:a|an|the|your|this)\b"  # "the a part"
    r"|\ba\s+[aeiou]|\ban\s+[^aeiou\W]"  # "a unhelpful", "an body"
    r"|^[a-z]",  # a sentence that starts in lower case
)


def test_replacements_in_the_librarys_own_texts_read_as_sentences(builtin_library):
    jargon = load_jargon()
    tried = 0
    for entry in builtin_library:
        for sentence in split_sentences(scoring_text(entry.body)):
            for hit in jargon.find(sentence):
                for plain in hit.term.plain:
                    result = _replaced(sentence, hit, plain)
                    if result is None:  # another form of the term: nothing offered
                        assert hit.text.lower() != hit.term.term.lower()
                        continue
                    tried += 1
                    assert not BROKEN.search(result), (entry.id, result)
    assert tried >= 8
