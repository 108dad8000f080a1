"""Wheel build hook: compiles the interface translations (``.ts`` → ``.qm``,
``pyside6-lrelease``) so an installed package carries them. The ``.qm`` files
are build products, not kept in git."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        subprocess.run(
            [sys.executable, str(root / "tools" / "translations.py"), "--compile"], check=True
        )
        if version == "editable":  # the package is the source folder: the .qm is in place
            return
        for qm in (root / "handout_builder" / "gui" / "translations").glob("*.qm"):
            build_data["force_include"][str(qm)] = str(qm.relative_to(root))
