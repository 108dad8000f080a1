"""Overstated claims in client text: the banned-phrases list and its hedges.

The list is a data file, ``assets/lint/banned-phrases.yaml``, plus the user's
own (``<data folder>/lint/banned-phrases.yaml``). Each item flags words
(``phrases``) or regular expressions (``patterns``), says why they overstate
the science and what to write instead; the content guide's accuracy table is
its source. A claim in a sentence that also says the matter is not known,
debated, a myth or a simplification (:data:`HEDGE_CUES`) is a hedge, not an
overstatement. Items marked ``in: markdown`` (a footnote marker) are looked
for in the Markdown as written, the others in the words a client reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from handout_builder.core import paths, resources
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.fields import FieldReader
from handout_builder.core.files import read_yaml

BANNED_FILE = "banned-phrases.yaml"
MAX_BANNED_BYTES = 512 * 1024
ITEM_FIELDS = ("phrases", "patterns", "in", "why", "hint")
WHERE = ("client text", "markdown")

# Cues that say what is not known yet (CDC Clear Communication Index); the
# "what is not known" check looks for them too.
UNKNOWN_CUES = re.compile(
    r"\b(still (learning|studying|finding out|being studied|debat\w*|argu\w*|not sure|unclear)|"
    r"not (yet )?(sure|known|clear|certain)|not fully understood|(do not|don't) (yet )?know|"
    r"unclear|(scientists|researchers|experts) (disagree|debate|are still)|more research)\b",
    re.IGNORECASE,
)
# The same cues in Spanish ("los científicos todavía están aprendiendo…").
UNKNOWN_CUES_ES = re.compile(
    r"\b(?:(?:todavía|aún) (?:se )?(?:están? (?:estudiando|aprendiendo|investigando)|"
    r"no (?:se )?sabe\w*|no está claro)|(?:no|nadie) (?:se )?sabe (?:bien|todavía|aún)|"
    r"(?:científicos|investigadores|expertos) (?:siguen|todavía|aún|no están)|"
    r"falta (?:más )?investigación|no (?:se )?(?:conoce|entiende) (?:bien|del todo)|"
    r"no está claro|(?:es|son) un mito|no (?:está )?(?:probado|demostrado))",
    re.IGNORECASE,
)
# ... and cues that a claim is named in order to doubt it.
HEDGE_CUES = re.compile(
    UNKNOWN_CUES.pattern + r"|\b(myths?|not true|isn't true|not (yet )?(been )?proven|unproven|"
    r"no (good |strong |clear |real )?evidence|not supported|(is|are) (debated|disputed)|"
    r"simplif\w+|metaphor|popular (idea|term|phrase|saying|belief|story)|"
    r"(found|finds|showed|shows) no (change|difference|effect))\b",
    re.IGNORECASE,
)
# ... and in Spanish ("es un mito", "está en debate", "es una simplificación").
HEDGE_CUES_ES = re.compile(
    UNKNOWN_CUES_ES.pattern + r"|\b(?:mitos?|no es (?:verdad|cierto)|no hay (?:buena |clara |"
    r"suficiente )?evidencia|(?:está|están) en (?:debate|disputa|duda)|se (?:debate|discute)|"
    r"simplific\w+|metáfora|(?:idea|frase|creencia) popular)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BannedPhrase:
    """Overstated wording to flag, with why and what to say instead."""

    phrases: tuple[str, ...]
    why: str
    hint: str
    pattern: re.Pattern[str]
    in_markdown: bool = False


@dataclass(frozen=True)
class Overstatement:
    """A match of a :class:`BannedPhrase` in some text (offsets into it)."""

    start: int
    end: int
    text: str
    item: BannedPhrase
    hedged: bool  # the sentence says the matter is not known, debated or a myth


def phrase_pattern(phrases: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern[str]:
    """One pattern for whole-word ``phrases`` (any case; a space also matches a
    hyphen or a line break) and the regular expressions in ``patterns``."""
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.replace("’", "'").split()]
        alternatives.append(r"[\s\-]+".join(w.replace("'", "['’]") for w in words))
    if alternatives:
        alternatives = [r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"]
    return re.compile("|".join([*alternatives, *patterns]), re.IGNORECASE)


def read_banned_phrases(path: Path, problems: list[Problem]) -> list[BannedPhrase]:
    """Read one banned-phrases file; problems are recorded, bad items skipped."""
    try:
        parsed = read_yaml(path, kind="banned-phrases list", max_bytes=MAX_BANNED_BYTES)
    except HandoutBuilderError as exc:
        problems.extend(getattr(exc, "problems", [Problem(str(exc), str(path))]))
        return []
    data = parsed.data
    if not isinstance(data, list):
        problems.append(Problem("must be a list of items (phrases, why, hint)", str(path)))
        return []
    found: list[BannedPhrase] = []
    for index, item in enumerate(data):
        reader = FieldReader(
            item if isinstance(item, Mapping) else {},
            str(path),
            prefix=f"item {index + 1}",
            problems=problems,
            hints=parsed.hints,
        )
        if not isinstance(item, Mapping):
            reader.error(None, "must be a set of fields (phrases, why, hint)")
            continue
        before = len(problems)
        reader.reject_unknown(ITEM_FIELDS)
        phrases = reader.text_list("phrases")
        patterns = reader.text_list("patterns")
        where = reader.text("in", one_line=True, default=WHERE[0])
        why = reader.text("why", one_line=True, max_length=300)
        hint = reader.text("hint", required=True, one_line=True, max_length=300)
        if not phrases and not patterns:
            reader.error(None, "needs 'phrases' or 'patterns'")
        if where not in WHERE:
            reader.error("in", f"'{where}' is not one of: {', '.join(WHERE)}")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                reader.error("patterns", f"'{pattern}' is not a valid pattern: {exc}")
        if len(problems) > before:
            continue
        found.append(
            BannedPhrase(
                phrases or patterns,
                why,
                hint,
                phrase_pattern(phrases, patterns),
                in_markdown=where == "markdown",
            )
        )
    return found


def banned_file_name(language: str = "en") -> str:
    """``banned-phrases.yaml`` for English, ``banned-phrases-es.yaml`` for Spanish."""
    base = language.split("-", 1)[0].lower()
    return BANNED_FILE if base == "en" else f"banned-phrases-{base}.yaml"


def user_banned_phrases_file(language: str = "en") -> Path:
    return paths.data_home() / "lint" / banned_file_name(language)


def load_banned_phrases(
    problems: list[Problem] | None = None, language: str = "en"
) -> list[BannedPhrase]:
    """The built-in list for ``language`` plus the user's own
    (``<data folder>/lint/banned-phrases.yaml``; ``banned-phrases-es.yaml`` for
    Spanish); none for a language without a list."""
    sink = problems if problems is not None else []
    builtin = resources.asset("lint", banned_file_name(language))
    found = read_banned_phrases(builtin, sink) if builtin.is_file() else []
    user = user_banned_phrases_file(language)
    if user.is_file():
        found.extend(read_banned_phrases(user, sink))
    return found


def find_overstatements(
    text: str, banned: Sequence[BannedPhrase], *, markdown: bool = False
) -> list[Overstatement]:
    """Matches in ``text``: the words a client reads, or (``markdown``) the
    Markdown as written, for the items that look there. Only client words can
    be hedged."""
    found: list[Overstatement] = []
    for item in banned:
        if item.in_markdown != markdown:
            continue
        for match in item.pattern.finditer(text):
            sentence = sentence_around(text, match.start(), match.end())
            hedged = not markdown and bool(
                HEDGE_CUES.search(sentence) or HEDGE_CUES_ES.search(sentence)
            )
            found.append(Overstatement(match.start(), match.end(), match.group(0), item, hedged))
    return sorted(found, key=lambda f: f.start)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    stops = [i for i in (text.find(mark, end) for mark in ".!?") if i >= 0]
    return text[begin : min(stops) + 1 if stops else len(text)]
