"""A small reader that validates plain data (from YAML, TOML or JSON) field by
field and collects every problem with its file, line and field name.

Loading code reads each field through one :class:`FieldReader`; at the end,
:meth:`FieldReader.finish` raises one :class:`ValidationError` with all problems.
Every malformed value (wrong type, control characters, a line break in a
one-line field, over-long text, a date that does not exist, a path no file can
have) becomes a problem naming the field; nothing else is raised.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from handout_builder.core.errors import HandoutBuilderError, Problem, Severity, ValidationError
from handout_builder.core.messages import msg

HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# C0 controls but tab, line feed and carriage return; DEL and C1 controls; lone
# surrogates (JSON "\ud800"), which no file can be written with.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
LINE_BREAKS = re.compile(r"[\n\r\x85\u2028\u2029]")
_POSITION = re.compile(r"\[\d+\]")


class FieldReader:
    """Reads typed fields out of ``data``, recording a :class:`Problem` per mistake.

    ``lines`` maps keys (top-level names and dotted paths) to the line they
    start on; ``prefix`` names the enclosing field for nested mappings
    (``references[2]``); ``hints`` maps a field (dotted path, no list positions)
    to advice added to its problems (see :class:`handout_builder.core.files.Parsed`).
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        file: str,
        *,
        lines: Mapping[str, int] | None = None,
        prefix: str = "",
        line: int | None = None,
        problems: list[Problem] | None = None,
        hints: Mapping[str, str] | None = None,
    ) -> None:
        self.data = data
        self.file = file
        self.lines = dict(lines or {})
        self.prefix = prefix
        self.line = line
        self.problems: list[Problem] = problems if problems is not None else []
        self.hints: Mapping[str, str] = hints or {}

    # -- recording -----------------------------------------------------------

    def _name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def line_of(self, key: str) -> int | None:
        return self.lines.get(key, self.line)

    def error(self, key: str | None, message: str) -> None:
        """Record an error about ``key``; ``message`` a :func:`~handout_builder.core.messages.msg`
        where the app shows it."""
        self._record(key, message, "error")

    def warn(self, key: str | None, message: str) -> None:
        self._record(key, message, "warning")

    def _record(self, key: str | None, message: str, severity: Severity) -> None:
        line = self.line_of(key) if key else self.line
        field = self._name(key) if key else (self.prefix or None)
        hint = self.hints.get(_POSITION.sub("", field or ""))
        if hint and hint not in message:
            message = msg("%1 (%2)", message, hint)
        self.problems.append(Problem(message, self.file, line, field, severity))

    def nested(self, key: str, data: Mapping[str, Any], line: int | None = None) -> FieldReader:
        """A reader for a nested mapping that shares this reader's problem list
        (and its hints; the lines of keys under ``key`` when they are known)."""
        base = key.split("[")[0]
        inner = {k[len(base) + 1 :]: n for k, n in self.lines.items() if k.startswith(base + ".")}
        return FieldReader(
            data,
            self.file,
            lines=inner if "[" not in key else None,
            prefix=self._name(key),
            line=line if line is not None else self.line_of(base),
            problems=self.problems,
            hints=self.hints,
        )

    # -- typed getters -------------------------------------------------------

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key)
        if value is None and required:
            self.error(key, msg("is required"))
        return value

    def text(
        self,
        key: str,
        *,
        required: bool = False,
        default: str = "",
        one_line: bool = False,
        max_length: int | None = None,
        pattern: re.Pattern[str] | None = None,
        pattern_help: str = "",
    ) -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error(key, msg("must be text, not %1", _kind(value)))
            return default
        value = value.strip() if one_line else value
        if required and not value.strip():
            self.error(key, msg("must not be empty"))
            return default
        if one_line and LINE_BREAKS.search(value):
            self.error(key, msg("must be a single line"))
            return default
        if bad := CONTROL_CHARS.search(value):
            code = f"{ord(bad.group(0)):04X}"
            self.error(
                key, msg("holds a control character (U+%1) that cannot be printed; remove it", code)
            )
            return default
        if max_length is not None and len(value) > max_length:
            self.error(key, msg("is too long (%1 characters; at most %2)", len(value), max_length))
            return value[:max_length]
        if pattern is not None and value and not pattern.match(value):
            self.error(
                key,
                msg("'%1' is not valid: %2", value, pattern_help)
                if pattern_help
                else msg("'%1' is not valid", value),
            )
            return default
        return value

    def color(self, key: str, default: str) -> str:
        value = self.text(key, one_line=True)
        if not value:
            return default
        if not HEX_COLOR.match(value):
            self.error(key, msg("'%1' is not a colour; use the form #rrggbb, e.g. #2f5d7c", value))
            return default
        return value.lower()

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, msg("must be true or false, not %1", _kind(value)))
            return default
        return value

    def integer(
        self, key: str, default: int, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, msg("must be a whole number, not %1", _kind(value)))
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            self.error(key, msg("must be between %1 and %2, not %3", minimum, maximum, value))
            return default
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                self.error(key, msg("'%1' is not a date on the calendar", value.strip()))
                return None
        shown = value if isinstance(value, str) and len(value) <= 40 else _kind(value)
        self.error(key, msg("'%1' is not a date; use the form YYYY-MM-DD", shown))
        return None

    def path(self, key: str, *, base: Path | None) -> Path | None:
        """A file path (``~`` expanded, relative to ``base``), or ``None`` when the
        field is empty or cannot name a file (recorded as a problem)."""
        from handout_builder.core.files import user_path

        text = self.text(key, one_line=True, max_length=4096)
        if not text:
            return None
        try:
            return user_path(text, base)
        except HandoutBuilderError as exc:
            self.error(key, msg("'%1' %2", _clip(text), exc.args[0] if exc.args else str(exc)))
            return None

    def text_list(
        self,
        key: str,
        *,
        required: bool = False,
        choices: Iterable[str] | None = None,
        max_items: int = 200,
        max_length: int = 2000,
    ) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(key, msg("must be a list, not %1", _kind(value)))
            return ()
        if required and not value:
            self.error(key, msg("must list at least one item"))
        if len(value) > max_items:
            self.error(key, msg("has too many items (%1; at most %2)", len(value), max_items))
            value = value[:max_items]
        allowed = tuple(choices) if choices is not None else None
        out: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str):
                self.error(key, msg("item %1 must be text, not %2", index + 1, _kind(item)))
                continue
            if not item.strip():
                self.error(key, msg("item %1 must not be empty", index + 1))
                continue
            if CONTROL_CHARS.search(item) or len(item) > max_length:
                self.error(key, msg("item %1 holds a control character or is too long", index + 1))
                continue
            item = item.strip()
            if allowed is not None and item not in allowed:
                self.error(key, msg("'%1' is not one of: %2", item, ", ".join(allowed)))
                continue
            out.append(item)
        return tuple(out)

    def mapping_list(self, key: str) -> list[tuple[int, Mapping[str, Any]]]:
        """Items of a list of mappings, with their index (non-mappings are problems)."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(key, msg("must be a list, not %1", _kind(value)))
            return []
        items: list[tuple[int, Mapping[str, Any]]] = []
        for index, item in enumerate(value):
            if not isinstance(item, Mapping):
                self.error(
                    key, msg("item %1 must be a set of fields, not %2", index + 1, _kind(item))
                )
                continue
            items.append((index, item))
        return items

    # -- whole-record checks ---------------------------------------------------

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        """Record a problem for every key not in ``allowed`` (typos get a hint)."""
        known = list(allowed)
        for key in self.data:
            if key in known:
                continue
            import difflib  # only for a mistyped key

            hint = difflib.get_close_matches(str(key), known, n=1)
            self.error(
                str(key),
                msg("is not a known field (did you mean '%1'?)", hint[0])
                if hint
                else msg("is not a known field"),
            )

    def finish(self) -> None:
        """Raise :class:`ValidationError` if any error was recorded."""
        if any(p.severity == "error" for p in self.problems):
            raise ValidationError(self.problems)


def _clip(text: str, limit: int = 60) -> str:
    shown = CONTROL_CHARS.sub("?", text).replace("\n", " ")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _kind(value: object) -> str:
    if isinstance(value, dt.date):
        return msg("a date")
    if isinstance(value, bool):
        return msg("true/false")
    if isinstance(value, (int, float)):
        return msg("a number")
    if isinstance(value, str):
        return msg("text")
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, Mapping):
        return msg("a set of fields")
    return type(value).__name__
