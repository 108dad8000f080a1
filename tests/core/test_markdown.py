from __future__ import annotations

from handout_builder.core.markdown import WRITE_IN, render_markdown, split_parts


def test_hostile_text_prints_literally():
    html = render_markdown('<script>alert(1)</script> {{ 7*7 }} <img src="file:///etc/passwd">')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html
    assert "<img" not in html


def test_markdown_images_are_not_rendered():
    html = render_markdown("![secret](file:///etc/passwd)")
    assert "<img" not in html


def test_placeholders_and_write_in_lines():
    html = render_markdown(
        "Call [[crisis_line]] or [[phone]]. Signs: ____",
        values={"crisis_line": "Line <24/7>", "phone": ""},
    )
    assert "Line &lt;24/7&gt;" in html
    assert html.count(WRITE_IN) == 2  # empty phone + the blank
    assert "[[unknown]]" in render_markdown("[[unknown]]")


def test_heading_shift():
    assert "<h3>Part</h3>" in render_markdown("## Part", heading_shift=1)


def test_split_parts_kinds():
    parts = split_parts(
        "Lead.\n\n## What\n\nText.\n\n## Try this: breathe\n\n1. In\n\n## Key points\n\n- One\n"
    )
    assert [(p.kind, p.heading) for p in parts] == [
        ("intro", ""),
        ("text", "What"),
        ("try_this", "Try this: breathe"),
        ("key_points", "Key points"),
    ]
    assert parts[2].markdown == "1. In"


def test_a_line_that_is_only_a_blank_prints_as_a_full_write_in_line():
    html = render_markdown("1. ______\n2. Name: ______\n\n______\n")
    assert "<hr" not in html
    assert html.count("write-in-line-full") == 2
    assert html.count('class="write-in"') == 1


def test_blank_only_paragraphs_stay_separate_full_lines():
    html = render_markdown("Things that matter:\n\n______\n\n______\n")
    assert html.count("<p>") == 3
    assert html.count("write-in-line-full") == 2


def test_therapist_prints_the_clinician_name_or_plain_words():
    text = "[[Therapist]] can help. Tell [[therapist]] how it went."
    named = render_markdown(text, values={"therapist": "Dr. Ana Ruiz"})
    assert "Dr. Ana Ruiz can help. Tell Dr. Ana Ruiz how it went." in named
    plain = render_markdown(text, values={})
    assert "Your therapist or counselor can help." in plain
    assert "Tell your therapist or counselor how it went." in plain
    assert WRITE_IN not in plain and "clinician" not in plain


def test_therapist_is_scored_as_the_words_a_reader_meets_in_that_language():
    from handout_builder.core.checks.readability import scoring_text

    text = "[[Therapist]] le ayuda. Hable con [[therapist]]."
    words = scoring_text(text, "es").replace(" .", ".")
    assert words == "Su terapeuta le ayuda. Hable con su terapeuta."
    assert "Tell your therapist or counselor" in scoring_text("Tell [[therapist]].")


def test_a_full_stop_after_a_placeholder_is_not_doubled():
    values = {"crisis_line": "Call or text 988.", "phone": "(555) 010-0199"}
    html = render_markdown("Crisis line: [[crisis_line]]. Or call [[phone]].", values=values)
    assert "Call or text 988. Or call (555) 010-0199." in html
    assert "988.." not in html
    assert f"Line: {WRITE_IN}." in render_markdown("Line: [[crisis_line]].", values={})
