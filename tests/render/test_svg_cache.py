"""Pictures drawn once per worker and replayed (render/svg_cache.py): the
same PDF as drawing every time, an edited picture (illustration or file)
drawn again, and nothing drawn from the cache that a render's own folders
would not let it load."""

from __future__ import annotations

import base64
import io
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import weasyprint.images
from PIL import Image

from handout_builder.core.model.documents import render_request
from handout_builder.core.model.fonts import font_files
from handout_builder.render import svg_cache
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.conftest import pdf_text
from tests.render.prepared import prepared_html

# Labels centred and at the end (transparency groups), shapes half transparent.
LABELLED = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120"
 width="300" height="120" font-family="'Atkinson Hyperlegible', sans-serif">
  <rect x="4" y="4" width="292" height="112" rx="12" fill="#ffffff" stroke="#333"/>
  <circle cx="60" cy="60" r="40" fill="currentColor" fill-opacity="0.45"/>
  <g opacity="0.5"><rect x="120" y="20" width="60" height="30" fill="#2f5d7c"/></g>
  <text x="150" y="90" font-size="18" text-anchor="middle">LABEL</text>
  <text x="290" y="110" font-size="14" text-anchor="end">Calm body</text>
  <text x="10" y="20" font-size="12" font-weight="bold">Start</text>
</svg>"""


def hits() -> int:
    return svg_cache.statistics["hits"]


def data_url(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def render_html(body: str, base: Path, roots: list[Path], fonts: object) -> tuple[bytes, list[str]]:
    html = f'<!doctype html><html lang="en"><head><title>t</title></head><body>{body}</body></html>'
    prepared = prepared_html(html, base, roots)
    pdf, _, problems = write_pdf(prepared, fonts)  # type: ignore[arg-type]
    return pdf, [p.describe() for p in problems]


@contextmanager
def drawing_every_time() -> Iterator[None]:
    """WeasyPrint's own SVG drawing, without the cache."""
    wrapped = weasyprint.images.SVGImage.draw
    weasyprint.images.SVGImage.draw = wrapped.__wrapped__
    try:
        yield
    finally:
        weasyprint.images.SVGImage.draw = wrapped


def test_a_warm_render_prints_the_same_pdf_as_drawing_every_time(make_handout, brand):
    handout = make_handout("window-of-tolerance", "hand-model")
    request = render_request(handout, brand, None, purpose="preview")
    fonts = warm_up()
    render(request, fonts)
    before = hits()
    warm = render(request, fonts)
    assert hits() - before >= 2  # both illustrations replayed
    with drawing_every_time():
        cold = render(request, fonts)
    assert warm.pdf is not None and warm.pdf == cold.pdf  # byte for byte


def test_labels_groups_and_transparency_replay_exactly(tmp_path):
    fonts = warm_up()
    body = f'<img src="{data_url(LABELLED)}" style="width: 80mm">'
    with drawing_every_time():
        cold, _ = render_html(body, tmp_path, [tmp_path], fonts)
    first, _ = render_html(body, tmp_path, [tmp_path], fonts)
    before = hits()
    again, _ = render_html(body, tmp_path, [tmp_path], fonts)
    assert hits() == before + 1
    assert first == cold and again == cold
    assert "LABEL" in pdf_text(again) and "Calm body" in pdf_text(again)


def test_the_same_picture_at_another_size_or_colour_is_drawn_again(tmp_path):
    fonts = warm_up()
    picture = data_url(LABELLED)
    sizes = [
        f'<img src="{picture}" style="width: 80mm">',
        f'<img src="{picture}" style="width: 60mm">',
        f'<p style="color: #aa0000"><img src="{picture}" style="width: 60mm"></p>',
    ]
    for body in sizes:
        with drawing_every_time():
            cold, _ = render_html(body, tmp_path, [tmp_path], fonts)
        warm, _ = render_html(body, tmp_path, [tmp_path], fonts)
        assert warm == cold


def test_labels_in_a_family_given_its_file_by_a_later_layout_are_drawn_again(tmp_path):
    """A label in a family no ``@font-face`` rule had given a file yet was
    drawn in a fallback font; once a later render registers the family's file
    with the same font configuration, the picture is drawn in it."""
    fonts = warm_up()
    shutil.copyfile(font_files("Atkinson Hyperlegible")[0].path, tmp_path / "late.ttf")
    picture = data_url(LABELLED.replace("'Atkinson Hyperlegible', sans-serif", "LateFont"))
    body = f'<img src="{picture}" style="width: 80mm">'
    face = "<style>@font-face { font-family: LateFont; src: url(late.ttf); }</style>"
    render_html(body, tmp_path, [tmp_path], fonts)  # in the fallback font
    with drawing_every_time():
        cold, _ = render_html(face + body, tmp_path, [tmp_path], fonts)
    assert render_html(face + body, tmp_path, [tmp_path], fonts)[0] == cold
    before = hits()
    assert render_html(face + body, tmp_path, [tmp_path], fonts)[0] == cold
    assert hits() == before + 1  # kept again, in its own font


def test_an_edited_illustration_is_drawn_again(tmp_path):
    fonts = warm_up()
    first = LABELLED.replace("LABEL", "Alarm")
    second = LABELLED.replace("LABEL", "Brain")  # same size, same length
    pdf, _ = render_html(f'<img src="{data_url(first)}">', tmp_path, [tmp_path], fonts)
    assert "Alarm" in pdf_text(pdf)
    pdf, _ = render_html(f'<img src="{data_url(second)}">', tmp_path, [tmp_path], fonts)
    assert "Brain" in pdf_text(pdf) and "Alarm" not in pdf_text(pdf)


def test_a_picture_file_edited_under_the_same_name_is_drawn_again(tmp_path):
    fonts = warm_up()
    picture = tmp_path / "logo.svg"
    picture.write_text(LABELLED.replace("LABEL", "Alarm"), encoding="utf-8")
    for _ in range(2):
        pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
        assert "Alarm" in pdf_text(pdf)
    stamp = picture.stat().st_mtime_ns
    picture.write_text(LABELLED.replace("LABEL", "Brain"), encoding="utf-8")
    os.utime(picture, ns=(stamp + 10**9, stamp + 10**9))  # same size, a second later
    pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert "Brain" in pdf_text(pdf) and "Alarm" not in pdf_text(pdf)


def settled(path: Path, seconds_ago: int) -> None:
    """Give ``path`` a modification time long enough ago to be kept."""
    stamp = time.time_ns() - seconds_ago * 10**9
    os.utime(path, ns=(stamp, stamp))


def test_a_settled_picture_file_is_drawn_from_memory_until_it_is_edited(tmp_path):
    fonts = warm_up()
    picture = tmp_path / "logo.svg"
    picture.write_text(LABELLED.replace("LABEL", "Alarm"), encoding="utf-8")
    settled(picture, 60)
    render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    before = hits()
    pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert hits() == before + 1 and "Alarm" in pdf_text(pdf)
    picture.write_text(LABELLED.replace("LABEL", "Brain"), encoding="utf-8")  # same size
    settled(picture, 30)
    pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert "Brain" in pdf_text(pdf) and "Alarm" not in pdf_text(pdf)
    with drawing_every_time():
        cold, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert pdf == cold


def test_a_picture_file_saved_just_before_it_was_read_is_not_kept(tmp_path):
    fonts = warm_up()
    picture = tmp_path / "logo.svg"
    picture.write_text(LABELLED, encoding="utf-8")  # modified now: it may be saved again
    before = hits()
    for _ in range(2):
        render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert hits() == before


def test_a_picture_link_pointed_at_another_file_is_drawn_again(tmp_path):
    fonts = warm_up()
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    for name, label in (("a.svg", "Alarm"), ("b.svg", "Brain")):
        (pictures / name).write_text(LABELLED.replace("LABEL", label), encoding="utf-8")
        settled(pictures / name, 60)  # same size, same time
    link = tmp_path / "logo.svg"
    link.symlink_to(pictures / "a.svg")
    for _ in range(2):
        pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
        assert "Alarm" in pdf_text(pdf)
    link.unlink()
    link.symlink_to(pictures / "b.svg")  # both files untouched
    pdf, _ = render_html('<img src="logo.svg">', tmp_path, [tmp_path], fonts)
    assert "Brain" in pdf_text(pdf) and "Alarm" not in pdf_text(pdf)


def test_a_picture_replaced_by_a_link_to_a_copy_outside_is_refused(tmp_path):
    fonts = warm_up()
    folder = tmp_path / "layout"
    folder.mkdir()
    picture = folder / "logo.svg"
    picture.write_text(LABELLED, encoding="utf-8")
    settled(picture, 60)
    for _ in range(2):
        pdf, _ = render_html('<img src="logo.svg">', folder, [folder], fonts)
        assert "LABEL" in pdf_text(pdf)
    outside = tmp_path / "outside.svg"
    shutil.copy2(picture, outside)  # same size, same modification time
    picture.unlink()
    picture.symlink_to(outside)
    pdf, problems = render_html('<img src="logo.svg">', folder, [folder], fonts)
    assert "LABEL" not in pdf_text(pdf)
    assert any("logo.svg" in p and "not loaded" in p for p in problems), problems


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_a_picture_in_an_illustration_is_never_drawn_from_outside_the_allowed_folders(tmp_path):
    fonts = warm_up()
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "dot.png").write_bytes(png_bytes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'
        f'<image href="{(pictures / "dot.png").as_uri()}" x="0" y="0" width="50" height="50"/>'
        '<text x="10" y="90" font-size="12">Dot</text></svg>'
    )
    body = f'<img src="{data_url(svg)}">'
    for roots, allowed in (([pictures], True), ([elsewhere], False), ([pictures], True)):
        pdf, problems = render_html(body, tmp_path, roots, fonts)
        assert (b"/Subtype /Image" in pdf) is allowed, roots
        assert "Dot" in pdf_text(pdf)
        assert any("dot.png" in p for p in problems) is not allowed, problems


def test_a_picture_file_is_never_drawn_from_the_cache_for_a_render_that_may_not_load_it(tmp_path):
    fonts = warm_up()
    folder = tmp_path / "layout"
    folder.mkdir()
    (folder / "logo.svg").write_text(LABELLED, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for roots, allowed in (([folder], True), ([elsewhere], False)):
        pdf, problems = render_html('<img src="logo.svg">', folder, roots, fonts)
        assert ("LABEL" in pdf_text(pdf)) is allowed
        assert any("logo.svg" in p and "not loaded" in p for p in problems) is not allowed


def test_every_bundled_illustration_replays_to_the_same_pdf(tmp_path):
    fonts = warm_up()
    folder = Path(__file__).resolve().parents[2] / "assets" / "illustrations"
    pictures = sorted(folder.glob("*.svg"))
    assert len(pictures) >= 10
    for picture in pictures:
        body = f'<img src="{data_url(picture.read_text(encoding="utf-8"))}" style="width: 90mm">'
        with drawing_every_time():
            cold, _ = render_html(body, tmp_path, [tmp_path], fonts)
        render_html(body, tmp_path, [tmp_path], fonts)
        before = hits()
        warm, _ = render_html(body, tmp_path, [tmp_path], fonts)
        assert warm == cold, picture.name
        assert hits() == before + 1, f"{picture.name} is drawn every time"
