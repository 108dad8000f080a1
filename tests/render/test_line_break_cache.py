"""Lines of text broken once per worker (render/line_break_cache.py): the
same PDF as breaking every time, also for text in another style, at another
width, cut short by drawing or in a font registered later; and the list of
style properties it compares kept whole."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import weasyprint
import weasyprint.layout.inline
import weasyprint.layout.preferred

from handout_builder.core.model.documents import render_request
from handout_builder.core.model.fonts import font_files
from handout_builder.render import line_break_cache
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.render.prepared import prepared_html

CALLERS = (weasyprint.layout.inline, weasyprint.layout.preferred)


@contextmanager
def breaking_every_time() -> Iterator[None]:
    wrapped = [caller.split_first_line for caller in CALLERS]
    for caller, wrapper in zip(CALLERS, wrapped, strict=True):
        caller.split_first_line = wrapper.__wrapped__
    try:
        yield
    finally:
        for caller, wrapper in zip(CALLERS, wrapped, strict=True):
            caller.split_first_line = wrapper


def hits() -> int:
    return line_break_cache.statistics["hits"]


def test_a_warm_render_prints_the_same_pdf_as_breaking_every_time(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "grounding-skills"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = hits()
    warm = render(request, fonts)
    assert hits() - before > 300  # every line printed, list markers, flex items ...
    with breaking_every_time():
        cold = render(request, fonts)
    assert warm.pdf is not None and warm.pdf == cold.pdf


def render_html(body: str, folder: Path, fonts: object) -> bytes:
    head = '<!doctype html><html lang="en"><head><title>t</title></head>'
    prepared = prepared_html(f"{head}<body>{body}</body></html>", folder)
    return write_pdf(prepared, fonts)[0]  # type: ignore[arg-type]


def test_the_same_text_in_another_style_is_measured_again(tmp_path):
    fonts = warm_up()
    table = (
        '<table style="{style}"><tr><td>Breathe in</td><td>Notice five things you can see</td>'
        "</tr></table><ul><li>One</li><li>Two</li></ul>"
    )
    styles = [
        "",
        "letter-spacing: 3px",
        "font-size: 20pt",
        "font-weight: bold",
        "word-spacing: 1em",
        "font-family: serif",
        "white-space: nowrap",
    ]
    for style in styles:
        body = table.format(style=style) + f'<p style="{style}">Notice five things</p>'
        with breaking_every_time():
            cold = render_html(body, tmp_path, fonts)
        assert render_html(body, tmp_path, fonts) == cold, style
        assert render_html(body, tmp_path, fonts) == cold, style


def test_lines_drawn_cut_short_justified_or_hyphenated_print_the_same_again(tmp_path):
    """Drawing puts Pango's layout back into a line's ``Layout`` (and
    ``text-overflow`` cuts it there), justification gives a line a ``Layout``
    of its own, hyphenation one with a hyphen: the next renders, answered from
    memory, print the same."""
    fonts = warm_up()
    words = "Your brain's alarm sounds when it senses danger, even when none is there. " * 6
    body = (
        f'<p style="width: 40mm; white-space: nowrap; overflow: hidden; '
        f'text-overflow: ellipsis">{words}</p>'
        f'<p style="width: 60mm; text-align: justify">{words}</p>'
        f'<p lang="en" style="width: 25mm; hyphens: auto">{words}</p>'
        f'<p style="width: 30mm">Notice&shy;ably long&shy;er words</p>'
    )
    with breaking_every_time():
        cold = render_html(body, tmp_path, fonts)
    for _ in range(3):
        assert render_html(body, tmp_path, fonts) == cold


def test_a_line_cut_short_by_line_clamp_prints_the_same_again(tmp_path):
    """Drawing a block ellipsis (``line-clamp``) writes the shortened text and
    the ellipsis into the line's ``Layout``: the same paragraph again, and the
    next render, answered from memory, still have the whole line to cut."""
    fonts = warm_up()
    words = "Your brain's alarm sounds when it senses danger, even when none is there. " * 4
    body = f'<p style="width: 50mm; line-clamp: 2">{words}</p>' * 2
    with breaking_every_time():
        cold = render_html(body, tmp_path, fonts)
    for _ in range(3):
        assert render_html(body, tmp_path, fonts) == cold


def test_the_same_line_at_another_width_or_place_is_broken_again(tmp_path):
    """The width offered and whether the line starts a line box (a word may be
    broken only there) are compared too."""
    fonts = warm_up()
    word = "Supercalifragilisticexpialidocious"
    bodies = [
        f'<p style="width: {width}mm; overflow-wrap: anywhere">{word} {word}</p>'
        for width in (30, 40, 60)
    ] + [
        # broken inside the word at a line's start only (an empty inline block first)
        f'<p style="width: 35mm; overflow-wrap: anywhere">'
        f'<span style="display: inline-block"></span>{word}</p>',
        f'<p style="width: 35mm; overflow-wrap: anywhere">{word}</p>',
    ]
    for body in bodies:
        with breaking_every_time():
            cold = render_html(body, tmp_path, fonts)
        assert render_html(body, tmp_path, fonts) == cold, body


def test_a_family_given_its_font_file_by_a_later_layout_is_broken_in_that_font(tmp_path):
    """A family named before any ``@font-face`` rule gave it a file is broken
    in a fallback font; once a later render registers its file with the same
    font configuration, its lines are broken in that font, not as before (a
    static font file: a variable one is embedded with the time it was cut to
    the glyphs used, so its bytes change from one second to the next)."""
    fonts = warm_up()
    shutil.copyfile(font_files("Atkinson Hyperlegible")[0].path, tmp_path / "late.ttf")
    words = "Your brain's alarm sounds when it senses danger, even when none is there. " * 4
    body = f'<p style="font-family: LateFont; width: 50mm">{words}</p>'
    face = "<style>@font-face { font-family: LateFont; src: url(late.ttf); }</style>"
    render_html(body, tmp_path, fonts)  # in the fallback font
    with breaking_every_time():
        cold = render_html(face + body, tmp_path, fonts)
    assert render_html(face + body, tmp_path, fonts) == cold
    before = hits()
    assert render_html(face + body, tmp_path, fonts) == cold
    assert hits() > before  # the lines broken in its font are kept in turn


def test_every_style_property_weasyprint_text_reads_is_compared():
    """A later WeasyPrint that reads another property when breaking lines
    must have it in the key (or the cache would answer for another style)."""
    folder = Path(weasyprint.__file__).parent / "text"
    read = set()
    for source in ("line_break.py", "fonts.py"):
        text = (folder / source).read_text(encoding="utf-8")
        read |= set(re.findall(r"style\[['\"]([a-z_]+)['\"]\]", text))
    assert read <= set(line_break_cache.PROPERTIES), read - set(line_break_cache.PROPERTIES)


def test_it_is_wrapped_only_for_the_weasyprint_it_was_written_for():
    for caller in CALLERS:
        assert hasattr(caller.split_first_line, "__wrapped__") is (
            weasyprint.__version__ == line_break_cache.WEASYPRINT_VERSION
        )
