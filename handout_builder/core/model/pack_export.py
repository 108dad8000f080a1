"""Making a practice pack from the user's own files: their library entries,
layouts and brand profiles (each profile with its logo, and the pictures an
SVG logo links, so the pack works on any computer)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.layout.layouts import MANIFEST, layout_folders, load_layout
from handout_builder.core.model.brand import brand_files, brand_to_toml, load_brand
from handout_builder.core.model.library import entry_files_in
from handout_builder.core.model.logo import logo_files
from handout_builder.core.model.pack import MAX_MEMBER_BYTES, Manifest, write_pack


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_MEMBER_BYTES:
            raise HandoutBuilderError(f"{path}: too large for a pack")
        return path.read_bytes()
    except OSError as exc:
        raise HandoutBuilderError(f"{path}: cannot be read: {exc.strerror}") from None


def layout_files(folder: Path, problems: list[Problem]) -> dict[str, bytes]:
    """Every file of one layout folder by its pack path (``layouts/NAME/…``);
    links, hidden and temporary files are left out (links with a note)."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(paths.is_temporary_name(part) for part in relative.parts):
            continue
        if path.is_symlink():
            problems.append(Problem("a link, left out of the pack", str(path), severity="info"))
            continue
        if path.is_file():
            found[f"layouts/{folder.name}/{relative.as_posix()}"] = _read(path)
    return found


def _packable_layout(folder: Path, problems: list[Problem]) -> bool:
    """Whether the layout in ``folder`` can go in a pack: its manifest reads and
    names the folder's name (what an import checks first). One that cannot is
    left out with a warning naming its problem: an import would refuse the
    whole pack for it."""
    try:
        layout = load_layout(folder)
    except ValidationError as exc:
        first = exc.problems[0]
        problems.append(
            Problem(
                f"a layout that does not load, left out of the pack: {first.message}",
                first.file or str(folder / MANIFEST),
                line=first.line,
                severity="warning",
            )
        )
        return False
    if layout.name != folder.name:
        problems.append(
            Problem(
                f"layout named '{layout.name}' in a folder named '{folder.name}', left out of "
                "the pack (a pack's layout folders are named as their layouts)",
                str(folder / MANIFEST),
                severity="warning",
            )
        )
        return False
    return True


def brand_files_for_pack(toml: Path) -> dict[str, bytes]:
    """A brand profile and its logo by pack path: ``brands/NAME.toml``, the logo
    as ``brands/NAME-logo.EXT`` (an SVG that links pictures: in a
    ``brands/NAME-logo/`` folder with them), the profile pointing at it."""
    profile = load_brand(toml)
    stem = toml.stem
    found: dict[str, bytes] = {}
    if profile.logo is not None:
        logo = profile.logo.resolve()
        linked = logo_files(logo)[1:]
        if linked:
            folder = f"{stem}-logo"
            for path in (logo, *linked):
                found[f"brands/{folder}/{path.relative_to(logo.parent).as_posix()}"] = _read(path)
            in_pack = f"{folder}/{logo.name}"
        else:
            in_pack = f"{stem}-logo{logo.suffix.lower()}"
            found[f"brands/{in_pack}"] = _read(logo)
        profile = replace(profile, logo=paths.brands_dir() / in_pack)
    found[f"brands/{stem}.toml"] = brand_to_toml(profile, paths.brands_dir()).encode("utf-8")
    return found


def pack_files(problems: list[Problem]) -> dict[str, bytes]:
    """The user's own entries (in every language: ``library/es/ID.md`` for
    Spanish), layouts and brand profiles by pack path (the practice folder's
    and the built-in ones are not the user's to pack)."""
    files: dict[str, bytes] = {}
    for entry, language in entry_files_in(paths.library_dir()):
        files[f"library/{language}/{entry.name}" if language else f"library/{entry.name}"] = _read(
            entry
        )
    for folder in layout_folders(paths.layouts_dir()):
        if _packable_layout(folder, problems):
            files.update(layout_files(folder, problems))
    for toml in brand_files(paths.brands_dir()):
        files.update(brand_files_for_pack(toml))
    return files


def export_pack(
    output: Path, name: str, version: str = "", problems: list[Problem] | None = None
) -> Manifest:
    """Write the user's own files as a pack at ``output``; raises
    :class:`HandoutBuilderError` when there is nothing to pack or a file
    cannot be read (a broken brand profile: :class:`ValidationError`). A layout
    that does not load is left out, with a warning in ``problems``."""
    notes: list[Problem] = problems if problems is not None else []
    files = pack_files(notes)
    if not files:
        raise HandoutBuilderError(
            "nothing to pack: you have no library entries, layouts or brand profiles of your own"
        )
    return write_pack(output, name, version, files)
