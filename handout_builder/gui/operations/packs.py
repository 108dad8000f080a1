"""Practice packs in the app: check a pack in the background (its layouts render
in the render worker), then import it as the clinician confirmed
(:mod:`handout_builder.core.model.pack_import`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from handout_builder.core.model.pack import SUFFIX
from handout_builder.core.model.pack_import import (
    ImportPlan,
    ImportResult,
    Render,
    apply_import,
    prepare_import,
)
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations.op import Op


def ask_pack_path(parent: QWidget, folder: str) -> Path | None:
    """The pack the clinician picks to import (``None``: cancelled)."""
    kinds = arg(
        QCoreApplication.translate("Operations", "Practice packs (*%1);;All files (*)"), SUFFIX
    )
    title = QCoreApplication.translate("Operations", "Import practice pack")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    return Path(path) if path else None


def check_pack(parent: QWidget | None, path: Path, render: Render) -> Op[ImportPlan]:
    """Read and check the pack at ``path`` (run it in the background: each layout
    renders a sample in every paper size); success gets the plan to show. An
    unsafe pack fails with the reasons, and nothing is written."""
    return Op(
        parent,
        lambda: prepare_import(path, render),
        title=QCoreApplication.translate("Operations", "Cannot import practice pack"),
        message=arg(
            QCoreApplication.translate(
                "Operations", "“%1” cannot be imported. Nothing was changed."
            ),
            path.name,
        ),
    )


def import_pack(
    parent: QWidget | None, plan: ImportPlan, *, replace_existing: bool
) -> Op[ImportResult]:
    """Put the checked files in place, all or nothing; the clinician's files
    that differ are replaced only with ``replace_existing``."""
    return Op(
        parent,
        lambda: apply_import(plan, replace_existing=replace_existing),
        title=QCoreApplication.translate("Operations", "Cannot import practice pack"),
        message=arg(
            QCoreApplication.translate("Operations", "“%1” was not imported. Nothing was changed."),
            plan.pack.name,
        ),
    )
