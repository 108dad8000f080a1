"""Reading the user's files: one reader for every format the app reads.

Brand profiles and layout manifests (TOML), handout documents, recovery files
and settings (JSON), library entries' front matter, the jargon list and the
catalogs (YAML) all come through here, so every one of them

- is read with a size cap (a 2 GB file is refused before it is read),
- may start with a UTF-8 byte-order mark (Windows editors write one),
- that is not UTF-8 gets a message naming the line of the first bad byte,
- that does not parse gets a message naming the line, and a hint where a
  person can act on it (a Windows path in a TOML ``"…"`` string; YAML reading
  ``no``, ``yes``, ``on`` and ``off`` as true/false; a JSON file that is cut
  off says it is incomplete),
- comes back with the line each key starts on, for messages about its fields.

Every failure is a :class:`ValidationError` (or :class:`NotFoundError`) naming
the file; nothing here lets another exception out for any content of a file.
"""

from __future__ import annotations

import json
import re
import stat
import time
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from handout_builder.core.errors import (
    HandoutBuilderError,
    NotFoundError,
    Problem,
    ValidationError,
)
from handout_builder.core.messages import msg

# Longest file name (one path component) and whole path most systems take.
MAX_NAME_BYTES = 255
# How long ago a file must have changed to be known again by its state:
# modification times are kept to 1 ns (ext4, APFS) … 2 s (FAT).
SETTLE_NS = 2_000_000_000
MAX_PATH_CHARS = 4096
YAML_BOOL_HINT = 'YAML reads {word} as {value}: put the text in quotes, e.g. "{word}"'
TOML_BACKSLASH_HINT = (
    'backslashes start escape codes in a TOML "…" string: write the path in single '
    "quotes ('C:\\Users\\me\\logo.png') or with forward slashes (C:/Users/me/logo.png)"
)


@dataclass(frozen=True)
class Parsed:
    """A parsed file: its data, the line (1-based) each key starts on, and hints.

    ``key_lines`` holds top-level keys (``title``) and, for TOML tables and YAML
    mappings, dotted paths (``options.show_logo``). ``item_lines`` gives, for a
    top-level key that holds a list, the line each item starts on. ``hints``
    maps a field (dotted path, list positions left out) to advice added to any
    problem with it.
    """

    data: Any
    key_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)


# -- reading bytes as text ----------------------------------------------------------------


def read_text(path: Path, *, kind: str, max_bytes: int) -> str:
    """The text of ``path`` (UTF-8, a byte-order mark dropped).

    ``kind`` names what the file should be, for messages ("brand profile").
    Raises :class:`NotFoundError` when it does not exist and
    :class:`ValidationError` (file, and line for a bad byte) when it is a
    folder, larger than ``max_bytes``, unreadable or not UTF-8 text.
    """
    file = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError([Problem(msg("is a folder, not a %1", _kind(kind)), file)])
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would never end
            message = msg("is not a file that can be read as a %1", _kind(kind))
            raise ValidationError([Problem(message, file)])
        if info.st_size > max_bytes:
            raise ValidationError([_too_large(info.st_size, kind, max_bytes, file)])
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NotFoundError(f"{file}: file not found") from None
    except (ValueError, OSError) as exc:  # ValueError: a NUL in the name
        raise ValidationError([Problem(msg("cannot be read: %1", _os_reason(exc)), file)]) from None
    if len(raw) > max_bytes:  # it grew after it was measured
        raise ValidationError([_too_large(len(raw), kind, max_bytes, file)])
    return decode(raw, file)


def decode(raw: bytes, file: str) -> str:
    """UTF-8 bytes as text (a byte-order mark dropped); :class:`ValidationError`
    naming the line of the first byte that is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            [Problem(msg("is not UTF-8 text but UTF-16; save it as UTF-8 (Unicode) instead"), file)]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = f"{raw[exc.start]:02x}"
        raise ValidationError(
            [
                Problem(
                    msg(
                        "is not UTF-8 text (byte 0x%1 here is not UTF-8); "
                        "save the file as UTF-8 (Unicode)",
                        byte,
                    ),
                    file,
                    line,
                )
            ]
        ) from None


def _too_large(size: int, kind: str, max_bytes: int, file: str) -> Problem:
    message = msg(
        "is too large to be a %1 (%2; at most %3)", _kind(kind), _size(size), _size(max_bytes)
    )
    return Problem(message, file)


# What a file should be ("brand profile"), as the readers name it, in words
# the app translates.
KINDS = {
    "brand profile": msg("brand profile"),
    "library entry": msg("library entry"),
    "entry": msg("entry"),
    "handout": msg("handout"),
    "handout document": msg("handout document"),
    "history record": msg("history record"),
    "recovery file": msg("recovery file"),
    "settings file": msg("settings file"),
    "layout manifest": msg("layout manifest"),
    "pack manifest": msg("pack manifest"),
    "jargon list": msg("jargon list"),
    "banned-phrases list": msg("banned-phrases list"),
    "illustration catalog": msg("illustration catalog"),
    "list of names": msg("list of names"),
}


def _kind(kind: str) -> str:
    return KINDS.get(kind, kind)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.0f} MB"
    return f"{max(1, round(count / 1024))} KB"


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, ValueError):
        return "the file name holds a NUL character"
    return str(exc)


# -- TOML ----------------------------------------------------------------------------------

_TOML_ERROR_AT = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)")
_TOML_TABLE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"""^\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*(?:\.|=)""")
# A basic string holding a Windows path: "C:\Users\…" (one backslash after the drive).
_TOML_WINDOWS_PATH = re.compile(r"""^\s*([A-Za-z0-9_-]+)\s*=\s*"[A-Za-z]:\\(?!\\)""")


def toml_key_lines(text: str) -> dict[str, int]:
    """The line (1-based) each key starts on: top-level keys by name, keys in
    tables as dotted paths (``options.show_logo.type``), tables by their path."""
    lines: dict[str, int] = {}
    table = ""
    in_multiline = False
    for number, line in enumerate(text.split("\n"), start=1):
        quotes = line.count('"""') + line.count("'''")
        if in_multiline:
            in_multiline = quotes % 2 == 0
            continue
        if match := _TOML_TABLE.match(line):
            table = ".".join(p.strip().strip("\"'") for p in match.group(1).split("."))
            parts = table.split(".")
            for depth in range(1, len(parts) + 1):
                lines.setdefault(".".join(parts[:depth]), number)
            continue
        if match := _TOML_KEY.match(line):
            key = match.group(1).strip("\"'")
            lines.setdefault(f"{table}.{key}" if table else key, number)
        in_multiline = quotes % 2 == 1
    return lines


_TOML_VALUE = re.compile(r"""^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$""")
_CURLY_QUOTES = "“”‘’„«»"


def _toml_typing_hint(source: str) -> str | None:
    """What a person typing a profile by hand most likely got wrong on the
    line ``source`` that does not parse: curly quotes from a word processor,
    a missing closing quote, or text without quotes."""
    if any(quote in source for quote in _CURLY_QUOTES):
        return (
            "the text is in curly quotes (“…”), which TOML does not read: use straight "
            'quotes ("…"); a word processor may have changed them, a plain text editor will not'
        )
    match = _TOML_VALUE.match(source)
    if match is None:
        return None
    key, value = match.groups()
    quote = value[:1]
    if quote in ('"', "'") and not value.startswith(quote * 3):
        if value.count(quote) - value.count("\\" + quote) == 1:
            return f"the closing {quote} is missing at the end of the text"
    elif value and (value[0].isalpha() and value not in ("true", "false")):
        return f'put text in quotes: {key} = "…"'
    return None


def parse_toml(text: str, file: str) -> Parsed:
    """TOML text as data with key lines; :class:`ValidationError` with the line
    (and a hint for a Windows path in a ``"…"`` string) when it does not parse."""
    source_lines = text.split("\n")
    for number, source in enumerate(source_lines, start=1):
        if match := _TOML_WINDOWS_PATH.match(source):
            raise ValidationError([Problem(TOML_BACKSLASH_HINT, file, number, match.group(1))])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_ERROR_AT.search(message)
        line = int(at.group(1)) if at and at.group(1) else None
        reason = _TOML_ERROR_AT.sub("", message).strip() or "syntax error"
        if at and not at.group(1):  # the last line that holds anything
            reason += " at the end of the file"
            line = max((n for n, s in enumerate(source_lines, 1) if s.strip()), default=None)
        source = source_lines[line - 1] if line and line <= len(source_lines) else ""
        if "\\" in source and ("escape" in reason or "hex" in reason or "'\\'" in reason):
            reason += f"; {TOML_BACKSLASH_HINT}"
        elif hint := _toml_typing_hint(source):
            reason += f"; {hint}"
        raise ValidationError([Problem(msg("is not valid TOML: %1", reason), file, line)]) from None
    except RecursionError:
        message = msg("is not valid TOML: nested too deeply")
        raise ValidationError([Problem(message, file)]) from None
    return Parsed(data, toml_key_lines(text))


# -- JSON ----------------------------------------------------------------------------------


def parse_json(text: str, file: str, *, kind: str) -> Parsed:
    """JSON text as data; :class:`ValidationError` with line and column when it
    does not parse (``kind`` names what the file should be)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if _ends_early(exc):
            message = (
                msg("the %1 is empty; open an autosaved copy or save it again", _kind(kind))
                if not text.strip()
                else msg(
                    "the %1 is incomplete (the file ends early); open an autosaved copy or "
                    "save it again",
                    _kind(kind),
                )
            )
        else:
            message = msg("is not valid JSON: %1 (column %2)", exc.msg, exc.colno)
        raise ValidationError([Problem(message, file, exc.lineno)]) from None
    except RecursionError:
        raise ValidationError(
            [Problem(msg("is not a %1 (its JSON is nested too deeply)", _kind(kind)), file)]
        ) from None
    return Parsed(data)


def _ends_early(error: json.JSONDecodeError) -> bool:
    """Whether the JSON only broke because its text stops (a file cut off while
    it was copied or saved): the error is at the end, inside a string that never
    closes, or inside ``true``/``false``/``null`` cut short."""
    rest = error.doc[error.pos :].rstrip()
    if not rest or error.msg.startswith("Unterminated string"):
        return True
    return any(word.startswith(rest) for word in ("true", "false", "null"))


# -- YAML ----------------------------------------------------------------------------------

_BOOL_TAG = "tag:yaml.org,2002:bool"


@cache
def _yaml_loader() -> Any:
    """PyYAML's safe loader (the faster C one when built), except that a date
    that does not exist (``2026-02-30``) stays text, for the field's own message.
    Made on first use: PyYAML is not loaded for files that are not YAML."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def timestamp(loader: Any, node: Any) -> object:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError):
            return str(node.value)

    loader: Any = type("SafeLoader", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return loader


def parse_yaml(text: str, file: str, *, first_line: int = 1, what: str = "") -> Parsed:
    """YAML text (one document) as data with key lines.

    ``first_line`` is the file line of the text's first line (front matter
    starts on line 2); ``what`` names the text in messages ("front matter").
    Raises :class:`ValidationError` naming the line when it does not parse; an
    unclosed bracket or quote names the line it opened on.
    """
    import yaml

    invalid = msg("%1 is not valid YAML", what) if what else msg("is not valid YAML")
    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        last = text.count("\n")
        if exc.context_mark is not None and mark is not None and mark.line >= last:
            mark = exc.context_mark  # unclosed bracket or quote: where it opened
        line = mark.line + first_line if mark is not None else first_line
        reason = exc.problem or exc.context or "syntax error"
        raise ValidationError([Problem(msg("%1: %2", invalid, reason), file, line)]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not take
        line = text[: exc.position].count("\n") + first_line
        code = f"{exc.character:04X}"
        reason = msg("it holds a character YAML does not allow (U+%1); remove it", code)
        raise ValidationError([Problem(msg("%1: %2", invalid, reason), file, line)]) from None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        problem = Problem(msg("%1: %2", invalid, reason), file, first_line)
        raise ValidationError([problem]) from None
    except RecursionError:
        problem = Problem(msg("%1: nested too deeply", invalid), file)
        raise ValidationError([problem]) from None
    finally:
        loader.dispose()
    parsed = Parsed(data)
    if isinstance(node, yaml.MappingNode):
        _yaml_lines(node, "", first_line, parsed, depth=0)
    return parsed


def _yaml_lines(node: Any, path: str, first_line: int, parsed: Parsed, depth: int) -> None:
    """Record key lines, list item lines and yes/no hints below ``node``."""
    import yaml

    if depth > 50:
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            name = str(key_node.value)
            full = f"{path}.{name}" if path else name
            parsed.key_lines.setdefault(full, key_node.start_mark.line + first_line)
            if not path and isinstance(value_node, yaml.SequenceNode):
                parsed.item_lines[name] = [i.start_mark.line + first_line for i in value_node.value]
            _yaml_lines(value_node, full, first_line, parsed, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _yaml_lines(item, path, first_line, parsed, depth + 1)
    elif (
        isinstance(node, yaml.ScalarNode)
        and node.tag == _BOOL_TAG
        and not node.style
        and str(node.value).lower() not in ("true", "false")
        and path
    ):
        value = "true" if str(node.value).lower() in ("yes", "y", "on") else "false"
        parsed.hints.setdefault(path, YAML_BOOL_HINT.format(word=node.value, value=value))


# -- reading a file in one step -------------------------------------------------------------


def read_toml(path: Path, *, kind: str, max_bytes: int) -> Parsed:
    """:func:`read_text` then :func:`parse_toml`."""
    return parse_toml(read_text(path, kind=kind, max_bytes=max_bytes), str(path))


def read_json(path: Path, *, kind: str, max_bytes: int) -> Parsed:
    """:func:`read_text` then :func:`parse_json`."""
    return parse_json(read_text(path, kind=kind, max_bytes=max_bytes), str(path), kind=kind)


def read_yaml(path: Path, *, kind: str, max_bytes: int) -> Parsed:
    """:func:`read_text` then :func:`parse_yaml`."""
    return parse_yaml(read_text(path, kind=kind, max_bytes=max_bytes), str(path))


# -- paths written in files -----------------------------------------------------------------


def user_path(text: str, base: Path | None) -> Path:
    """A path written in a file (``~`` expanded, relative to ``base``), resolved.

    Raises :class:`HandoutBuilderError` with a short reason for a path that
    cannot name a file: a NUL or other control character, an unknown
    ``~user``, a name longer than the system takes.
    """
    if any(ord(c) < 32 or c == "\x7f" for c in text):
        raise HandoutBuilderError(msg("holds a control character, which no file name can"))
    if len(text) > MAX_PATH_CHARS:
        raise HandoutBuilderError(msg("is too long for a path (%1 characters)", len(text)))
    long_part = next(
        (
            p
            for p in re.split(r"[\\/]", text)
            if len(p.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
        ),
        None,
    )
    if long_part is not None:
        raise HandoutBuilderError(
            msg("has a file or folder name longer than %1 characters", MAX_NAME_BYTES)
        )
    path = Path(text)
    if text.startswith("~"):
        try:
            path = path.expanduser()
        except RuntimeError:
            user = text[1:].split("/")[0].split("\\")[0]
            raise HandoutBuilderError(
                msg("starts with '~%1', and there is no user '%1' on this computer", user)
            ) from None
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        raise HandoutBuilderError(msg("cannot be used: %1", _os_reason(exc))) from None


def file_is(path: Path, test: str = "file") -> bool:
    """``path.is_file()`` (or ``is_dir``) that says ``False`` instead of raising for
    a name the system refuses (too long, NUL)."""
    try:
        return path.is_file() if test == "file" else path.is_dir()
    except (OSError, ValueError):
        return False


def file_state(path: Path) -> tuple[int, int, int] | None:
    """What tells whether a file (or folder) changed on disk: its modification
    time (ns), size and inode; ``None`` when it cannot be read."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def settled_state(path: Path) -> tuple[int, int, int] | None:
    """:func:`file_state` of a file last changed at least :data:`SETTLE_NS` ago,
    else ``None``. A file changed again within the file system's time
    resolution (up to 2 s on FAT) can keep its time, size and inode, so only a
    settled file is safe to know again by its state (what caches keep)."""
    state = file_state(path)
    if state is None or time.time_ns() - state[0] < SETTLE_NS:
        return None
    return state
