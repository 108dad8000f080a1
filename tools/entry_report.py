"""Quick report on library entries while writing them (the full linter is
`handout-builder library lint`). Usage: python tools/entry_report.py FILE..."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from handout_builder.core.errors import ValidationError
from handout_builder.core.library import load_entry
from handout_builder.core.markdown import split_parts
from handout_builder.core.readability import score_markdown, split_sentences, word_count

BANNED = (
    "fear center",
    "fear centre",
    "reptilian",
    "lizard brain",
    "triune",
    "rewire your genes",
    "alters your genes",
    "change your genes",
    "changes your genes",
    "proven",
    "new neurons",
    "grows your brain",
    "grow your brain",
    "mirror neuron",
    "broken amygdala",
)


def main(argv: list[str]) -> int:
    status = 0
    for name in argv:
        try:
            entry = load_entry(Path(name))
        except ValidationError as exc:
            for problem in exc.problems:
                print(problem)
            status = 1
            continue
        score = score_markdown(entry.body)
        parts = split_parts(entry.body)
        kinds = {p.kind for p in parts}
        print(
            f"{entry.id}: grade {score.grade} smog {score.smog} words {score.words} "
            f"refs {sum(r.verified for r in entry.references)}/{len(entry.references)}"
        )
        for part in parts:
            words = sum(word_count(s) for s in split_sentences(part.markdown))
            if words > 120:
                print(f"  part '{part.heading or 'lead'}' has {words} words (aim <= 120)")
        for sentence in score.long_sentences:
            print(f"  long sentence ({word_count(sentence)} words): {sentence}")
        for missing in {"try_this", "key_points"} - kinds:
            print(f"  missing section: {missing}")
        lowered = entry.body.lower() + entry.title.lower() + entry.summary.lower()
        for phrase in BANNED:
            if phrase in lowered:
                print(f"  banned phrase: {phrase}")
        if score.grade > 6.0:
            status = 1
        if re.search(r"^\s*1\.", entry.body, re.M) is None:
            print("  no numbered steps")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
