"""The layout sandbox bounds every way of building text, before it is built.

Each hostile expression sits on line 3 of a layout's template; the render
stops at once (no gigabytes built first) with a problem naming that file and
line. Ordinary uses of the same operations still print what they should.
"""

from __future__ import annotations

import time

import pytest

from handout_builder.core.layout.sandbox import LayoutSandbox
from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render

DAG = (
    "{% set ns = namespace(items=[0]) %}"
    "{% for i in range(40) %}{% set ns.items = [ns.items, ns.items] %}{% endfor %}"
)
DOUBLING = (
    "{% set ns = namespace(s='x') %}"
    "{% for i in range(40) %}{% set ns.s = ns.s OP ns.s %}{% endfor %}"
)


def add_layout(home, template: str) -> None:
    folder = home / "layouts" / "hostile"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text('title = "Hostile"\n')
    (folder / "handout.html.j2").write_text(template)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ '{:>2900000000}'.format('x') }}",
        "{{ '{:>{w}}'.format('x', w=2900000000) }}",
        "{{ '{a:>900000000}'.format_map({'a': 'x'}) }}",
        "{{ ('{0:>999999}' * 30).format('x') }}",
        "{{ '%0900000000d' % 1 }}",
        "{{ '%*d' % (900000000, 1) }}",
        "{{ ('%999999s' * 100) % (('x',) * 100) }}",
        "{{ '%0900000000d'|format(1) }}",
        "{{ 'x'|center(900000000) }}",
        "{{ ('a\\n' * 300000)|indent(100) }}",
        "{{ ('a ' * 400000)|wordwrap(1, wrapstring='x' * 100) }}",
        "{{ (['x' * 1000000] * 100)|join }}",
        "{{ ('x' * 1000000)|replace('x', 'y' * 30) }}",
        "{{ [1]|batch(900000000, 'x')|list }}",
        "{{ [1]|slice(900000000)|list }}",
        "{{ range(10)|list|tojson(indent=900000) }}",
        "{{ ('www.a.b ' * 100)|urlize(target='y' * 999999) }}",
        "{{ ([['x'] * 1000000] * 30)|sum(start=[]) }}",
        "{{ 'x'.ljust(900000000) }}",
        "{{ 'x'.zfill(900000000) }}",
        "{{ ('\\t' * 900000).expandtabs(1000) }}",
        "{{ ('x' * 1000000).translate({120: 'y' * 100}) }}",
        "{{ ''.join(['x' * 1000000] * 100) }}",
        "{{ (1).to_bytes(900000000, 'big') }}",
        "{{ 'x' * 900000000 }}",
        DOUBLING.replace("OP", "+") + "{{ ns.s }}",
        DOUBLING.replace("OP", "~") + "{{ ns.s }}",
        DAG + "{{ ns.items }}",
        DAG + "{{ ns.items|string }}",
        DAG + "{{ '{}'.format(ns.items) }}",
        DAG + "{{ ns.items|tojson }}",
        "{{ lipsum(1000000, max=1000) }}",
        "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    ],
)
def test_what_a_layout_builds_is_bounded_with_its_file_and_line(
    home, make_handout, brand, expression
):
    add_layout(
        home,
        '{% extends "base.html.j2" %}\n{% block content %}\n' + expression + "\n{% endblock %}\n",
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    started = time.perf_counter()
    result = render(render_request(handout, brand, None))
    assert time.perf_counter() - started < 30  # refused, not built and then measured
    assert not result.ok
    problem = result.problems[0]
    assert problem.file.endswith("hostile/handout.html.j2"), problem
    assert problem.line == 3 or "too much HTML" in problem.message, problem
    assert "not allowed in a layout template" in problem.message
    assert (
        any(
            words in problem.message
            for words in (
                "more than a layout may use",
                "a layout may build at most",
                "too much HTML",
            )
        )
        or "repeating something" in problem.message
    ), problem.message


@pytest.mark.parametrize(
    ("template", "printed"),
    [
        ("{{ '{:>6}|{:.2f}'.format('ok', 3.14159) }}", "    ok|3.14"),
        ("{{ '{a}-{b}'.format_map({'a': 1, 'b': 2}) }}", "1-2"),
        ("{{ '%05d|%-3s|' % (42, 'a') }}", "00042|a  |"),
        ("{{ '%s and %s'|format('this', 'that') }}", "this and that"),
        ("[{{ 'x'|center(5) }}]", "[  x  ]"),
        ("{{ 'a\nb'|indent(2, first=true) }}", "  a\n  b"),
        ("{{ 'aaa bbb ccc'|wordwrap(4) }}", "aaa\nbbb\nccc"),
        ("{{ ['a', 'b', 'c']|join(', ') }}", "a, b, c"),
        ("{{ ', '.join(['a', 'b']) }}", "a, b"),
        ("{{ 'abc'|replace('b', 'B') }}{{ 'abc'.replace('c', 'C') }}", "aBcabC"),
        ("{{ 'x' ~ 'y' ~ 1 }}{{ 'ab' + 'cd' }}{{ [1] + [2] }}", "xy1abcd[1, 2]"),
        ("{{ 'ab'.ljust(4, '.') }}{{ '7'.zfill(3) }}", "ab..007"),
        ("{{ [1, 2, 3, 4, 5]|batch(2, 0)|list }}", "[[1, 2], [3, 4], [5, 0]]"),
        ("{{ [[1], [2]]|sum(start=[]) }}", "[1, 2]"),
        ("{{ 'abc'|truncate(900000000) }}", "abc"),
        ("{{ [1, 2]|tojson(indent=1) }}", "[\n 1,\n 2\n]"),
        ("{{ {'a': [1, 2]} }}", "{&#39;a&#39;: [1, 2]}"),
    ],
)
def test_ordinary_text_building_still_works(template, printed):
    assert LayoutSandbox(autoescape=True).from_string(template).render() == printed
