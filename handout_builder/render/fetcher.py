"""The one URL fetcher for every HTML, CSS, font and image load.

It allows ``data:`` URLs and ``file:`` URLs that resolve (symlinks followed)
inside the allowed roots — the layout folders, shared assets, illustrations,
bundled fonts and the brand logo. Everything else (``http:``, ``https:``,
``ftp:``, files elsewhere) is refused and recorded; no redirect is followed and
no network connection is ever opened.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import time
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse, URLFetchingError

MAX_RESOURCE_BYTES = 20 * 1024 * 1024


class LoadedFile(NamedTuple):
    """A file as a URL named it, the file that name led to (symlinks
    followed) and that file's modification time (ns) and size (bytes)."""

    path: Path
    resolved: Path
    mtime_ns: int
    size: int


def loaded_file(path: Path) -> LoadedFile | None:
    """Where ``path`` leads now and that file's state; ``None`` if it cannot be read."""
    try:
        resolved = path.resolve()
        stat = resolved.stat()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    return LoadedFile(path, resolved, stat.st_mtime_ns, stat.st_size)


class RestrictedURLFetcher(URLFetcher):  # type: ignore[misc]
    """Loads only ``data:`` URLs and files under ``allowed_roots``."""

    def __init__(self, allowed_roots: list[Path]) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False, timeout=1)
        self.roots = [Path(root).resolve() for root in allowed_roots]
        self.refused: list[str] = []
        # Every file read, in order, as it was just before reading (the stylesheet cache's sources).
        self.loaded: list[LoadedFile | None] = []
        # When each file (as a URL named it) was last read: time.time_ns() just before reading.
        self.read_at: dict[Path, int] = {}

    def is_allowed(self, path: Path) -> bool:
        return any(path == root or root in path.parents for root in self.roots)

    def refusal(self, url: str) -> str | None:
        """Why ``url`` would be refused (``None``: it may be loaded). Reads nothing."""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return None
        if scheme != "file":
            return "only files from the layout, assets and logo may be loaded"
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return "file URLs on other hosts are not allowed"
        path = Path(url2pathname(parts.path)).resolve()
        if not self.is_allowed(path):
            return "outside the layout, asset and logo folders"
        if not path.is_file():
            return "file not found"
        if path.stat().st_size > MAX_RESOURCE_BYTES:
            return "file too large"
        return None

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        reason = self.refusal(url)
        if reason is not None:
            return self._refuse(url, reason)
        if url.split(":", 1)[0].lower() == "data":
            return self._data(url)
        named = Path(url2pathname(urlsplit(url).path))
        self.loaded.append(loaded_file(named))  # before reading: a later save is seen
        self.read_at[named] = time.time_ns()
        path = named.resolve()
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})

    def _data(self, url: str) -> URLFetcherResponse:
        """Decode a ``data:`` URL here (no urllib handler, nothing else involved)."""
        header, comma, payload = url[len("data:") :].partition(",")
        if not comma:
            return self._refuse(url, "malformed data URL")
        base64_encoded = header.lower().endswith(";base64")
        media_type = header[: -len(";base64")] if base64_encoded else header
        raw = unquote_to_bytes(payload)
        try:
            body = base64.b64decode(raw, validate=False) if base64_encoded else raw
        except binascii.Error:
            return self._refuse(url, "malformed base64 data")
        if len(body) > MAX_RESOURCE_BYTES:
            return self._refuse(url, "data too large")
        return URLFetcherResponse(url, body, {"Content-Type": media_type or "text/plain"})

    def _refuse(self, url: str, reason: str) -> URLFetcherResponse:
        shown = url if len(url) <= 120 else url[:117] + "..."
        self.refused.append(f"{shown} ({reason})")
        raise URLFetchingError(f"refused to load {shown}: {reason}")
