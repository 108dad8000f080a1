"""Text as the checks read it."""

from __future__ import annotations

from handout_builder.core.checks.normalise import normalise, normalise_with_offsets
from handout_builder.core.checks.readability import score_text, split_sentences


def test_invisible_characters_go_and_odd_spaces_become_plain():
    assert normalise("amyg\u00adda\u200bla\u00a0is\u202fhere\ufeff") == "amygdala is here"
    assert normalise("\ufb01nd it") == "find it"
    assert normalise("two\nlines") == "two\nlines"  # line numbers stay


def test_offsets_lead_back_to_the_text_as_typed():
    typed = "a \u00adbrain\u200b cell"
    text, index = normalise_with_offsets(typed)
    start = text.index("brain")
    assert typed[index[start] : index[start + len("brain")]] == "brain\u200b"


def test_abbreviations_do_not_end_a_sentence():
    assert split_sentences("Dr. Ruiz will see you. Bring notes, e.g. a list.") == [
        "Dr. Ruiz will see you.",
        "Bring notes, e.g. a list.",
    ]


def test_soft_hyphens_do_not_change_the_count_of_words():
    plain = score_text("Your amygdala spots danger fast.")
    pasted = score_text("Your amyg\u00adda\u00adla spots dan\u00adger fast.")
    assert (pasted.words, pasted.grade) == (plain.words, plain.grade)


def test_sentences_inside_a_quotation_count_one_at_a_time():
    assert split_sentences('Say it kindly: "Dr. Lee is late. Can we wait?" Then rest.') == [
        'Say it kindly: "Dr. Lee is late.',
        'Can we wait?"',
        "Then rest.",
    ]


def test_sentences_are_placed_as_pysbd_places_them(builtin_library):
    """Our segmenter finds each sentence with str.find, not a regex per sentence
    (which filled Python's regex cache while the clinician typed): the spans
    are pysbd's own, on every paragraph of the library and some awkward text."""
    import pysbd

    from handout_builder.core.checks.readability import _segmenter_class

    paragraphs = [p for entry in builtin_library for p in entry.body.split("\n\n")]
    paragraphs += ["Dr. Ruiz will see you.  Then   go home!", "x. x. x. x.", "a a. a a.", "", "  "]
    for text in paragraphs:
        ours = _segmenter_class()(language="en", clean=False, char_span=True).segment(text)
        theirs = pysbd.Segmenter(language="en", clean=False, char_span=True).segment(text)
        assert [(s.sent, s.start, s.end) for s in ours] == [
            (s.sent, s.start, s.end) for s in theirs
        ], text
