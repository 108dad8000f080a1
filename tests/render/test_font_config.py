"""The worker's warm font configuration (render/font_config.py): a layout's
font file replaced under the same name is printed with its new glyphs on the
next render, without restarting the worker."""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

from pypdf import PdfReader

from handout_builder.core.model.documents import render_request
from handout_builder.core.model.fonts import font_files
from handout_builder.render.fetcher import loaded_file
from handout_builder.render.font_config import WarmFontConfiguration
from handout_builder.render.pdf import render_request as render_in_process
from handout_builder.render.pdf import warm_up, write_pdf
from handout_builder.render.warm import switched_off
from tests.render.prepared import prepared_html

LAYOUT = """{% extends "base.html.j2" %}
{% block content %}<p class="own">Printed in the layout's own font.</p>{% endblock %}
"""


def embedded_fonts(pdf: bytes) -> set[tuple[str, tuple[float, ...]]]:
    """Each embedded font's base name (subset prefix cut) and bounding box: the
    bounding box tells two fonts apart, whatever name the PDF gives them."""
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            fonts.add((name, tuple(float(x) for x in descriptor["/FontBBox"])))
    return fonts


def own_font(pdf: bytes) -> tuple[float, ...]:
    (box,) = [box for name, box in embedded_fonts(pdf) if name == "LayoutOwn"]
    return box


def settled(path: Path) -> None:
    """Date the file back, as a file saved a while ago (caches trust only settled files)."""
    past = time.time() - 10
    os.utime(path, (past, past))


def add_font_layout(home: Path, font: Path) -> Path:
    folder = home / "layouts" / "own-font"
    (folder / "fonts").mkdir(parents=True)
    (folder / "layout.toml").write_text('title = "Own font"\n', encoding="utf-8")
    (folder / "handout.html.j2").write_text(LAYOUT, encoding="utf-8")
    (folder / "style.css").write_text(
        "@font-face { font-family: 'LayoutOwn'; src: url(fonts/own.ttf); }\n"
        ".own { font-family: 'LayoutOwn'; }\n",
        encoding="utf-8",
    )
    shutil.copyfile(font, folder / "fonts" / "own.ttf")
    for path in folder.rglob("*.*"):
        settled(path)
    return folder / "fonts" / "own.ttf"


def test_a_replaced_layout_font_is_printed_by_the_warm_worker(
    home, render_worker, make_handout, brand
):
    lora, sans = font_files("Lora")[0].path, font_files("Source Sans 3")[0].path
    own = add_font_layout(home, lora)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "own-font"
    first = render_worker.render(render_request(handout, brand, None))
    again = render_worker.render(render_request(handout, brand, None))
    assert first.ok and again.ok
    assert own_font(again.pdf) == own_font(first.pdf)

    shutil.copyfile(sans, own)  # the author puts another font file in its place
    settled(own)
    replaced = render_worker.render(render_request(handout, brand, None))
    assert replaced.ok
    assert own_font(replaced.pdf) != own_font(first.pdf)


def test_stale_only_when_a_font_file_it_read_changed(tmp_path):
    fonts = warm_up()
    assert fonts.font_files  # the bundled default font, read by the warm-up render
    assert not fonts.stale()
    copy = tmp_path / "font.ttf"
    shutil.copyfile(font_files("Lora")[0].path, copy)
    settled(copy)
    fonts.font_files[copy] = loaded_file(copy)  # as if a layout's @font-face had read it
    assert not fonts.stale()
    copy.write_bytes(copy.read_bytes() + b"\0")
    assert fonts.stale()
    copy.unlink()
    assert fonts.stale()


def copy_layout(home: Path, name: str, font: Path) -> None:
    """A copy of the own-font layout named ``name``, with ``font`` as its
    file: the same ``@font-face`` family, another font (an author's usual
    start for a new layout)."""
    folder = home / "layouts" / name
    shutil.copytree(home / "layouts" / "own-font", folder)
    shutil.copyfile(font, folder / "fonts" / "own.ttf")
    for path in folder.rglob("*.*"):
        settled(path)


def test_layouts_sharing_a_font_family_each_print_their_own_file(
    home, render_worker, make_handout, brand
):
    lora, sans = font_files("Lora")[0].path, font_files("Source Sans 3")[0].path
    add_font_layout(home, lora)
    copy_layout(home, "own-font-sans", sans)
    handout = make_handout("anxiety-alarm")
    printed = {}
    for layout in ("own-font", "own-font-sans", "own-font", "own-font-sans"):
        handout.options.layout = layout
        result = render_worker.render(render_request(handout, brand, None))
        assert result.ok
        printed.setdefault(layout, set()).add(own_font(result.pdf))
    # each layout always in its own font, however often the clinician switches
    assert len(printed["own-font"]) == len(printed["own-font-sans"]) == 1
    assert printed["own-font"] != printed["own-font-sans"]


def test_a_layout_font_named_as_a_bundled_one_stays_in_that_layout(
    home, render_worker, make_handout, brand
):
    own = add_font_layout(home, font_files("Lora")[0].path)
    css = own.parent.parent / "style.css"  # the author's own file under the bundled name
    css.write_text(css.read_text().replace("LayoutOwn", "Atkinson Hyperlegible"))
    settled(css)
    handout = make_handout("anxiety-alarm")
    before = embedded_fonts(render_worker.render(render_request(handout, brand, None)).pdf)
    handout.options.layout = "own-font"
    assert render_worker.render(render_request(handout, brand, None)).ok
    handout.options.layout = "classic"
    after = embedded_fonts(render_worker.render(render_request(handout, brand, None)).pdf)
    assert after == before  # the bundled font's files, not the layout's


def test_a_family_given_its_file_by_a_later_layout_prints_as_with_a_fresh_configuration(
    tmp_path,
):
    """A family named before any ``@font-face`` rule gave it a file was
    measured in a fallback font (a static font file here: a variable one is
    embedded with the time it was cut to the glyphs used, so its bytes change
    from one second to the next) (WeasyPrint keeps each style's line height in
    the configuration); once a later render registers its file, its lines are
    as high, and broken, as with a configuration made for that render."""
    fonts = warm_up()
    shutil.copyfile(font_files("Atkinson Hyperlegible")[0].path, tmp_path / "late.ttf")
    words = "Your brain's alarm sounds when it senses danger, even when none is there. " * 4
    body = f'<p style="font-family: LateFont; width: 50mm">{words}</p>'
    face = "<style>@font-face { font-family: LateFont; src: url(late.ttf); }</style>"

    def render(html: str, font_config: object) -> bytes:
        head = '<!doctype html><html lang="en"><head><title>t</title></head>'
        page = f"{head}<body>{html}</body></html>"
        return write_pdf(prepared_html(page, tmp_path), font_config)[0]  # type: ignore[arg-type]

    render(body, fonts)  # in the fallback font
    assert render(face + body, fonts) == render(face + body, warm_up())


WORDS = "Your brain's alarm sounds when it senses danger, even when none is there. " * 4
RULE = "@font-face { font-family: 'LayoutLater'; src: url(fonts/own.ttf); }\n"


def test_a_layout_font_that_comes_later_breaks_lines_as_a_cold_render(
    home, render_worker, make_handout, brand
):
    """An author names the layout's font before its file is in place (or
    before writing its ``@font-face`` rule), previews, then adds it: the
    next preview lays its lines out in that font, as a fresh worker would;
    before, they kept the breaks and line heights measured in the fallback
    font, until the worker restarted."""
    static = font_files("Atkinson Hyperlegible")[0].path  # a variable font's subset is dated
    own = add_font_layout(home, static)
    folder = own.parent.parent
    (folder / "handout.html.j2").write_text(
        LAYOUT.replace("Printed in the layout's own font.", WORDS), encoding="utf-8"
    )
    css = folder / "style.css"
    own_css = css.read_text(encoding="utf-8").replace(".own {", ".own { width: 55mm; ")
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "own-font"
    request = render_request(handout, brand, None)
    for family, comes_later in (("LayoutOwn", "file"), ("LayoutLater", "rule")):
        final = own_css.replace("LayoutOwn", family)  # a family the worker has not met
        own.unlink()
        css.write_text(final if comes_later == "file" else final.replace(RULE, ""), "utf-8")
        settled(css)
        assert render_worker.render(request).ok  # printed in the fallback font
        shutil.copyfile(static, own)
        css.write_text(final, encoding="utf-8")
        for path in (own, css):
            settled(path)
        warm = render_worker.render(request)
        with switched_off():
            cold = render_in_process(request, WarmFontConfiguration())
        assert warm.ok and cold.ok
        assert warm.pdf == cold.pdf, f"the {comes_later} comes later"
