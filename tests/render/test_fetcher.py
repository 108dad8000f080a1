from __future__ import annotations

import pytest
from weasyprint.urls import URLFetchingError

from handout_builder.render.fetcher import RestrictedURLFetcher


@pytest.fixture
def fetcher(tmp_path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "ok.css").write_text("p { color: red }")
    (tmp_path / "secret.txt").write_text("secret")
    (allowed / "link.css").symlink_to(tmp_path / "secret.txt")
    return RestrictedURLFetcher([allowed]), allowed


def test_allows_files_under_roots_and_data_urls(fetcher):
    f, allowed = fetcher
    response = f.fetch((allowed / "ok.css").as_uri())
    assert response.read() == b"p { color: red }"
    assert f.fetch("data:text/plain,hi%21").read() == b"hi!"
    assert f.fetch("data:image/svg+xml;base64,PHN2Zy8+").read() == b"<svg/>"


@pytest.mark.parametrize(
    "make_url",
    [
        lambda allowed: (allowed.parent / "secret.txt").as_uri(),
        lambda allowed: (
            (allowed / ".." / "secret.txt").as_uri().replace("/allowed/..", "/allowed/..")
        ),
        lambda allowed: (allowed / "link.css").as_uri(),  # symlink pointing outside
        lambda allowed: "file:///etc/passwd",
        lambda allowed: "file://otherhost/etc/passwd",
        lambda allowed: "http://example.com/x.png",
        lambda allowed: "https://example.com/font.woff2",
        lambda allowed: "ftp://example.com/x",
    ],
)
def test_refuses_everything_else(fetcher, make_url):
    f, allowed = fetcher
    url = make_url(allowed)
    with pytest.raises(URLFetchingError, match="refused to load"):
        f.fetch(url)
    assert f.refused
