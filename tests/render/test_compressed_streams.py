"""PDF streams compressed once per worker (render/compressed_streams.py): the
same bytes as zlib makes them, the same PDF as compressing every time, and
a bounded memory."""

from __future__ import annotations

import os
import zlib

import pydyf

from handout_builder.core.model.documents import render_request
from handout_builder.render import compressed_streams
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up


def zlib_made(data: bytes, level: int) -> bytes:
    compressor = zlib.compressobj(level=level)
    return compressor.compress(data) + compressor.flush()


def test_streams_compress_to_the_bytes_zlib_makes():
    texts = [b"", b"q 1 0 0 1 0 0 cm Q", os.urandom(5000), b"BT /F1 12 Tf (Breathe) Tj ET\n" * 400]
    for data in texts + texts:  # the second time from memory, where remembered
        for level in (6, 9):
            assert compressed_streams.compressed(data, level) == zlib_made(data, level)
    zlib_like = pydyf.zlib.compressobj(level=9)
    made = zlib_like.compress(texts[3][:700]) + zlib_like.compress(texts[3][700:])
    assert made + zlib_like.flush() == zlib_made(texts[3], 9)
    assert pydyf.zlib.decompress(zlib_made(texts[3], 9)) == texts[3]  # the rest is zlib's


def test_a_warm_render_prints_the_same_pdf_as_compressing_every_time(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "hand-model"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = compressed_streams.statistics["hits"]
    warm = render(request, fonts)
    assert compressed_streams.statistics["hits"] - before >= 5  # fonts and pages
    remembering = pydyf.zlib
    try:
        pydyf.zlib = remembering.__wrapped__
        cold = render(request, fonts)
    finally:
        pydyf.zlib = remembering
    assert warm.pdf is not None and warm.pdf == cold.pdf


def test_what_is_kept_stays_within_its_bound():
    for _ in range(3 * compressed_streams.MAX_BYTES // 200_000):
        compressed_streams.compressed(os.urandom(100_000), 9)
    kept = sum(len(data) + len(made) for (_, data), made in compressed_streams._kept.items())
    assert kept <= compressed_streams.MAX_BYTES
    assert kept == compressed_streams._size
