"""The Brief form: each section as its title, summary, key points and "Try
this" steps; three typical topics on one page in Classic, on Letter and A4."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.layout.page_language import placeholder_values
from handout_builder.core.markdown import render_markdown, split_parts
from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.render.pdf_inspect import text_runs

TYPICAL = ("anxiety-alarm", "window-of-tolerance", "grounding-skills")  # the app's sample
TRIOS = [
    TYPICAL,
    ("panic-cycle", "thought-record", "worry-time"),  # among the longest "Try this" steps
    ("fight-flight-freeze", "anxiety-alarm", "grounding-skills"),
]
CRISIS = (
    "In a crisis, call or text 988 (Suicide and Crisis Lifeline), "
    "or go to your nearest emergency department."
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def printed_items(markdown: str, brand) -> list[str]:
    """The list items and paragraphs of ``markdown`` as printed with ``brand``."""
    rendered = render_markdown(markdown, values=placeholder_values(brand))
    items = re.findall(r"<(?:li|p)>(.*?)</(?:li|p)>", rendered, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]


def brief_handout(builtin_library, paper="letter", layout="classic", topics=TYPICAL):
    handout = sample_handout(builtin_library, list(topics), paper)  # subtitle, name and date too
    handout.options.brief = True
    handout.options.layout = layout
    return handout


@pytest.mark.parametrize("topics", TRIOS, ids=lambda trio: trio[0])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_three_typical_topics_fit_one_classic_page_with_key_points_and_steps(
    builtin_library, brand, paper, topics
):
    handout = brief_handout(builtin_library, paper, topics=topics)
    brand = replace(brand, crisis_line=CRISIS)
    result = render(render_request(handout, brand, None))
    assert result.ok and result.problems == [], result.problems
    assert result.page_count == 1
    text = squash(pdf_text(result.pdf))
    for section in handout.sections:
        assert squash(section.summary) in text
        for part in split_parts(section.body):
            if part.kind in ("key_points", "try_this"):
                for item in printed_items(part.markdown, brand):
                    assert squash(item) in text, item
    assert squash("What is happening") not in text  # the other parts stay out
    assert squash(f"If you need help now: {CRISIS}") in text
    printed = [r for r in handout.sections[0].references if r.prints]
    assert squash(f"Sources: {printed[0].short()}") in text
    sizes = {round(run.size, 1) for run in text_runs(result.pdf) if run.text.strip()}
    assert min(sizes) >= 12.0  # no smaller type to make it fit


def test_edited_wording_wins_in_the_brief_form(builtin_library, brand):
    handout = brief_handout(builtin_library)
    section = handout.sections[0]
    section.summary = "Your alarm is loud, and it can learn to settle."
    section.body = section.body.replace(
        "- The alarm can go off when there is no real danger.",
        "- Sam's alarm goes off on the bus, and that is okay.",
    )
    text = pdf_text(render(render_request(handout, brand, None)).pdf)
    assert "Your alarm is loud, and it can learn to settle." in text
    assert "Sam's alarm goes off on the bus" in text
    assert "The alarm can go off when there is no real danger" not in text


def test_a_section_saved_without_a_summary_prints_its_opening(builtin_library, brand):
    handout = brief_handout(builtin_library)
    handout.sections = handout.sections[:1]
    handout.sections[0].summary = ""
    text = pdf_text(render(render_request(handout, brand, None)).pdf)
    assert "Anxiety is your body's alarm system. It is there to keep you safe." in text


@pytest.mark.parametrize("layout", ["large-print", "worksheet", "coping-cards", "trifold"])
def test_every_builtin_layout_prints_the_brief_form(builtin_library, brand, layout):
    handout = brief_handout(builtin_library, layout=layout)
    brief = render(render_request(handout, brand, None))
    assert brief.ok, brief.error
    text = pdf_text(brief.pdf)
    assert "Breathe in through your nose while you count to 4" in text
    assert "Name 5 things you can see" in squash(text) or "Name5thingsyoucansee" in squash(text)
    handout.options.brief = False
    full = render(render_request(handout, brand, None))
    if layout in ("coping-cards", "trifold"):  # brief by design: the same as their normal form
        assert pdf_text(full.pdf) == text
    else:
        assert brief.page_count < full.page_count
        assert "Why it makes sense" in pdf_text(full.pdf) and "Why it makes sense" not in text
    if layout == "large-print":
        sizes = {round(run.size, 1) for run in text_runs(brief.pdf) if run.text.strip()}
        assert min(sizes) >= 16.0
