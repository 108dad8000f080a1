"""Importing a practice pack, all or nothing.

1. :func:`prepare_import` reads the pack (:func:`~.pack.read_pack` refuses an
   unsafe one before anything is written), unpacks it into a staging folder
   inside the data folder, and checks everything there: each layout as
   ``layout check`` does (its manifest, then a sample render in every paper
   size, through the caller's ``render``), each entry as ``library lint``
   does, each brand profile as the app reads it (fields, logo, contrast). It
   returns the plan: what each file adds, what it would replace, and every
   problem. An error refuses the whole pack.
2. :func:`apply_import` moves the checked files into place: new ones, and the
   ones that would replace the clinician's only when asked (``replace``). If
   one move fails, those already made are undone; the staging folder is
   always removed (:func:`discard` does that for a pack not imported).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.atomic import atomic_write_files
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.languages import is_language_code
from handout_builder.core.layout.layouts import MANIFEST as LAYOUT_MANIFEST
from handout_builder.core.layout.layouts import load_layout
from handout_builder.core.messages import msg
from handout_builder.core.model.brand import contrast_problems, load_brand
from handout_builder.core.model.logo import logo_files, logo_link_problems
from handout_builder.core.model.pack import Manifest, read_pack

Render = Callable[[RenderRequest], RenderResult]
STAGING_PREFIX = ".pack-import-"
ACTIONS = ("add", "replace", "same")


@dataclass(frozen=True)
class PackItem:
    """One thing the pack brings: ``kind`` (``entry``, ``layout``, ``brand``),
    its ``name`` (entry id, layout or profile name) and ``title``, its files
    (pack path → where it goes) and ``action``: ``add`` (new), ``replace``
    (the clinician has one that differs) or ``same`` (already identical)."""

    kind: str
    name: str
    title: str
    files: tuple[tuple[str, Path], ...]
    action: str = "add"
    folder: Path | None = None  # a layout's folder, replaced as a whole


@dataclass
class ImportPlan:
    """What importing the pack would do, and what is wrong with it."""

    pack: Path
    manifest: Manifest
    staging: Path
    items: list[PackItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem refuses the pack."""
        return not any(p.severity == "error" for p in self.problems)

    def with_action(self, action: str) -> list[PackItem]:
        return [item for item in self.items if item.action == action]


@dataclass(frozen=True)
class ImportResult:
    added: list[PackItem]
    replaced: list[PackItem]
    kept: list[PackItem]  # would have replaced the clinician's; not asked to


def prepare_import(pack: Path, render: Render | None) -> ImportPlan:
    """Read, unpack and check ``pack`` (see the module's description).
    ``render`` renders a layout's sample (the render worker); ``None`` skips
    the sample renders (a layout's manifest is still read). Raises
    :class:`ValidationError` for a pack that is unsafe or not a pack."""
    contents = read_pack(pack)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.ensure_dir(paths.data_home())))
    plan = ImportPlan(Path(pack), contents.manifest, staging)
    try:
        for name, data in contents.files.items():
            target = staging / name
            if staging.resolve() not in target.resolve().parents:
                raise HandoutBuilderError(f"{pack}: '{name}' would land outside its folder")
            paths.ensure_dir(target.parent, private=True)
            target.write_bytes(data)
            target.chmod(0o600)  # the user's files, as everything in the data folder
        claimed: set[str] = set()
        _plan_entries(plan, contents.files, claimed)
        _plan_brands(plan, contents.files, claimed)
        _plan_layouts(plan, contents.files, claimed, render)
        for name in sorted(set(contents.files) - claimed):
            message = msg(
                "%1 is not a library entry, a layout or a brand profile, nor part of one", name
            )
            plan.problems.append(Problem(message, str(pack)))
    except BaseException:
        discard(plan)
        raise
    return plan


def _action(pairs: list[tuple[Path, Path]], folder: Path | None = None) -> str:
    """``add``, ``replace`` or ``same`` for staged files going to targets (and,
    for a layout, a folder holding no other files than those)."""
    if folder is not None and folder.exists():
        present = {p for p in folder.rglob("*") if p.is_file()}
        if present != {target for _, target in pairs}:
            return "replace"
    if not any(target.exists() for _, target in pairs):
        return "add"
    same = all(t.is_file() and t.read_bytes() == s.read_bytes() for s, t in pairs)
    return "same" if same else "replace"


def _item(
    plan: ImportPlan,
    kind: str,
    name: str,
    title: str,
    files: dict[str, Path],
    folder: Path | None = None,
) -> None:
    pairs = [(plan.staging / member, target) for member, target in files.items()]
    action = _action(pairs, folder)
    plan.items.append(PackItem(kind, name, title, tuple(files.items()), action, folder))


def _plan_entries(plan: ImportPlan, files: dict[str, bytes], claimed: set[str]) -> None:
    from handout_builder.core.checks.lint import lint_file

    for member in sorted(m for m in files if m.startswith("library/")):
        folder, _, name = member.partition("/")[2].rpartition("/")
        if not name.endswith(".md") or (folder and not is_language_code(folder)):
            continue  # not an entry: reported as not part of anything
        builtin = {p.stem for p in (resources.builtin_library_dir() / folder).glob("*.md")}
        claimed.add(member)
        result = lint_file(plan.staging / member, builtin_rules=False)
        plan.problems += [replace(p, file=f"{plan.pack}: {member}") for p in result.problems]
        if result.entry is None:
            continue
        if result.entry.id in builtin:
            plan.problems.append(
                Problem(
                    msg(
                        "entry '%1' replaces the built-in explanation of that name for you",
                        result.entry.id,
                    ),
                    f"{plan.pack}: {member}",
                    severity="info",
                )
            )
        target = paths.library_dir() / member.split("/", 1)[1]
        shown = f"{folder}/{result.entry.id}" if folder else result.entry.id
        _item(plan, "entry", shown, result.entry.title, {member: target})


def _plan_brands(plan: ImportPlan, files: dict[str, bytes], claimed: set[str]) -> None:
    folder = plan.staging / "brands"
    for member in sorted(m for m in files if m.startswith("brands/") and m.count("/") == 1):
        if not member.endswith(".toml"):
            continue  # a logo: claimed by its profile below
        claimed.add(member)
        where = f"{plan.pack}: {member}"
        try:
            profile = load_brand(plan.staging / member)
        except HandoutBuilderError as exc:
            found = getattr(exc, "problems", None) or [Problem(str(exc))]
            plan.problems += [replace(p, file=where) for p in found]
            continue
        profile_files = {member: paths.brands_dir() / member.split("/", 1)[1]}
        if profile.logo is not None:
            logo = profile.logo.resolve()
            if folder.resolve() not in logo.parents:
                message = msg("the logo must be a file in the pack, next to the profile")
                plan.problems.append(Problem(message, where, field="logo"))
                continue
            for path in logo_files(logo):
                relative = path.relative_to(folder.resolve()).as_posix()
                profile_files[f"brands/{relative}"] = paths.brands_dir() / relative
            plan.problems += [replace(p, file=where) for p in logo_link_problems(logo, None)]
        claimed.update(profile_files)
        plan.problems += [replace(p, file=where) for p in contrast_problems(profile)]
        name = Path(member).stem
        _item(plan, "brand", name, profile.practice_name, profile_files)


def _plan_layouts(
    plan: ImportPlan, files: dict[str, bytes], claimed: set[str], render: Render | None
) -> None:
    names = sorted(
        {m.split("/")[1] for m in files if m.startswith("layouts/") and m.count("/") > 1}
    )
    for name in names:
        members = {m for m in files if m.startswith(f"layouts/{name}/")}
        claimed.update(members)
        directory = plan.staging / "layouts" / name
        where = f"{plan.pack}: layouts/{name}"
        try:
            layout = load_layout(directory)
        except ValidationError as exc:
            plan.problems += [
                replace(p, file=f"{plan.pack}: {_in_pack(p, plan)}") for p in exc.problems
            ]
            continue
        if layout.name != name:
            message = msg(
                "is named '%1' in its %2; its folder must be too", layout.name, LAYOUT_MANIFEST
            )
            plan.problems.append(Problem(message, where, field="name"))
            continue
        if render is not None:
            plan.problems += _check_layout(plan, directory, layout.papers, render)
        target = paths.layouts_dir() / name
        layout_files = {m: target / m.split("/", 2)[2] for m in sorted(members)}
        _item(plan, "layout", name, layout.title, layout_files, folder=target)


def _in_pack(problem: Problem, plan: ImportPlan) -> str:
    """A staged file's problem location as the path in the pack (with its line)."""
    if not problem.file:
        return ""
    with contextlib.suppress(ValueError):
        located = Path(problem.file).resolve().relative_to(plan.staging.resolve()).as_posix()
        return f"{located}:{problem.line}" if problem.line else located
    return problem.file


def _check_layout(
    plan: ImportPlan, directory: Path, papers: tuple[str, ...], render: Render
) -> list[Problem]:
    """``layout check``: the sample handout rendered in every paper size, with
    the pack's own layouts (and the built-in ones) to extend."""
    from handout_builder.core.layout.authoring import SAMPLE_TOPICS, sample_handout
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import render_request
    from handout_builder.core.model.library import load_library

    library = load_library(include_user=False)
    problems: dict[str, Problem] = {}
    for paper in papers:
        request = render_request(
            sample_handout(library, SAMPLE_TOPICS, paper),
            sample_brand(),
            library,
            purpose="check",
            layout_dir=directory,
        )
        result = render(replace(request, data_home=str(plan.staging), practice_dir=""))
        found = [p for p in result.problems if p.severity != "info"]
        if result.error and not any(str(p) == result.error for p in found):
            found.insert(0, Problem(result.error))
        for problem in found:
            located = replace(
                problem,
                file=f"{plan.pack}: {_in_pack(problem, plan) or f'layouts/{directory.name}'}",
                line=None,
                severity="error",
            )
            problems.setdefault(str(located), located)
    return list(problems.values())


# -- applying ------------------------------------------------------------------------------


def apply_import(plan: ImportPlan, *, replace_existing: bool = False) -> ImportResult:
    """Move the plan's files into place (see the module's description); raises
    :class:`HandoutBuilderError` (nothing changed) when the plan has errors or
    a file cannot be written. The staging folder is removed either way."""
    try:
        if not plan.ok:
            raise HandoutBuilderError(f"{plan.pack}: not imported; it has problems")
        replacing = plan.with_action("replace") if replace_existing else []
        chosen = plan.with_action("add") + replacing
        _move_into_place(plan, chosen)
        kept = [] if replace_existing else plan.with_action("replace")
        return ImportResult(plan.with_action("add"), replacing, kept)
    finally:
        discard(plan)


def _move_into_place(plan: ImportPlan, items: list[PackItem]) -> None:
    """Layouts first (whole folders, renamed into place; a replaced one moved
    aside), then every other file in one all-or-nothing write; a failure puts
    every layout back as it was."""
    aside = plan.staging / ".replaced"
    moved: list[tuple[Path, Path | None]] = []  # (new folder, the old one set aside)
    try:
        for item in (i for i in items if i.folder is not None):
            assert item.folder is not None
            paths.ensure_dir(item.folder.parent)
            old = None
            if item.folder.exists():
                old = aside / item.folder.name
                aside.mkdir(exist_ok=True, mode=0o700)
                item.folder.rename(old)
            moved.append((item.folder, old))
            (plan.staging / "layouts" / item.name).rename(item.folder)
        writes = [
            (target, (plan.staging / member).read_bytes())
            for item in items
            if item.folder is None
            for member, target in item.files
        ]
        for target, _ in writes:
            paths.ensure_dir(target.parent)
        atomic_write_files(writes)
    except (OSError, HandoutBuilderError) as exc:
        for folder, old in reversed(moved):
            with contextlib.suppress(OSError):
                if folder.exists():
                    shutil.rmtree(folder)
                if old is not None:
                    old.rename(folder)
        if isinstance(exc, HandoutBuilderError):
            raise
        raise HandoutBuilderError(f"{plan.pack}: not imported: {exc.strerror or exc}") from None


def discard(plan: ImportPlan) -> None:
    """Remove the plan's staging folder (a pack checked but not imported)."""
    shutil.rmtree(plan.staging, ignore_errors=True)
