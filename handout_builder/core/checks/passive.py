"""Passive voice, found by a simple heuristic.

A form of *to be* (am, is, are, was, were, be, been, being), up to two
in-between words such as *not* or *often*, then a past participle: a word
ending in *-ed* or one of the common irregular participles below. "It is
called the amygdala" and "you were not told" are found.

This is known to be imperfect (docs/accessibility.md): it misses passives
without *to be* ("got hurt") and flags some states described with a participle
("you are tired"). Common feeling words are left out for that reason, since
"you are worried" is plain, active-sounding English for clients; so are
"called" and "named", since "this is called co-regulation" is how plain-language
writing introduces a term, and a few states ("you are not broken"). Any of these
followed by *by* ("you were scared by the noise") is a passive again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

IRREGULAR_PARTICIPLES = frozenset(
    [
        "arisen",
        "awoken",
        "beaten",
        "become",
        "begun",
        "bent",
        "bitten",
        "blown",
        "born",
        "borne",
        "bought",
        "bound",
        "broken",
        "brought",
        "built",
        "burnt",
        "caught",
        "chosen",
        "dealt",
        "done",
        "drawn",
        "driven",
        "drunk",
        "eaten",
        "fallen",
        "fed",
        "felt",
        "fought",
        "found",
        "forbidden",
        "forgiven",
        "forgotten",
        "frozen",
        "given",
        "gone",
        "grown",
        "heard",
        "held",
        "hidden",
        "hit",
        "hung",
        "hurt",
        "kept",
        "knelt",
        "known",
        "laid",
        "led",
        "left",
        "lent",
        "lost",
        "made",
        "meant",
        "met",
        "mistaken",
        "paid",
        "proven",
        "put",
        "quit",
        "read",
        "rid",
        "ridden",
        "risen",
        "run",
        "said",
        "seen",
        "sent",
        "set",
        "shaken",
        "shot",
        "shown",
        "shut",
        "slain",
        "slept",
        "sold",
        "sought",
        "spent",
        "split",
        "spoken",
        "spread",
        "stolen",
        "struck",
        "stuck",
        "stung",
        "sung",
        "sunk",
        "swept",
        "sworn",
        "taken",
        "taught",
        "thought",
        "thrown",
        "told",
        "torn",
        "understood",
        "undone",
        "upheld",
        "woken",
        "won",
        "worn",
        "written",
    ]
)

# Participles that, after "to be", usually say how someone is or feels;
# flagging them would be noise for client text. With "by" after them ("you were
# scared by the noise") they are passives again.
STATES = frozenset(
    [
        "amazed",
        "annoyed",
        "ashamed",
        "bored",
        "broken",
        "called",
        "concerned",
        "confused",
        "depressed",
        "disappointed",
        "embarrassed",
        "excited",
        "exhausted",
        "frightened",
        "frustrated",
        "gone",
        "interested",
        "lost",
        "married",
        "named",
        "overwhelmed",
        "pleased",
        "relaxed",
        "relieved",
        "satisfied",
        "scared",
        "shocked",
        "stressed",
        "stuck",
        "supposed",
        "surprised",
        "tired",
        "used",
        "worried",
    ]
)

# Words ending in -ed that are not participles at all.
NOT_PARTICIPLES = frozenset(
    [
        "bed",
        "feed",
        "hundred",
        "indeed",
        "kindred",
        "naked",
        "need",
        "red",
        "sacred",
        "seed",
        "shed",
        "speed",
        "wicked",
    ]
)

_BE = r"(?:am|is|are|was|were|be|been|being)"
_BETWEEN = r"(?:not|never|also|often|always|just|still|usually|sometimes|already|all|\w+ly)"
_PASSIVE = re.compile(
    rf"\b{_BE}\s+(?:{_BETWEEN}\s+){{0,2}}(?P<participle>[A-Za-z]+)\b(?![-’'])", re.IGNORECASE
)


@dataclass(frozen=True)
class PassiveHit:
    """A passive phrase in a text ("is called"), with character offsets."""

    start: int
    end: int
    text: str


_BY_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)


def _is_participle(word: str, agent_follows: bool) -> bool:
    lower = word.lower()
    if lower in NOT_PARTICIPLES:
        return False
    if lower in STATES:
        return agent_follows
    if lower in IRREGULAR_PARTICIPLES:
        return True
    return len(lower) > 4 and lower.endswith("ed")


def find_passive(text: str) -> list[PassiveHit]:
    """Passive phrases in ``text``, in order."""
    hits = []
    for match in _PASSIVE.finditer(text):
        agent_follows = bool(_BY_AGENT.match(text, match.end()))
        if _is_participle(match.group("participle"), agent_follows):
            hits.append(PassiveHit(match.start(), match.end(), match.group(0)))
    return hits


# -- Spanish: "ser + participio" ----------------------------------------------------
#
# The Spanish passive is a form of *ser* and a participle (-ado, -ido, or an
# irregular one), agreeing in gender and number: "fue creado", "son tratadas
# por…". The impersonal *se* ("se sabe", "se recomienda") is not counted: it
# is the ordinary, friendly way Spanish says what is known. Adjectives in -ado
# that describe a state ("es complicado", "es delicado") look the same; the
# common ones are left out, as for English.
SER_FORMS = (
    "es|son|era|eran|fue|fueron|será|serán|sería|serían|sea|sean|fuera|fueran|"
    "ser|sido|siendo|soy|somos|eres"
)
_PASSIVE_ES = re.compile(
    rf"\b(?:{SER_FORMS})\s+(?:(?:muy|más|menos|no|también|siempre|a veces|casi)\s+)?"
    r"(?P<participle>[^\W\d_]+)\b",
    re.IGNORECASE,
)
_SPANISH_PARTICIPLE = re.compile(
    r"(?:[^\W\d_]{2,}(?:ad|id)[oa]s?|(?:hech|dich|escrit|vist|puest|vuelt|abiert|rot|muert|"
    r"cubiert|resuelt|descubiert|devuelt|impres|frit)[oa]s?)$",
    re.IGNORECASE,
)
SPANISH_STATES = frozenset(
    [
        "complicado",
        "complicada",
        "delicado",
        "delicada",
        "adecuado",
        "adecuada",
        "cuidado",
        "necesario",
        "pesado",
        "pesada",
        "sagrado",
        "sagrada",
        "atrevido",
        "atrevida",
        "divertido",
        "divertida",
        "aburrido",
        "aburrida",
        "querido",
        "querida",
        "conocido",
        "conocida",
        "parecido",
        "parecida",
        "exagerado",
        "exagerada",
        "apropiado",
        "apropiada",
        "normal",
        "importante",
    ]
)


def find_passive_es(text: str) -> list[PassiveHit]:
    """Spanish passives (*ser* + participle) in ``text``, in order."""
    hits = []
    for match in _PASSIVE_ES.finditer(text):
        word = match.group("participle")
        if word.lower() not in SPANISH_STATES and _SPANISH_PARTICIPLE.search(word):
            hits.append(PassiveHit(match.start(), match.end(), match.group(0)))
    return hits


def passive_finder(language: str) -> Callable[[str], list[PassiveHit]] | None:
    """The passive-voice finder for ``language`` (English, Spanish); none for
    other languages, whose passives this app cannot find."""
    base = language.split("-", 1)[0].lower()
    return {"en": find_passive, "es": find_passive_es}.get(base)
