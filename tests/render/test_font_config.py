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
from handout_builder.render.pdf import warm_up

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
