"""Practice packs in the app: check a pack in the background (its layouts render
in the render worker), then import it as the clinician confirmed
(:mod:`handout_builder.core.model.pack_import`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from handout_builder.core.model.pack import SUFFIX
from handout_builder.core.model.pack_import import (
    ImportPlan,
    ImportResult,
    Render,
    apply_import,
    prepare_import,
)
from handout_builder.gui.operations.op import Op

PACK_FILTER = f"Practice packs (*{SUFFIX});;All files (*)"


def ask_pack_path(parent: QWidget, folder: str) -> Path | None:
    """The pack the clinician picks to import (``None``: cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, "Import practice pack", folder, PACK_FILTER)
    return Path(path) if path else None


def check_pack(parent: QWidget | None, path: Path, render: Render) -> Op[ImportPlan]:
    """Read and check the pack at ``path`` (run it in the background: each layout
    renders a sample in every paper size); success gets the plan to show. An
    unsafe pack fails with the reasons, and nothing is written."""
    return Op(
        parent,
        lambda: prepare_import(path, render),
        title="Cannot import practice pack",
        message=f"“{path.name}” cannot be imported. Nothing was changed.",
    )


def import_pack(
    parent: QWidget | None, plan: ImportPlan, *, replace_existing: bool
) -> Op[ImportResult]:
    """Put the checked files in place, all or nothing; the clinician's files
    that differ are replaced only with ``replace_existing``."""
    return Op(
        parent,
        lambda: apply_import(plan, replace_existing=replace_existing),
        title="Cannot import practice pack",
        message=f"“{plan.pack.name}” was not imported. Nothing was changed.",
    )
