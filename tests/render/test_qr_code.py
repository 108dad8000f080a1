"""The optional QR code: made offline from the brand profile's booking page (else
its website), printed with its address in words and alt text, and read back from
the printed page by a QR decoder as a phone would."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize

from handout_builder.core.errors import ValidationError
from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.model.brand import brand_from_data
from handout_builder.core.model.documents import render_request
from handout_builder.core.model.qr import qr_code, web_address
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text
from tests.render.pdf_inspect import structure

BOOKING = "riverside-counselling.example/book"


def page_images(qapp, pdf: bytes, dpi: int = 150):
    """Each page drawn as a PIL image (Qt's PDF renderer), as a camera sees paper."""
    from PIL import Image
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(data)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page) * dpi / 72
        image = document.render(page, QSize(round(size.width()), round(size.height())))
        png = QBuffer()
        png.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(png, "PNG")
        images.append(Image.open(io.BytesIO(bytes(png.data().data()))).convert("L"))
    return images


def decoded(qapp, pdf: bytes) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    return [code.text for image in page_images(qapp, pdf) for code in zxingcpp.read_barcodes(image)]


def render_with(library, brand, layout: str, **options):
    handout = sample_handout(library, ("anxiety-alarm", "window-of-tolerance"))
    handout.options.layout = layout
    handout.options.layout_options = options
    return render(render_request(handout, brand, library))


def test_web_addresses():
    assert web_address("riverside.example/book") == "https://riverside.example/book"
    assert web_address("http://riverside.example") == "http://riverside.example"
    for bad in ("", "javascript:alert(1)", "file:///etc/passwd", "my site.example", "intranet"):
        assert web_address(bad) is None, bad
    code = qr_code("", "riverside.example")
    assert code is not None and not code.booking and code.url == "https://riverside.example"
    assert code.image.startswith("data:image/svg+xml")
    assert qr_code("", "") is None


def test_a_booking_page_must_be_a_web_address():
    data = {"practice_name": "P", "booking_url": "ftp://x.example"}
    with pytest.raises(ValidationError, match=r"booking_url.*not a web address"):
        brand_from_data(data, "brand.toml", base_dir=None)


@pytest.mark.parametrize("layout", ["classic", "trifold"])
def test_the_printed_code_opens_the_booking_page(qapp, builtin_library, brand, layout):
    booked = replace(brand, booking_url=BOOKING)
    result = render_with(builtin_library, booked, layout, qr_code=True)
    assert result.ok and not [p for p in result.problems if "does not fit" in p.message]

    assert decoded(qapp, result.pdf) == [f"https://{BOOKING}"]
    assert BOOKING in "".join(pdf_text(result.pdf).split())  # in words beside it
    root, _ = structure(result.pdf)
    figures = [e.alt for e in root.walk() if e.tag == "Figure"]
    assert f"QR code that opens {BOOKING}" in figures


def test_the_website_without_a_booking_page_and_nothing_when_off(qapp, builtin_library, brand):
    with_website = render_with(builtin_library, brand, "worksheet", qr_code=True)
    assert decoded(qapp, with_website.pdf) == [f"https://{brand.website}"]
    assert "Find us online" in pdf_text(with_website.pdf)

    assert decoded(qapp, render_with(builtin_library, brand, "classic").pdf) == []
    bare = replace(brand, website="")
    none = render_with(builtin_library, bare, "classic", qr_code=True)
    assert none.ok and decoded(qapp, none.pdf) == []
    assert any("no QR code printed" in p.message for p in none.problems)


def test_a_long_booking_address_wraps_beside_the_code(builtin_library):
    """A booking address longer than the room beside the code wraps there
    instead of running past the margin (the fit check said so)."""
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import new_handout

    address = "riverside-community-counselling.example/book/ruiz-castellanos?service=intake"
    handout = new_handout(builtin_library, ["fear-ladder"], layout="classic", paper="a4")
    handout.options.layout_options = {"qr_code": True}
    booked = replace(sample_brand(), booking_url=address)
    result = render(render_request(handout, booked, builtin_library))
    assert result.ok and result.fit_problems == [], [p.message for p in result.fit_problems]
    assert address in "".join(pdf_text(result.pdf or b"").split())
