"""Brand logos: refused when they would be too large or never finish drawing,
an SVG's linked pictures beside it load, and links that cannot are reported."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from handout_builder.core.errors import ValidationError
from handout_builder.core.model.brand import load_brand
from handout_builder.core.model.documents import render_request
from handout_builder.core.model.logo import copy_logo, logo_files, logo_link_problems
from handout_builder.render.pdf import render_request as render

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    "{size}>{body}</svg>"
)


def png_header(width: int, height: int) -> bytes:
    """A PNG that says it is ``width`` × ``height`` (a 13000² logo is 657 KB; the
    header alone is what matters)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (8, 8)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def profile(folder: Path, logo_name: str, content: bytes | str) -> Path:
    logo = folder / logo_name
    logo.write_bytes(content.encode() if isinstance(content, str) else content)
    toml = folder / "practice.toml"
    toml.write_text(f'practice_name = "Riverside"\nlogo = "{logo_name}"\n')
    return toml


def nested_uses(levels: int) -> str:
    """An SVG whose <use> references double at every level (2**levels squares)."""
    parts = ['<g id="l0"><rect width="1" height="1"/></g>']
    parts += [
        f'<g id="l{i}"><use href="#l{i - 1}"/><use href="#l{i - 1}" x="1"/></g>'
        for i in range(1, levels + 1)
    ]
    return SVG.format(
        size='width="40" height="20"', body="".join(parts) + f'<use href="#l{levels}"/>'
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.png", png_header(13000, 13000), "too large to print: 13,000 × 13,000 pixels"),
        ("logo.jpg", jpeg_claiming(9000, 9000), "too large to print: 9,000 × 9,000 pixels"),
        ("logo.svg", SVG.format(size='width="8000" height="8000"', body=""), "8,000 × 8,000"),
        ("logo.svg", SVG.format(size='viewBox="0 0 6000 6000"', body=""), "6,000 × 6,000"),
        ("logo.svg", SVG.format(size='width="100in" height="100in"', body=""), "9,600 × 9,600"),
        (
            "logo.svg",
            SVG.format(
                size='width="10" height="10"',
                body='<image href="data:image/png;base64,'
                + base64.b64encode(png_header(20000, 20000)).decode()
                + '"/>',
            ),
            "20,000 × 20,000",
        ),
        (
            "logo.svg",
            SVG.format(
                size='width="10" height="10"',
                body='<g id="a"><image href="logo.svg" width="5" height="5"/><use href="#b"/></g>'
                '<g id="b"><rect width="1" height="1"/></g><use href="#a"/>',
            ),
            "logo includes itself",
        ),
        (
            "logo.svg",
            SVG.format(size='width="10" height="10"', body='<g id="a"><use href="#a"/></g>'),
            "refers to itself through <use>",
        ),
        ("logo.svg", nested_uses(14), "too detailed to draw (more than 10,000 shapes"),
    ],
)
def test_a_logo_too_large_or_never_finishing_is_refused_at_load(tmp_path, name, content, message):
    toml = profile(tmp_path, name, content)
    with pytest.raises(ValidationError) as caught:
        load_brand(toml)
    problem = caught.value.problems[0]
    assert problem.field == "logo" and problem.line == 2 and problem.file == str(toml)
    assert message in problem.message, problem.message


def test_a_logo_that_includes_itself_through_another_file_is_refused(tmp_path):
    (tmp_path / "other.svg").write_text(
        SVG.format(size='width="10" height="10"', body='<image href="logo.svg"/>')
    )
    toml = profile(
        tmp_path,
        "logo.svg",
        SVG.format(size='width="10" height="10"', body='<image href="other.svg"/>'),
    )
    with pytest.raises(ValidationError, match="logo includes itself"):
        load_brand(toml)


def test_ordinary_logos_load(tmp_path):
    Image.new("RGB", (1200, 600), "navy").save(tmp_path / "mark.png")
    for name, content in (
        ("a.png", (tmp_path / "mark.png").read_bytes()),
        ("b.svg", SVG.format(size='viewBox="0 0 612 792"', body='<rect width="9" height="9"/>')),
        ("c.svg", nested_uses(8)),  # 256 squares
    ):
        assert load_brand(profile(tmp_path, name, content)).logo == (tmp_path / name).resolve()


LINKING = SVG.format(
    size='width="120" height="60"',
    body='<rect width="120" height="60" fill="#eef"/>'
    '<image xlink:href="mark.png" x="10" y="10" width="60" height="30"/>'
    '<image href="missing.png" width="5" height="5"/>'
    '<image href="../outside.png" width="5" height="5"/>'
    '<image href="https://example.com/x.png" width="5" height="5"/>',
)


def test_an_svg_logo_loads_the_picture_beside_it_and_reports_links_that_cannot(
    tmp_path, make_handout
):
    folder = tmp_path / "brand"
    folder.mkdir()
    Image.new("RGB", (60, 30), "red").save(folder / "mark.png")
    Image.new("RGB", (60, 30), "blue").save(tmp_path / "outside.png")
    brand = load_brand(profile(folder, "logo.svg", LINKING))
    assert logo_files(brand.logo) == [brand.logo, folder / "mark.png"]
    warnings = [p.message for p in logo_link_problems(brand.logo, str(brand.source))]
    assert warnings == [
        "the logo links to missing.png, which cannot be loaded (file not found); "
        "it prints without it",
        "the logo links to ../outside.png, which cannot be loaded (it is outside the logo's "
        "folder); it prints without it",
        "the logo links to https://example.com/x.png, which cannot be loaded (only files next "
        "to the logo can be loaded, nothing from the internet); it prints without it",
    ]

    result = render(render_request(make_handout("anxiety-alarm"), brand, None))
    assert result.ok
    with pikepdf.open(io.BytesIO(result.pdf)) as pdf:
        sizes = {
            (int(image.Width), int(image.Height))
            for image in pdf.objects
            if isinstance(image, pikepdf.Stream) and image.get("/Subtype") == "/Image"
        }
    assert (60, 30) in sizes  # mark.png, drawn inside the logo
    messages = [str(p) for p in result.problems]
    assert sum("the logo links to" in m and str(brand.source) in m for m in messages) == 3
    assert not [m for m in messages if "outside the layout, asset and logo folders" in m]


def test_copying_a_logo_brings_the_pictures_it_links(tmp_path):
    source = tmp_path / "designer"
    source.mkdir()
    Image.new("RGB", (60, 30), "red").save(source / "mark.png")
    (source / "logo.svg").write_text(LINKING)
    (source / "unrelated.txt").write_text("not copied")
    brands = tmp_path / "brands"
    brands.mkdir()
    copy = copy_logo(source / "logo.svg", brands, "riverside")
    assert copy == brands / "riverside-logo" / "logo.svg"
    assert sorted(p.name for p in copy.parent.iterdir()) == ["logo.svg", "mark.png"]
    assert logo_files(copy)[1] == copy.parent / "mark.png"
    plain = tmp_path / "plain.png"
    Image.new("RGB", (10, 10)).save(plain)
    assert copy_logo(plain, brands, "other") == brands / "other-logo.png"
