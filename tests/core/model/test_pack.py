"""Practice packs from anyone are read as untrusted: unsafe paths, links, zip
bombs, too many or too large files, duplicate names and a manifest that does
not match are refused before anything is written."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from handout_builder.core.errors import ValidationError
from handout_builder.core.model import pack
from handout_builder.core.model.pack import read_pack, write_pack


def make_zip(
    path: Path,
    members: list[tuple[str, bytes]],
    *,
    manifest: dict | None = None,
    attrs: dict[str, int] | None = None,
) -> Path:
    """A zip with ``members`` and a manifest listing them (or ``manifest``)."""
    listed = manifest or {
        "format": pack.FORMAT_NAME,
        "format_version": 1,
        "name": "Test pack",
        "version": "1",
        "created": "2026-11-22T10:00:00+00:00",
        "contents": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members
            if not name.endswith("/")
        ],
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(pack.MANIFEST, json.dumps(listed))
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (attrs or {}).get(name, (stat.S_IFREG | 0o644) << 16)
            archive.writestr(info, data)
    return path


def refusal(path: Path) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_pack(path)
    return [p.message for p in caught.value.problems]


ENTRY = ("library/mine.md", b"---\nid: mine\n---\ntext\n")


def test_a_pack_made_here_reads_back(tmp_path: Path):
    files = {"library/mine.md": b"entry", "layouts/x/layout.toml": b'title = "X"\n'}
    manifest = write_pack(tmp_path / "p.hbpack", "Riverside", "2026.11", files)
    contents = read_pack(tmp_path / "p.hbpack")
    assert contents.files == files and contents.manifest == manifest
    with zipfile.ZipFile(tmp_path / "p.hbpack") as archive:
        assert archive.namelist()[0] == pack.MANIFEST  # first, for file-type sniffing
    assert b"manifest.json" in (tmp_path / "p.hbpack").read_bytes()[:256]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.md", "goes up a folder"),
        ("library/../../evil.md", "goes up a folder"),
        ("/etc/cron.d/evil", "absolute path"),
        ("C:/Users/evil.md", "absolute path"),
        ("library\\..\\evil.md", "backslashes"),
        ("library/.hidden.md", "hidden"),
        ("elsewhere/evil.md", "not in one of the pack's folders"),
        ("library//evil.md", "empty folder name"),
    ],
)
def test_paths_that_could_escape_are_refused(tmp_path: Path, name: str, reason: str):
    problems = refusal(make_zip(tmp_path / "p.hbpack", [ENTRY, (name, b"x")]))
    assert len(problems) == 1 and problems[0].startswith(f"{name} ") and reason in problems[0]


def test_links_and_devices_are_refused(tmp_path: Path):
    link = (stat.S_IFLNK | 0o777) << 16
    fifo = (stat.S_IFIFO | 0o644) << 16
    path = make_zip(
        tmp_path / "p.hbpack",
        [ENTRY, ("library/link.md", b"/etc/passwd"), ("library/pipe.md", b"")],
        attrs={"library/link.md": link, "library/pipe.md": fifo},
    )
    problems = refusal(path)
    assert any("library/link.md is a link" in p for p in problems)
    assert any("library/pipe.md is not a plain file" in p for p in problems)


def test_zip_bombs_are_refused_by_ratio_size_total_and_count(tmp_path, monkeypatch):
    zeros = b"\0" * (2 * 1024 * 1024)  # packs about a thousand times smaller
    problems = refusal(make_zip(tmp_path / "a.hbpack", [("library/bomb.md", zeros)]))
    assert "zip bomb" in problems[0]

    monkeypatch.setattr(pack, "MAX_MEMBER_BYTES", 1000)
    problems = refusal(make_zip(tmp_path / "b.hbpack", [("library/big.md", b"x" * 1001)]))
    assert "too large once unpacked" in problems[0]

    monkeypatch.setattr(pack, "MAX_TOTAL_BYTES", 1500)
    members = [(f"library/e{n}.md", b"y" * 600) for n in range(3)]
    assert any(
        "unpacks to too much" in p for p in refusal(make_zip(tmp_path / "c.hbpack", members))
    )

    monkeypatch.setattr(pack, "MAX_MEMBERS", 3)
    members = [(f"library/f{n}.md", b"z") for n in range(4)]
    assert "too many files" in refusal(make_zip(tmp_path / "d.hbpack", members))[0]


def test_duplicate_names_are_refused_also_when_only_the_case_differs(tmp_path: Path):
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = make_zip(tmp_path / "p.hbpack", [ENTRY, ENTRY])
    assert any("has the same name as library/mine.md" in p for p in refusal(path))
    path = make_zip(tmp_path / "q.hbpack", [ENTRY, ("library/MINE.md", b"other")])
    assert any("library/MINE.md has the same name" in p for p in refusal(path))


def test_the_manifest_must_match_the_files(tmp_path: Path):
    good = make_zip(tmp_path / "good.hbpack", [ENTRY])
    manifest = json.loads(zipfile.ZipFile(good).read(pack.MANIFEST))
    manifest["contents"][0]["sha256"] = "0" * 64
    manifest["contents"].append({"path": "library/gone.md", "size": 1, "sha256": "1" * 64})
    path = make_zip(
        tmp_path / "p.hbpack", [ENTRY, ("library/extra.md", b"unlisted")], manifest=manifest
    )
    problems = refusal(path)
    assert (
        "library/mine.md does not match its checksum in the manifest (changed or damaged)"
        in problems
    )
    assert "library/gone.md is listed in the manifest but not in the pack" in problems
    assert "library/extra.md is in the pack but not in its manifest" in problems


def test_not_a_pack(tmp_path: Path):
    (tmp_path / "x.hbpack").write_bytes(b"%PDF-1.7 not a zip")
    assert "is not a readable practice pack" in str(refusal_error(tmp_path / "x.hbpack"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("library/a.md", b"a")
    (tmp_path / "y.hbpack").write_bytes(buffer.getvalue())
    assert "no manifest.json" in str(refusal_error(tmp_path / "y.hbpack"))


def test_pack_messages_name_the_file_in_plain_words(tmp_path: Path):
    """A file outside the pack's folders is named as the file it is, not as a
    'field'; a zip without a manifest says so first, whatever else is in it."""
    problems = refusal(make_zip(tmp_path / "p.hbpack", [ENTRY, ("hello.txt", b"hi")]))
    assert problems == [
        "hello.txt is not in one of the pack's folders (brands/, layouts/, library/)"
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", b"hi")
    (tmp_path / "z.hbpack").write_bytes(buffer.getvalue())
    error = str(refusal_error(tmp_path / "z.hbpack"))
    assert error == (
        f"{tmp_path / 'z.hbpack'}: is not a practice pack: it has no manifest.json listing its "
        "files (packs are made with 'handout-builder pack export')"
    )
    assert "field" not in error


def refusal_error(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_pack(path)
    return caught.value
