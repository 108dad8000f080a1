"""The jargon list: hard words and technical terms, with plain alternatives.

The built-in list is ``assets/jargon.yaml``; template authors and clinicians
extend it with ``jargon.yaml`` in the data home (an entry with the same term
replaces the built-in one). Format (docs/accessibility.md)::

    dysregulation: [feeling out of balance]       # a hard word: say it plainly
    amygdala:
      plain: "the brain's alarm (the amygdala)"
      technical: true      # worth learning: fine when explained where first used
      forms: [amygdalae]   # word forms beyond the automatic ones

Matching ignores case and finds plurals, possessives, -ed/-ing forms and
-ise/-ize spellings of the last word of a term; ``forms`` adds others.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.checks.normalise import normalise
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import file_state, parse_yaml, read_text
from handout_builder.core.languages import base_language

FILE_NAME = "jargon.yaml"
MAX_JARGON_BYTES = 512 * 1024
MAX_TERMS = 5000
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


def parse_jargon(text: str, file: str, problems: list[Problem]) -> dict[str, JargonTerm]:
    """Terms from one jargon file's text; problems are appended, bad items skipped."""
    try:
        parsed = parse_yaml(text, file)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return {}
    data = parsed.data
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(Problem("must map each term to its plain alternatives", file, 1))
        return {}
    found: dict[str, JargonTerm] = {}
    for raw_term, value in list(data.items())[:MAX_TERMS]:
        term_name = str(raw_term).strip()
        line = parsed.key_lines.get(str(raw_term))
        fields = value if isinstance(value, dict) else {"plain": value}
        reader = FieldReader(
            fields, file, prefix=term_name, line=line, problems=problems, hints=parsed.hints
        )
        before = len(problems)
        if not _TERM.match(term_name) or len(term_name) > 80:
            reader.error(None, "is not a valid term (letters, digits, spaces, - and ')")
            continue
        if isinstance(value, dict):
            reader.reject_unknown(("plain", "technical", "forms"))
        elif not isinstance(value, (str, list)):
            reader.error(None, "must be a plain alternative, a list of them, or a set of fields")
            continue
        plain = reader.text_list("plain", required=True, max_items=10, max_length=200)
        technical = reader.boolean("technical", False)
        forms = reader.text_list("forms", max_items=30, max_length=80)
        if len(problems) > before:
            continue
        found[term_name.lower()] = JargonTerm(term_name, plain, technical, forms)
    return found


def read_jargon_file(path: Path, problems: list[Problem]) -> dict[str, JargonTerm]:
    """Terms from a jargon file (none, with a problem, when it cannot be read)."""
    try:
        text = read_text(path, kind="jargon list", max_bytes=MAX_JARGON_BYTES)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return {}
    except HandoutBuilderError:  # no such file: nothing to add
        return {}
    return parse_jargon(text, str(path), problems)


def file_name(language: str = "en") -> str:
    """``jargon.yaml`` for English, ``jargon-es.yaml`` for Spanish text."""
    base = language.split("-", 1)[0].lower()
    return FILE_NAME if base == "en" else f"jargon-{base}.yaml"


def user_jargon_file(language: str = "en") -> Path:
    return paths.data_home() / file_name(language)


# Lists already loaded, by data folder and language, with the state of their files.
_LOADED: dict[str, tuple[tuple[object, ...], JargonList]] = {}
MAX_LOADED = 8


def load_jargon(language: str = "en") -> JargonList:
    """The built-in list for ``language`` (``assets/jargon.yaml``, or
    ``assets/jargon-es.yaml`` for Spanish; none for a language without one), then
    the user's file of that name (whose terms replace built-in ones of the same
    name). A file that cannot be read or has mistakes adds problems (the rest
    still loads).

    Loaded once per data folder and language: later calls return the same list
    (so caches keyed on it hit) until one of its files changes on disk.
    """
    files = (resources.asset(file_name(language)), user_jargon_file(language))
    key = f"{paths.data_home()}\0{file_name(language)}"
    state = tuple(file_state(path) for path in files)
    cached = _LOADED.get(key)
    if cached is not None and cached[0] == state:
        return cached[1]
    problems: list[Problem] = []
    terms: dict[str, JargonTerm] = {}
    for path in files:
        terms.update(read_jargon_file(path, problems))
    jargon = JargonList(terms, tuple(problems))
    if len(_LOADED) >= MAX_LOADED:
        _LOADED.pop(next(iter(_LOADED)))
    _LOADED[key] = (state, jargon)
    return jargon


# -- replacing a term with a plain alternative -----------------------------------------------

_DETERMINERS = {
    "en": ("a", "an", "the", "your", "our", "their", "my"),
    # Spanish articles and possessives, and "del"/"al" (de/a + el).
    "es": (
        *("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus"),
        *("mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "del", "al"),
    ),
}
_CONTRACTED = {"del": "de", "al": "a"}  # what is left of "del" when its "el" gives way
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"')’”]*\s+|[¿¡][\"'(‘“]*)$")


def _before(language: str) -> re.Pattern[str]:
    words = "|".join(_DETERMINERS[language])
    return re.compile(rf"(?:^|(?<=\s)|(?<=[¿¡]))({words})\s+$", re.IGNORECASE)


_BEFORE = {language: _before(language) for language in _DETERMINERS}


@dataclass(frozen=True)
class Replacement:
    """Put ``text`` in place of characters ``start``–``end`` of the line."""

    start: int
    end: int
    text: str


def replacement(
    line: str, start: int, end: int, term: str, plain: str, language: str = "en"
) -> Replacement | None:
    """How to replace the term at ``line[start:end]`` with ``plain`` so that the
    sentence still reads: a determiner before the term gives way to one that
    starts ``plain`` ("called the amygdala" → "called a part of the brain …";
    in Spanish "la amígdala" → "una parte…", "del hipocampo" → "de una parte…"),
    "a"/"an" agrees with the new word, and a sentence still starts with a
    capital. ``None`` when the term is used in another form ("amygdalae",
    "ruminating"): the alternatives are phrased for the term itself.
    """
    written = _normal(" ".join(normalise(line[start:end]).split()))
    if written not in (term.lower(), f"{term.lower()}'s") or not plain.strip():
        return None
    plain = plain.strip()
    if written.endswith("'s") and not plain.endswith("s"):
        plain += "’s"
    base = base_language(language)
    if base not in _DETERMINERS:
        base = "en"
    before = _BEFORE[base].search(line[:start])
    first = plain.split()[0].lower()
    if before is not None:
        word = before.group(1).lower()
        if first in _DETERMINERS[base]:
            start = before.start()  # "the" + "a part of …": the new phrase's own wins
            if word in _CONTRACTED:  # "del" + "una parte": "de una parte"
                plain = f"{_same_case(before.group(1), _CONTRACTED[word])} {plain}"
        elif base == "en" and word in ("a", "an"):
            article = "an" if first[:1] in "aeiou" else "a"
            if article != word:
                start, plain = before.start(), f"{_same_case(before.group(1), article)} {plain}"
    if base == "es":  # "de el equilibrio" is "del equilibrio", "a el" is "al"
        joined = re.search(r"(?:^|(?<=\s))(de|a)\s+$", line[:start], re.IGNORECASE)
        if joined and plain.split()[0] == "el":
            start = joined.start()
            plain = joined.group(1) + "l" + plain[2:]
    if _SENTENCE_START.search(line[:start]):
        plain = plain[:1].upper() + plain[1:]
    return Replacement(start, end, plain)


def _same_case(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word
