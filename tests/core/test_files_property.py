"""Property test of every loader: a valid file of each format, mutated (random
bytes, truncation, other encodings, swapped types, Unicode oddities, deep
nesting), gives either a loaded object or the project's own error naming the
file, never another exception and never a hang. What loads also saves and
loads again (the same rules on save and on load).

The number of examples per format comes from the Hypothesis profile in
tests/conftest.py (derandomized, so ``make test`` is repeatable).
"""

from __future__ import annotations

import json
import shutil
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import tomli_w
import yaml
from hypothesis import given
from hypothesis import strategies as st

from handout_builder.core import paths, resources
from handout_builder.core.checks.jargon import load_jargon
from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.layout.layouts import load_layout
from handout_builder.core.model.brand import brand_from_data, brand_to_toml, load_brand
from handout_builder.core.model.handout import check_handout, load_handout
from handout_builder.core.model.library import load_entry
from handout_builder.core.model.recovery import find_recoveries, read_recovery
from handout_builder.core.settings import Settings, load_settings

HANG_SECONDS = 10

ODDITIES = [
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\r", "\t", "\ufeff", "\u00ad", "\u200b",
    "\u2028", "\u202e", "\U0001f600", "e\u0301", "\ud800", "\\", '"', "'", "\n",
    "[", "]", "{", "}", ":", "=", "#", "---", "~nobody-hb/", "C:\\Users\\me\\", "yes", "no",
    "2026-02-30", "1e999", "-0", "&a", "*a", "!!python/object:os.system", "%", "@",
]  # fmt: skip
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(ODDITIES)
    | st.text(alphabet=st.characters(max_codepoint=0x7F), min_size=190, max_size=320),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@contextmanager
def no_hang() -> Iterator[None]:
    """Fail (instead of waiting for ever) when a load takes over HANG_SECONDS."""

    def alarm(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"a load took over {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- the formats: a valid file, how to read and write its data, and its loader -----------------


def entry_text() -> str:
    return resources.builtin_library_dir().joinpath("anxiety-alarm.md").read_text("utf-8")


def split_entry(text: str) -> tuple[dict[str, Any], str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def join_entry(data: Any, body: str) -> str:
    return "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body


def valid_handout(builtin_library: Any) -> str:
    from handout_builder.core.model.handout import Handout, Section

    handout = Handout(title="For Sam", subtitle="Notes", prepared_for="Sam", date="2026-11-22")
    handout.sections = [Section.from_entry(builtin_library.get("anxiety-alarm"))]
    return handout.to_json()


class Format:
    """One file format: where its file goes, how its data is written, its loader."""

    def __init__(
        self,
        name: str,
        where: Callable[[Path], Path],
        valid: Callable[[Any], str],
        dump: Callable[[Any, str], str],
        load: Callable[[Path], object],
        nest: str,
    ) -> None:
        self.name, self.where, self.valid, self.dump, self.load, self.nest = (
            name,
            where,
            valid,
            dump,
            load,
            nest,
        )

    def data(self, text: str) -> Any:
        if self.name in ("brand", "layout"):
            import tomllib

            return tomllib.loads(text)
        if self.name in ("entry",):
            return split_entry(text)[0]
        if self.name == "jargon":
            return yaml.safe_load(text)
        return json.loads(text)


def _load_brand(path: Path) -> object:
    profile = load_brand(path)
    # What loads also saves: the same rules on the way out.
    text = brand_to_toml(profile, path.parent)
    import tomllib

    brand_from_data(tomllib.loads(text), str(path), base_dir=path.parent)
    return profile


def _load_handout(path: Path) -> object:
    handout = load_handout(path)
    check_handout(handout, str(path))
    return handout


def _load_recovery(path: Path) -> object:
    find_recoveries()  # the collection never raises
    return read_recovery(path)


def _load_settings(path: Path) -> object:
    settings = load_settings()
    assert isinstance(settings, Settings)
    return settings


def _load_entry(path: Path) -> object:
    return load_entry(path)


def _load_jargon(path: Path) -> object:
    jargon = load_jargon()  # never raises: problems are listed
    assert "amygdala" in jargon.terms  # built-in terms stay whatever the user file holds
    return jargon


def _load_layout(path: Path) -> object:
    return load_layout(path.parent)


def _json_dump(data: Any, _text: str) -> str:
    return json.dumps(data, ensure_ascii=False)


def _toml_dump(data: Any, _text: str) -> str:
    return tomli_w.dumps(_no_none(data))


def _no_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _no_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_no_none(v) for v in value if v is not None]
    return value


def _entry_dump(data: Any, text: str) -> str:
    return join_entry(data, split_entry(text)[1])


def _yaml_dump(data: Any, _text: str) -> str:
    return yaml.safe_dump(data, allow_unicode=True)


FORMATS = {
    f.name: f
    for f in (
        Format(
            "brand",
            lambda home: home / "brands" / "practice.toml",
            lambda _lib: resources.asset("sample", "sample-brand.toml").read_text("utf-8"),
            _toml_dump,
            _load_brand,
            "x = {open}1{close}\n",
        ),
        Format(
            "layout",
            lambda home: home / "layouts" / "mine" / "layout.toml",
            lambda _lib: (
                resources.templates_dir().joinpath("worksheet", "layout.toml").read_text("utf-8")
            ),
            _toml_dump,
            _load_layout,
            "x = {open}1{close}\n",
        ),
        Format(
            "handout",
            lambda home: home / "sam.handout",
            valid_handout,
            _json_dump,
            _load_handout,
            "{open}1{close}",
        ),
        Format(
            "recovery",
            lambda home: home / "autosave" / "1-1.recovery.json",
            lambda lib: json.dumps(
                {
                    "format": "handout-builder/recovery",
                    "saved_as": "/tmp/sam.handout",
                    "written": 1_790_000_000.5,
                    "handout": json.loads(valid_handout(lib)),
                }
            ),
            _json_dump,
            _load_recovery,
            "{open}1{close}",
        ),
        Format(
            "settings",
            lambda home: home / "settings.json",
            lambda _lib: json.dumps(
                {
                    "default_brand": "practice",
                    "default_layout": "classic",
                    "default_paper": "a4",
                    "recent_files": ["/tmp/a.handout"],
                    "setup_done": True,
                    "library_dir": "~/library",
                }
            ),
            _json_dump,
            _load_settings,
            "{open}1{close}",
        ),
        Format(
            "entry",
            lambda home: home / "library" / "my-entry.md",
            lambda _lib: entry_text().replace("id: anxiety-alarm", "id: my-entry"),
            _entry_dump,
            _load_entry,
            "x: {open}1{close}\n",
        ),
        Format(
            "jargon",
            lambda home: home / "jargon.yaml",
            lambda _lib: (
                "dysregulated: [out of balance]\namygdala:\n  plain: the alarm\n"
                "  technical: true\n  forms: [amygdalae]\n"
            ),
            _yaml_dump,
            _load_jargon,
            "x: {open}1{close}\n",
        ),
    )
}


# -- the mutations -----------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, fmt: Format, valid: str) -> bytes:
    """``valid`` changed in one of the ways a file goes wrong."""
    raw = valid.encode("utf-8")
    kind = draw(st.sampled_from(["bytes", "truncate", "encoding", "oddity", "swap", "nest"]))
    if kind == "bytes":
        at = draw(st.integers(0, len(raw)))
        cut = draw(st.integers(0, 8))
        return raw[:at] + draw(st.binary(min_size=1, max_size=16)) + raw[at + cut :]
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "encoding":
        codec = draw(st.sampled_from(["utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig"]))
        return valid.replace("’", "’ é").encode(codec, errors="replace")
    if kind == "oddity":
        at = draw(st.integers(0, len(valid)))
        odd = draw(st.sampled_from(ODDITIES))
        return (valid[:at] + odd + valid[at:]).encode("utf-8", errors="surrogatepass")
    if kind == "nest":
        depth = draw(st.integers(1, 5000))
        bracket = draw(st.sampled_from(["[]", "{}"]))
        open_, close = bracket[0] * depth, bracket[1] * depth
        if fmt.nest.startswith("{open}"):  # JSON: as the value of a field
            data = fmt.data(valid)
            key = draw(st.sampled_from(sorted(data)))
            text = json.dumps(data).replace(
                json.dumps(key) + ": ", json.dumps(key) + ": " + open_ + "1" + close + ', "_": ', 1
            )
            return text.encode("utf-8")
        line = fmt.nest.format(open=open_, close=close)
        lines = valid.splitlines(keepends=True)
        at = draw(st.integers(0, len(lines)))
        return "".join([*lines[:at], line, *lines[at:]]).encode("utf-8")
    data = fmt.data(valid)  # swap: one field, or a field in a table, gets another type
    target = data
    key = draw(st.sampled_from(sorted(target)))
    if isinstance(target[key], dict) and target[key] and draw(st.booleans()):
        target = target[key]
        key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(VALUES)
    try:
        return fmt.dump(data, valid).encode("utf-8", errors="surrogatepass")
    except (TypeError, ValueError, yaml.YAMLError):  # a value the format cannot hold
        return raw


def write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_mutated_file_loads_or_is_the_projects_error(name, home, builtin_library):
    fmt = FORMATS[name]
    valid = fmt.valid(builtin_library)
    path = fmt.where(home)
    write(path, valid.encode("utf-8"))
    if name == "brand":  # the sample profile's logo, next to it
        shutil.copy(resources.asset("sample", "logo.svg"), path.parent / "logo.svg")
    with no_hang():
        assert fmt.load(path) is not None  # the valid file itself loads

    @given(content=mutated(fmt, valid))
    def loads_or_refuses(content: bytes) -> None:
        write(path, content)
        try:
            with no_hang():
                fmt.load(path)
        except HandoutBuilderError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip(), str(exc)
            assert str(path) in str(exc) or path.name in str(exc), str(exc)

    loads_or_refuses()
    shutil.rmtree(paths.data_home(), ignore_errors=True)
