"""The jargon list: hard words and technical terms, with plain alternatives.

The built-in list is ``assets/jargon.yaml``; template authors and clinicians
extend it with ``jargon.yaml`` in the data home (an entry with the same term
replaces the built-in one). Format (docs/accessibility.md)::

    dysregulation: [feeling out of balance]       # a hard word: say it plainly
    amygdala:
      plain: "a part of the brain that spots danger (the amygdala)"
      technical: true      # worth learning: fine when explained where first used
      forms: [amygdalae]   # word forms beyond the automatic ones

Matching ignores case and finds plurals, possessives, -ed/-ing forms and
-ise/-ize spellings of the last word of a term; ``forms`` adds others.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from handout_builder.core import paths, resources
from handout_builder.core.errors import Problem
from handout_builder.core.fields import FieldReader

FILE_NAME = "jargon.yaml"
MAX_JARGON_BYTES = 512 * 1024
MAX_TERMS = 5000
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TERM = re.compile(r"^[^\W\d_][\w’' -]*[^\W_]$")  # letters of any language (Spanish: á, ñ)


@dataclass(frozen=True)
class JargonTerm:
    """A term and its plain alternatives. A ``technical`` term is one clients may
    need to learn; it is fine when explained where first used."""

    term: str
    plain: tuple[str, ...]
    technical: bool = False
    forms: tuple[str, ...] = ()

    def all_forms(self) -> tuple[str, ...]:
        """The term, the forms given, and the automatic ones (lower case)."""
        base = self.term.lower()
        found = [base, *(f.lower() for f in self.forms)]
        head, _, last = base.rpartition(" ")
        prefix = f"{head} " if head else ""
        for variant in _spellings(last):
            found.extend(prefix + form for form in _inflections(variant))
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class JargonHit:
    """One use of a term in a text: where (character offsets), as written."""

    start: int
    end: int
    text: str
    term: JargonTerm


def _spellings(word: str) -> list[str]:
    variants = [word]
    for us, uk in (("ize", "ise"), ("ization", "isation"), ("yze", "yse")):
        if word.endswith(us):
            variants.append(word[: -len(us)] + uk)
        elif word.endswith(uk):
            variants.append(word[: -len(uk)] + us)
    return variants


def _inflections(word: str) -> list[str]:
    forms = [word, word + "s", word + "es", word + "'s", word + "’s"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms += [word[:-1] + "ies", word[:-1] + "ied"]
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
    return forms


@dataclass(frozen=True, eq=False)
class JargonList:
    """Terms by lower-case term, and the problems found loading user files."""

    terms: dict[str, JargonTerm] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def __len__(self) -> int:
        return len(self.terms)

    @cached_property
    def _forms(self) -> tuple[dict[tuple[str, ...], JargonTerm], int]:
        """Every word form as a tuple of lower-case words, and the longest length."""
        forms: dict[tuple[str, ...], JargonTerm] = {}
        for term in self.terms.values():
            for form in term.all_forms():
                forms.setdefault(_words_key(form), term)
        return forms, max((len(key) for key in forms), default=0)

    def find(self, text: str) -> list[JargonHit]:
        """Every use of a term in ``text``, in order (the longest term wins)."""
        forms, longest = self._forms
        if not forms:
            return []
        words = list(_WORD.finditer(text))
        keys = [_normal(m.group(0)) for m in words]
        hits = []
        index = 0
        while index < len(words):
            for size in range(min(longest, len(words) - index), 0, -1):
                term = forms.get(tuple(keys[index : index + size]))
                if term is None or not _adjacent(text, words[index : index + size]):
                    continue
                start, end = words[index].start(), words[index + size - 1].end()
                hits.append(JargonHit(start, end, text[start:end], term))
                index += size
                break
            else:
                index += 1
        return hits


_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _words_key(form: str) -> tuple[str, ...]:
    return tuple(_normal(w) for w in form.split())


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    """Whether consecutive words are separated by spaces only (no full stop)."""
    return all(not text[a.end() : b.start()].strip() for a, b in itertools.pairwise(words))


def _key_lines(text: str) -> dict[str, int]:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


def parse_jargon(text: str, file: str, problems: list[Problem]) -> dict[str, JargonTerm]:
    """Terms from one jargon file's text; problems are appended, bad items skipped."""
    try:
        data = yaml.load(text, Loader=_Loader) if text.strip() else {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.append(
            Problem(
                f"not valid YAML: {exc.problem or exc.context or 'syntax error'}",
                file,
                mark.line + 1 if mark is not None else None,
            )
        )
        return {}
    except yaml.YAMLError as exc:
        problems.append(Problem(f"not valid YAML: {exc}", file))
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(Problem("must map each term to its plain alternatives", file, 1))
        return {}
    lines = _key_lines(text)
    found: dict[str, JargonTerm] = {}
    for raw_term, value in list(data.items())[:MAX_TERMS]:
        term_name = str(raw_term).strip()
        line = lines.get(str(raw_term))
        fields = value if isinstance(value, dict) else {"plain": value}
        reader = FieldReader(fields, file, prefix=term_name, line=line, problems=problems)
        before = len(problems)
        if not _TERM.match(term_name) or len(term_name) > 80:
            reader.error(None, "is not a valid term (letters, digits, spaces, - and ')")
            continue
        if isinstance(value, dict):
            reader.reject_unknown(("plain", "technical", "forms"))
        elif not isinstance(value, (str, list)):
            reader.error(None, "must be a plain alternative, a list of them, or a set of fields")
            continue
        plain = reader.text_list("plain", required=True, max_items=10)
        technical = reader.boolean("technical", False)
        forms = reader.text_list("forms", max_items=30)
        if len(problems) > before:
            continue
        found[term_name.lower()] = JargonTerm(term_name, plain, technical, forms)
    return found


def read_jargon_file(path: Path, problems: list[Problem]) -> dict[str, JargonTerm]:
    """Terms from a jargon file (none, with a problem, when it cannot be read)."""
    file = str(path)
    try:
        if path.stat().st_size > MAX_JARGON_BYTES:
            problems.append(Problem("is too large to be a jargon list", file))
            return {}
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        problems.append(Problem("is not UTF-8 text", file))
        return {}
    except OSError as exc:
        problems.append(Problem(f"cannot be read: {exc.strerror}", file))
        return {}
    return parse_jargon(text, file, problems)


def file_name(language: str = "en") -> str:
    """``jargon.yaml`` for English, ``jargon-es.yaml`` for Spanish text."""
    base = language.split("-", 1)[0].lower()
    return FILE_NAME if base == "en" else f"jargon-{base}.yaml"


def user_jargon_file(language: str = "en") -> Path:
    return paths.data_home() / file_name(language)


def load_jargon(extra: Iterable[Path] = (), language: str = "en") -> JargonList:
    """The built-in list for ``language`` (``assets/jargon.yaml``, or
    ``assets/jargon-es.yaml`` for Spanish; none for a language without one), then
    the user's file of that name (and ``extra`` files), later files replacing
    terms of earlier ones."""
    problems: list[Problem] = []
    builtin_problems: list[Problem] = []
    terms = read_jargon_file(resources.asset(file_name(language)), builtin_problems)
    if builtin_problems:  # a broken built-in file is a bug in the package
        raise AssertionError(f"built-in jargon list is broken: {builtin_problems[0]}")
    for path in (user_jargon_file(language), *extra):
        terms.update(read_jargon_file(path, problems))
    return JargonList(terms, tuple(problems))


def terms_in(hits: Sequence[JargonHit]) -> list[JargonTerm]:
    """The distinct terms of ``hits``, in order of first use."""
    return list({hit.term.term.lower(): hit.term for hit in hits}.values())
