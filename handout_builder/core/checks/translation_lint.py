"""The linter's rule for translations (``library lint``, rule "translation").

A translation names the English entry it adapts (``translation_of``) and the
revision it was made from (``source_revision``); it prints everything the
English entry prints for safety — its brand placeholders (``[[crisis_line]]``…)
and its ``safety_lines`` — and keeps its references and picture. Built-in
translations also say whether a bilingual clinician has reviewed them
(``translation_reviewed``). docs/library-format.md describes the fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from handout_builder.core.errors import Problem, Severity
from handout_builder.core.languages import SOURCE_LANGUAGE
from handout_builder.core.markdown import placeholders_in
from handout_builder.core.model.frontmatter import FrontMatterDocument
from handout_builder.core.model.library import LibraryEntry


def translation_problems(
    entry: LibraryEntry,
    doc: FrontMatterDocument,
    sources: Mapping[str, LibraryEntry] | None,
    *,
    builtin_rules: bool,
) -> list[Problem]:
    """What is wrong with ``entry`` as a translation of its English entry (found
    in ``sources``, English entries by id; not compared when none)."""
    file = str(entry.source or "")
    problems: list[Problem] = []

    def add(severity: Severity, line: int | None, message: str, field: str | None) -> None:
        problems.append(Problem(message, file, line, field, severity))

    key_line = doc.key_lines.get
    if not entry.translation_of:
        if builtin_rules and entry.language != SOURCE_LANGUAGE:
            add(
                "error",
                key_line("id") or 1,
                "built-in entries in another language are translations: add "
                "translation_of, source_revision and translation_reviewed",
                "translation_of",
            )
        return problems
    line = key_line("translation_of")
    if builtin_rules:
        for name in ("source_revision", "translation_reviewed"):
            if name not in doc.data:
                add("error", line, "is required for built-in translations", name)
    source = sources.get(entry.translation_of) if sources is not None else None
    if sources is None:
        return problems
    if source is None:
        add(
            "error",
            line,
            f"'{entry.translation_of}' is not an English library entry",
            "translation_of",
        )
        return problems
    if entry.source_revision and entry.source_revision != source.revision:
        add(
            "warning",
            key_line("source_revision"),
            f"the English entry changed since this translation was made (revision "
            f"{entry.source_revision}, now {source.revision}): compare them, update the "
            "text and source_revision",
            "source_revision",
        )
    for name in sorted(placeholders_in(source.body) - placeholders_in(entry.body)):
        add(
            "error",
            doc.body_line,
            f"the English entry prints [[{name}]]; the translation must print it too",
            None,
        )
    for name in sorted(set(source.safety_lines) - set(entry.safety_lines)):
        add(
            "error",
            key_line("safety_lines") or line,
            f"the English entry asks for '{name}'; the translation must ask for it too",
            "safety_lines",
        )
    if {r.citation() for r in source.references} != {r.citation() for r in entry.references}:
        add(
            "warning",
            key_line("references") or line,
            "differ from the English entry's: references stay as published",
            "references",
        )
    if entry.illustration != source.illustration:
        add(
            "warning",
            key_line("illustration") or line,
            f"is '{entry.illustration or ''}' but the English entry's is "
            f"'{source.illustration or ''}'",
            "illustration",
        )
    return problems
