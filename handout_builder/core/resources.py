"""Built-in resources (layouts, assets, the built-in library), found by name.

In a source checkout they sit at the top of the repository (``templates/`` and
``assets/``); an installed wheel carries them as ``handout_builder/_data/``.
Everything that needs a built-in file asks this module.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The folder that holds ``templates/`` and ``assets/``."""
    packaged = _PACKAGE_DIR / "_data"
    if (packaged / "templates").is_dir():
        return packaged
    return _PACKAGE_DIR.parent


def templates_dir() -> Path:
    """Built-in layouts (one folder each) plus the shared ``base`` templates."""
    return data_root() / "templates"


def base_templates_dir() -> Path:
    return templates_dir() / "base"


def assets_dir() -> Path:
    return data_root() / "assets"


def builtin_library_dir() -> Path:
    return assets_dir() / "library"


def builtin_illustrations_dir() -> Path:
    return assets_dir() / "illustrations"


def asset(*parts: str) -> Path:
    """Path of a built-in asset, e.g. ``asset("sample", "logo.svg")``."""
    return assets_dir().joinpath(*parts)
