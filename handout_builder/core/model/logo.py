"""What a brand logo may be, beyond being a PNG, JPEG or SVG file.

Checked when a profile is loaded (errors) or saved (warnings), never by
decoding the picture:

- its decoded size — PNG and JPEG dimensions from the file header (Pillow
  reads only the header), an SVG's ``width``/``height`` or ``viewBox`` — is at
  most :data:`MAX_LOGO_PIXELS` (a 13000 × 13000 PNG of 657 KB on disk needs
  1.5 GB to draw);
- an SVG does not include itself, directly or through another file, and its
  ``<use>`` references neither loop nor multiply into more than
  :data:`MAX_LOGO_SHAPES` shapes (either would never finish drawing);
- every file an SVG links (``<image href="mark.png">``) sits in the logo's own
  folder and loads; the renderer may read exactly those files
  (:func:`logo_files`), and a link that cannot load is reported as a warning.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from handout_builder.core.errors import HandoutBuilderError, Problem

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from PIL.ImageFile import ImageFile

MAX_LOGO_PIXELS = 25_000_000
"""At most 25 million pixels (e.g. 5000 × 5000): ten times what a logo printed
40 mm wide at 1200 dpi needs, and about 100 MB once decoded."""

MAX_LOGO_SHAPES = 10_000
"""Elements an SVG logo may draw once its ``<use>`` references are expanded
(WeasyPrint draws about a thousand a second, on every page that shows the logo)."""
MAX_LINKED_FILES = 20
SVG_NS = "{http://www.w3.org/2000/svg}"
HREF_ATTRIBUTES = ("{http://www.w3.org/1999/xlink}href", "href")
# CSS units in px (CSS 2: 96 px to the inch).
UNIT_PX = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54}
UNIT_PX |= {"mm": 96 / 25.4, "q": 96 / 101.6, "em": 16.0, "ex": 8.0}
_LENGTH = re.compile(r"^\s*([0-9.eE+-]+)\s*([a-zA-Z]*)\s*$")


def _is_svg(path: Path) -> bool:
    from handout_builder.core.model.brand import sniff_image

    return sniff_image(path) == "svg"


def _parse_svg(path: Path) -> ET.Element | None:
    import xml.etree.ElementTree as ET  # an SVG logo only: off the start-up path

    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError, ValueError):
        return None


# -- decoded size -----------------------------------------------------------------------


def raster_size(source: Path | IO[bytes]) -> tuple[int, int] | None:
    """A PNG's or JPEG's width and height in pixels, read from its header only
    (Pillow's image classes, without ``Image.open``'s own size limit)."""
    from PIL import JpegImagePlugin, PngImagePlugin

    try:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(8)
        else:
            head = source.read(8)
            source.seek(0)
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            opener: type[ImageFile] = PngImagePlugin.PngImageFile
        elif head.startswith(b"\xff\xd8\xff"):
            opener = JpegImagePlugin.JpegImageFile
        else:
            return None
        with opener(source) as image:
            return image.size
    except (OSError, ValueError, SyntaxError, struct.error):
        return None


def _length_px(text: str | None) -> float | None:
    match = _LENGTH.match(text or "")
    if not match or match.group(2).lower() not in UNIT_PX:
        return None  # missing, a percentage or not a length
    try:
        return float(match.group(1)) * UNIT_PX[match.group(2).lower()]
    except ValueError:
        return None


def svg_size(root: ET.Element) -> tuple[float, float] | None:
    """An SVG's size in px: ``width`` and ``height``, else its ``viewBox``."""
    width, height = _length_px(root.get("width")), _length_px(root.get("height"))
    if width is not None and height is not None:
        return width, height
    box = (root.get("viewBox") or "").replace(",", " ").split()
    try:
        return (float(box[2]), float(box[3])) if len(box) == 4 else None
    except ValueError:
        return None


def _too_large(size: tuple[float, float] | None, what: str) -> str | None:
    if size is None:
        return None
    width, height = size
    if width * height <= MAX_LOGO_PIXELS:
        return None
    return (
        f"{what} is too large to print: {int(width):,} × {int(height):,} pixels "
        f"(at most {MAX_LOGO_PIXELS // 1_000_000} million, e.g. 5000 × 5000); "
        "save a smaller copy"
    )


# -- what an SVG links ------------------------------------------------------------------


def svg_links(root: ET.Element) -> list[str]:
    """Every ``href`` in an SVG that points outside it (not ``#fragment``)."""
    links = []
    for element in root.iter():
        for name in HREF_ATTRIBUTES:
            value = (element.get(name) or "").strip()
            if value and not value.startswith("#"):
                links.append(value)
    return links


def _link_target(link: str, svg: Path, folder: Path) -> tuple[Path | None, str | None]:
    """The file a link in ``svg`` names and, when it cannot be loaded, why
    (``folder``: the logo's own folder, where linked files must be)."""
    parts = urlsplit(link)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return None, None
    if scheme not in ("", "file") or (scheme == "file" and parts.netloc not in ("", "localhost")):
        return None, "only files next to the logo can be loaded, nothing from the internet"
    try:
        target = (svg.parent / unquote(parts.path)).resolve()
    except (OSError, ValueError, RuntimeError):
        return None, "not a file name"
    if folder not in target.parents:
        return target, "it is outside the logo's folder"
    if not target.is_file():
        return target, "file not found"
    from handout_builder.core.model.brand import sniff_image

    if sniff_image(target) is None:
        return target, "it is not a PNG, JPEG or SVG image"
    return target, None


@dataclass(frozen=True)
class LogoLinks:
    """What an SVG logo links: ``graph`` maps each file reachable from the logo
    (the logo first) to the loadable files it links; ``unloadable`` lists
    ``(link, url, reason)`` for each link that cannot be loaded — the link as
    written, the URL the renderer would ask for, and why."""

    graph: dict[Path, list[Path]]
    unloadable: list[tuple[str, str, str]]


def logo_links(logo: Path) -> LogoLinks:
    """The links of ``logo`` (a PNG or JPEG links nothing), read once per
    version of the file: the render worker asks on every preview."""
    logo = logo.resolve()
    try:
        info = logo.stat()
    except OSError:
        return LogoLinks({logo: []}, [])
    return _logo_links(logo, info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=8)
def _logo_links(logo: Path, _mtime_ns: int, _size: int) -> LogoLinks:
    graph: dict[Path, list[Path]] = {}
    unloadable: list[tuple[str, str, str]] = []
    queue = [logo]
    while queue and len(graph) < MAX_LINKED_FILES:
        current = queue.pop(0)
        if current in graph:
            continue
        root = _parse_svg(current) if _is_svg(current) else None
        targets = []
        for link in svg_links(root) if root is not None else []:
            target, reason = _link_target(link, current, logo.parent)
            if reason is not None:
                unloadable.append((link, urljoin(current.as_uri(), link), reason))
            elif target is not None:
                targets.append(target)
                queue.append(target)
        graph[current] = targets
    return LogoLinks(graph, unloadable)


def logo_files(logo: Path) -> list[Path]:
    """The logo and the files in its folder that it links (for an SVG, followed
    through linked SVGs): what the renderer may read for it."""
    return list(logo_links(logo).graph)


def _includes_itself(graph: dict[Path, list[Path]]) -> Path | None:
    """An SVG that, through its links, draws itself again (a loop), if any."""
    done: set[Path] = set()

    def visit(node: Path, path: tuple[Path, ...]) -> Path | None:
        if node in path:
            return node
        if node in done:
            return None
        for target in graph.get(node, []):
            if (found := visit(target, (*path, node))) is not None:
                return found
        done.add(node)
        return None

    return visit(next(iter(graph)), ()) if graph else None


# -- the checks -------------------------------------------------------------------------


def logo_problems(path: Path, file: str, field: str = "logo") -> list[Problem]:
    """Errors that stop a logo from being used: too large once decoded, an SVG
    that includes itself or multiplies without end. ``path`` is a PNG, JPEG or
    SVG file (checked before)."""
    if not _is_svg(path):
        message = _too_large(raster_size(path), "logo")
        return [Problem(message, file, field=field)] if message else []
    graph = logo_links(path).graph
    looping = _includes_itself(graph)
    messages = [
        f"logo includes itself (through {looping.name}), so it could never finish drawing"
        if looping
        else None
    ]
    for svg in graph:
        root = _parse_svg(svg) if _is_svg(svg) else None
        what = "logo" if svg == path.resolve() else f"the logo's linked picture {svg.name}"
        if root is None:
            messages.append(_too_large(raster_size(svg), what))
            continue
        messages.append(_too_large(svg_size(root), what))
        messages.append(_shapes_problem(root))
        messages += [_too_large(raster_size(data), what) for data in _embedded_images(root)]
    return [Problem(m, file, field=field) for m in dict.fromkeys(messages) if m]


def logo_link_problems(logo: Path, file: str | None) -> list[Problem]:
    """Warnings for links in an SVG logo that cannot be loaded (the logo then
    prints without them)."""
    return [
        Problem(
            f"the logo links to {link if len(link) <= 80 else link[:77] + '...'}, which "
            f"cannot be loaded ({reason}); it prints without it",
            file,
            field="logo",
            severity="warning",
        )
        for link, _, reason in logo_links(logo).unloadable
    ]


def _embedded_images(root: ET.Element) -> list[IO[bytes]]:
    """Pictures embedded in the SVG as ``data:…;base64`` URLs."""
    found: list[IO[bytes]] = []
    for element in root.iter():
        for name in HREF_ATTRIBUTES:
            value = element.get(name) or ""
            header, _, payload = value.partition(",")
            if header.lower().startswith("data:image/") and header.lower().endswith(";base64"):
                try:
                    found.append(io.BytesIO(base64.b64decode(payload)))
                except (binascii.Error, ValueError):
                    continue
    return found


def _shapes_problem(root: ET.Element) -> str | None:
    """How many shapes an SVG draws once ``<use>`` is expanded, or a loop."""
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    counts: dict[int, int] = {}
    in_progress: set[int] = set()
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    while stack:
        element, ready = stack.pop()
        if id(element) in counts:
            continue
        children = list(element)
        if element.tag in (f"{SVG_NS}use", "use"):
            href = next((v for n in HREF_ATTRIBUTES if (v := element.get(n))), "")
            target = by_id.get(href[1:]) if href.startswith("#") else None
            if target is not None:
                children.append(target)
        if not ready:
            if id(element) in in_progress:
                return "logo refers to itself through <use>, so it could never finish drawing"
            in_progress.add(id(element))
            stack.append((element, True))
            stack.extend((child, False) for child in children if id(child) not in counts)
            continue
        in_progress.discard(id(element))
        counts[id(element)] = 1 + sum(counts.get(id(child), 0) for child in children)
        if counts[id(element)] > MAX_LOGO_SHAPES:
            return (
                f"logo is too detailed to draw (more than {MAX_LOGO_SHAPES:,} shapes once "
                "its <use> references are expanded)"
            )
    return None


def copy_logo(logo: Path, folder: Path, stem: str) -> Path:
    """Copy ``logo`` into ``folder`` (a brands folder) as ``STEM-logo.EXT``; an
    SVG that links files next to it goes, with them, into a ``STEM-logo``
    folder. Returns the copy's path. Raises :class:`HandoutBuilderError`."""
    from handout_builder.core.atomic import atomic_write_bytes
    from handout_builder.core.paths import ensure_dir

    source = logo.resolve()
    linked = logo_files(source)[1:]
    try:
        if not linked:
            copy = folder / f"{stem}-logo{source.suffix.lower()}"
            atomic_write_bytes(copy, source.read_bytes())
            return copy
        target = ensure_dir(folder / f"{stem}-logo")
        for path in (source, *linked):
            relative = path.relative_to(source.parent)
            ensure_dir((target / relative).parent)
            atomic_write_bytes(target / relative, path.read_bytes())
        return target / source.name
    except OSError as exc:
        raise HandoutBuilderError(f"cannot copy the logo: {exc.strerror}") from exc
