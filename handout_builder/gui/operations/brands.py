"""Brand profiles: the list the toolbar offers (read in the background), and
copying and deleting profiles in the brands folder."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.model.documents import BrandChoice, resolve_brand
from handout_builder.core.settings import Settings
from handout_builder.gui.i18n import arg
from handout_builder.gui.operations.op import Op

if TYPE_CHECKING:  # the brand model loads with the first list, after the window's first paint
    from handout_builder.core.model.brand import BrandProfile


@dataclass(frozen=True)
class BrandList:
    """The profiles in the brands folder (``problems``: files that could not be
    read) and what a handout naming none prints (``default``)."""

    profiles: list[BrandProfile]
    problems: list[Problem]
    default: BrandChoice

    @property
    def default_label(self) -> str:
        """The picker's words for "no profile named": the default profile, or the
        sample practice when there is none to use."""
        if self.default.note is not None:
            return arg(
                QCoreApplication.translate("Operations", "%1 (sample)"),
                self.default.profile.practice_name,
            )
        return arg(
            QCoreApplication.translate("Operations", "%1 (default)"),
            self.default.profile.practice_name,
        )

    @property
    def default_profile(self) -> BrandProfile | None:
        """The listed profile a handout naming none prints with (``None``: the
        sample practice, or a profile outside the brands folder)."""
        if self.default.note is not None:
            return None
        source = self.default.profile.source
        return next((p for p in self.profiles if p.source == source), None)


def load_brand_list(parent: QWidget | None, settings: Settings) -> Op[BrandList]:
    """Read every profile in the brands folder and resolve the default; run it
    with ``run_in_background`` (it reads each profile and checks its logo)."""
    chosen = copy.copy(settings)  # read on another thread: not the window's own

    def work() -> BrandList:
        from handout_builder.core.model.brand import list_brands

        profiles, problems = list_brands()
        return BrandList(profiles, problems, resolve_brand(None, settings=chosen))

    return Op(
        parent,
        work,
        title=QCoreApplication.translate("Operations", "Cannot read your brand profiles"),
    )


def duplicate_brand(parent: QWidget | None, profile: BrandProfile) -> Op[BrandProfile]:
    """Copy ``profile`` to a new file next to it (``name-copy.toml``,
    ``name-copy-2.toml``, …; a practice folder's profile is copied into the
    user's brands folder); success gets the copy."""

    def work() -> BrandProfile:
        from handout_builder.core.model.brand import save_brand

        if profile.source is None:
            raise HandoutBuilderError(
                arg(
                    QCoreApplication.translate("Operations", "“%1” is not saved in a file"),
                    profile.practice_name,
                )
            )
        folder = profile.source.parent
        if paths.is_in_practice(folder):
            folder = paths.ensure_dir(paths.brands_dir())
        stem, number = f"{profile.source.stem}-copy", 2
        target = folder / f"{stem}.toml"
        while target.exists():
            target, number = folder / f"{stem}-{number}.toml", number + 1
        return save_brand(replace(profile, source=None), target)

    return Op(
        parent, work, title=QCoreApplication.translate("Operations", "Cannot duplicate profile")
    )


def delete_brand(parent: QWidget | None, profile: BrandProfile) -> Op[Path]:
    """Delete ``profile``'s file (ask first); success gets the deleted path."""

    def work() -> Path:
        if profile.source is None:
            raise HandoutBuilderError(
                arg(
                    QCoreApplication.translate("Operations", "“%1” is not saved in a file"),
                    profile.practice_name,
                )
            )
        if paths.is_in_practice(profile.source):
            raise HandoutBuilderError(
                arg(
                    QCoreApplication.translate(
                        "Operations",
                        "“%1” belongs to the practice folder, which this app never changes; "
                        "ask whoever looks after that folder to remove it",
                    ),
                    profile.practice_name,
                )
            )
        try:
            profile.source.unlink()
        except OSError as exc:
            raise HandoutBuilderError(f"{profile.source}: {exc.strerror}") from None
        return profile.source

    return Op(parent, work, title=QCoreApplication.translate("Operations", "Cannot delete profile"))
