"""Laying out again until it fits (render/refit.py): what is tried once and
remembered, so a preview is not laid out twice for nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import weasyprint

from handout_builder.render import fit, refit
from handout_builder.render.pdf import warm_up, write_pdf
from tests.render.prepared import prepared_html

CSS = """@page { size: A6; margin: 10mm; }
html { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 14pt; }
p, ul, h2 { margin: 0; } h2 { font-size: 10pt; }
[data-fit-compacted] ul, [data-fit-compacted] li, [data-fit-compacted] h2 { display: inline; }"""


def handout(lines: int, first_word: str = "Line") -> str:
    """``lines`` lines of text, then four sources (compact when laid out again)."""
    text = "".join(f"<p>{first_word} {n}</p>" for n in range(lines))
    sources = "".join(f"<li>Source number {n} with a longer title</li>" for n in range(4))
    return (
        f"<!doctype html><html><head><style>{CSS}</style></head><body>{text}"
        f"<section data-fit-compact><h2>Sources</h2><ul>{sources}</ul></section></body></html>"
    )


class Counting:
    def __init__(self) -> None:
        self.layouts = 0

    def __call__(self, html: str, css: list[str]) -> tuple[Any, Any]:
        self.layouts += 1
        document = weasyprint.HTML(string=html)
        sheets = [weasyprint.CSS(string=text) for text in css]
        return document.render(stylesheets=sheets), document.etree_element


def lay_out(html: str, key: str) -> tuple[int, int]:
    """(layouts made, pages printed) for ``html`` under the layout ``key``."""
    counting = Counting()
    document, _ = refit.Layout(html, key, counting, {}).run()
    return counting.layouts, len(document.pages)


# Laid out fresh: 20 lines fit one page; with 21 the sources spill and compacting
# them saves the page; from 22 to 25 they spill and compacting does not save it
# (tried: two layouts) — from 22 to 23 they start lower and lower on page 1, at
# 24 and 25 all of them start page 2; from 26 they fill enough of page 2 not to try.
LINES = range(20, 27)


def test_compacting_that_did_not_save_the_page_is_not_tried_again_lower_down():
    fresh = {n: lay_out(handout(n), f"fresh-{uuid.uuid4()}") for n in LINES}
    assert fresh[21] == (2, 1) and fresh[22] == (2, 2) and fresh[26] == (1, 2)
    key = f"layout-{uuid.uuid4()}"
    remembered = {n: lay_out(handout(n), key) for n in LINES}
    assert [pages for _, pages in remembered.values()] == [p for _, p in fresh.values()]
    # lower on the same page: not tried; at 24 and 25 they start page 2: tried
    # (where they start there says nothing of the room left on page 1)
    assert [remembered[n][0] for n in (22, 23, 24, 25)] == [2, 1, 2, 2]
    # the same document again, or other words above the sources: laid out once
    assert lay_out(handout(23), key) == (1, 2)
    assert lay_out(handout(23, first_word="Word"), key) == (1, 2)
    # starting page 2, remembered with exactly where page 1 ends: once when it is the same
    assert lay_out(handout(25), key) == (1, 2)
    assert lay_out(handout(25, first_word="Word"), key) == (1, 2)


def test_compacting_is_tried_again_where_the_sources_start_higher():
    key = f"layout-{uuid.uuid4()}"
    tried = {n: lay_out(handout(n), key) for n in reversed(LINES)}
    # 25 and 24 start page 2; 23, 22, 21 higher and higher on page 1
    assert [tried[n] for n in (25, 24, 23, 22, 21)] == [(2, 2), (2, 2), (2, 2), (2, 2), (2, 1)]


def styled(html: str, css: str) -> str:
    return html.replace("</style>", f"{css}</style>")


def test_sources_that_start_the_last_page_are_tried_again_with_more_room_before_it():
    def unbreakable(lines: int) -> str:  # they start the last page when they do not fit whole
        return styled(handout(lines), "section { break-inside: avoid; }")

    fresh = lay_out(unbreakable(21), f"fresh-{uuid.uuid4()}")
    assert fresh == (2, 1)  # compacting them saves the page
    key = f"layout-{uuid.uuid4()}"
    assert lay_out(unbreakable(22), key) == (2, 2)  # tried: it did not
    assert lay_out(unbreakable(21), key) == fresh


def test_compacting_is_tried_again_on_a_taller_page():
    taller = styled(handout(22), "@page { size: 105mm 152mm; }")
    fresh = lay_out(taller, f"fresh-{uuid.uuid4()}")
    assert fresh == (2, 1)
    key = f"layout-{uuid.uuid4()}"
    assert lay_out(handout(22), key) == (2, 2)  # A6: compacting did not save the page
    assert lay_out(taller, key) == fresh


def test_compacting_is_tried_again_after_the_layouts_stylesheet_is_edited(tmp_path):
    """A template author's loop: the same handout, its layout's CSS edited."""
    folder = tmp_path / "my-layout"
    folder.mkdir()
    sheet = folder / "style.css"
    html = handout(22).replace(f"<style>{CSS}</style>", '<link rel="stylesheet" href="style.css">')
    prepared = prepared_html(html, folder)
    fonts = warm_up()
    sheet.write_text(CSS, encoding="utf-8")
    assert write_pdf(prepared, fonts)[1] == 2  # compacting did not save the page
    sheet.write_text(CSS.replace("size: A6", "size: 105mm 152mm"), encoding="utf-8")
    assert write_pdf(prepared, fonts)[1] == 1  # on the taller page it does


def bottom_margin(css: str, key: str) -> float:
    """The bottom margin (px) of the first page of a page with a three-line footer."""
    footer = (
        "@page { @bottom-center { content: element(footer); vertical-align: top; } }"
        ".f { position: running(footer); }"
    )
    html = (
        f"<!doctype html><html><head><style>{footer}{css}</style></head><body>"
        '<div class="f">One<br>Two<br>Three</div><p>Text</p></body></html>'
    )
    document, _ = refit.Layout(html, key, Counting(), {}).run()
    return float(document.pages[0]._page_box.margin_bottom)


def test_margins_remembered_for_a_footer_are_measured_again_when_the_styles_change():
    """A template author's loop: the page margin edited, the footer unchanged."""
    narrow, wide = "@page { margin: 10mm; }", "@page { margin: 40mm; }"
    key = f"layout-{uuid.uuid4()}"
    assert bottom_margin(narrow, key) > 10 * fit.PX_PER_MM  # grown for the footer
    fresh = bottom_margin(wide, f"fresh-{uuid.uuid4()}")
    assert fresh == pytest.approx(40 * fit.PX_PER_MM)  # the footer fits: as the layout says
    assert bottom_margin(wide, key) == pytest.approx(fresh)
