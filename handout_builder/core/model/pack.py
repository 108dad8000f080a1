"""Practice packs (``.hbpack``): a group practice's library entries, layouts and
brand profiles in one file, to share between computers.

A pack is a zip file. ``manifest.json`` comes first::

    {"format": "handout-builder/pack", "format_version": 1,
     "name": "Riverside Counselling", "version": "2026.11", "created": "2026-11-22T10:15:30+01:00",
     "contents": [{"path": "library/group-rules.md", "size": 2345, "sha256": "…"}, …]}

then the files, laid out as in the data folder: ``library/ID.md``,
``layouts/NAME/…``, ``brands/NAME.toml`` with its logo beside it. Everything
in the zip must be listed in the manifest with its size and SHA-256, and
everything listed must be there.

:func:`read_pack` reads a pack from anyone as untrusted: before anything is
written anywhere it refuses a pack with a path that could land outside its
folder (``..``, an absolute path, a Windows drive or backslash), a link or
device, two files whose names differ only in case, too many files, a file or
a total that is too large once unpacked, or a file that unpacks to far more
than it takes in the zip (a "zip bomb"). Each refusal is a problem naming
the file in the pack.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from handout_builder.core.atomic import atomic_write_bytes
from handout_builder.core.errors import HandoutBuilderError, NotFoundError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import parse_json
from handout_builder.core.messages import Message, msg

FORMAT_NAME = "handout-builder/pack"
FORMAT_VERSION = 1
SUFFIX = ".hbpack"
MANIFEST = "manifest.json"
PARTS = ("library", "layouts", "brands")
# Limits for a pack from anyone. A layout with its pictures and fonts, a few
# hundred entries and brand logos (10 MB each at most) fit well within them.
MAX_PACK_BYTES = 100 * 1024 * 1024  # the .hbpack file itself
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 10 * 1024 * 1024  # one file, unpacked
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all files, unpacked
MAX_MANIFEST_BYTES = 1024 * 1024
# A file that unpacks to more than 100 times its packed size is refused (text
# packs 3–10 times; a zip bomb packs thousands of times), above a small floor.
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024
MAX_DEPTH = 6  # folders in a path: layouts/NAME/assets/…
MAX_NAME_BYTES = 255
NO_MANIFEST = msg(
    "is not a practice pack: it has no %1 listing its files (packs are made with "
    "'handout-builder pack export')",
    MANIFEST,
)


@dataclass(frozen=True)
class PackMember:
    """A file in the pack: its path (``layouts/x/style.css``), size and SHA-256."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    name: str
    version: str
    created: str
    members: tuple[PackMember, ...]

    def to_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "version": self.version,
            "created": self.created,
            "contents": [
                {"path": m.path, "size": m.size, "sha256": m.sha256} for m in self.members
            ],
        }


@dataclass(frozen=True)
class PackContents:
    """A pack that passed every check: its manifest and its files by path."""

    manifest: Manifest
    files: dict[str, bytes]


FOLDERS = ", ".join(f"{part}/" for part in sorted(PARTS))  # "brands/, layouts/, library/"


def member_problem(name: str) -> Message | None:
    """Why ``name`` (a path in a pack) is refused, in a sentence that names
    it ("hello.txt is not in one of the pack's folders (…)"), or ``None``."""
    shown = _shown(name)
    if not name or any(ord(c) < 32 or c == "\x7f" for c in name):
        return msg("A file in the pack has an empty name or a control character in its name")
    if "\\" in name:
        return msg("%1 uses backslashes (\\): paths in a pack use /", shown)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return msg("%1 is an absolute path, which would land outside the pack's folders", shown)
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in name.split("/")):
        return msg("%1 goes up a folder (..), which would land outside the pack's folders", shown)
    if any(part == "" for part in name.rstrip("/").split("/")):
        return msg("%1 has an empty folder name (//)", shown)
    if any(part.startswith(".") for part in parts):
        return msg("%1 is a hidden file or folder", shown)
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in parts) or len(parts) > MAX_DEPTH:
        return msg(
            "%1 is nested too deeply or has a name too long (at most %2 levels)", shown, MAX_DEPTH
        )
    if name != MANIFEST and parts[0] not in PARTS:
        return msg("%1 is not in one of the pack's folders (%2)", shown, FOLDERS)
    return None


def _kind_problem(info: zipfile.ZipInfo) -> Message | None:
    """Links, devices and encrypted files are refused; only plain files and folders."""
    shown = _shown(info.filename)
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0: made without Unix file types
    if kind == stat.S_IFLNK:
        return msg("%1 is a link (symlink), which could point anywhere on the computer", shown)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return msg("%1 is not a plain file", shown)
    if info.flag_bits & 0x1:
        return msg("%1 is encrypted", shown)
    return None


def _size_problem(info: zipfile.ZipInfo) -> Message | None:
    name = _shown(info.filename)
    if info.file_size > MAX_MEMBER_BYTES:
        return msg(
            "%1 is too large once unpacked (%2; at most %3)",
            name,
            _megabytes(info.file_size),
            _megabytes(MAX_MEMBER_BYTES),
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
        return msg(
            "%1 unpacks to %2 times its packed size (at most %3): "
            "a zip bomb, not a practice's file",
            name,
            f"{ratio:,.0f}",
            MAX_RATIO,
        )
    return None


def _shown(name: str) -> str:
    """A path in a pack as a message shows it: at most 200 characters."""
    return name if len(name) <= 200 else name[:199] + "…"


def _megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB"


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, reading no more than its stated (and checked) size."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise zipfile.BadZipFile("its size does not match the zip's directory")
    return data


def read_pack(path: Path) -> PackContents:
    """Read and check a pack (see the module's description); raises
    :class:`ValidationError` with every problem found (file: the pack, field:
    the path in the pack), :class:`NotFoundError` when it does not exist."""
    path = Path(path)
    file = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFoundError(f"{file}: file not found") from None
    except OSError as exc:
        raise ValidationError([Problem(msg("cannot be read: %1", exc.strerror), file)]) from None
    if not path.is_file():
        raise ValidationError([Problem(msg("is not a practice pack (not a file)"), file)])
    if size > MAX_PACK_BYTES:
        raise ValidationError(
            [Problem(msg("is too large to be a practice pack (%1)", _megabytes(size)), file)]
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_archive(archive, file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise ValidationError(
            [Problem(msg("is not a readable practice pack (%1)", reason), file)]
        ) from None


def _read_archive(archive: zipfile.ZipFile, file: str) -> PackContents:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ValidationError(
            [Problem(msg("holds too many files (%1; at most %2)", len(infos), MAX_MEMBERS), file)]
        )
    if MANIFEST not in {info.filename for info in infos}:
        raise ValidationError([Problem(NO_MANIFEST, file)])
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    files: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        reason = member_problem(name) or _kind_problem(info) or _size_problem(info)
        folded = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if reason is None and folded in seen:
            reason = msg(
                "%1 has the same name as %2 (names must differ in more than upper and lower case)",
                _shown(name),
                _shown(seen[folded]),
            )
        if reason is not None:
            problems.append(Problem(reason, file))
            continue
        seen[folded] = name
        total += info.file_size
        if not info.is_dir():
            files[name] = info
    if total > MAX_TOTAL_BYTES:
        problems.append(
            Problem(
                msg(
                    "unpacks to too much (%1; at most %2)",
                    _megabytes(total),
                    _megabytes(MAX_TOTAL_BYTES),
                ),
                file,
            )
        )
    if problems:
        raise ValidationError(problems)
    if MANIFEST not in files:  # listed, but a folder
        raise ValidationError([Problem(NO_MANIFEST, file)])
    manifest_info = files.pop(MANIFEST)
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise ValidationError([Problem(msg("its %1 is too large", MANIFEST), file)])
    manifest = _manifest(_read_member(archive, manifest_info), f"{file}: {MANIFEST}")
    listed = {member.path: member for member in manifest.members}
    contents: dict[str, bytes] = {}
    for name in sorted(set(files) | set(listed)):
        if name not in listed:
            problems.append(
                Problem(msg("%1 is in the pack but not in its manifest", _shown(name)), file)
            )
        elif name not in files:
            problems.append(
                Problem(msg("%1 is listed in the manifest but not in the pack", _shown(name)), file)
            )
        else:
            data = _read_member(archive, files[name])
            expected = listed[name]
            if len(data) != expected.size or hashlib.sha256(data).hexdigest() != expected.sha256:
                problems.append(
                    Problem(
                        msg(
                            "%1 does not match its checksum in the manifest (changed or damaged)",
                            _shown(name),
                        ),
                        file,
                    )
                )
            contents[name] = data
    if problems:
        raise ValidationError(problems)
    return PackContents(manifest, contents)


def _manifest(raw: bytes, file: str) -> Manifest:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError([Problem(msg("is not UTF-8 text"), file)]) from None
    data = parse_json(text, file, kind="pack manifest").data
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError(
            [Problem(msg('is not a pack manifest (no "format": "%1")', FORMAT_NAME), file)]
        )
    r = FieldReader(data, file)
    r.reject_unknown(("format", "format_version", "name", "version", "created", "contents"))
    if r.integer("format_version", 0, minimum=1) > FORMAT_VERSION:
        r.error("format_version", msg("was made by a newer Handout Builder; please update"))
    members = []
    for index, item in r.mapping_list("contents"):
        m = r.nested(f"contents[{index + 1}]", item)
        digest = m.text("sha256", one_line=True, max_length=64).lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            m.error("sha256", msg("must be a SHA-256 checksum (64 hex digits)"))
        members.append(
            PackMember(
                path=m.text("path", one_line=True, required=True, max_length=1000),
                size=m.integer("size", 0, minimum=0, maximum=MAX_MEMBER_BYTES),
                sha256=digest,
            )
        )
    manifest = Manifest(
        name=r.text("name", one_line=True, required=True, max_length=120),
        version=r.text("version", one_line=True, max_length=40),
        created=r.text("created", one_line=True, max_length=40),
        members=tuple(members),
    )
    r.finish()
    return manifest


def write_pack(path: Path, name: str, version: str, files: dict[str, bytes]) -> Manifest:
    """Write ``files`` (pack path → bytes) as a pack at ``path``, atomically,
    the manifest first; returns the manifest. Raises :class:`HandoutBuilderError`
    for a path :func:`member_problem` refuses or a pack over the limits."""
    for member in files:
        if (reason := member_problem(member)) is not None or member == MANIFEST:
            reason = reason or msg("%1 is a name the pack keeps for itself", member)
            raise HandoutBuilderError(msg("cannot make the pack: %1", reason))
    created = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    members = tuple(
        PackMember(member, len(data), hashlib.sha256(data).hexdigest())
        for member, data in sorted(files.items())
    )
    manifest = Manifest(name, version, created, members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(manifest.to_data(), ensure_ascii=False, indent=2) + "\n"
        for member, data in [(MANIFEST, text.encode("utf-8")), *sorted(files.items())]:
            info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    if buffer.tell() > MAX_PACK_BYTES or sum(m.size for m in members) > MAX_TOTAL_BYTES:
        raise HandoutBuilderError(f"{path}: the pack would be too large to import")
    atomic_write_bytes(path, buffer.getvalue())
    return manifest
