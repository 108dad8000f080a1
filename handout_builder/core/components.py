"""The libraries and fonts the app is made of — read from the installed
packages' metadata, never from the network: names, versions, licences and
licence texts (for Help ▸ About)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import metadata

APP_DISTRIBUTION = "handout-builder"
LICENCE_FILE = re.compile(r"LICEN[CS]E|COPYING|NOTICE|OFL", re.IGNORECASE)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    """One installed package: ``licence`` is its SPDX expression or the
    licence its metadata names ("" when it names none); ``texts`` are its
    licence files, as shipped."""

    name: str
    version: str
    licence: str
    texts: tuple[str, ...]


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str((meta.get_all(name) or [""])[0]).strip()


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a package's metadata names: ``License-Expression``, else a
    short ``License`` field, else its ``License ::`` classifiers."""
    if expression := _field(meta, "License-Expression"):
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") > 1
    ]
    return " / ".join(classifiers)


def _licence_texts(dist: metadata.Distribution) -> tuple[str, ...]:
    texts: list[str] = []
    for file in dist.files or []:
        if LICENCE_FILE.search(file.name) and not file.name.endswith((".py", ".pyc")):
            try:
                text = file.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                continue
            if text and text not in texts:
                texts.append(text)
    return tuple(texts)


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        if "extra" in requirement.partition(";")[2]:
            continue  # optional: tests, the bundle tools
        if (match := _NAME.match(requirement)) is not None:
            names.append(match.group(1))
    return names


@functools.cache
def bundled_components(root: str = APP_DISTRIBUTION) -> tuple[Component, ...]:
    """``root`` and every package it needs to run (not its optional extras),
    sorted by name; packages that are not installed are left out. Read once
    per process (installed packages do not change while it runs)."""
    found: dict[str, Component] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = Component(
            dist.metadata["Name"], dist.version, licence_of(dist.metadata), _licence_texts(dist)
        )
        waiting.extend(_requirements(dist))
    return tuple(sorted(found.values(), key=lambda c: c.name.lower()))
