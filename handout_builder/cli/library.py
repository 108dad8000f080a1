"""``library``: list the library's topics (``--json`` for scripts)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from handout_builder.cli.common import EXIT_OK, warn


def register(commands: Any) -> None:
    library = commands.add_parser("library", help="list the library's topics")
    library.add_argument("--json", action="store_true", help="print JSON for scripts")
    library.set_defaults(handler=cmd_library)


def cmd_library(args: argparse.Namespace) -> int:
    from handout_builder.core.library import load_library
    from handout_builder.core.readability import score_markdown

    library = load_library()
    warn(library.problems)
    rows: list[dict[str, Any]] = []
    for entry in library:
        score = score_markdown(entry.body)
        rows.append(
            {
                "id": entry.id,
                "title": entry.title,
                "summary": entry.summary,
                "audiences": list(entry.audiences),
                "tags": list(entry.tags),
                "grade": score.grade,
                "smog": score.smog,
                "words": score.words,
                "illustration": entry.illustration,
                "references": len(entry.references),
                "verified_references": len(entry.verified_references),
                "reviewed": entry.reviewed.isoformat() if entry.reviewed else None,
                "builtin": entry.builtin,
                "source": str(entry.source) if entry.source else None,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        audiences = ",".join(row["audiences"])
        print(f"{row['id']:<{width}}  grade {row['grade']:>4}  {audiences:<22} {row['title']}")
    return EXIT_OK
