"""The documents the desktop app opens from the file manager or the command line.

``handout-builder FILE...`` opens the app with these files, the desktop entry
claims their MIME types, and ``install-desktop`` registers each type with its
icon. A handout opens in the window; a practice pack opens its import preview
(``FileCommands.open_files`` in :mod:`handout_builder.gui.window.files`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handout_builder.core.model.handout import FILE_SUFFIX, FORMAT_NAME
from handout_builder.core.model.pack import MANIFEST as PACK_MANIFEST
from handout_builder.core.model.pack import SUFFIX as PACK_SUFFIX


@dataclass(frozen=True)
class DocumentType:
    suffix: str  # ".handout"
    mime_type: str  # "application/x-handout-builder"
    description: str  # shown by file managers ("Handout Builder handout")
    magic: str  # text near the start of every such file, for content sniffing
    parent_type: str = "application/json"

    @property
    def icon_name(self) -> str:
        """The freedesktop icon name for the type (its MIME type with ``/`` → ``-``)."""
        return self.mime_type.replace("/", "-")


HANDOUT = DocumentType(
    suffix=FILE_SUFFIX,
    mime_type="application/x-handout-builder",
    description="Handout Builder handout",
    magic=f'"format": "{FORMAT_NAME}"',
)

PACK = DocumentType(
    suffix=PACK_SUFFIX,
    mime_type="application/x-handout-builder-pack",
    description="Handout Builder practice pack",
    magic=PACK_MANIFEST,  # the zip's first file, named in its first header
    parent_type="application/zip",
)

DOCUMENT_TYPES: tuple[DocumentType, ...] = (HANDOUT, PACK)


def document_type(path: Path) -> DocumentType | None:
    """The type of ``path`` by its suffix (case-insensitive), or ``None``."""
    suffix = path.suffix.lower()
    return next((kind for kind in DOCUMENT_TYPES if kind.suffix == suffix), None)
