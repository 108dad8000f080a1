"""The content linter for library entries (``handout-builder library lint``).

It checks what the content guide asks of an explanation a client will read,
and reports each problem with its file and line. Errors fail the run (exit
status 2); warnings and notes are printed but do not fail it.

========================  =====================================  ===========
rule                      what is checked                        severity
========================  =====================================  ===========
format                    front matter and fields parse          error
lead                      text before the first ``##`` heading   error
try this                  a "Try this…" part with numbered steps error
key points                a "Key points" part with bullets       error
reading grade             Flesch–Kincaid grade of the client     built-in: error above 6.0;
                          text; the hardest sentences listed     yours: warning above 6,
                          as notes when it is too high           error above 8
reading ease (Spanish)    Szigriszt-Pazos on the INFLESZ scale   built-in: error below 65;
                          instead of the grade                   yours: warning below 65,
                                                                 error below 55
sentence length           words in each sentence                 error above 25, warning above 20
part length               words in each ``##`` part              warning above 120
banned phrases            overstated claims (:mod:`myths`; in    error; a note when the
                          Spanish banned-phrases-es.yaml), and   sentence says it is debated
                          footnote markers in the Markdown
"clinician"               the word in client text                built-in: error; yours: warning
``[[therapist]]``         plain "your therapist or counselor"    built-in: error
                          ("su terapeuta") in built-in text
placeholders              ``[[name]]`` that is not a placeholder error
                          (it would print as typed)
breathing caution         a breathing "Try this" without it      warning
                          (English and Spanish: :mod:`wording`)
US spelling               British spellings (built-in only)      error
variant                   ``variant_of`` names an entry          error
what is not known         brain/gene words need a cue such as    warning
                          "scientists are still learning"
"you"                     the text speaks to the reader          warning (Spanish: "usted";
                                                                 a note for "tú" forms)
translation               a translation names its English entry  error; warning when the
                          and revision, prints the same          English entry changed
                          placeholders and safety lines
references                ``verified`` given as true/false       warning if missing;
                                                                 note "will not print" if false
illustration              in the catalog, with alt text          error; warning without caption
reviewed                  a ``reviewed`` date (built-in only)    error
========================  =====================================  ===========

Readability comes from :mod:`handout_builder.core.checks.readability` (textstat), so
the linter, the library list and the editor all agree on a grade.

Why one long module: each rule of the table is one method of the checker that
walks an entry once; the word lists are data in ``assets/lint/`` and the myths
in :mod:`handout_builder.core.checks.myths`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handout_builder.core import paths, resources
from handout_builder.core.checks.myths import (
    UNKNOWN_CUES,
    UNKNOWN_CUES_ES,
    BannedPhrase,
    Overstatement,
    find_overstatements,
    load_banned_phrases,
)
from handout_builder.core.checks.normalise import normalise
from handout_builder.core.checks.readability import (
    ADDRESSES_READER,
    ADDRESSES_READER_ES,
    Readability,
    is_spanish,
    score_markdown,
    score_spanish,
    split_sentences,
    terminated,
    word_count,
)
from handout_builder.core.checks.spelling import british_spellings
from handout_builder.core.checks.thresholds import (
    ACCEPTABLE_GRADE,
    ACCEPTABLE_INFLESZ,
    GOOD_GRADE,
    GOOD_INFLESZ,
    LONG_SENTENCE_WORDS,
    MAX_PART_WORDS,
    MAX_SENTENCE_WORDS,
)
from handout_builder.core.checks.translation_lint import translation_problems
from handout_builder.core.checks.wording import (
    CLINICIAN_HINT,
    CLINICIAN_WORD,
    PLAIN_THERAPIST_HINT,
    has_breathing_caution,
    wording_rules,
)
from handout_builder.core.errors import HandoutBuilderError, Problem, Severity, ValidationError
from handout_builder.core.files import read_text
from handout_builder.core.markdown import (
    PLACEHOLDERS,
    client_text_blocks_with_lines,
    list_kinds,
    placeholder_text,
    split_parts,
)
from handout_builder.core.model.frontmatter import FrontMatterDocument, parse_front_matter
from handout_builder.core.model.illustrations import Illustration, load_illustrations
from handout_builder.core.model.library import (
    MAX_ENTRY_BYTES,
    LibraryEntry,
    entry_files_in,
    load_entry,
)

WARN_SENTENCE_WORDS = LONG_SENTENCE_WORDS
HARDEST_SENTENCES = 3

# Words that make a claim about the brain or body biology ...
NEURO_TERMS = re.compile(
    r"\b(brains?|amygdala|neurons?|neural|nerves?|nervous system|genes?|genetic|dna|"
    r"epigenetic\w*|cortex|prefrontal|hippocampus|vagus|vagal|hormones?|cortisol|adrenaline)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Anything in double square brackets: a placeholder, or a typo that prints as typed.
_BRACKETED = re.compile(r"\[\[([^\[\]\n]{1,60})\]\]")

# The "what is not known" check for Spanish text (its cues are in :mod:`myths`).
NEURO_TERMS_ES = re.compile(
    r"\b(cerebros?|amígdala|neuronas?|neuronal(es)?|nervios|sistema nervioso|genes|genética|"
    r"adn|epigenétic\w*|corteza|prefrontal|hipocampo|vago|hormonas?|cortisol|adrenalina)\b",
    re.IGNORECASE,
)
TU_FORMS = re.compile(r"\b(tú|te|ti|contigo|tu|tus)\b", re.IGNORECASE)


# -- locating text in the source -------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


class _Locator:
    """Finds the source line on which some client text starts."""

    def __init__(self, lines: Sequence[str], first_line: int) -> None:
        self.first_line = first_line  # file line (1-based) of lines[0]
        self.words: list[str] = []
        self.word_line: list[int] = []
        for index, line in enumerate(lines):
            for word in _words(line):
                self.words.append(word)
                self.word_line.append(index)

    def line_of(self, text: str, start: int = 0) -> int:
        """File line of ``text``, searching from 0-based source line ``start``."""
        wanted = _words(text)[:6]
        if not wanted:
            return self.first_line + start
        first = next((i for i, line in enumerate(self.word_line) if line >= start), None)
        if first is not None:
            size = len(wanted)
            for i in range(first, len(self.words) - size + 1):
                if self.words[i : i + size] == wanted:
                    return self.first_line + self.word_line[i]
        return self.first_line + start


@dataclass(frozen=True)
class _Block:
    line: int  # file line, 1-based
    text: str


# -- the linter -----------------------------------------------------------------


@dataclass
class EntryLint:
    """What the linter found in one entry file."""

    path: Path
    builtin_rules: bool
    problems: list[Problem] = field(default_factory=list)
    entry: LibraryEntry | None = None
    score: Readability | None = None
    key_lines: dict[str, int] = field(default_factory=dict)


class _Checker:
    def __init__(
        self,
        path: Path,
        entry: LibraryEntry,
        doc: FrontMatterDocument,
        *,
        builtin_rules: bool,
        illustrations: Mapping[str, Illustration],
        banned: Sequence[BannedPhrase],
    ) -> None:
        self.file = str(path)
        self.entry = entry
        self.doc = doc
        self.builtin_rules = builtin_rules
        self.illustrations = illustrations
        self.banned = banned
        self.problems: list[Problem] = []
        self.score: Readability | None = None
        self.body = body = normalise(doc.body)  # line breaks kept: lines stay put
        self.body_lines = body.splitlines()
        self.locator = _Locator(self.body_lines, doc.body_line)
        self.blocks = [
            _Block(doc.body_line + start, text)
            for start, text in client_text_blocks_with_lines(body, entry.language)
        ]

    def add(
        self, severity: Severity, line: int | None, message: str, field: str | None = None
    ) -> None:
        self.problems.append(Problem(message, self.file, line, field, severity))

    def key_line(self, key: str) -> int | None:
        return self.doc.key_lines.get(key)

    def sentences(self) -> list[tuple[int, str]]:
        """Every sentence of the client text with the line it starts on."""
        out: list[tuple[int, str]] = []
        for block in self.blocks:
            start = block.line - self.doc.body_line
            for sentence in split_sentences(terminated(block.text)):
                out.append((self.locator.line_of(sentence, start), sentence))
        return out

    def run(self, sources: Mapping[str, LibraryEntry] | None = None) -> list[Problem]:
        self.problems += translation_problems(
            self.entry, self.doc, sources, builtin_rules=self.builtin_rules
        )
        self.check_structure()
        self.check_reading_level()
        self.check_sentences()
        self.check_banned_phrases()
        self.check_wording()
        self.check_placeholders()
        if self.builtin_rules:
            self.check_spelling()
        self.check_unknowns()
        self.check_you()
        self.check_references()
        self.check_illustration()
        if self.builtin_rules and self.entry.reviewed is None:
            self.add("error", 1, "is required for built-in entries (YYYY-MM-DD)", "reviewed")
        return self.problems

    # -- structure ---------------------------------------------------------------

    def check_structure(self) -> None:
        parts = split_parts(self.body)
        first = self.doc.body_line
        spanish = is_spanish(self.entry.language)
        try_name, key_name = (
            ("Pruebe esto", "Puntos clave") if spanish else ("Try this", "Key points")
        )
        intro = parts[0] if parts and parts[0].kind == "intro" else None
        if intro is None or not client_text_blocks_with_lines(intro.markdown):
            self.add(
                "error",
                first,
                "has no lead: start with one or two sentences that give the main message, "
                "before the first ## heading",
            )
        try_this = [p for p in parts if p.kind == "try_this"]
        if not try_this:
            self.add("error", first, f"has no '## {try_name}…' part with numbered steps")
        for part in try_this:
            if "numbered" not in list_kinds(part.markdown):
                self.add(
                    "error",
                    first + part.line,
                    f"part '{part.heading}' has no numbered steps (1. … 2. …)",
                )
        key_points = [p for p in parts if p.kind == "key_points"]
        if not key_points:
            self.add("error", first, f"has no '## {key_name}' part with bullet points")
        for part in key_points:
            if "bullet" not in list_kinds(part.markdown):
                self.add(
                    "error", first + part.line, f"part '{part.heading}' has no bullet points (- …)"
                )
        for part in parts:
            words = sum(word_count(b) for _, b in client_text_blocks_with_lines(part.markdown))
            if words > MAX_PART_WORDS:
                name = f"part '{part.heading}'" if part.heading else "the lead"
                self.add(
                    "warning",
                    first + part.line,
                    f"{name} has {words} words; keep each part to about "
                    f"{MAX_PART_WORDS} (the content guide's short chunks) or split it",
                )

    # -- reading level -------------------------------------------------------------

    def check_reading_level(self) -> Readability:
        if is_spanish(self.entry.language):
            return self.check_reading_ease()
        score = score_markdown(self.doc.body)
        self.score = score
        first = self.doc.body_line
        grade = score.grade
        severity: Severity | None = None
        if self.builtin_rules and grade > GOOD_GRADE:
            severity, limit = "error", GOOD_GRADE
        elif not self.builtin_rules and grade > ACCEPTABLE_GRADE:
            severity, limit = "error", ACCEPTABLE_GRADE
        elif not self.builtin_rules and grade > GOOD_GRADE:
            severity, limit = "warning", GOOD_GRADE
        if severity is not None:
            self.add(
                severity,
                first,
                f"reading grade is {grade:.1f} (Flesch–Kincaid); aim for {limit:.0f} or lower: "
                "use shorter sentences and everyday words (the hardest sentences are listed below)",
            )
            for line, sentence, sentence_grade in self.hardest_sentences():
                self.add(
                    "info",
                    line,
                    f"hard sentence (grade {sentence_grade:.1f}, {word_count(sentence)} words): "
                    f"{_clip(sentence)}",
                )
        return score

    def check_reading_ease(self) -> Readability:
        """Spanish: Szigriszt-Pazos on the INFLESZ scale instead of the grade."""
        score = score_markdown(self.doc.body, self.entry.language)
        self.score = score
        ease = score.inflesz or 0.0
        severity: Severity | None = None
        if self.builtin_rules and ease < GOOD_INFLESZ:
            severity, limit = "error", GOOD_INFLESZ
        elif not self.builtin_rules and ease < ACCEPTABLE_INFLESZ:
            severity, limit = "error", ACCEPTABLE_INFLESZ
        elif not self.builtin_rules and ease < GOOD_INFLESZ:
            severity, limit = "warning", GOOD_INFLESZ
        if severity is not None:
            self.add(
                severity,
                self.doc.body_line,
                f"reading ease is {ease:.1f} (Szigriszt-Pazos, INFLESZ scale: {score.headline}); "
                f"aim for {limit:.0f} or higher: use shorter sentences and everyday words "
                "(the hardest sentences are listed below)",
            )
            hardest = sorted(
                (
                    (line, sentence, score_spanish(terminated(sentence)).inflesz or 0.0)
                    for line, sentence in self.sentences()
                    if word_count(sentence) >= 4
                ),
                key=lambda item: (item[2], -word_count(item[1]), item[0]),
            )
            for line, sentence, sentence_ease in hardest[:HARDEST_SENTENCES]:
                self.add(
                    "info",
                    line,
                    f"hard sentence (INFLESZ {sentence_ease:.0f}, {word_count(sentence)} words): "
                    f"{_clip(sentence)}",
                )
        return score

    def hardest_sentences(self) -> list[tuple[int, str, float]]:
        import textstat  # loaded late, as in readability

        graded = [
            (line, sentence, float(textstat.flesch_kincaid_grade(sentence)))
            for line, sentence in self.sentences()
            if word_count(sentence) >= 4
        ]
        graded.sort(key=lambda item: (-item[2], -word_count(item[1]), item[0]))
        return graded[:HARDEST_SENTENCES]

    def check_sentences(self) -> None:
        for line, sentence in self.sentences():
            words = word_count(sentence)
            if words > MAX_SENTENCE_WORDS:
                self.add(
                    "error",
                    line,
                    f"sentence has {words} words (at most {MAX_SENTENCE_WORDS}): {_clip(sentence)}",
                )
            elif words > WARN_SENTENCE_WORDS:
                self.add(
                    "warning",
                    line,
                    f"sentence has {words} words (aim for {WARN_SENTENCE_WORDS} or fewer): "
                    f"{_clip(sentence)}",
                )

    # -- accuracy --------------------------------------------------------------------

    def client_fields(self) -> list[tuple[int | None, str, str | None]]:
        """(line, text, field) for every piece of client text as a client reads
        it: body blocks first, then headings, title, summary and reflection."""
        items: list[tuple[int | None, str, str | None]] = [
            (b.line, b.text, None) for b in self.blocks
        ]
        first = self.doc.body_line
        items += [(first + p.line, p.heading, None) for p in split_parts(self.body) if p.heading]
        return items + self.front_matter_texts()

    def source_fields(self) -> list[tuple[int | None, str, str | None]]:
        """(line, text, field) of the client text as written: body lines, title,
        summary and reflection questions."""
        items: list[tuple[int | None, str, str | None]] = [
            (self.doc.body_line + index, line, None) for index, line in enumerate(self.body_lines)
        ]
        return items + self.front_matter_texts()

    def front_matter_texts(self) -> list[tuple[int | None, str, str | None]]:
        """(line, text, field) of the title, summary and reflection questions."""
        items: list[tuple[int | None, str, str | None]] = [
            (self.key_line("title"), self.entry.title, "title"),
            (self.key_line("summary"), self.entry.summary, "summary"),
        ]
        lines = self.doc.item_lines.get("reflection", [])
        for index, question in enumerate(self.entry.reflection):
            line = lines[index] if index < len(lines) else self.key_line("reflection")
            items.append((line, question, "reflection"))
        return items

    def check_banned_phrases(self) -> None:
        """Overstated claims (:mod:`myths`): in the words a client reads, where a
        hedged sentence is a note; and, for items that look there, in the
        Markdown as written (footnote markers)."""
        for line, text, field_name in self.client_fields():
            for found in find_overstatements(text, self.banned):
                where = line
                if field_name is None and line is not None:
                    where = self.locator.line_of(text[found.start :], line - self.doc.body_line)
                if found.hedged:
                    self.add(
                        "info",
                        where,
                        f"'{found.text}' is allowed here because the sentence says it "
                        "is debated or not known; keep it that way",
                        field_name,
                    )
                else:
                    self.add("error", where, _overstates(found), field_name)
        for line, text, field_name in self.source_fields():
            for found in find_overstatements(text, self.banned, markdown=True):
                self.add("error", line, _overstates(found), field_name)

    def check_wording(self) -> None:
        """'clinician' in client text; a breathing "Try this" without the caution."""
        severity: Severity = "error" if self.builtin_rules else "warning"
        for line, text, field_name in self.client_fields():
            for match in CLINICIAN_WORD.finditer(text):
                self.add(severity, line, f"'{match.group(0)}': {CLINICIAN_HINT}", field_name)
        rules = wording_rules(self.entry.language)
        if rules is None:
            return
        if self.builtin_rules:  # in the body, where placeholders are filled in
            for index, source in enumerate(self.body_lines):
                for match in rules.plain_therapist.finditer(source):
                    where = self.doc.body_line + index
                    self.add("error", where, f"'{match.group(0)}': {PLAIN_THERAPIST_HINT}")
        for part in split_parts(self.body):
            if part.kind == "try_this" and rules.breathing.search(part.markdown):
                sentences = (s for _, s in self.sentences())
                if not has_breathing_caution(sentences, self.entry.language):
                    self.add(
                        "warning",
                        self.doc.body_line + part.line,
                        f"part '{part.heading}' asks the reader to attend to the breath: "
                        + rules.breathing_hint,
                    )
                break

    def check_placeholders(self) -> None:
        """``[[name]]`` in the body that is not a placeholder prints as typed."""
        for index, source in enumerate(self.body_lines):
            for match in _BRACKETED.finditer(source):
                name = match.group(1).strip()
                if placeholder_text(name, {}) is not None:
                    continue
                key = re.sub(r"[\s-]+", "_", name.lower())
                close = difflib.get_close_matches(key, PLACEHOLDERS, n=1, cutoff=0.7)
                hint = f"; did you mean [[{close[0]}]]?" if close else ""
                self.add(
                    "error",
                    self.doc.body_line + index,
                    f"{match.group(0)} is not a placeholder, so it prints as typed; "
                    f"placeholders are {', '.join(f'[[{p}]]' for p in PLACEHOLDERS)}{hint}",
                )

    def check_spelling(self) -> None:
        """US spelling in the title, summary, body, reflection and clinician note."""
        texts = self.source_fields()
        note_line = self.key_line("clinician_note")
        raw_note = self.doc.data.get("clinician_note")
        if note_line is not None and isinstance(raw_note, str):
            block = 1 if "\n" in raw_note.strip() else 0  # a block scalar starts a line down
            texts += [
                (note_line + block + i, line, "clinician_note")
                for i, line in enumerate(raw_note.strip().splitlines())
            ]
        for line, text, field_name in texts:
            for _offset, british, us in british_spellings(text):
                self.add(
                    "error",
                    line,
                    f"'{british}' is British spelling; the built-in library uses US "
                    f"spelling: '{us}'",
                    field_name,
                )

    def check_unknowns(self) -> None:
        spanish = is_spanish(self.entry.language)
        cues, terms = (UNKNOWN_CUES_ES, NEURO_TERMS_ES) if spanish else (UNKNOWN_CUES, NEURO_TERMS)
        if not spanish and self.entry.language != "en":
            return  # the word lists are for English and Spanish
        body_text = "\n".join(b.text for b in self.blocks)
        if cues.search(body_text):
            return
        example = (
            "'Los científicos todavía están aprendiendo cómo funciona.'"
            if spanish
            else "'Scientists are still learning how this works.'"
        )
        for block in self.blocks:
            match = terms.search(block.text)
            if match:
                line = self.locator.line_of(
                    block.text[match.start() :], block.line - self.doc.body_line
                )
                self.add(
                    "warning",
                    line,
                    f"talks about '{match.group(0)}' but never says what is not known; add a "
                    f"sentence such as {example}",
                )
                return

    def check_you(self) -> None:
        if is_spanish(self.entry.language):
            self.check_usted()
        elif self.entry.language != "en":
            return
        elif self.blocks and not any(ADDRESSES_READER.search(b.text) for b in self.blocks):
            self.add(
                "warning", self.doc.body_line, "never says 'you': speak to the reader directly"
            )

    def check_usted(self) -> None:
        """Spanish entries speak to the reader as *usted*; a *tú* form is noted
        (it may be words said to a child)."""
        if self.blocks and not any(ADDRESSES_READER_ES.search(b.text) for b in self.blocks):
            self.add(
                "warning",
                self.doc.body_line,
                "never says 'usted' or 'su': speak to the reader directly",
            )
        for line, sentence in self.sentences():
            if match := TU_FORMS.search(sentence):
                self.add(
                    "info",
                    line,
                    f"uses the tú form ('{match.group(0)}'); the library speaks to the reader "
                    f"as usted (fine in words said to a child): {_clip(sentence)}",
                )

    # -- references and illustration ---------------------------------------------

    def check_references(self) -> None:
        raw = self.doc.data.get("references")
        items = raw if isinstance(raw, list) else []
        lines = self.doc.item_lines.get("references", [])
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                continue
            line = lines[index] if index < len(lines) else self.key_line("references")
            name = f"references[{index + 1}]"
            label = _short_reference(item)
            if "verified" not in item:
                self.add(
                    "warning",
                    line,
                    f"{label} has no 'verified' field: write verified: true once authors, year, "
                    "title, journal and pages are checked against the source, else false",
                    name,
                )
            elif item.get("verified") is False:
                self.add("info", line, f"{label} is not verified, so it will not print", name)
        if self.builtin_rules and not self.entry.verified_references:
            self.add(
                "warning",
                self.key_line("references") or 1,
                "has no verified reference: built-in entries should cite at least one source",
            )

    def check_illustration(self) -> None:
        name = self.entry.illustration
        if not name:
            return
        line = self.key_line("illustration")
        found = self.illustrations.get(name)
        if found is None:
            self.add(
                "error",
                line,
                f"'{name}' is not in the illustration catalog (assets/illustrations/"
                "illustrations.yaml, or illustrations/illustrations.yaml in your data folder)",
                "illustration",
            )
            return
        if not found.path.is_file():
            self.add("error", line, f"'{name}': file {found.path} does not exist", "illustration")
        if not found.alt.strip():
            self.add("error", line, f"'{name}' has no alt text in its catalog", "illustration")
        if not found.caption.strip():
            self.add("warning", line, f"'{name}' has no caption in its catalog", "illustration")


def _overstates(found: Overstatement) -> str:
    why = f" ({found.item.why})" if found.item.why else ""
    return f"'{found.text}' overstates the science{why}; say instead: {found.item.hint}"


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _short_reference(item: Mapping[str, Any]) -> str:
    authors = str(item.get("authors") or "?").split(",")[0].strip()
    return f"reference '{authors} ({item.get('year', '?')})'"


def lint_file(
    path: Path,
    *,
    builtin_rules: bool,
    illustrations: Mapping[str, Illustration] | None = None,
    banned: Sequence[BannedPhrase] | None = None,
    sources: Mapping[str, LibraryEntry] | None = None,
) -> EntryLint:
    """Lint one entry file (``banned``: the English banned phrases; an entry in
    another language is checked with its own). ``builtin_rules`` applies the built-in library's
    stricter rules (grade ≤ 6.0 or INFLESZ ≥ 65, a ``reviewed`` date);
    ``sources`` (English entries by id) lets a translation be compared with its
    English entry (default: the library's)."""
    result = EntryLint(path, builtin_rules)
    try:
        entry = load_entry(path, builtin=builtin_rules)
        text = read_text(path, kind="library entry", max_bytes=MAX_ENTRY_BYTES)
        doc = parse_front_matter(text, str(path))
    except ValidationError as exc:
        result.problems.extend(exc.problems)
        return result
    except HandoutBuilderError as exc:
        result.problems.append(Problem(str(exc), str(path)))
        return result
    if illustrations is None:
        illustrations = load_illustrations()
    if banned is None or entry.language != "en":
        banned = load_banned_phrases(language=entry.language)
    checker = _Checker(
        path,
        entry,
        doc,
        builtin_rules=builtin_rules,
        illustrations=illustrations,
        banned=banned,
    )
    if sources is None and entry.translation_of:
        from handout_builder.core.model.library import load_library

        sources = load_library(include_user=not builtin_rules).entries
    result.problems.extend(checker.run(sources))
    result.entry = entry
    result.score = checker.score
    result.key_lines = dict(doc.key_lines)
    return result


def lint_entry(
    path: Path,
    *,
    builtin_rules: bool,
    illustrations: Mapping[str, Illustration] | None = None,
    banned: Sequence[BannedPhrase] | None = None,
) -> list[Problem]:
    """Every problem the linter finds in one entry file."""
    return lint_file(
        path, builtin_rules=builtin_rules, illustrations=illustrations, banned=banned
    ).problems


@dataclass
class LintRun:
    """The result of linting a set of files."""

    results: list[EntryLint] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # not tied to one entry

    def all_problems(self) -> list[Problem]:
        return self.problems + [p for r in self.results for p in r.problems]

    def count(self, severity: Severity) -> int:
        return sum(1 for p in self.all_problems() if p.severity == severity)


def entry_files(targets: Sequence[Path]) -> list[Path]:
    """Entry files named by ``targets`` (files, or folders of ``*.md`` files and
    their language subfolders such as ``es/``)."""
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            found = [path for path, _ in entry_files_in(target)]
            if not found:
                raise HandoutBuilderError(f"{target}: no library entries (*.md files) in folder")
            files.extend(found)
        elif target.is_file():
            files.append(target)
        else:
            raise HandoutBuilderError(f"{target}: no such file or folder")
    return files


def is_builtin_file(path: Path) -> bool:
    """Whether ``path`` is in the built-in library (or one of its language folders)."""
    builtin = resources.builtin_library_dir().resolve()
    folder = path.resolve().parent
    return folder == builtin or folder.parent == builtin


def default_targets() -> list[Path]:
    """The built-in library and, when it holds entries, the user's library folder."""
    targets = [resources.builtin_library_dir()]
    user = paths.library_dir()
    if entry_files_in(user):
        targets.append(user)
    return targets


def lint_paths(targets: Sequence[Path] | None = None, *, builtin_rules: bool = False) -> LintRun:
    """Lint entry files and folders (by default the built-in and the user's library).

    Built-in entries always get the built-in rules; ``builtin_rules`` applies
    them to every file.
    """
    run = LintRun()
    files = entry_files(list(targets) if targets else default_targets())
    illustrations = load_illustrations(run.problems)
    banned = load_banned_phrases(run.problems)
    from handout_builder.core.model.library import load_library

    library = load_library()
    sources = {True: load_library(include_user=False).entries, False: library.entries}
    seen: dict[tuple[Path, str], Path] = {}
    for path in files:
        builtin = is_builtin_file(path)
        result = lint_file(
            path,
            builtin_rules=builtin_rules or builtin,
            illustrations=illustrations,
            banned=banned,
            sources=sources[builtin],
        )
        run.results.append(result)
        if result.entry is None:
            continue
        key = (path.resolve().parent, result.entry.id)
        if key in seen:
            result.problems.append(
                Problem(
                    f"id '{result.entry.id}' is also used by {seen[key].name} in the same folder",
                    str(path),
                    result.key_lines.get("id", 1),
                    "id",
                )
            )
        else:
            seen[key] = path
    _check_variant_targets(run)
    return run


def _check_variant_targets(run: LintRun) -> None:
    """A variant names an entry among the files checked or the built-in library."""
    ids = {r.entry.id for r in run.results if r.entry is not None}
    ids |= {p.stem for p in resources.builtin_library_dir().glob("*.md")}
    for result in run.results:
        entry = result.entry
        if entry is not None and entry.variant_of and entry.variant_of not in ids:
            result.problems.append(
                Problem(
                    f"'{entry.variant_of}' is not an entry in the library: a variant names "
                    "the id of the entry it is a version of",
                    str(result.path),
                    result.key_lines.get("variant_of", 1),
                    "variant_of",
                )
            )
