"""A QR code to the practice's booking page or website, made offline.

`segno <https://segno.readthedocs.io/>`_ draws the code as SVG, here, from the
brand profile: its ``booking_url`` when it has one, else its ``website``. The
code carries a full ``https://`` address (phones open it straight away); the
handout prints the address as the clinician wrote it beside the code, so a
client without a camera can type it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

# Error correction M recovers about 15 % of damaged modules (ISO/IEC 18004):
# enough for a printed and folded page, and keeps the code small.
ERROR_CORRECTION = "m"
QUIET_ZONE = 4  # modules of light margin around the code, as ISO/IEC 18004 asks
DARK, LIGHT = "#000000", "#ffffff"  # the most contrast for a phone's camera
_WEB_SCHEMES = ("http", "https")
_HOST = re.compile(r"^[^\s/:@]+\.[^\s/:@]+$")  # a dotted host name, no spaces


def web_address(text: str) -> str | None:
    """``text`` as an ``http(s)://`` address a phone can open (``https://`` is
    added when no scheme is given), or ``None`` when it is not a web address
    (another scheme, spaces, no host)."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    url = text if "://" in text else f"https://{text}"
    parts = urlsplit(url)
    if parts.scheme.lower() not in _WEB_SCHEMES or not _HOST.match(parts.hostname or ""):
        return None
    return url


@dataclass(frozen=True)
class QrCode:
    """A QR code to print: the address it opens (``url``), the address in words
    (``text``, as the brand profile has it), its SVG as a ``data:`` URL
    (``image``) and whether it is the booking page (else the website)."""

    url: str
    text: str
    image: str
    booking: bool


def qr_code(booking_url: str, website: str) -> QrCode | None:
    """The code for a brand's booking page, else its website; ``None`` when it
    has neither as a web address."""
    for text, booking in ((booking_url, True), (website, False)):
        url = web_address(text)
        if url is not None:
            return QrCode(url, text.strip(), qr_svg(url), booking)
    return None


@lru_cache(maxsize=16)
def qr_svg(url: str) -> str:
    """``url`` as a QR code: an SVG ``data:`` URL, one unit per module, with
    its quiet zone; size it with CSS."""
    import segno  # with its writers (urllib, http, email: ~45 ms): only when a code is drawn

    code = segno.make(url, error=ERROR_CORRECTION, micro=False)
    return str(code.svg_data_uri(border=QUIET_ZONE, dark=DARK, light=LIGHT))
