"""The freedesktop.org files that put the app on a Linux desktop, as text.

- the desktop entry (Desktop Entry Specification 1.4): menu item, launcher,
  the file types it opens;
- the shared MIME-info package (Shared MIME-info Database spec): ``*.handout``
  is ``application/x-handout-builder``, a kind of JSON, with its own icon;
- the AppStream metainfo (AppStream 1.0 ``desktop-application`` component):
  what software centres show, with the screenshots once the project has a
  published home (``Homepage`` in ``[project.urls]`` of pyproject.toml):
  AppStream takes screenshots only as web addresses, and we never point a
  user at an address nobody owns.

:mod:`handout_builder.desktop.install` writes them to the user's data folder.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from importlib import metadata

from handout_builder import APP_ID, APP_NAME, __version__
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.desktop.file_types import DOCUMENT_TYPES

SUMMARY = "Build branded, easy-to-read psychoeducation handouts"
SCREENSHOTS = (  # (file in docs/, caption); the first is the default
    ("main-window.png", "Library, handout outline and editor, live PDF preview and reading checks"),
    ("handout-page1.png", "A printed handout with the practice's brand"),
    ("practice-setup.png", "Setting up your practice once: logo, colours, contact, crisis line"),
    ("readability-panel.png", "Reading level, jargon and a PEMAT-style checklist"),
)
RELEASE_DATE = "2026-11-30"  # of __version__

# Desktop Entry Specification, "The Exec key": characters that make quoting necessary.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One argument of an ``Exec`` value, quoted and escaped as the spec asks.

    A literal ``%`` is doubled (``%`` starts a field code); an argument with a
    reserved character is put in double quotes, with ``"`` `` ` `` ``$`` ``\\``
    backslash-escaped inside; finally every backslash is doubled again, because
    the whole value is also a desktop-entry string. Raises
    :class:`HandoutBuilderError` for control characters, which no value may hold.
    """
    if any(ord(char) < 0x20 or char == "\x7f" for char in arg):
        raise HandoutBuilderError(f"{arg!r}: a program path with control characters")
    arg = arg.replace("%", "%%")
    if not arg or any(char in _EXEC_RESERVED for char in arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return arg.replace("\\", "\\\\")


def _string_value(text: str) -> str:
    """A desktop-entry ``string`` value (backslash escaped; no control characters)."""
    if any(ord(char) < 0x20 for char in text):
        raise HandoutBuilderError(f"{text!r}: a desktop-entry value with control characters")
    return text.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The ``.desktop`` file that starts ``command`` (the program and its first
    arguments, e.g. ``["/opt/hb/handout-builder"]``) with the files to open."""
    mime_types = "".join(f"{kind.mime_type};" for kind in DOCUMENT_TYPES)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        "GenericName=Handout Editor",
        f"Comment={SUMMARY} for your clients",
        f"Icon={APP_ID}",
        f"TryExec={_string_value(command[0])}",
        "Exec=" + " ".join(exec_argument(arg) for arg in command) + " %F",
        "Terminal=false",
        "Categories=Office;Publishing;",
        "Keywords=handout;psychoeducation;therapy;counselling;counseling;client;"
        "worksheet;brochure;coping card;PDF;",
        f"MimeType={mime_types}",
        "StartupNotify=true",
        "StartupWMClass=handout-builder",  # X11 WM_CLASS instance: the program name
        "X-GNOME-SingleWindow=true",  # SingleMainWindow (spec 1.5) once validators know it
    ]
    return "\n".join(lines) + "\n"


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    text: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return text + b"\n"


def mime_package() -> bytes:
    """The shared MIME-info package declaring every document type the app opens."""
    root = ET.Element("mime-info", xmlns="http://www.freedesktop.org/standards/shared-mime-info")
    for kind in DOCUMENT_TYPES:
        node = ET.SubElement(root, "mime-type", type=kind.mime_type)
        ET.SubElement(node, "comment").text = kind.description
        ET.SubElement(node, "sub-class-of", type=kind.parent_type)
        ET.SubElement(node, "generic-icon", name="text-x-generic")
        ET.SubElement(node, "icon", name=kind.icon_name)
        ET.SubElement(node, "glob", pattern=f"*{kind.suffix}")
        magic = ET.SubElement(node, "magic", priority="60")
        ET.SubElement(magic, "match", type="string", value=kind.magic, offset="0:256")
    return _xml(root)


def project_home() -> str | None:
    """The project's published home page (``Homepage`` in ``[project.urls]``
    of the installed package's metadata), or ``None`` while it has none."""
    try:
        urls: list[str] = metadata.metadata("handout-builder").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() == "homepage" and url.strip():
            return url.strip().rstrip("/")
    return None


def metainfo(home: str | None = None) -> bytes:
    """The AppStream metainfo of the desktop application; with ``home`` (the
    project's published home page, default :func:`project_home`) it links
    there and lists the screenshots in ``docs/`` as published under it."""
    home = home or project_home()
    root = ET.Element("component", type="desktop-application")
    for tag, text in (
        ("id", APP_ID),
        ("metadata_license", "CC0-1.0"),
        ("project_license", "MIT"),
        ("name", APP_NAME),
        ("summary", SUMMARY),
    ):
        ET.SubElement(root, tag).text = text
    developer = ET.SubElement(root, "developer", id=APP_ID.rsplit(".", 1)[0])
    ET.SubElement(developer, "name").text = "The Handout Builder contributors"
    description = ET.SubElement(root, "description")
    for paragraph in (
        "Handout Builder helps therapists, counsellors and social workers give clients "
        "clear, kind explanations to take home. Pick explanations from a library written "
        "at a grade-6 reading level, change the wording for one client, and print a PDF "
        "that carries your practice's name, logo, colours and crisis line.",
        "Everything stays on your computer: the app never connects to the internet.",
    ):
        ET.SubElement(description, "p").text = paragraph
    features = ET.SubElement(description, "ul")
    for feature in (
        "A library of explanations: anxiety, the window of tolerance, sleep, grounding and more",
        "Layouts: classic, large print, tri-fold brochure, worksheet and coping cards",
        "A live preview of the real PDF while you type",
        "Reading level, jargon and a PEMAT-style checklist as you write",
        "Accessible, tagged PDFs with fonts embedded",
    ):
        ET.SubElement(features, "li").text = feature
    ET.SubElement(root, "launchable", type="desktop-id").text = f"{APP_ID}.desktop"
    if home:
        ET.SubElement(root, "url", type="homepage").text = home
        screenshots = ET.SubElement(root, "screenshots")
        for index, (name, caption) in enumerate(SCREENSHOTS):
            shot = ET.SubElement(screenshots, "screenshot")
            if index == 0:
                shot.set("type", "default")
            ET.SubElement(shot, "caption").text = caption
            ET.SubElement(shot, "image").text = f"{home}/raw/main/docs/{name}"
    provides = ET.SubElement(root, "provides")
    ET.SubElement(provides, "binary").text = "handout-builder"
    for kind in DOCUMENT_TYPES:
        ET.SubElement(provides, "mediatype").text = kind.mime_type
    categories = ET.SubElement(root, "categories")
    for category in ("Office", "Publishing"):
        ET.SubElement(categories, "category").text = category
    keywords = ET.SubElement(root, "keywords")
    for keyword in ("handout", "psychoeducation", "therapy", "counselling", "worksheet"):
        ET.SubElement(keywords, "keyword").text = keyword
    ET.SubElement(root, "content_rating", type="oars-1.1")
    releases = ET.SubElement(root, "releases")
    ET.SubElement(releases, "release", version=__version__, date=RELEASE_DATE)
    return _xml(root)
